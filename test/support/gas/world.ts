// What every emulated object shares: the runtime, the workbook, the recalculation engine and the options.

import type { Area } from './a1';
import type { Recalc } from './custom-functions';
import type { DataValidationImpl } from './data-validation';
import type { BookModel, SheetModel } from './model';
import type { ProtectionType } from './protection';
import type { Runtime } from './runtime';
import type { SearchScope } from './text-finder';

/**
 * Makers of the objects that point back at each other (a range's sheet, a sheet's spreadsheet, a range's text
 * finder, protection and rules): index.ts fills them in, so range.ts and sheet.ts never import the modules that
 * import them, and no module cycle exists.
 */
export interface Makers {
  range(sheet: SheetModel, area: Area): GoogleAppsScript.Spreadsheet.Range;
  sheet(model: SheetModel): GoogleAppsScript.Spreadsheet.Sheet;
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
  textFinder(scopes: SearchScope[] | (() => SearchScope[]), findText: string): unknown;
  protection(sheet: SheetModel, type: ProtectionType, area: Area | null): unknown;
  /** The rule behind a DataValidation the script passed (throws as Apps Script does on anything else). */
  rule(value: unknown, method: string): DataValidationImpl;
}

export interface World {
  rt: Runtime;
  book: BookModel;
  recalc: Recalc;
  make: Makers;
  /** Where createHtmlOutputFromFile finds `<name>.html`. */
  projectDir: string;
  /** The user running the current code (Session.getActiveUser); tests switch it with actAs. */
  userEmail: string;
  /** The spreadsheet's owner: always an editor of every protection. */
  ownerEmail: string;
  /** Whom the spreadsheet is shared with for editing (shareWith): a new protection lists them until a script changes it. */
  sharedEditors: string[];
  scriptTimeZone: string;
  addonName: string;
}
