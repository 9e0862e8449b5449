/** The 29 bracketed columns of Power to Choose's ExportToCsv, in file order. */
export const PTC_COLUMNS = [
  '[idKey]',
  '[TduCompanyName]',
  '[RepCompany]',
  '[Product]',
  '[kwh500]',
  '[kwh1000]',
  '[kwh2000]',
  '[Fees/Credits]',
  '[PrePaid]',
  '[TimeOfUse]',
  '[Fixed]',
  '[RateType]',
  '[Renewable]',
  '[TermValue]',
  '[CancelFee]',
  '[Website]',
  '[SpecialTerms]',
  '[TermsURL]',
  '[YRACURL]',
  '[Promotion]',
  '[PromotionDesc]',
  '[FactsURL]',
  '[EnrollURL]',
  '[PrepaidURL]',
  '[EnrollPhone]',
  '[NewCustomer]',
  '[MinUsageFeesCredits]',
  '[Language]',
  '[Rating]',
] as const;

export type PtcColumn = (typeof PTC_COLUMNS)[number];

/** One export row as text, keyed by column name without brackets (idKey, kwh500…). */
export type RawOffer = Record<string, string>;

/** Column name without its brackets, as used in messages and RawOffer keys. */
export const bare = (column: string) => column.replace(/^\[|\]$/g, '');
