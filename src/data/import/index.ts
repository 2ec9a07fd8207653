// Importers: user-supplied files (SIPRI exports, the newsroom CSV template) → our format.
export { decodeText, decodeUtf8Strict, decodeWindows1252, detectEncoding } from './decode-text.ts';
export { parseCsv, isBlankRow, type CsvRow, type CsvOptions } from './csv.ts';
export { parseLooseDate } from './loose-date.ts';
export { yearSpan, type ImportProblem, type ImportResult, type ImportSummary } from './result.ts';
export { ACTORS, lookupActor, lookupActorId, lookupActorName, nameKey, type ActorEntry } from './sipri-names.ts';
export { ARMAMENT_CATEGORY_MAP, DESCRIPTION_RULES, mapSipriCategory, unitFromDescription } from './sipri-categories.ts';
export {
  importSipri,
  detectSipriLayout,
  SIPRI_CREDIT,
  SIPRI_SOURCE_ID,
  SIPRI_URL,
  type SipriImportOptions,
  type SipriLayout,
} from './sipri.ts';
export { importSpreadsheetCsv, SPREADSHEET_COLUMNS, type SpreadsheetImportOptions } from './spreadsheet.ts';
export { formatImportReport } from './report.ts';
