// Cell values as hosts hand them to the core: what Sheets' getValues and exceljs give, reduced to plain data.

/** A cell as read by a host. Dates arrive as Date objects whose UTC fields are the calendar day shown in the sheet. */
export type Cell = string | number | boolean | Date | null | undefined;

/** One tab: its name and its rows as the sheet shows them, row 0 being sheet row 1. */
export interface SheetData {
  name: string;
  rows: Cell[][];
  /** Cells holding a formula saved without its value ("row:column", 1-based): an .xlsx written by a program. */
  formulasWithoutValue?: ReadonlySet<string>;
}

/** The workbook as the core sees it: every tab, in order. */
export interface WorkbookData {
  sheets: SheetData[];
  /** The spreadsheet's time zone as minutes east of UTC (for deadlines in JSON); .xlsx: Asia/Ho_Chi_Minh, +420. */
  offsetMinutes?: number;
}

export function isBlank(cell: Cell): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'string') return cell.trim() === '';
  return false;
}

/** The text a person sees in the cell (numbers unformatted); for names, keys and free text. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}
