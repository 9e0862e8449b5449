// English text of the charts (lib/charts and components/charts): axis titles, legends, the
// descriptions screen readers hear and the data tables. The wording is what the charts always said.

/** Chart text. */
export const chartEn = {
  chartNotAvailable: 'not available',
  chartUsageAxis: 'Monthly usage (kWh)',
  chartUsageHeader: 'Usage (kWh)',
  chartCentsAxis: '¢ per kWh',
  chartDollarsAxis: '$ per month',
  chartCentsMeasure: 'Average price in cents per kWh',
  chartBillMeasure: 'Monthly bill in dollars',
  chartCurveDescription: (measure: string, from: string, to: string, names: string, marker: string) =>
    `${measure} at usages from ${from} to ${to} kWh, for: ${names}.${marker}`,
  chartMarkerNote: (usage: string) => ` A vertical line marks your usage, ${usage} kWh.`,
  chartYourUsage: (usage: string) => `Your usage: ${usage} kWh`,
  chartHistoryMeasure: 'Posted price in cents per kWh at',
  chartAtUsage: (usage: string) => `At ${usage}`,
  chartOnDate: (date: string) => `on ${date}`,
  chartOnDates: (n: number, first: string, last: string) => `on ${n} snapshot dates from ${first} to ${last}`,
  chartDate: 'Date',
  chartMonth: 'Month',
  chartTotal: 'Total',
  chartPricedBy: 'Priced by',
  chartPlanPrice: 'Plan price',
  chartAfterTerm: 'Assumed after the term',
  chartBarLabel: (month: string, bill: string, usage: string, pricedBy: string) =>
    `${month}: ${bill} for ${usage} kWh (${pricedBy})`,
  chartOnAverage: (cents: string) => ` (${cents} on average)`,
  chartAssumedFrom: (n: number) =>
    ` From month ${n} the plan's term is over and the bill uses the assumed after-term price.`,
  chartYearDescription: (first: string, last: string, total: string, average: string) =>
    `Estimated bill for each month from ${first} to ${last}, ${total} in all${average}.`,
  chartAssumedAfter: ', assumed after the term',
  chartCompareDescription: (plans: string) => `Estimated monthly bills over the next 12 months for: ${plans}.`,
  chartInAll: (plan: string, total: string) => `${plan} (${total} in all)`,
  chartOutlined: ' Outlined bars are months after a plan’s term, priced by the assumed after-term price.',
  chartMarketMeasure: 'Price in cents per kWh at 1,000 kWh of',
  chartMedianFixed: 'Median 12-month fixed plan',
  chartMedianFixedDescribes: 'the median 12-month fixed-rate plan',
  chartCheapest: 'Cheapest plan',
  chartCheapestDescribes: 'the cheapest plan',
  chartNoCost: 'No cost data to chart.',
  chartNoHistory: 'No price history yet.',
  chartNoBills: 'No bills to chart.',
};
