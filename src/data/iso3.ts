// ISO 3166-1 alpha-3 codes, so the validator can tell a typo ("PRKK", "RUS ")
// from a real state. Historical codes (ISO 3166-3) are listed separately because
// arms-transfer records (SIPRI) still use them for the USSR, East Germany & co.

/** Officially assigned ISO 3166-1 alpha-3 codes (249). */
export const ISO3_CURRENT: ReadonlySet<string> = new Set(
  (
    'ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE ' +
    'BDI BEL BEN BES BFA BGD BGR BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA ' +
    'CAF CAN CCK CHE CHL CHN CIV CMR COD COG COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE ' +
    'DEU DJI DMA DNK DOM DZA ' +
    'ECU EGY ERI ESH ESP EST ETH ' +
    'FIN FJI FLK FRA FRO FSM ' +
    'GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY ' +
    'HKG HMD HND HRV HTI HUN ' +
    'IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA ' +
    'JAM JEY JOR JPN ' +
    'KAZ KEN KGZ KHM KIR KNA KOR KWT ' +
    'LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA ' +
    'MAC MAF MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT ' +
    'NAM NCL NER NFK NGA NIC NIU NLD NOR NPL NRU NZL ' +
    'OMN ' +
    'PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF ' +
    'QAT ' +
    'REU ROU RUS RWA ' +
    'SAU SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR ' +
    'TCA TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA ' +
    'UGA UKR UMI URY USA UZB ' +
    'VAT VCT VEN VGB VIR VNM VUT ' +
    'WLF WSM ' +
    'YEM ' +
    'ZAF ZMB ZWE'
  ).split(' '),
);

/** Former codes (ISO 3166-3) of states that no longer exist under that code. */
export const ISO3_HISTORICAL: Readonly<Record<string, string>> = {
  SUN: 'Soviet Union',
  DDR: 'German Democratic Republic',
  YUG: 'Yugoslavia',
  CSK: 'Czechoslovakia',
  SCG: 'Serbia and Montenegro',
  ANT: 'Netherlands Antilles',
  BUR: 'Burma',
  ZAR: 'Zaire',
  TMP: 'East Timor',
  YMD: 'South Yemen',
  VDR: 'North Vietnam',
  DHY: 'Dahomey',
  HVO: 'Upper Volta',
  RHO: 'Southern Rhodesia',
  BYS: 'Byelorussian SSR',
  NTZ: 'Saudi–Iraqi neutral zone',
  // Never in ISO 3166 (South Vietnam predates its codes for Viet Nam), but SIPRI records it.
  RVN: 'South Vietnam (Republic of Vietnam)',
};

/**
 * Not ISO-assigned but used by the EU, IMF and World Bank; Kosovo appears in
 * transfer records, so it should not trigger an "unknown code" warning.
 */
export const ISO3_USER_ASSIGNED: Readonly<Record<string, string>> = {
  XKX: 'Kosovo',
};

export type Iso3Status = 'current' | 'historical' | 'user-assigned' | 'unknown';

export const ISO3_SHAPE = /^[A-Z]{3}$/;

/** Tells a current code from a historical one (SUN, DDR, YUG, CSK, SCG …) or an unknown one. */
export function iso3Status(code: string): Iso3Status {
  if (ISO3_CURRENT.has(code)) return 'current';
  if (Object.hasOwn(ISO3_HISTORICAL, code)) return 'historical';
  if (Object.hasOwn(ISO3_USER_ASSIGNED, code)) return 'user-assigned';
  return 'unknown';
}

export function isKnownIso3(code: string): boolean {
  return iso3Status(code) !== 'unknown';
}
