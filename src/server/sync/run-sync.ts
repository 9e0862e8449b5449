import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { dataSyncRuns } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { TerritorySource } from './load-sources';
import { prepareOffers, type PreparedOffers } from './prepare-offers';
import { texasToday, type PlanSource } from './ptc/source';
import type { SyncSummary } from './summary';
import { updateAggregates } from './write/update-aggregates';
import { writeFeatures, writePlans, writePriceHistory, writeProviders } from './write/write-plans';
import { writeCities, writeTdsps, writeZips } from './write/write-territory';

export type SyncStep = 'tdsps' | 'cities' | 'zips' | 'providers' | 'plans' | 'features' | 'history' | 'aggregates';

export interface SyncInput {
  /** Plans to import; omit to keep the current plans (territory-only sync). */
  plans?: PlanSource;
  /** Cities and ZIPs to import; omit to keep the current ones (plans-only sync). */
  territory?: TerritorySource;
  /** Import an export older than the newest one already synced (normally refused). */
  allowOlder?: boolean;
  onStep?: (step: SyncStep) => void;
  /** Fault injection for tests: throw after this step, inside the transaction. */
  failAfter?: SyncStep;
}

// Any constant works; it only has to be the same for every sync process.
const SYNC_LOCK_KEY = 7_342_001_914;

/** The newest export date already synced, or null before the first sync. */
export async function latestSnapshotDate(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ date: dataSyncRuns.snapshotDate })
    .from(dataSyncRuns)
    .where(and(eq(dataSyncRuns.status, 'succeeded'), isNotNull(dataSyncRuns.finishedAt)))
    .orderBy(desc(dataSyncRuns.snapshotDate))
    .limit(1);
  return row?.date ?? null;
}

/**
 * Imports plans and territory in dependency order (TDSPs → cities → ZIPs → providers → plans
 * → features → price history → counts and the summary view) inside ONE transaction: any
 * failure leaves the previous data complete and untouched. Input is parsed and validated
 * before the first write, so a malformed file writes nothing at all.
 */
export async function runSync(db: Db, input: SyncInput): Promise<SyncSummary> {
  const started = performance.now();
  const prepared: PreparedOffers | undefined = input.plans ? prepareOffers(input.plans) : undefined;
  const snapshotDate = input.plans?.snapshotDate ?? texasToday();
  const source = input.plans?.source ?? 'territory only';

  if (input.plans && !input.allowOlder) {
    const latest = await latestSnapshotDate(db);
    if (latest && snapshotDate < latest) {
      throw new Error(
        `The export of ${snapshotDate} is older than the data already synced (${latest}); pass --allow-older to import it anyway.`,
      );
    }
  }

  const [run] = await db.insert(dataSyncRuns).values({ source, snapshotDate }).returning({ id: dataSyncRuns.id });
  const runId = run!.id;
  const summary: SyncSummary = {
    runId,
    source,
    snapshotDate,
    fallbackReason: input.plans?.fallbackReason,
    durationMs: 0,
    tables: {},
    plans: { rows: 0, listings: 0, duplicatesCollapsed: 0, priceChanges: 0 },
    territory: { cities: 0, deregulatedCities: 0, zips: 0, splitZips: 0 },
    rejected: [...(prepared?.rejected ?? []), ...(input.territory?.rejected ?? [])],
  };
  const step = (name: SyncStep) => {
    input.onStep?.(name);
    if (input.failAfter === name) throw new Error(`injected failure after step "${name}"`);
  };

  try {
    await db.transaction(async (tx) => {
      const [lock] = rowsOf<{ ok: boolean }>(
        await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${SYNC_LOCK_KEY}) AS ok`),
      );
      if (!lock?.ok) throw new Error('Another data sync is running against this database; try again when it finishes.');

      summary.tables.tdsps = await writeTdsps(tx);
      step('tdsps');
      if (input.territory) {
        const t = input.territory;
        const cities = await writeCities(tx, t.cities);
        summary.tables.cities = {
          inserted: cities.inserted,
          updated: cities.updated,
          unchanged: cities.unchanged,
          deactivated: cities.deactivated,
        };
        step('cities');
        summary.tables.zips = await writeZips(tx, t.zips, cities.idBySlug);
        step('zips');
        summary.territory = {
          cities: t.cities.length,
          deregulatedCities: t.cities.filter((c) => c.isDeregulated).length,
          zips: t.zips.length,
          splitZips: t.zips.filter((z) => z.tdspCodes.length > 1).length,
        };
      }
      if (prepared && input.plans) {
        const syncedAt = new Date(`${snapshotDate}T06:00:00Z`); // midnight in Texas (CST) on the export date
        const providers = await writeProviders(tx, prepared.listings);
        summary.tables.providers = providers.counts;
        step('providers');
        const plans = await writePlans(tx, prepared.listings, providers.idByName, snapshotDate, syncedAt);
        summary.tables.plans = plans.counts;
        step('plans');
        const planIds = plans.rows.map((r) => r.id);
        summary.tables.features = await writeFeatures(tx, prepared.listings, planIds);
        step('features');
        const history = await writePriceHistory(
          tx,
          plans.rows,
          snapshotDate,
          input.plans.fallbackReason ? 'recorded_export' : 'ptc_export',
        );
        summary.tables.history = history;
        summary.plans = {
          rows: prepared.rowCount,
          listings: prepared.listings.length,
          duplicatesCollapsed: prepared.listings.reduce((n, l) => n + l.alternates.length, 0),
          priceChanges: history.priceChanges,
        };
        step('history');
      }
      await updateAggregates(tx);
      step('aggregates');
    });
  } catch (error) {
    await db
      .update(dataSyncRuns)
      .set({ status: 'failed', finishedAt: new Date(), error: error instanceof Error ? error.message : String(error) })
      .where(eq(dataSyncRuns.id, runId));
    throw error;
  }

  summary.durationMs = Math.round(performance.now() - started);
  await db
    .update(dataSyncRuns)
    .set({ status: 'succeeded', finishedAt: new Date(), summary })
    .where(eq(dataSyncRuns.id, runId));
  return summary;
}

// postgres.js returns an array of rows, PGlite an object with `rows`.
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows);
