// An independent account of what the 18 recorded exports say, for checking the database after a
// replay: which offers are one product over time, what each cost on each date, and how many
// plans each date brings, changes and ends. It uses the importer's parser and English/Spanish
// pairing (tested elsewhere) but none of its identity code: an id continues a plan only while
// provider, utility, term, rate type and the name (up to case, spacing and punctuation) stay
// exactly the same, which the recordings bear out (they hold no plain renames).
import path from 'node:path';
import { prepareOffers } from '~/server/sync/prepare-offers';
import type { Offer } from '~/server/sync/ptc/normalize-offer';
import { listSnapshots, readPlanFile } from '~/server/sync/ptc/source';
import { SHARED_DATA } from './seed-rows';

export const RECORDED_DIR = path.join(SHARED_DATA, 'powertochoose');

type Prices = [string, string, string];

/** One product as the files show it: its key, and its three prices on each date it was listed. */
export interface ModelPlan {
  key: string;
  /** Its lead row's product name and utility on the last date it was listed. */
  name: string;
  duns: string;
  /** The id its listing was led by on the last date it was listed. */
  lead: string;
  history: Map<string, Prices>;
}

/** Per export date: plans begun, plans whose prices moved, plans ended. */
export interface ModelDay {
  date: string;
  added: number;
  changed: number;
  ended: number;
}

const compact = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** provider | utility DUNS | term | rate type | compact name. */
export const productKey = (p: { provider: string; duns: string; term: number; rateType: string; name: string }) =>
  [p.provider.trim().toLowerCase(), p.duns, p.term, p.rateType, compact(p.name)].join('|');

const keyOf = (o: Offer) =>
  productKey({ provider: o.rep, duns: o.tdsp.duns, term: o.termMonths, rateType: o.rateType, name: o.product });

/** Every recorded export's rows by date, and the plans and daily counts they imply. */
export function modelHistory(dir = RECORDED_DIR): {
  plans: ModelPlan[];
  days: ModelDay[];
  rowsByDate: Map<string, Offer[]>;
} {
  const plans: ModelPlan[] = [];
  const days: ModelDay[] = [];
  const rowsByDate = new Map<string, Offer[]>();
  // Every plan an (id, product) pair has belonged to, and when each plan was last listed.
  const carriers = new Map<string, ModelPlan[]>();
  const lastSeen = new Map<ModelPlan, string>();
  let active = new Set<ModelPlan>();
  for (const { file, date } of listSnapshots(dir)) {
    const { listings } = prepareOffers(readPlanFile(file));
    rowsByDate.set(
      date,
      listings.flatMap((l) => [l.offer, ...l.alternates]),
    );
    const claimed = new Set<ModelPlan>();
    const chosen: (ModelPlan | undefined)[] = listings.map(() => undefined);
    // Listed yesterday first, then the most recently listed.
    const rank = (a: ModelPlan, b: ModelPlan) =>
      Number(active.has(b)) - Number(active.has(a)) || (lastSeen.get(b) ?? '').localeCompare(lastSeen.get(a) ?? '');
    const claim = (i: number, o: Offer, led: boolean) => {
      const plans = (carriers.get(`${o.externalId}|${keyOf(o)}`) ?? [])
        .filter((p) => (p.lead === o.externalId) === led && !claimed.has(p))
        .sort(rank);
      if (chosen[i] || !plans[0]) return;
      claimed.add(plans[0]);
      chosen[i] = plans[0];
    };
    // A plan goes first to the listing led by the id that led it last time, then to a listing
    // carrying one of its (id, product) pairs: as that id's lead, then as a twin.
    listings.forEach((l, i) => claim(i, l.offer, true));
    listings.forEach((l, i) =>
      [l.offer, ...l.alternates].forEach((o) => {
        if (o !== l.offer) claim(i, o, true);
        claim(i, o, false);
      }),
    );
    let added = 0;
    let changed = 0;
    listings.forEach((l, i) => {
      let plan = chosen[i];
      if (!plan) {
        plan = { key: '', name: '', duns: '', lead: '', history: new Map() };
        plans.push(plan);
        added++;
      }
      plan.key = keyOf(l.offer);
      plan.name = l.offer.product;
      plan.duns = l.offer.tdsp.duns;
      plan.lead = l.offer.externalId;
      const prices: Prices = [l.offer.rate500, l.offer.rate1000, l.offer.rate2000];
      const last = [...plan.history.values()].at(-1);
      if (last && last.join() !== prices.join()) changed++;
      plan.history.set(date, prices);
      for (const o of [l.offer, ...l.alternates]) {
        const key = `${o.externalId}|${keyOf(o)}`;
        if (!carriers.get(key)?.includes(plan)) carriers.set(key, [...(carriers.get(key) ?? []), plan]);
      }
      lastSeen.set(plan, date);
      chosen[i] = plan;
    });
    const now = new Set(chosen as ModelPlan[]);
    days.push({ date, added, changed, ended: [...active].filter((p) => !now.has(p)).length });
    active = now;
  }
  return { plans, days, rowsByDate };
}
