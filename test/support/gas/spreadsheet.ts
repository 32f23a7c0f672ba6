// SpreadsheetApp and the bound Spreadsheet: tabs (insert, find, delete, activate), toasts, text search.

import { parseA1, splitSheetPrefix } from './a1';
import { DATA_VALIDATION_CRITERIA, newDataValidationBuilder } from './data-validation';
import { assertMayEdit, protectionOf } from './protection';
import { checkedArea, rangeOf } from './range';
import { SheetImpl, sheetOf } from './sheet';
import { strict, strictEnum, unwrap } from './strict';
import { textFinderOf } from './text-finder';
import { uiOf } from './ui';
import type { World } from './world';

export function spreadsheetOf(world: World): GoogleAppsScript.Spreadsheet.Spreadsheet {
  return strict(world.rt, 'Spreadsheet', new SpreadsheetImpl(world));
}

class SpreadsheetImpl {
  constructor(private readonly world: World) {}

  private get book() {
    return this.world.book;
  }

  getId(): string {
    return this.book.id;
  }
  getName(): string {
    return this.book.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    return this.book.timeZone;
  }
  getSpreadsheetLocale(): string {
    return this.book.locale;
  }

  getSheets(): unknown[] {
    return this.book.sheets.map((s) => sheetOf(this.world, s));
  }
  getNumSheets(): number {
    return this.book.sheets.length;
  }
  /** Exact name, or null. */
  getSheetByName(name: string): unknown {
    const sheet = this.book.byName(String(name));
    return sheet ? sheetOf(this.world, sheet) : null;
  }
  getSheetById(id: number): unknown {
    const sheet = this.book.sheets.find((s) => s.id === id);
    return sheet ? sheetOf(this.world, sheet) : null;
  }

  /**
   * insertSheet(), insertSheet(name), insertSheet(index), insertSheet(name, index): a 1000 × 26 sheet, inserted after the
   * active sheet unless an index (0-based) is given, which becomes the active sheet.
   */
  insertSheet(nameOrIndex?: string | number, index?: number): unknown {
    let name = typeof nameOrIndex === 'string' ? nameOrIndex : '';
    let at = typeof nameOrIndex === 'number' ? nameOrIndex : index;
    if (name === '') name = this.book.defaultSheetName();
    if (this.book.nameTaken(name)) {
      throw this.world.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    if (at !== undefined && (!Number.isInteger(at) || at < 0 || at > this.book.sheets.length)) {
      throw this.world.rt.error(
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.insertSheet.",
      );
    }
    const active = this.book.activeSheet();
    at ??= active ? this.book.sheets.indexOf(active) + 1 : this.book.sheets.length;
    const sheet = this.book.insert(name, at);
    this.book.active = sheet;
    this.book.activeArea = null;
    return sheetOf(this.world, sheet);
  }

  deleteSheet(sheet: unknown): void {
    const impl = unwrap(this.world.rt, sheet, SheetImpl, 'SpreadsheetApp.Spreadsheet.deleteSheet');
    if (impl.model.deleted) throw this.world.rt.error(`The sheet "${impl.model.name}" was deleted.`);
    assertMayEdit(this.world, impl.model, null);
    if (this.book.sheets.length === 1) {
      throw this.world.rt.error('Sorry, it is not possible to delete all non-hidden sheets in a spreadsheet.');
    }
    this.book.remove(impl.model);
  }

  getActiveSheet(): unknown {
    const sheet = this.book.activeSheet();
    return sheet ? sheetOf(this.world, sheet) : null;
  }
  setActiveSheet(sheet: unknown): unknown {
    const impl = unwrap(this.world.rt, sheet, SheetImpl, 'SpreadsheetApp.Spreadsheet.setActiveSheet');
    this.book.active = impl.model;
    this.book.activeArea = null;
    return sheetOf(this.world, impl.model);
  }
  getActiveRange(): unknown {
    const sheet = this.book.activeSheet();
    if (!sheet) return null;
    return rangeOf(this.world, sheet, this.book.activeArea ?? { row: 1, col: 1, numRows: 1, numCols: 1 });
  }

  /** getRange("Tab!A1:B2"), or A1 on the active sheet. */
  getRange(a1Notation: string): unknown {
    const { sheetName, ref } = splitSheetPrefix(String(a1Notation));
    const sheet = sheetName === null ? this.book.activeSheet() : this.book.byName(sheetName);
    const area = sheet && parseA1(ref, sheet.maxRows, sheet.maxColumns);
    if (!sheet || !area) throw this.world.rt.error('Range not found');
    const args = [area.row, area.col, area.numRows, area.numCols];
    return rangeOf(this.world, sheet, checkedArea(this.world, sheet, args, 'SpreadsheetApp.Spreadsheet.getRange'));
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: number): void {
    this.world.rt.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }

  createTextFinder(findText: string): unknown {
    return textFinderOf(this.world, () => this.book.sheets.map((sheet) => ({ sheet, area: null })), findText);
  }

  getProtections(type: string): unknown[] {
    if (type !== 'SHEET' && type !== 'RANGE') {
      throw this.world.rt.error(
        "The parameters don't match the method signature for SpreadsheetApp.Spreadsheet.getProtections.",
      );
    }
    return this.book.sheets.flatMap((s) =>
      (type === 'SHEET' ? (s.protection ? [s.protection] : []) : s.rangeProtections).map((p) =>
        protectionOf(this.world, p),
      ),
    );
  }
}

class SpreadsheetAppImpl {
  constructor(private readonly world: World) {}

  getActiveSpreadsheet(): unknown {
    return spreadsheetOf(this.world);
  }
  getActive(): unknown {
    return spreadsheetOf(this.world);
  }
  getActiveSheet(): unknown {
    const sheet = this.world.book.activeSheet();
    return sheet ? sheetOf(this.world, sheet) : null;
  }
  getUi(): unknown {
    return uiOf(this.world);
  }
  /** Writes are applied at once in the emulation; nothing is pending. */
  flush(): void {}
  newDataValidation(): unknown {
    return newDataValidationBuilder(this.world);
  }
}

export function createSpreadsheetApp(world: World): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  const { rt } = world;
  return strict(rt, 'SpreadsheetApp', new SpreadsheetAppImpl(world), {
    enums: {
      ProtectionType: strictEnum(rt, 'SpreadsheetApp.ProtectionType', ['RANGE', 'SHEET']),
      DataValidationCriteria: strictEnum(rt, 'SpreadsheetApp.DataValidationCriteria', DATA_VALIDATION_CRITERIA),
    },
  });
}
