// A1 notation: column letters, "B3", "A2:F10", "A:C", "A2:C", "2:5", and an optional sheet prefix ('My tab'!A1).

export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

export function columnLetters(column: number): string {
  let out = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function areaA1(area: Area): string {
  const start = cellA1(area.row, area.col);
  if (area.numRows === 1 && area.numCols === 1) return start;
  return `${start}:${cellA1(area.row + area.numRows - 1, area.col + area.numCols - 1)}`;
}

/** Splits "'My tab'!A1:B2" or "Tab!A1" into the sheet name and the reference; the name is null without a prefix. */
export function splitSheetPrefix(a1: string): { sheetName: string | null; ref: string } {
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(a1);
  if (quoted) return { sheetName: quoted[1]!.replace(/''/g, "'"), ref: quoted[2]! };
  const bang = a1.lastIndexOf('!');
  if (bang > 0) return { sheetName: a1.slice(0, bang), ref: a1.slice(bang + 1) };
  return { sheetName: null, ref: a1 };
}

const ENDPOINT = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** The area an A1 reference names on a sheet of maxRows × maxCols, or null when it is not A1 notation. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Area | null {
  const parts = a1.trim().split(':');
  if (parts.length > 2) return null;
  const ends = parts.map((p) => ENDPOINT.exec(p));
  if (ends.some((m) => !m || (!m[1] && !m[2]))) return null;
  const [start, end] = ends as RegExpExecArray[];
  if (!end) {
    if (!start![1] || !start![2]) return null;
    const row = Number(start![2]);
    const col = columnNumber(start![1]);
    return row >= 1 ? { row, col, numRows: 1, numCols: 1 } : null;
  }
  const r1 = start![2] ? Number(start![2]) : 1;
  const c1 = start![1] ? columnNumber(start![1]) : 1;
  const r2 = end[2] ? Number(end[2]) : maxRows;
  const c2 = end[1] ? columnNumber(end[1]) : maxCols;
  if (r1 < 1 || r2 < 1) return null;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.abs(r2 - r1) + 1, numCols: Math.abs(c2 - c1) + 1 };
}

export function intersects(a: Area, b: Area): boolean {
  return (
    a.row <= b.row + b.numRows - 1 &&
    b.row <= a.row + a.numRows - 1 &&
    a.col <= b.col + b.numCols - 1 &&
    b.col <= a.col + a.numCols - 1
  );
}
