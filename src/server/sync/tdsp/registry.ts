/**
 * The six competitive Texas TDSPs (wires utilities) whose territories have retail choice.
 * DUNS numbers are the official ones, read from the DUNS parameter of Electricity Facts
 * Label links in the Power to Choose export (see ../shared/data/tdsp/tdsp-duns.csv, which a
 * test checks this table against). They are text: several start with zeros.
 */
export interface TdspInfo {
  code: string;
  name: string;
  abbreviation: string;
  /** [TduCompanyName] in the Power to Choose export. */
  ptcName: string;
  duns: string;
  /** service_provider code in the 2021 ZIP→TDSP map, if the utility is in it. */
  mapCode: string | null;
  /** EIA utility id when the territory comes from EIA's municipal list (Lubbock). */
  eiaId: number | null;
  serviceRegion: string;
  websiteUrl: string;
}

export const TDSPS: readonly TdspInfo[] = [
  {
    code: 'ONCOR',
    name: 'Oncor Electric Delivery',
    abbreviation: 'Oncor',
    ptcName: 'ONCOR ELECTRIC DELIVERY COMPANY',
    duns: '1039940674000',
    mapCode: 'ONCOR',
    eiaId: null,
    serviceRegion: 'North, Central and West Texas',
    websiteUrl: 'https://www.oncor.com/',
  },
  {
    code: 'CENTERPOINT',
    name: 'CenterPoint Energy Houston Electric',
    abbreviation: 'CNP',
    ptcName: 'CENTERPOINT ENERGY HOUSTON ELECTRIC LLC',
    duns: '957877905',
    mapCode: 'CENTERPOINT',
    eiaId: null,
    serviceRegion: 'Houston and the upper Gulf Coast',
    websiteUrl: 'https://www.centerpointenergy.com/',
  },
  {
    code: 'AEP_CENTRAL',
    name: 'AEP Texas Central',
    abbreviation: 'AEP TCC',
    ptcName: 'AEP TEXAS CENTRAL',
    duns: '007924772',
    mapCode: 'AEP_TCC',
    eiaId: null,
    serviceRegion: 'South Texas and the Rio Grande Valley',
    websiteUrl: 'https://www.aeptexas.com/',
  },
  {
    code: 'AEP_NORTH',
    name: 'AEP Texas North',
    abbreviation: 'AEP TNC',
    ptcName: 'AEP TEXAS NORTH',
    duns: '007923311',
    mapCode: 'AEP_TNC',
    eiaId: null,
    serviceRegion: 'West Central Texas',
    websiteUrl: 'https://www.aeptexas.com/',
  },
  {
    code: 'TNMP',
    name: 'Texas-New Mexico Power',
    abbreviation: 'TNMP',
    ptcName: 'TEXAS-NEW MEXICO POWER COMPANY',
    duns: '007929441',
    mapCode: 'TNMP',
    eiaId: null,
    serviceRegion: 'Parts of North, Central, Gulf Coast and West Texas',
    websiteUrl: 'https://www.tnmp.com/',
  },
  {
    code: 'LPL',
    name: 'Lubbock Power & Light',
    abbreviation: 'LP&L',
    ptcName: 'LUBBOCK POWER & LIGHT SYSTEM',
    duns: '0582138934100',
    mapCode: null,
    // LP&L was a municipal utility in EIA's 2020 data and joined retail choice in 2024.
    eiaId: 11292,
    serviceRegion: 'Lubbock',
    websiteUrl: 'https://lpandl.com/',
  },
];

const byPtcName = new Map(TDSPS.map((t) => [t.ptcName, t]));
const byMapCode = new Map(TDSPS.filter((t) => t.mapCode).map((t) => [t.mapCode!, t]));

/** The TDSP for an export's [TduCompanyName], or undefined for utilities we do not cover. */
export const tdspByPtcName = (name: string) => byPtcName.get(name.trim().toUpperCase());

/** The TDSP for a ZIP-map service_provider code. */
export const tdspByMapCode = (code: string) => byMapCode.get(code.trim().toUpperCase());
