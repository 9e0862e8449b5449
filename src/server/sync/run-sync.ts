import { and, desc, eq, isNotNull, ne, sql } from 'drizzle-orm';
import { dataSyncRuns, TERRITORY_ONLY_SOURCE } from '~/server/db/schema';
import { rowsOf } from '~/server/db/rows';
import type { Db } from '~/server/db/types';
import { markSyncSucceeded } from '~/server/queries/sync/mark-sync-succeeded';
import { ImportRefusedError, SyncBusyError } from './errors';
import { DEFAULT_GUARD_LIMITS, type GuardLimits } from '~/server/core/sync-settings';
import { checkImport } from './guard/import-guard';
import type { TerritorySource } from './load-sources';
import { prepareOffers, type PreparedOffers } from './prepare-offers';
import { texasToday, type PlanSource } from './ptc/source';
import type { SyncSummary } from './summary';
import { resolvePlanIds } from './write/resolve-plan-ids';
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
  /** The import guard's limits (DEFAULT_GUARD_LIMITS when omitted). */
  limits?: GuardLimits;
  /** Import even when the guard would refuse; the run records that it was forced and why. */
  force?: boolean;
  /**
   * Update each plan's cities and ZIPs but leave the counts and the summary view to a later
   * sync: only for a replay into a database that serves nobody yet (see replayExports).
   */
  deferCounts?: boolean;
  onStep?: (step: SyncStep) => void;
  /** Fault injection for tests: throw after this step, inside the transaction. */
  failAfter?: SyncStep;
}

// Any constant works; it only has to be the same for every sync process.
const SYNC_LOCK_KEY = 7_342_001_914;

/**
 * The newest export date already synced, or null before the first sync. Refused, failed and
 * skipped runs do not count, nor territory-only runs, which date no export.
 */
export async function latestSnapshotDate(db: Db): Promise<string | null> {
  const [row] = await db
    .select({ date: dataSyncRuns.snapshotDate })
    .from(dataSyncRuns)
    .where(
      and(
        eq(dataSyncRuns.status, 'succeeded'),
        isNotNull(dataSyncRuns.finishedAt),
        ne(dataSyncRuns.source, TERRITORY_ONLY_SOURCE),
      ),
    )
    .orderBy(desc(dataSyncRuns.snapshotDate))
    .limit(1);
  return row?.date ?? null;
}

/**
 * Imports plans and territory in dependency order (TDSPs → cities → ZIPs → providers → plans
 * → features → price history → counts and the summary view) inside ONE transaction: any
 * failure leaves the previous data complete and untouched. Every attempt is recorded in
 * data_sync_runs; an import that is refused (not an export, older than the data, cut short, or
 * stopped by the guard) writes nothing else, and its run says why.
 */
export async function runSync(db: Db, input: SyncInput): Promise<SyncSummary> {
  const started = performance.now();
  const snapshotDate = input.plans?.snapshotDate ?? texasToday();
  const source = input.plans?.source ?? TERRITORY_ONLY_SOURCE;
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
    rejected: [...(input.territory?.rejected ?? [])],
  };

  try {
    const prepared = input.plans ? prepareOffers(input.plans) : undefined;
    if (prepared) summary.rejected.unshift(...prepared.rejected);
    await refuseUnfit(db, input, prepared);
    await db.transaction(async (tx) => {
      const [lock] = rowsOf<{ ok: boolean }>(
        await tx.execute(sql`SELECT pg_try_advisory_xact_lock(${SYNC_LOCK_KEY}) AS ok`),
      );
      if (!lock?.ok) throw new SyncBusyError();
      await writeAll(tx, input, prepared, summary);
    });
  } catch (error) {
    const status =
      error instanceof ImportRefusedError ? 'refused' : error instanceof SyncBusyError ? 'skipped' : 'failed';
    const details = error instanceof ImportRefusedError ? error.details : undefined;
    await db
      .update(dataSyncRuns)
      .set({
        status,
        finishedAt: new Date(),
        error: error instanceof Error ? error.message : String(error),
        summary: { ...summary, ...details },
      })
      .where(eq(dataSyncRuns.id, runId));
    throw error;
  }

  summary.durationMs = Math.round(performance.now() - started);
  await markSyncSucceeded(db, runId, summary);
  return summary;
}

/** Refusals that need no lock: a download cut short, or an export older than the data. */
async function refuseUnfit(db: Db, input: SyncInput, prepared: PreparedOffers | undefined): Promise<void> {
  if (!input.plans || !prepared) return;
  if (input.plans.origin === 'live' && !prepared.endMarker) {
    throw new ImportRefusedError([
      `The live export ended without its END OF FILE line after ${prepared.rowCount} rows: the download was cut short. Nothing was imported.`,
    ]);
  }
  if (!input.allowOlder) {
    const latest = await latestSnapshotDate(db);
    if (latest && input.plans.snapshotDate < latest) {
      throw new ImportRefusedError([
        `The export of ${input.plans.snapshotDate} is older than the data already synced (${latest}); pass --allow-older to import it anyway.`,
      ]);
    }
  }
}

/** Every write of one sync, in dependency order, inside the caller's transaction. */
async function writeAll(tx: Db, input: SyncInput, prepared: PreparedOffers | undefined, summary: SyncSummary) {
  const step = (name: SyncStep) => {
    input.onStep?.(name);
    if (input.failAfter === name) throw new Error(`injected failure after step "${name}"`);
  };
  // The guard reads before anything is written, so a refusal leaves every table as it was.
  const resolved = prepared ? await resolvePlanIds(tx, prepared.listings) : undefined;
  if (prepared && resolved) {
    const incoming = prepared.listings.map((l, i) => ({ id: resolved.ids[i]!, tdspDuns: l.offer.tdsp.duns }));
    const verdict = checkImport(resolved.activeBefore, incoming, input.limits ?? DEFAULT_GUARD_LIMITS);
    summary.guard = { ...verdict.figures, forced: input.force === true && verdict.reasons.length > 0 };
    if (verdict.reasons.length && !input.force) {
      throw new ImportRefusedError(
        [
          `Refused the export of ${summary.snapshotDate} as probably damaged.`,
          ...verdict.reasons,
          'Nothing was written; pass --force to import it anyway.',
        ],
        { guard: { ...verdict.figures, forced: false, reasons: verdict.reasons } },
      );
    }
    if (summary.guard.forced) summary.guard.reasons = verdict.reasons;
    summary.identity = { reused: resolved.reused, renamed: resolved.renamed };
  }

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
  if (prepared && resolved && input.plans) {
    const snapshotDate = input.plans.snapshotDate;
    const syncedAt = new Date(`${snapshotDate}T06:00:00Z`); // midnight in Texas (CST) on the export date
    const providers = await writeProviders(tx, prepared.listings);
    summary.tables.providers = providers.counts;
    step('providers');
    const plans = await writePlans(tx, prepared.listings, resolved, providers.idByName, snapshotDate, syncedAt);
    summary.tables.plans = plans.counts;
    step('plans');
    const planIds = plans.rows.map((r) => r.id);
    summary.tables.features = await writeFeatures(tx, prepared.listings, planIds);
    step('features');
    const history = await writePriceHistory(
      tx,
      plans.rows,
      snapshotDate,
      input.plans.origin === 'live' ? 'ptc_export' : 'recorded_export',
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
  await updateAggregates(tx, undefined, { availabilityOnly: input.deferCounts });
  step('aggregates');
}
