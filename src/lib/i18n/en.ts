// English UI text. Its shape is the Dictionary every language must fill (es.ts): a key missing
// there fails type-checking. Functions take the figures a sentence is built from.

import { cityEn } from './city-en';
import { planEn } from './plan-en';
import { zipEn } from './zip-en';
import { planPageEn } from './plan-page-en';
import { aboutEn } from './about-en';
import { chartEn } from './chart-en';

/** The English dictionary, and the shape of every other. */
export const en = {
  ...zipEn,
  ...planPageEn,
  ...aboutEn,
  ...chartEn,
  ...cityEn,
  ...planEn,
  langName: 'English',
  switchLabel: 'Language',
  hintText: 'Prefer English?',
  hintLink: 'See this page in English',
  hintHide: 'Hide',
  skip: 'Skip to content',
  navMain: 'Main',
  navCities: 'Cities',
  navProviders: 'Providers',
  navHowWeRank: 'How we rank',
  breadcrumb: 'Breadcrumb',
  crumbHome: 'Home',
  footerSource: "Plan data comes from the Public Utility Commission of Texas' Power to Choose export.",
  footerPrivacy: 'Privacy',
  footerGeo: 'City, ZIP and population data ©',
  footerLicensed: ', licensed',
  footerAreas: '. Utility areas from EIA and public ZIP maps.',
  notFoundTitle: 'Page not found | ChooseMyPower',
  notFoundDescription: 'The page you asked for does not exist.',
  notFoundHeading: 'Page not found',
  goHome: 'Go to the home page',
  homeTitle: 'ChooseMyPower: compare Texas electricity plans by what they really cost',
  homeDescription:
    'Every retail electricity plan offered in your Texas city, ranked by what it will really cost you, from the official Power to Choose data.',
  homeHeading: 'Compare Texas electricity plans honestly',
  homeLead:
    'We rank every plan in your area by what it will cost you over the next twelve months of real Texas bills, not by the advertised price at exactly 1,000 kWh.',
  largestCities: 'Largest cities with retail choice',
  ownUtilityCities: 'Cities served mostly by their own utility',
  ownUtilityNote: "Most homes here cannot choose a plan; only addresses in a competitive utility's area can.",
  allCities: 'All Texas cities',
  coverage: 'What we cover',
  statUtilities: 'Utilities (TDSPs)',
  statCities: 'Cities',
  statProviders: 'Providers',
  statPlans: 'Active plans',
  unavailable: 'Plan data is temporarily unavailable. Please try again in a few minutes.',
  rankHeading: 'How we rank plans',
  rankWhy:
    'Power to Choose sorts plans by their average price at exactly 1,000 kWh in one month. Retailers design plans to look cheapest there: a bill credit that only applies at 1,000 kWh or more, or a low price that lasts three or four months. Real homes use more in August and less in April, and a contract outlives its teaser.',
  rankHow: (years: string, april: string, august: string) =>
    `So we estimate what each plan will cost over the next twelve months, starting this month. We spread your average monthly usage over the year the way Texas homes really use electricity, from the U.S. Energy Information Administration's monthly sales to Texas homes (form EIA-861M, ${years}): about ${april} of a year's use falls in April and ${august} in August. Or you can enter twelve months from your own bills. Each month's bill comes from the plan's official prices at 500, 1,000 and 2,000 kWh and, where its terms state them, its bill credits and usage fees.`,
  rankAfterTerm:
    "A plan's price is only known for its term. For the months after it we do not use the teaser price: we assume today's median price of the month-to-month plans in your utility's area, and every plan card says so. Plans are ordered by the year's total, and we say in plain words when a plan has a trap: a credit you will miss in some months, a minimum-usage fee, a teaser term, a variable rate or a per-month cancellation fee. You can still rank by one month at one usage if you prefer.",
  plansFrom: (n: number | null, from: string) => `${n} plans${from ? ` from ${from}` : ''}`,
  zipLabel: 'Your ZIP code',
  zipSubmit: 'Compare plans',
  zipEmpty: 'Enter your 5-digit ZIP code.',
  zipInvalid: (raw: string) => `"${raw}" is not a 5-digit ZIP code. Enter five digits, such as 75201.`,
  zipFormTitle: 'Find electricity plans by ZIP code | ChooseMyPower',
  zipFormDescription: 'Enter a Texas ZIP code to see the electricity plans offered there.',
  zipFormHeading: 'Find plans by ZIP code',
  zipCrumb: 'Find plans by ZIP',
  zipTitle: (zip: string) => `Electricity plans for ZIP ${zip} | ChooseMyPower`,
  zipDescription: (zip: string) => `Who delivers electricity in ZIP ${zip}, Texas, and which plans you can choose.`,
  zipHeading: (zip: string) => `Electricity in ZIP ${zip}`,
  source: (label: string) => `Source: ${label}.`,
  savedNotice: (date: string) =>
    `Showing saved plan data from ${date}. Our live database is not answering right now; prices may have changed since.`,
  pages: 'Pages',
  previous: 'Previous',
  next: 'Next',
} satisfies Record<string, string | ((...args: never[]) => string)>;

/** What every language's dictionary holds: the same keys, the same sentence builders. */
export type Dictionary = typeof en;
