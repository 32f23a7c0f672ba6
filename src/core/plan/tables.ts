// Target tables pasted as text ("STT | Nội dung | ĐVT | Chỉ tiêu", tab- or |-separated): one target per row with a number in the target column.

import { foldWords } from '../text';
import type { PlanLine } from './lines';
import { findQuantities, parseQuantity } from './quantities';
import { foldSameLength, isUpperCase, sentenceCase } from './folding';
import { displayUnit, firstKnownUnit } from './units';
import { tidy } from './labels';

export interface TableTarget {
  line: number;
  label: string;
  unit: string;
  value: number;
  percent: boolean;
  /** The table's own group row ("I | Chỉ tiêu chung"), when it has one. */
  group: string | null;
  /** The header names a target column ("Chỉ tiêu", "Kế hoạch"): a target table wherever it stands. */
  explicit: boolean;
}

export interface TableScan {
  targets: TableTarget[];
  /** Lines that belong to a table (header, group and target rows). */
  lines: Set<number>;
}

const LABEL =
  /^(?:noi dung|noi dung chi tieu|ten chi tieu|chi tieu|hoat dong|noi dung hoat dong|cong viec|danh muc|hang muc)$/;
const UNIT = /^(?:dvt|d v t|don vi tinh|dv tinh|don vi)$/;
const TARGET =
  /^(?:so luong|chi tieu|chi tieu phan dau|chi tieu dang ky|chi tieu giao|ke hoach|muc tieu|so luong chi tieu|chi tieu nam \d{4}|chi tieu \d{4}|tong|tong so|kh)$/;
const BUDGET = /don gia|thanh tien|kinh phi|du toan/;
// A row's first cell when it opens a row: "1", "2.1", "II", "a)".
const INDEX = /^(?:\d{1,3}(?:\.\d{1,2})*|[IVXLC]{1,6}|[A-Za-zđ])[.)]?$/;

export function cells(raw: string): string[] | null {
  const separator = raw.includes('\t') ? '\t' : raw.includes('|') ? '|' : null;
  if (!separator) return null;
  let parts = raw.split(separator).map((c) => c.trim());
  if (separator === '|') {
    if (parts[0] === '') parts = parts.slice(1);
    if (parts[parts.length - 1] === '') parts = parts.slice(0, -1);
  }
  return parts.length >= 2 ? parts : null;
}

export interface Columns {
  label: number;
  unit: number | null;
  target: number;
  explicit: boolean;
}

export function headerColumns(row: string[]): Columns | null {
  const names = row.map((c) => foldWords(c.replace(/\([^)]*\)/g, ' ')));
  if (names.some((n) => BUDGET.test(n))) return null;
  const unit = names.findIndex((n) => UNIT.test(n));
  let target = names.findIndex((n, i) => i !== unit && TARGET.test(n) && n !== 'chi tieu');
  const chiTieu = names.findIndex((n) => n === 'chi tieu');
  let label = names.findIndex((n, i) => i !== unit && LABEL.test(n) && n !== 'chi tieu');
  if (target < 0 && chiTieu >= 0 && label >= 0) target = chiTieu;
  if (label < 0 && chiTieu >= 0 && target >= 0 && chiTieu !== target) label = chiTieu;
  if (label < 0 || target < 0 || label === target) return null;
  const explicit = /chi tieu|ke hoach|muc tieu|^kh$/.test(`${names[label]}|${names[target]}`);
  return { label, unit: unit >= 0 ? unit : null, target, explicit };
}

