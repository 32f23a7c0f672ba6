// The message catalogue: vi and en hold the same keys, and no Vietnamese sentence lives in src outside it.

import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import * as en from '../../src/messages/en';
import { CLI, LABEL, PROBLEM, QUERY, REPORT } from '../../src/messages';
import * as vi from '../../src/messages/vi';

const ROOT = join(__dirname, '../..');

/** Vietnamese letters with diacritics (lower and upper case): a literal holding one reads as Vietnamese text. */
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/**
 * Where Vietnamese literals may stand outside the catalogue, and why. `true`: any literal of the file; `literals`:
 * only those; `inside`: only literals within the named top-level declarations. Regular expressions are patterns,
 * not text, and are never flagged; comments neither.
 */
type Allowance = true | { literals?: readonly string[]; inside?: readonly string[] };
const ALLOWED: Record<string, Allowance> = {
  // The catalogue itself (en.ts quotes Vietnamese headings and Kind words the user must type).
  'src/messages/vi.ts': true,
  'src/messages/en.ts': true,
  // The sheet contract (docs/DOMAIN.md): tab names, column headers and their aliases, Kind words, Settings keys,
  // the report tab prefix. They are what the sheet holds, matched and written as data, not sentences.
  'src/core/contract.ts': true,
  // The plan importer's vocabulary: the words of measure and the words that never count as one.
  'src/core/plan/units.ts': true,
  'src/core/plan/quantities.ts': true,
  // Folding đ/Đ to d/D.
  'src/core/plan/folding.ts': { literals: ['đ', 'Đ'] },
  // The group a target takes when its section has no title of its own (written into the Nhóm column as data).
  'src/core/plan/sections.ts': { literals: ['Chỉ tiêu'] },
  // Measures counted in whole things (the fractional-count warning's vocabulary).
  'src/core/quantity-checks.ts': { inside: ['WHOLE_THINGS'] },
  // Tabs the add-on and the CLI keep, with their headers and markers (data matched on read, like contract.ts):
  // the closing tab (issue 14), the log tab, the roll-up tab's extra columns (issue 15), the Settings hint column.
  'src/core/closed-periods.ts': { inside: ['CLOSING_TAB', 'CLOSING_HEADER', 'CLOSING_ITEMS', 'DATE', 'COLUMNS'] },
  'src/gas/closing-tab.ts': { literals: ['dòng'] },
  'src/gas/log-tab.ts': { inside: ['LOG_TAB', 'LOG_HEADER'] },
  'src/cli/commands/rollup.ts': { inside: ['ROLLUP_HEADER'], literals: ['Cơ sở tính'] },
  'src/core/template.ts': { inside: ['SETTINGS_HINT_HEADER'] },
  // The plan importer's phrase boundaries (vocabulary, like units.ts).
  'src/core/plan/keys.ts': { inside: ['BOUNDARY', 'BOUNDARY_PAIRS'] },
  // The District 11 sample workbook: unit names, target labels and activities are the sample's data.
  'src/sample/district11.ts': true,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Every string and template-literal part of a file that reads as Vietnamese, with its line and declaration. */
function vietnameseLiterals(path: string): { line: number; text: string; inside?: string }[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2020, true);
  const found: { line: number; text: string; inside?: string }[] = [];
  const visit = (node: ts.Node, inside?: string): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name)) inside = node.name.text;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (VIETNAMESE.test(node.text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(inside ? { line, text: node.text, inside } : { line, text: node.text });
      }
    }
    ts.forEachChild(node, (child) => visit(child, inside));
  };
  visit(source);
  return found;
}

describe('the message catalogue', () => {
  it('has the same sections and keys in Vietnamese and English, each entry of the same shape', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const name of Object.keys(vi) as (keyof typeof vi)[]) {
      const viSection = vi[name] as Record<string, unknown>;
      const enSection = en[name] as Record<string, unknown>;
      expect({ section: name, keys: Object.keys(enSection).sort() }).toEqual({
        section: name,
        keys: Object.keys(viSection).sort(),
      });
      for (const key of Object.keys(viSection)) {
        const [v, e] = [viSection[key], enSection[key]];
        expect({ key: `${name}.${key}`, shape: Array.isArray(e) ? `array of ${e.length}` : typeof e }).toEqual({
          key: `${name}.${key}`,
          shape: Array.isArray(v) ? `array of ${v.length}` : typeof v,
        });
      }
    }
  });

  it('finds every sentence by key, in either language, with its facts filled in', () => {
    expect(PROBLEM.text('duplicate', { first: 7 })).toEqual({
      vi: 'Trùng với dòng 7 (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng 7 được giữ; hãy xóa dòng này nếu nhập lặp.',
      en: 'Same as row 7 (same date, unit, target, quantity and activity). Row 7 is kept; delete this row if it was entered twice.',
    });
    expect(LABEL.say('vi', 'behind')).toBe('Chậm tiến độ');
    expect(LABEL.say('en', 'behind')).toBe('Behind schedule');
    expect(QUERY.say('en', 'unknownUnit', { text: 'P99', codes: 'P01, P02' })).toBe(
      'No unit "P99". Use a code from the Units tab: P01, P02.',
    );
    expect(CLI.say('vi', 'nonReporting', { count: 0, units: '' })).toBe('Đơn vị chưa báo cáo (0): không có');
    expect(REPORT.say('en', 'title')).toBe('TARGET PROGRESS REPORT');
    expect(PROBLEM.has('duplicate')).toBe(true);
    expect(PROBLEM.has('toString')).toBe(false);
  });

  it('says "Bảng tính đã đúng mẫu…" in one place only', () => {
    const holders = sourceFiles(join(ROOT, 'src')).filter((f) =>
      readFileSync(f, 'utf8').includes('Bảng tính đã đúng mẫu'),
    );
    expect(holders.map((f) => relative(ROOT, f))).toEqual(['src/messages/vi.ts']);
  });

  it('holds every Vietnamese sentence of src: none stands in a string literal elsewhere', () => {
    const stray: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src'))) {
      const name = relative(ROOT, file).split('\\').join('/');
      const allowed = ALLOWED[name];
      if (allowed === true) continue;
      for (const { line, text, inside } of vietnameseLiterals(file)) {
        const ok = allowed?.literals?.includes(text) || (inside !== undefined && allowed?.inside?.includes(inside));
        if (!ok) stray.push(`${name}:${line}: ${JSON.stringify(text)}`);
      }
    }
    expect(stray).toEqual([]);
  });

  it('flags a Vietnamese literal in a module and passes over comments and regular expressions', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'catalogue-')), 'probe.ts');
    writeFileSync(path, "// Không có\nconst a = /đ/;\nconst b = `Xin ${1} chào`;\nconst c = 'Hello';\n");
    expect(vietnameseLiterals(path)).toEqual([{ line: 3, text: ' chào', inside: 'b' }]);
  });
});
