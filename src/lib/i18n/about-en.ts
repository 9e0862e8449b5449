// English text of the provider pages and the privacy page.

/** Provider and privacy page text. */
export const aboutEn = {
  providersTitle: (n: number) => `Texas electricity providers: ${n} retail providers compared`,
  providersDescription: (n: number) =>
    `All ${n} retail electricity providers with plans on Power to Choose, with their plan counts and Power to Choose ratings.`,
  providersHeading: 'Texas electricity providers',
  providersCaption: 'Providers with their active plans and rating',
  colProvider: 'Provider',
  colActivePlans: 'Active plans',
  colUtilities: 'Utilities served',
  colRating: 'Power to Choose rating',
  notRated: 'Not rated',
  ratingOf: (n: string) => `${n} of 5`,
  providerTitle: (name: string, n: number, from: string) => `${name}: ${n} Texas electricity plans from ${from}/kWh`,
  providerTitlePlain: (name: string) => `${name}: Texas electricity provider`,
  providerDescription: (name: string, n: number, range: string) =>
    `${name} offers ${n} plans on Power to Choose${range}. Compare them by real monthly cost.`,
  providerRange: (min: string, max: string) => `, from ${min} to ${max} per kWh at 1,000 kWh`,
  prices1000: '1,000 kWh prices',
  website: 'Website',
  visit: 'Visit',
  plansInArea: (utility: string) => `Plans in ${utility}'s area`,
  providerRanked: (window: string, usage: string) =>
    `Ranked by the estimated cost of the next 12 months (${window}) for a home using ${usage} a month on average.`,
  privacyTitle: 'Privacy | ChooseMyPower',
  privacyDescription:
    'What ChooseMyPower records when you compare plans, what it never records, and how long it keeps anything.',
  privacyLead:
    'We count how the site is used, so we can tell which cities and plans shoppers look at. We keep as little as answers that question, and nothing that could single out your household.',
  privacyRecordHeading: 'What we record',
  privacyRecord: [
    'what you did: looked up a ZIP code, viewed a plan, compared plans or changed a filter;',
    "the page's path and the settings the site reads, such as your usage and filters, and nothing else you typed;",
    'the ZIP code or city you looked at;',
    'the network you came from, cut to its first three parts (an area of 256 addresses), never your address;',
    'the website that linked you here (its name only, not the page);',
    'the hour it happened, not the minute.',
  ].join('\n'),
  privacyNeverHeading: 'What we never record',
  privacyNever: [
    'your IP address, your browser or device (no User-Agent), or any cookie: the site sets none;',
    'anything at all when your browser sends Do Not Track or Global Privacy Control.',
  ].join('\n'),
  privacyKeepHeading: 'How long we keep it',
  privacyDeleted: 'Records are deleted after',
  privacyDays: (n: number) => `${n} days`,
  privacyDaily: ', as part of the daily update of the plan data.',
};
