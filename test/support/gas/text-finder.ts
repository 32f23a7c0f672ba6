// TextFinder: find and replace over displayed values, or over formula text with matchFormulaText(true).

import type { Area } from './a1';
import { displayText } from './display';
import type { Cell, SheetModel } from './model';
import { hasContent } from './model';
import { assertMayEdit } from './protection';
import { rangeOf } from './range';
import { strict } from './strict';
import type { World } from './world';

/** A sheet, and the block of it searched (null: everything the sheet holds). */
export interface SearchScope {
  sheet: SheetModel;
  area: Area | null;
}

interface Options {
  matchCase: boolean;
  entireCell: boolean;
  formulaText: boolean;
  regex: boolean;
  ignoreDiacritics: boolean;
}

interface Hit {
  sheet: SheetModel;
  row: number;
  col: number;
  cell: Cell;
  text: string;
  inFormula: boolean;
}

function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The text as matched, and for each of its UTF-16 units the index in the original text it came from. */
function fold(text: string, ignoreDiacritics: boolean): { folded: string; origin: number[] } {
  if (!ignoreDiacritics) return { folded: text, origin: [...Array(text.length + 1).keys()] };
  let folded = '';
  const origin: number[] = [];
  let at = 0;
  for (const codePoint of text) {
    const out = stripDiacritics(codePoint);
    for (let i = 0; i < out.length; i++) origin.push(at);
    folded += out;
    at += codePoint.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

/** A match of a RegExp with the `d` flag (typed here: the project's lib is ES2020). */
type IndexedMatch = RegExpExecArray & {
  indices: [number, number][] & { groups?: Record<string, [number, number] | undefined> };
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function textFinderOf(world: World, scopes: SearchScope[] | (() => SearchScope[]), findText: string): unknown {
  return strict(world.rt, 'TextFinder', new TextFinderImpl(world, scopes, String(findText)));
}

class TextFinderImpl {
  private readonly options: Options = {
    matchCase: false,
    entireCell: false,
    formulaText: false,
    regex: false,
    ignoreDiacritics: false,
  };
  private hits: Hit[] | null = null;
  private cursor = -1;

  constructor(
    private readonly world: World,
    private readonly scopes: SearchScope[] | (() => SearchScope[]),
    private readonly findText: string,
  ) {}

  private _option(key: keyof Options, value: unknown): TextFinderImpl {
    this.options[key] = Boolean(value);
    this.hits = null;
    this.cursor = -1;
    return this;
  }

  matchCase(matchCase: boolean): TextFinderImpl {
    return this._option('matchCase', matchCase);
  }
  matchEntireCell(entireCell: boolean): TextFinderImpl {
    return this._option('entireCell', entireCell);
  }
  matchFormulaText(matchFormulaText: boolean): TextFinderImpl {
    return this._option('formulaText', matchFormulaText);
  }
  useRegularExpression(useRegEx: boolean): TextFinderImpl {
    return this._option('regex', useRegEx);
  }
  ignoreDiacritics(ignoreDiacritics: boolean): TextFinderImpl {
    return this._option('ignoreDiacritics', ignoreDiacritics);
  }

  findAll(): unknown[] {
    return this._hits().map((h) => rangeOf(this.world, h.sheet, { row: h.row, col: h.col, numRows: 1, numCols: 1 }));
  }

  findNext(): unknown {
    const hits = this._hits();
    if (this.cursor + 1 >= hits.length) return null;
    const hit = hits[++this.cursor]!;
    return rangeOf(this.world, hit.sheet, { row: hit.row, col: hit.col, numRows: 1, numCols: 1 });
  }

  findPrevious(): unknown {
    const hits = this._hits();
    if (this.cursor <= 0) return null;
    const hit = hits[--this.cursor]!;
    return rangeOf(this.world, hit.sheet, { row: hit.row, col: hit.col, numRows: 1, numCols: 1 });
  }

  /**
   * Replaces every match and returns the number of cells changed. A formula cell is only rewritten with
   * matchFormulaText(true); its custom function is then recomputed because its text changed.
   */
  replaceAllWith(replaceText: string): number {
    const replacement = String(replaceText);
    let changed = 0;
    const hits = this._scan();
    // A replace over a protected cell the user may not edit fails as a whole, before changing anything. A guess:
    // Google does not document whether Sheets skips such cells or refuses the call; refusing is the harsher case.
    for (const hit of hits) {
      if (hit.cell.formula !== '' && !hit.inFormula) continue;
      if (this._replace(hit.text, replacement) === hit.text) continue;
      assertMayEdit(this.world, hit.sheet, { row: hit.row, col: hit.col, numRows: 1, numCols: 1 });
    }
    for (const hit of hits) {
      if (hit.cell.formula !== '' && !hit.inFormula) continue;
      const next = this._replace(hit.text, replacement);
      if (next === hit.text) continue;
      if (hit.inFormula) hit.sheet.setFormula(hit.row, hit.col, next);
      else hit.sheet.setInput(hit.row, hit.col, next);
      this.world.book.listener.changed(hit.sheet, { row: hit.row, col: hit.col, numRows: 1, numCols: 1 });
      changed++;
    }
    this.hits = null;
    this.cursor = -1;
    return changed;
  }

  private _hits(): Hit[] {
    return (this.hits ??= this._scan());
  }

  private _pattern(): RegExp {
    const { matchCase, entireCell, regex, ignoreDiacritics } = this.options;
    const find = ignoreDiacritics ? stripDiacritics(this.findText) : this.findText;
    const source = regex ? find : escapeRegExp(find);
    try {
      return new RegExp(entireCell ? `^(?:${source})$` : source, `gd${matchCase ? '' : 'i'}`);
    } catch {
      throw this.world.rt.error(`Invalid regular expression: ${this.findText}`);
    }
  }

  private _scan(): Hit[] {
    if (this.findText === '') return [];
    const pattern = this._pattern();
    const { locale, offset } = this.world.book;
    const hits: Hit[] = [];
    const scopes = typeof this.scopes === 'function' ? this.scopes() : this.scopes;
    for (const { sheet, area } of scopes) {
      if (sheet.deleted) continue;
      const rows = area ?? { row: 1, col: 1, numRows: sheet.lastRow(), numCols: sheet.lastColumn() };
      for (let row = rows.row; row < rows.row + rows.numRows; row++) {
        for (let col = rows.col; col < rows.col + rows.numCols; col++) {
          const cell = sheet.cell(row, col);
          if (!hasContent(cell)) continue;
          const inFormula = this.options.formulaText && cell.formula !== '';
          const text = inFormula
            ? cell.formula
            : displayText(cell.value, sheet.format(row, col, 'numberFormat'), locale, offset);
          pattern.lastIndex = 0;
          if (pattern.test(fold(text, this.options.ignoreDiacritics).folded)) {
            hits.push({ sheet, row, col, cell, text, inFormula });
          }
        }
      }
    }
    return hits;
  }

  /**
   * Replaces each match in text with replaceText as plain text. Google's reference documents replaceAllWith(replaceText)
   * as "the text to replace" and promises no back-references
   * (https://developers.google.com/apps-script/reference/spreadsheet/text-finder#replaceAllWith(String)), so `$1`,
   * `$&` and `$$` are kept literally here: code that counts on expansion breaks in the emulation, not in production.
   */
  private _replace(text: string, replacement: string): string {
    const { folded, origin } = fold(text, this.options.ignoreDiacritics);
    const pattern = this._pattern();
    let out = '';
    let last = 0;
    for (let found = pattern.exec(folded); found; found = pattern.exec(folded)) {
      const match = found as IndexedMatch;
      const [start, end] = match.indices[0]!;
      if (end === start) pattern.lastIndex++;
      const expanded = replacement;
      out += text.slice(last, origin[start]) + expanded;
      last = origin[end]!;
      if (end === folded.length) break;
    }
    return out + text.slice(last);
  }
}
