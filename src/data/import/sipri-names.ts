// Reviewed table from the actor names SIPRI uses (and common spellings of them) to our
// ids. States get ISO 3166-1 alpha-3 codes; historical states their ISO 3166-3 code
// (SUN, DDR, YUG, CSK, SCG, ZAR, YMD, VDR, RHO, ANT) or, for South Vietnam which has
// none, "RVN". North Yemen maps to YEM (ISO kept its code for united Yemen). Non-state
// actors and organisations get uppercase slugs ("HEZBOLLAH", "NATO").
// SIPRI marks non-state actors with "*" and organisations with "**"; the lookup
// ignores the asterisks, case, accents and apostrophe style.
// Add missing names here (with the source spelling) rather than guessing in code.
import type { ActorKind } from '../vocabulary.ts';

export interface ActorEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Other spellings, SIPRI's included. */
  readonly aliases: readonly string[];
}

type Row = readonly [id: string, name: string, ...aliases: string[]];

/** Current states: [ISO3, display name, ...aliases]. */
const STATES: readonly Row[] = [
  ['AFG', 'Afghanistan'],
  ['ALB', 'Albania'],
  ['DZA', 'Algeria'],
  ['AND', 'Andorra'],
  ['AGO', 'Angola'],
  ['ATG', 'Antigua and Barbuda'],
  ['ARG', 'Argentina'],
  ['ARM', 'Armenia'],
  ['AUS', 'Australia'],
  ['AUT', 'Austria'],
  ['AZE', 'Azerbaijan'],
  ['BHS', 'Bahamas', 'The Bahamas'],
  ['BHR', 'Bahrain'],
  ['BGD', 'Bangladesh'],
  ['BRB', 'Barbados'],
  ['BLR', 'Belarus'],
  ['BEL', 'Belgium'],
  ['BLZ', 'Belize'],
  ['BEN', 'Benin', 'Dahomey'],
  ['BTN', 'Bhutan'],
  ['BOL', 'Bolivia'],
  ['BIH', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  ['BWA', 'Botswana'],
  ['BRA', 'Brazil'],
  ['BRN', 'Brunei', 'Brunei Darussalam'],
  ['BGR', 'Bulgaria'],
  ['BFA', 'Burkina Faso', 'Upper Volta'],
  ['BDI', 'Burundi'],
  ['KHM', 'Cambodia', 'Kampuchea'],
  ['CMR', 'Cameroon'],
  ['CAN', 'Canada'],
  ['CPV', 'Cabo Verde', 'Cape Verde'],
  ['CAF', 'Central African Republic', 'CAR'],
  ['TCD', 'Chad'],
  ['CHL', 'Chile'],
  ['CHN', 'China', "People's Republic of China", 'PRC'],
  ['COL', 'Colombia'],
  ['COM', 'Comoros'],
  ['COG', 'Congo', 'Congo-Brazzaville', 'Republic of the Congo', 'Congo, Republic of'],
  ['COD', 'DR Congo', 'Democratic Republic of the Congo', 'DRC', 'Congo, DR', 'Congo-Kinshasa', 'Congo, Democratic Republic of'],
  ['CRI', 'Costa Rica'],
  ['CIV', "Côte d'Ivoire", "Cote d'Ivoire", 'Ivory Coast'],
  ['HRV', 'Croatia'],
  ['CUB', 'Cuba'],
  ['CYP', 'Cyprus'],
  ['CZE', 'Czechia', 'Czech Republic'],
  ['DNK', 'Denmark'],
  ['DJI', 'Djibouti'],
  ['DMA', 'Dominica'],
  ['DOM', 'Dominican Republic'],
  ['ECU', 'Ecuador'],
  ['EGY', 'Egypt'],
  ['SLV', 'El Salvador'],
  ['GNQ', 'Equatorial Guinea'],
  ['ERI', 'Eritrea'],
  ['EST', 'Estonia'],
  ['SWZ', 'Eswatini', 'Swaziland'],
  ['ETH', 'Ethiopia'],
  ['FJI', 'Fiji'],
  ['FIN', 'Finland'],
  ['FRA', 'France'],
  ['GAB', 'Gabon'],
  ['GMB', 'Gambia', 'The Gambia'],
  ['GEO', 'Georgia'],
  ['DEU', 'Germany', 'Germany (FRG)', 'West Germany', 'West Germany (FRG)', 'FRG'],
  ['GHA', 'Ghana'],
  ['GRC', 'Greece'],
  ['GRD', 'Grenada'],
  ['GTM', 'Guatemala'],
  ['GIN', 'Guinea'],
  ['GNB', 'Guinea-Bissau', 'Portuguese Guinea'],
  ['GUY', 'Guyana'],
  ['HTI', 'Haiti'],
  ['HND', 'Honduras'],
  ['HUN', 'Hungary'],
  ['ISL', 'Iceland'],
  ['IND', 'India'],
  ['IDN', 'Indonesia'],
  ['IRN', 'Iran', 'Islamic Republic of Iran'],
  ['IRQ', 'Iraq'],
  ['IRL', 'Ireland'],
  ['ISR', 'Israel'],
  ['ITA', 'Italy'],
  ['JAM', 'Jamaica'],
  ['JPN', 'Japan'],
  ['JOR', 'Jordan'],
  ['KAZ', 'Kazakhstan'],
  ['KEN', 'Kenya'],
  ['KIR', 'Kiribati'],
  ['XKX', 'Kosovo'],
  ['KWT', 'Kuwait'],
  ['KGZ', 'Kyrgyzstan', 'Kyrgyz Republic'],
  ['LAO', 'Laos', 'Lao PDR'],
  ['LVA', 'Latvia'],
  ['LBN', 'Lebanon'],
  ['LSO', 'Lesotho'],
  ['LBR', 'Liberia'],
  ['LBY', 'Libya', 'Libya GNA', 'Libya GNU'],
  ['LIE', 'Liechtenstein'],
  ['LTU', 'Lithuania'],
  ['LUX', 'Luxembourg'],
  ['MDG', 'Madagascar'],
  ['MWI', 'Malawi'],
  ['MYS', 'Malaysia'],
  ['MDV', 'Maldives'],
  ['MLI', 'Mali'],
  ['MLT', 'Malta'],
  ['MHL', 'Marshall Islands'],
  ['MRT', 'Mauritania'],
  ['MUS', 'Mauritius'],
  ['MEX', 'Mexico'],
  ['FSM', 'Micronesia', 'Federated States of Micronesia'],
  ['MDA', 'Moldova'],
  ['MCO', 'Monaco'],
  ['MNG', 'Mongolia'],
  ['MNE', 'Montenegro'],
  ['MAR', 'Morocco'],
  ['MOZ', 'Mozambique'],
  ['MMR', 'Myanmar', 'Burma'],
  ['NAM', 'Namibia'],
  ['NRU', 'Nauru'],
  ['NPL', 'Nepal'],
  ['NLD', 'Netherlands', 'The Netherlands', 'Holland'],
  ['NZL', 'New Zealand'],
  ['NIC', 'Nicaragua'],
  ['NER', 'Niger'],
  ['NGA', 'Nigeria'],
  ['PRK', 'North Korea', 'Korea, North', "Korea, Democratic People's Republic of", 'DPRK'],
  ['MKD', 'North Macedonia', 'Macedonia', 'Macedonia (FYROM)', 'FYROM'],
  ['NOR', 'Norway'],
  ['OMN', 'Oman'],
  ['PAK', 'Pakistan'],
  ['PLW', 'Palau'],
  ['PSE', 'Palestine', 'State of Palestine', 'Palestinian Authority', 'Palestinian Territories'],
  ['PAN', 'Panama'],
  ['PNG', 'Papua New Guinea'],
  ['PRY', 'Paraguay'],
  ['PER', 'Peru'],
  ['PHL', 'Philippines'],
  ['POL', 'Poland'],
  ['PRT', 'Portugal'],
  ['QAT', 'Qatar'],
  ['ROU', 'Romania'],
  ['RUS', 'Russia', 'Russian Federation'],
  ['RWA', 'Rwanda'],
  ['KNA', 'Saint Kitts and Nevis', 'St Kitts and Nevis'],
  ['LCA', 'Saint Lucia', 'St Lucia'],
  ['VCT', 'Saint Vincent and the Grenadines', 'Saint Vincent', 'St Vincent and the Grenadines', 'St Vincent'],
  ['WSM', 'Samoa'],
  ['SMR', 'San Marino'],
  ['STP', 'Sao Tome and Principe', 'São Tomé and Príncipe'],
  ['SAU', 'Saudi Arabia'],
  ['SEN', 'Senegal'],
  ['SRB', 'Serbia'],
  ['SYC', 'Seychelles'],
  ['SLE', 'Sierra Leone'],
  ['SGP', 'Singapore'],
  ['SVK', 'Slovakia'],
  ['SVN', 'Slovenia'],
  ['SLB', 'Solomon Islands'],
  ['SOM', 'Somalia'],
  ['ZAF', 'South Africa'],
  ['KOR', 'South Korea', 'Korea, South', 'Korea, Republic of', 'Republic of Korea'],
  ['SSD', 'South Sudan'],
  ['ESP', 'Spain'],
  ['LKA', 'Sri Lanka', 'Ceylon'],
  ['SDN', 'Sudan'],
  ['SUR', 'Suriname', 'Surinam'],
  ['SWE', 'Sweden'],
  ['CHE', 'Switzerland'],
  ['SYR', 'Syria', 'Syrian Arab Republic'],
  ['TWN', 'Taiwan', 'Taiwan (ROC)', 'Republic of China'],
  ['TJK', 'Tajikistan'],
  ['TZA', 'Tanzania'],
  ['THA', 'Thailand'],
  ['TLS', 'Timor-Leste', 'East Timor'],
  ['TGO', 'Togo'],
  ['TON', 'Tonga'],
  ['TTO', 'Trinidad and Tobago'],
  ['TUN', 'Tunisia'],
  ['TUR', 'Türkiye', 'Turkiye', 'Turkey'],
  ['TKM', 'Turkmenistan'],
  ['TUV', 'Tuvalu'],
  ['UGA', 'Uganda'],
  ['UKR', 'Ukraine'],
  ['ARE', 'United Arab Emirates', 'UAE'],
  ['GBR', 'United Kingdom', 'UK', 'Great Britain', 'Britain'],
  ['USA', 'United States', 'USA', 'US', 'United States of America'],
  ['URY', 'Uruguay'],
  ['UZB', 'Uzbekistan'],
  ['VUT', 'Vanuatu'],
  ['VEN', 'Venezuela'],
  ['VNM', 'Viet Nam', 'Vietnam'],
  ['YEM', 'Yemen', 'North Yemen', 'Yemen Arab Republic'],
  ['ZMB', 'Zambia'],
  ['ZWE', 'Zimbabwe'],
];

/** States that no longer exist, as SIPRI names them. */
const HISTORICAL: readonly Row[] = [
  ['SUN', 'Soviet Union', 'USSR', 'Soviet Union (USSR)'],
  ['DDR', 'East Germany (GDR)', 'East Germany', 'GDR', 'German Democratic Republic'],
  ['YUG', 'Yugoslavia'],
  ['CSK', 'Czechoslovakia'],
  ['SCG', 'Serbia and Montenegro'],
  ['YMD', 'South Yemen', "People's Democratic Republic of Yemen"],
  ['ZAR', 'Zaire'],
  ['VDR', 'North Vietnam', 'North Viet Nam', 'Democratic Republic of Vietnam'],
  ['RVN', 'South Vietnam', 'South Viet Nam', 'Republic of Vietnam'],
  ['RHO', 'Rhodesia', 'Southern Rhodesia'],
  ['ANT', 'Netherlands Antilles'],
];

/** Armed groups and rival authorities SIPRI lists as recipients ("*"). */
const NON_STATE: readonly Row[] = [
  ['HEZBOLLAH', 'Hezbollah (Lebanon)', 'Hezbollah', 'Hizbollah (Lebanon)', 'Hizbullah (Lebanon)'],
  ['HOUTHI', 'Houthi rebels (Yemen)', 'Houthis', 'Houthi rebels', 'Ansar Allah'],
  ['HAMAS', 'Hamas (Palestine)', 'Hamas'],
  ['LIBYA-HOR', 'Libya HoR', 'Libya House of Representatives', 'LNA (Libya)', 'Libyan National Army'],
  ['LIBYA-GNC', 'Libya GNC', 'Libya General National Congress'],
  ['LIBYA-NTC', 'NTC (Libya)', 'Libya NTC', 'Libya rebels'],
  ['PKK', 'PKK (Turkey)', 'PKK'],
  ['SYRIA-REBELS', 'Syria rebels', 'Syrian rebels', 'Free Syrian Army'],
  ['SDF', 'SDF (Syria)', 'Syrian Democratic Forces', 'YPG (Syria)'],
  ['UKRAINE-REBELS', 'Ukraine Rebels', 'Ukraine rebels', 'Donetsk People\'s Republic', 'Luhansk People\'s Republic'],
  ['LTTE', 'LTTE (Sri Lanka)', 'LTTE', 'Tamil Tigers'],
  ['ANC', 'ANC (South Africa)', 'ANC'],
  ['AMAL', 'Amal (Lebanon)', 'Amal'],
  ['CONTRAS', 'Contras (Nicaragua)', 'Contras'],
  ['FMLN', 'FMLN (El Salvador)', 'FMLN'],
  ['FNLA', 'FNLA (Angola)', 'FNLA'],
  ['UNITA', 'UNITA (Angola)', 'UNITA'],
  ['MPLA', 'MPLA (Angola)', 'MPLA'],
  ['SWAPO', 'SWAPO (Namibia)', 'SWAPO'],
  ['ZANU', 'ZANU (Zimbabwe)', 'ZANU'],
  ['ZAPU', 'ZAPU (Zimbabwe)', 'ZAPU'],
  ['FRELIMO', 'FRELIMO (Mozambique)', 'FRELIMO'],
  ['PAIGC', 'PAIGC (Portuguese Guinea)', 'PAIGC'],
  ['PLO', 'PLO (Israel)', 'PLO', 'Palestine Liberation Organization', 'Palestinian rebels'],
  ['POLISARIO', 'Polisario Front (Western Sahara)', 'Polisario Front', 'Polisario', 'Western Sahara'],
  ['MUJAHEDIN', 'Mujahedin (Afghanistan)', 'Mujahedin', 'Mujahideen (Afghanistan)'],
  ['NORTHERN-ALLIANCE', 'Northern Alliance (Afghanistan)', 'Northern Alliance'],
  ['TALIBAN', 'Taliban (Afghanistan)', 'Taliban'],
  ['KHMER-ROUGE', 'Khmer Rouge (Cambodia)', 'Khmer Rouge'],
  ['PATHET-LAO', 'Pathet Lao (Laos)', 'Pathet Lao'],
  ['VIET-CONG', 'Viet Cong (South Vietnam)', 'Viet Cong', 'NLF (South Vietnam)'],
  ['SPLA', 'SPLA (Sudan)', 'SPLA', 'SPLM (Sudan)'],
  ['DARFUR-REBELS', 'Darfur rebels (Sudan)', 'Darfur rebels'],
  ['RSF', 'RSF (Sudan)', 'Rapid Support Forces (Sudan)', 'Rapid Support Forces'],
  ['RUF', 'RUF (Sierra Leone)', 'RUF'],
  ['RPF', 'RPF (Rwanda)', 'RPF'],
  ['LRA', 'LRA (Uganda)', 'LRA'],
  ['UIC', 'UIC (Somalia)', 'UIC', 'Union of Islamic Courts (Somalia)'],
  ['ELF', 'ELF (Ethiopia)', 'ELF'],
  ['EPLF', 'EPLF (Ethiopia)', 'EPLF'],
  ['TPLF', 'TPLF (Ethiopia)', 'TPLF'],
  ['KURDISTAN-IRAQ', 'Kurdistan Regional Government (Iraq)', 'Iraq Kurdistan', 'KRG (Iraq)', 'Kurdish rebels (Iraq)', 'Peshmerga (Iraq)'],
  ['NORTHERN-CYPRUS', 'Northern Cyprus', 'Turkish Republic of Northern Cyprus'],
  ['ANTI-CASTRO-REBELS', 'Anti-Castro rebels (Cuba)', 'Anti-Castro rebels'],
  ['HAITI-REBELS', 'Haiti rebels', 'Haiti rebels (Haiti)'],
  ['INDONESIA-REBELS', 'Indonesia rebels', 'Indonesian rebels'],
  ['LEBANON-PALESTINIAN-REBELS', 'Lebanon Palestinian rebels', 'Palestinian rebels (Lebanon)'],
  ['KLA', 'KLA (Kosovo)', 'UCK (Kosovo)', 'Kosovo Liberation Army'],
  ['BIAFRA', 'Biafra'],
  ['KATANGA', 'Katanga'],
  ['UNKNOWN-REBELS', 'Unknown rebel group', 'Unknown rebel group(s)', 'Unknown rebels'],
  ['UNKNOWN-SUPPLIER', 'Unknown supplier(s)', 'Unknown supplier', 'Unknown country', 'Unknown'],
  ['UNKNOWN-RECIPIENT', 'Unknown recipient(s)', 'Unknown recipient'],
];

/** International organisations SIPRI lists as recipients or suppliers ("**"). */
const ORGANISATIONS: readonly Row[] = [
  ['NATO', 'NATO', 'North Atlantic Treaty Organization'],
  ['AFRICAN-UNION', 'African Union', 'AU', 'African Union (AU)'],
  ['UNITED-NATIONS', 'United Nations', 'UN', 'United Nations (UN)'],
  ['EUROPEAN-UNION', 'European Union', 'EU', 'European Union (EU)'],
  ['OSCE', 'OSCE', 'Organization for Security and Co-operation in Europe'],
  ['ECOWAS', 'ECOWAS', 'Economic Community of West African States'],
  ['RSS', 'Regional Security System', 'RSS', 'Regional Security System (RSS)'],
  ['OAS', 'OAS', 'Organization of American States'],
];

function entries(rows: readonly Row[], kind: ActorKind): ActorEntry[] {
  return rows.map(([id, name, ...aliases]) => ({ id, name, kind, aliases }));
}

export const ACTORS: readonly ActorEntry[] = [
  ...entries(STATES, 'state'),
  ...entries(HISTORICAL, 'historical-state'),
  ...entries(NON_STATE, 'non-state-actor'),
  ...entries(ORGANISATIONS, 'organisation'),
];

/** Lookup key: no asterisks, accents, case or apostrophe/space variants. */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/\*+\s*$/, '')
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_KEY: ReadonlyMap<string, ActorEntry> = (() => {
  const map = new Map<string, ActorEntry>();
  for (const e of ACTORS) {
    for (const n of [e.name, ...e.aliases]) {
      const key = nameKey(n);
      const seen = map.get(key);
      if (seen && seen !== e) throw new Error(`sipri-names: "${n}" maps to both ${seen.id} and ${e.id}`);
      map.set(key, e);
    }
  }
  return map;
})();

const BY_ID: ReadonlyMap<string, ActorEntry> = new Map(ACTORS.map((e) => [e.id, e]));

/** The actor a SIPRI (or common) name stands for, or undefined when unknown. */
export function lookupActorName(name: string): ActorEntry | undefined {
  return BY_KEY.get(nameKey(name));
}

/** The actor with this id ("RUS", "HEZBOLLAH"), or undefined. */
export function lookupActorId(id: string): ActorEntry | undefined {
  return BY_ID.get(id.trim().toUpperCase());
}

/** An id ("RUS") or a name ("Russia", "Korea, North"), ids first. */
export function lookupActor(nameOrId: string): ActorEntry | undefined {
  const trimmed = nameOrId.trim();
  return (/^[A-Z][A-Z0-9-]*$/.test(trimmed) ? BY_ID.get(trimmed) : undefined) ?? lookupActorName(trimmed);
}
