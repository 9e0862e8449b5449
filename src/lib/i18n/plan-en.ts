// English text of plan cards and plan facts.

/** Plan card text. */
export const planEn = {
  next12: 'next 12 months',
  perKwhAverage: (cents: string, monthly: string) => `${cents}/kWh on average · about ${monthly} a month`,
  approx: ' (approx.)',
  approxTitle: 'Estimate between the posted prices',
  perMonthShort: '/month',
  atUsage: (usage: string, cents: string) => `at ${usage} · ${cents}/kWh`,
  term: 'Term',
  cancellationFee: 'Cancellation fee',
  renewable: 'Renewable',
  notStated: 'Not stated',
  none: 'None',
  feePerMonthLeft: (amount: string) => `${amount} per month left`,
  monthToMonth: 'Month to month',
  termMonths: (n: number) => `${n} months`,
  rateType_fixed: 'fixed',
  rateType_variable: 'variable',
  rateType_indexed: 'indexed',
  efl: 'Electricity Facts Label',
  terms: 'Terms of service',
  yrac: 'Your Rights as a Customer',
  compare: 'Compare',
  signUpWith: (provider: string) => `Sign up with ${provider}`,
  thingsToKnow: 'Things to know',
  monthNames: 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  // Words, not an en dash: page text stays in Latin-1, which V8 encodes several times faster.
  span: (from: string, to: string) => `${from} to ${to}`,
  creditMissed: (n: number, months: string) => `Credit missed in ${n} of 12 months (${months})`,
  feeMonths: (n: number, months: string) => `Usage fee charged in ${n} of 12 months (${months})`,
  afterFirstMonth: 'After the first month',
  afterMonth: (n: number) => `After month ${n}`,
  afterTermMedian: (price: string, utility: string) =>
    `we assume ${price}, today's median month-to-month price in ${utility}'s area`,
  afterTermAll: (price: string, n: number, utility: string) =>
    `we assume ${price}, today's median price of the ${n} plans in ${utility}'s area, which lists no month-to-month plans`,
  markNew: (date: string) => `New on ${date}`,
  markCut: (cents: string, date: string) => `Price cut by ${cents} on ${date}`,
  markRise: (cents: string, date: string) => `Price raised by ${cents} on ${date}`,
};