/** Finds every target table; `raw` are the cleaned lines (tabs kept), `lines` their parsed form. */
export function findTables(raw: string[], lines: PlanLine[]): TableScan {
  const targets: TableTarget[] = [];
  const used = new Set<number>();
  for (let i = 0; i < raw.length; i++) {
    const header = cells(raw[i]!);
    const columns = header && headerColumns(header);
    if (!columns) continue;
    used.add(lines[i]!.line);
    // Rows as read, a cell written on several lines (Word's multi-line cells) joined back into its row.
    const rows: Array<{ line: number; cells: string[] }> = [];
    const reads = (row: string[] | undefined) =>
      row !== undefined && readTargetCell(row[columns.target] ?? '') !== null;
    let carry = null as { line: number; text: string } | null;
    let j = i + 1;
    for (; j < raw.length; j++) {
      const text = raw[j]!;
      if (text.trim() === '') continue;
      if (/^[\s|:\-–+=]+$/.test(text)) {
        used.add(lines[j]!.line);
        continue;
      }
      const line = lines[j]!.line;
      const row = cells(text);
      const last = rows[rows.length - 1];
      const pending = last !== undefined && last.cells.length > 1 && !reads(last.cells);
      if (!row) {
        // A line without separators inside a table (a row follows): a group row in capitals, the first line of
        // the next row's label (no STT column), or the rest of a cell of the row above; anywhere else it ends the table.
        const ahead = raw.slice(j + 1, j + 12).filter((r) => r.trim() !== '');
        const next = ahead.slice(0, 3).map(cells).find(Boolean);
        if (!next || headerColumns(next)) break;
        const k = (last?.cells.length ?? 0) - 1;
        if (isUpperCase(text) && /\S\s+\S/.test(text)) rows.push({ line, cells: [text.trim()] });
        else if (columns.label === 0 && !pending)
          carry = { line: carry?.line ?? line, text: `${carry?.text ?? ''} ${text.trim()}` };
        else if (last && (pending || INDEX.test(next[0]!))) {
          if (k !== columns.target) last.cells[k] += ' ' + text.trim(); // never onto the number itself
        } else break;
      } else if (carry) {
        rows.push({ line: carry.line, cells: [`${carry.text} ${row[0]}`.trim(), ...row.slice(1)] });
        carry = null;
      } else if (last && row[0] === '' && !reads(row)) {
        // "|  | (ít nhất 20 triệu đồng/căn) |  |": each cell goes on from the one above.
        last.cells = last.cells.map((c, k) => `${c} ${row[k] ?? ''}`.trim());
      } else if (last && pending && !INDEX.test(row[0]!)) {
        // A row cut inside a cell: its first line ends where the next line's first cell goes on.
        const joined = [...last.cells.slice(0, -1), `${last.cells[last.cells.length - 1]} ${row[0]}`, ...row.slice(1)];
        if (reads(joined)) last.cells = joined;
        else rows.push({ line, cells: row });
      } else {
        rows.push({ line, cells: row });
      }
      used.add(line);
    }
    let group: string | null = null;
    for (const { line, cells: row } of rows) {
      const label = tidy(row[columns.label] ?? '');
      const cell = row[columns.target] ?? '';
      const reading = readTargetCell(cell);
      if (!reading) {
        const name = label || tidy(row.find((c) => /\p{L}{3}/u.test(c)) ?? '');
        if (name) group = sentenceCase(name);
        continue;
      }
      const unitCell =
        columns.unit === null ? '' : displayUnit(tidy(row[columns.unit] ?? ''), isUpperCase(row.join(' ')));
      const percent = reading.percent || unitCell === '%';
      const named = unitCell || reading.unit || firstKnownUnit(label, foldSameLength(label)) || '';
      targets.push({
        line,
        label,
        unit: percent ? '%' : named,
        value: reading.value,
        percent,
        group,
        explicit: columns.explicit,
      });
    }
    i = j - 1;
  }
  return { targets, lines: used };
}

function readTargetCell(cell: string): { value: number; percent: boolean; unit: string } | null {
  const bare = /^\s*(?:≥|>=|>|ít nhất|tối thiểu|trên)?\s*(\d+(?:[.,]\d+)*)\s*(%?)\s*$/i.exec(cell);
  if (bare) {
    const value = parseQuantity(bare[1]!);
    return value === null ? null : { value, percent: bare[2] === '%', unit: '' };
  }
  const found = findQuantities(cell)[0];
  return found ? { value: found.value, percent: found.percent, unit: found.unit } : null;
}
