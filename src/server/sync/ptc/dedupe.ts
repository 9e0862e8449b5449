import type { Offer } from './normalize-offer';

/** One offer as shown to shoppers, with the same offer's other-language listings. */
export interface Listing {
  offer: Offer;
  alternates: Offer[];
}

// Power to Choose lists most offers twice, in English and in Spanish, under different ids,
// names and document links. Two rows are the same offer when everything that shapes the
// price and the contract matches. The ETF text is left out on purpose: it is translated
// ("20/remaining month." vs "20 por mes restante").
const offerKey = (o: Offer) =>
  [
    o.rep,
    o.tdsp.code,
    o.rateType,
    o.termMonths,
    o.rate500,
    o.rate1000,
    o.rate2000,
    o.percentGreen,
    o.isPrepaid,
    o.isTimeOfUse,
  ].join('\u0000');

const byId = (a: Offer, b: Offer) => Number(a.externalId) - Number(b.externalId);

/**
 * Collapses language duplicates. Within a group, English rows are paired with Spanish rows
 * in id order; each pair becomes one listing led by the English row. Rows left unpaired
 * (English-only or Spanish-only offers) become listings of their own.
 */
export function collapseDuplicates(offers: Offer[]): Listing[] {
  const groups = new Map<string, Offer[]>();
  for (const o of offers) {
    const key = offerKey(o);
    const group = groups.get(key);
    if (group) group.push(o);
    else groups.set(key, [o]);
  }
  const listings: Listing[] = [];
  for (const group of groups.values()) {
    const en = group.filter((o) => o.language === 'en').sort(byId);
    const es = group.filter((o) => o.language === 'es').sort(byId);
    for (let i = 0; i < Math.max(en.length, es.length); i++) {
      const [lead, alt] = en[i] ? [en[i]!, es[i]] : [es[i]!, undefined];
      listings.push({ offer: lead, alternates: alt ? [alt] : [] });
    }
  }
  return listings.sort((a, b) => byId(a.offer, b.offer));
}
