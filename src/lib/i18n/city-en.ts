// English text of the city pages and their forms.

/** City page, filter form and ranking note text. */
export const cityEn = {
  cityHeading: (city: string) => `${city} electricity plans`,
  cityHeadingNoChoice: (city: string) => `${city} electricity`,
  summaryUtility: 'Utility',
  summaryPlans: 'Plans',
  summaryProviders: 'Providers',
  summaryPrice: '1,000 kWh price',
  lowestAverage: (lowest: string, average: string) => `${lowest} lowest · ${average} average`,
  noMatch: 'No plans match these filters.',
  seeAll: (city: string) => `See all plans in ${city}`,
  selectCompare: 'Select to compare',
  compareSelected: 'Compare selected plans (2 to 4)',
  zipCodesIn: (city: string, zips: string) => `ZIP codes in ${city}: ${zips}.`,
  cheapestYear: (total: string) => ` Cheapest plan over the next 12 months: about ${total}.`,
  cheapestMonth: (usage: string, bill: string) => ` Typical bill at ${usage}: ${bill} for the cheapest plan.`,
  listName: (city: string) => `Electricity plans in ${city}`,
  listNameArea: (utility: string, city: string) => `Plans for addresses in ${utility}'s area of ${city}`,
  feedTitle: (city: string) => `New plans and price cuts in ${city}`,
  chooseUtility: 'Choose your utility',
  servedBySeveral: (city: string, n: number) =>
    `${city} is served by ${n} utilities. Which one delivers power to your address?`,
  filterForm: 'Filter and rank plans',
  usageLabel: 'Average monthly usage (kWh)',
  usageHint: (average: string) =>
    `Your bill shows it as the kWh used in the billing period, next to the meter readings. Texas homes average about ${average} kWh a month.`,
  monthsSummary: 'Use your own 12 months (from your bills)',
  monthsHint:
    "Enter the kWh of each month from your bills or your provider's usage history. Your twelve months replace the average above; leave them all empty to use the average.",
  termLabel: 'Contract length',
  rateLabel: 'Rate type',
  greenLabel: 'Renewable energy',
  prepaidLabel: 'Prepaid plans',
  touLabel: 'Time-of-use plans',
  autopayLabel: 'Auto pay required',
  any: 'Any',
  include: 'Include',
  leaveOut: 'Leave out',
  onlyPrepaid: 'Only prepaid',
  onlyTou: 'Only time of use',
  onlyAutopay: 'Only auto pay',
  noDeposit: 'No deposit',
  updatePlans: 'Update plans',
  clearFilters: 'Clear filters',
  term_short: '6 months or less',
  term_12: '7 to 12 months',
  term_24: '13 to 24 months',
  term_long: 'More than 24 months',
  rate_fixed: 'Fixed rate',
  rate_variable: 'Variable rate',
  rate_indexed: 'Indexed rate',
  green_50: 'At least 50% renewable',
  green_100: '100% renewable',
  rankedYear: (total: number, window: string) =>
    `${total} plans ranked by the estimated cost of the next 12 months (${window})`,
  rankedMonth: (total: number, usage: string) => `${total} plans ranked by the bill of one month at ${usage}`,
  fromBills: 'For the twelve monthly usages you entered from your bills.',
  fromAverage: (usage: string, years: string) =>
    `For a home using ${usage} a month on average, spread over the year the way Texas homes use electricity (EIA's monthly sales to Texas homes, ${years}).`,
  afterTermNote:
    "Months after a plan's term ends are priced at today's median month-to-month price, not at the plan's price.",
  rankByMonth: (usage: string) => `Rank by one month at ${usage} instead`,
  monthNote:
    'One month at one usage, the way Power to Choose compares plans: a bill credit or a teaser price can look better than it is over a year.',
  rankByYear: 'Rank by the next 12 months instead',
  marketHeading: (utility: string) => `The market in ${utility}'s area`,
  marketLead: (n: number, from: string, to: string) =>
    `Prices at 1,000 kWh on each of the ${n} Power to Choose exports we recorded, from ${from} to ${to}.`,
  marketFeed: 'Follow new plans and price cuts (Atom feed)',
  marketChartTitle: (utility: string) => `${utility}: prices at 1,000 kWh by export date`,
  cheapestByDate: 'The cheapest plan on each date',
  cheapestCaption: 'The cheapest plan at 1,000 kWh on each export date',
  colExport: 'Export',
  colCheapest: 'Cheapest plan',
  colAt1000: 'At 1,000 kWh',
  leadOwnStrong: (city: string, utility: string) => `Most homes in ${city} are served by ${utility}`,
  leadOwnRest: ', which is owned by the city: they buy their electricity from it and cannot choose a retail plan.',
  leadOwnArea: (area: string, delivery: string, utility: string) =>
    `The plans below are only for addresses in ${area}. Look at your electricity bill: if it names ${delivery} as the company that delivers your power, you can choose one of them. If it names ${utility}, these plans do not apply to you.`,
  areaOf: (utility: string) => `${utility}'s area`,
  competitiveArea: 'the competitive area',
  competitiveDelivery: 'a competitive delivery company',
  leadNoChoice: (city: string, utility: string) =>
    `${city} is served by ${utility}, which has not opened its area to retail competition. Homes there buy electricity from that utility, so Power to Choose lists no plans for ${city}.`,
  unnamedUtility: 'a regulated utility outside the competitive market',
  leadInside: (city: string, inside: string) =>
    `${city} lies inside ${inside}. Its postal ZIP codes are post-office-box ZIPs that the utility maps do not list, so we do not classify it on its own: homes here are served like the rest of ${inside}.`,
  leadInsideLink: (inside: string) => `See the electricity plans for ${inside}`,
  leadFringe: (city: string, list: string, n: number) =>
    `Parts of ${city} are served by ${list}, which ${n === 1 ? 'has' : 'have'} no retail choice.`,
  kindMunicipal: 'a city-owned utility',
  kindCoop: 'a co-op',
  leadCoop: (zip: string, coops: string, n: number) =>
    `Some addresses in ZIP ${zip} are served by ${coops}, a co-op without retail choice. If ${n === 1 ? 'it' : 'one of them'} is on your bill, these plans don't apply.`,
  or: 'or',
  dirTitle: (n: number) => `Texas cities with electricity choice: ${n} cities`,
  dirDescription: (n: number) =>
    `Electricity plans for ${n} Texas cities with retail choice, A–Z, with each city's utility and plan count, and the cities whose own utility serves most homes.`,
  dirHeading: 'Texas cities with retail electricity choice',
  noChoiceHeading: 'Large cities without retail choice',
  noChoiceNote:
    'These cities are served by a city-owned utility, an electric co-op or a regulated utility outside the competitive market, so their homes cannot pick a retail plan.',
  ownUtilityDirNote:
    "Most homes in these cities are served by the city's own utility and cannot choose a plan; only addresses in a competitive utility's area can.",
  someAddressesIn: (utility: string, area: string) => `${utility}; some addresses in ${area}`,
  aCompetitiveArea: 'a competitive area',
  jumpToLetter: 'Jump to letter',
  andOthers: ' and others',
  apiCaveatOwn: (city: string, utility: string, area: string) =>
    `Most homes in ${city} are served by ${utility}, which is city-owned: they cannot choose a retail electricity plan. These plans are only for addresses in ${area}.`,
  aCompetitiveUtilityArea: "a competitive utility's area",
};
