// Writes small .xlsx workbooks for CLI tests, with whatever tab names and headers a test wants.

import ExcelJS from 'exceljs';

export type Rows = (string | number | Date | null)[][];

export async function writeXlsx(file: string, tabs: Record<string, Rows>): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(tabs)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  await workbook.xlsx.writeFile(file);
}

export async function readTab(file: string, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no tab ${name} in ${file}; tabs: ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, n) => (rows[n - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

export const d = (day: number, month: number, year = 2024) => new Date(Date.UTC(year, month - 1, day));
