// Large deterministic workbooks (city-level campaigns) for the benchmark and the service-call tests.

import { templateWorkbook, utcDate, dayFromParts, type Cell, type WorkbookData } from '../../src/core';
import { seededRandom } from '../../src/sample/random';

export interface SyntheticSize {
  entries: number;
  units?: number;
  targets?: number;
  periods?: number;
  /** Share of rows carrying a mistake (bad number, unknown unit, outside the campaign…). */
  mistakes?: number;
}

const FROM = dayFromParts(2024, 6, 1)!;
const DAYS = 120;

/** A campaign of `units` units, `targets` targets (every tenth a percent target) and `periods` equal periods. */
export function syntheticWorkbook(size: SyntheticSize, seed = 7): WorkbookData {
  const rnd = seededRandom(seed);
  const unitCount = size.units ?? 300;
  const targetCount = size.targets ?? 40;
  const periodCount = size.periods ?? 4;
  const units = Array.from({ length: unitCount }, (_, i) => [
    `DV${String(i + 1).padStart(3, '0')}`,
    `Cơ sở Đoàn số ${i + 1}`,
    `Cụm ${1 + (i % 12)}`,
    '',
  ]);
  const targets = Array.from({ length: targetCount }, (_, i) =>
    i % 10 === 9
      ? [`ct-${i + 1}`, `Tỷ lệ cơ sở đạt tiêu chí ${i + 1}`, '%', 80, 'tỷ lệ', 'Chỉ tiêu chung', null]
      : [`ct-${i + 1}`, `Chỉ tiêu số lượng ${i + 1}`, 'lượt', 1000 + i * 250, 'số lượng', 'Chỉ tiêu chung', null],
  );
  const length = DAYS / periodCount;
  const periods = Array.from({ length: periodCount }, (_, i) => [
    `Đợt ${i + 1}`,
    utcDate(FROM + i * length),
    utcDate(FROM + (i + 1) * length - 1),
    utcDate(FROM + (i + 1) * length - 5),
  ]);
  const mistakes = size.mistakes ?? 0.01;
  const entries: Cell[][] = [];
  for (let i = 0; i < size.entries; i++) {
    const t = Math.floor(rnd() * targetCount);
    const percent = t % 10 === 9;
    const day = FROM + Math.floor(rnd() * DAYS);
    const quantity: Cell = percent ? (rnd() < 0.8 ? 1 : 0) : 1 + Math.floor(rnd() * 40);
    const row: Cell[] = [
      utcDate(day),
      units[Math.floor(rnd() * unitCount)]![0]!,
      `ct-${t + 1}`,
      i % 7 === 0 && typeof quantity === 'number' ? `${quantity} lượt` : quantity,
      `Hoạt động ${i + 1}`,
      rnd() < 0.02 ? '' : `https://drive.google.com/file/d/${i.toString(36)}`,
    ];
    if (rnd() < mistakes) {
      const kind = Math.floor(rnd() * 4);
      if (kind === 0) row[3] = 'năm';
      if (kind === 1) row[1] = 'DV999X';
      if (kind === 2) row[0] = utcDate(FROM - 10);
      if (kind === 3) row[0] = '31/6/2024';
    }
    entries.push(row);
  }
  return templateWorkbook({
    targets,
    units,
    periods,
    entries,
    settings: [['Tên chiến dịch', 'Chiến dịch Mùa hè xanh 2024 (dữ liệu tổng hợp)']],
  });
}
