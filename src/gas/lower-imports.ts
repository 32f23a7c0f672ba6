// "Tổng hợp cấp dưới": one tab `Kết quả – <lower code>` per lower level whose A1 imports its `Gửi cấp trên` tab.

import { ChiTieuError, entryTabSuffix, importFormula, unitTabName } from '../core';
import { ADDON, SEND_UP } from '../messages';
import { protectAsWarning } from './protection';
import { listSheets, readUnits } from './spreadsheet-reader';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// The import spans columns A:H, so a new tab needs no more (hundreds of tabs must stay far from Sheets' 10 million
// cells, https://support.google.com/drive/answer/37603); its 1000 rows leave room for the lower level's roll-up rows.
const IMPORT_COLUMNS = 8;
const LOCK_WAIT_MS = 20_000;

export interface LowerImportResult {
  /** Import tabs created (or given their formula while empty). */
  created: string[];
  /** Tabs already importing from the link on the Units tab: untouched. */
  kept: string[];
  /** Tabs whose A1 holds another formula: never overwritten. */
  otherFormula: string[];
  /** Tabs holding typed values: nothing written into them. */
  typed: string[];
  /** Lower levels without a spreadsheet link. */
  noUrl: string[];
  message: string;
}

/**
 * Writes the import tabs. The formula goes in with Range.setFormula, whose text is the formula language Apps Script
 * reads and getFormula() returns: English function names, a comma between arguments
 * (https://developers.google.com/apps-script/reference/spreadsheet/range#setFormula(String); Google's reference
 * states no locale rule and its examples are the English syntax, while people in a vi_VN spreadsheet type semicolons.
 * Undocumented, so made harmless: a formula Sheets could not read shows an error in A1, which the core reads as one
 * `import-pending` warning and the sidebar as "not ready"; nothing else is written; README says so). The tab's A1 is an IMPORTRANGE: the lower level's rows appear once a person
 * allows access (https://support.google.com/docs/answer/3093340); the add-on asks no permission for it.
 */
export function importLowerLevels(spreadsheet: Spreadsheet): LowerImportResult {
  // Under the document lock: two board members running it at once would both insert the same tab.
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new ChiTieuError('sheet-busy', ADDON.text('sheetBusy'));
  try {
    return importUnderLock(spreadsheet);
  } finally {
    lock.releaseLock();
  }
}

function importUnderLock(spreadsheet: Spreadsheet): LowerImportResult {
  const listing = listSheets(spreadsheet);
  const units = readUnits(spreadsheet, listing);
  const result: LowerImportResult = { created: [], kept: [], otherFormula: [], typed: [], noUrl: [], message: '' };
  const linked = units.some((u) => u.spreadsheet);
  for (const unit of units) {
    if (!unit.spreadsheet) {
      if (linked) result.noUrl.push(unit.code);
      continue;
    }
    const formula = importFormula(unit.spreadsheet);
    // Any tab read as this unit's Entries tab ("Ket qua - q1" too): a second one would count its rows twice.
    const found = listing.find((s) => entryTabSuffix(s.name) === unit.id);
    let sheet = found?.sheet;
    if (found && sheet) {
      const a1 = sheet.getRange(1, 1).getFormula();
      const typed = !a1 && sheet.getLastRow() > 0;
      if (a1 || typed) {
        (a1 === formula ? result.kept : a1 ? result.otherFormula : result.typed).push(found.name);
        continue;
      }
    } else {
      sheet = spreadsheet.insertSheet(unitTabName(unit.code), spreadsheet.getSheets().length);
      const extra = sheet.getMaxColumns() - IMPORT_COLUMNS;
      if (extra > 0) sheet.deleteColumns(IMPORT_COLUMNS + 1, extra);
    }
    sheet.getRange(1, 1).setFormula(formula);
    protectAsWarning(sheet, SEND_UP.say('vi', 'importProtection', { code: unit.code }));
    result.created.push(sheet.getName());
  }
  const { created, kept, otherFormula, typed, noUrl } = result;
  result.message = [
    !linked && SEND_UP.say('vi', 'importNoUnits'),
    linked &&
      (created.length
        ? SEND_UP.say('vi', 'importedTabs', { count: created.length })
        : SEND_UP.say('vi', 'importedNothing')),
    kept.length && SEND_UP.say('vi', 'importKept', { count: kept.length }),
    otherFormula.length && SEND_UP.say('vi', 'importOtherFormula', { tabs: otherFormula.join(', ') }),
    typed.length && SEND_UP.say('vi', 'importTyped', { tabs: typed.join(', ') }),
    noUrl.length && SEND_UP.say('vi', 'importNoUrl', { codes: noUrl.join(', ') }),
    created.length && SEND_UP.say('vi', 'importAllow'),
  ]
    .filter(Boolean)
    .join(' ');
  return result;
}
