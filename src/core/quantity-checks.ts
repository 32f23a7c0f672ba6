// Quantities that parse but look like typing accidents: over the whole target, a fraction of a whole thing, "4,000".

import { cellText, type Cell } from './cells';
import type { Campaign } from './campaign';
import { formatNumberVi } from './numbers';
import { makeProblem, type Problem } from './problems';
import { fold } from './text';

/**
 * Measures counted in whole things (folded): a decimal quantity of these is a slip, not a measurement. A measure
 * matches when it is one of these or begins with one followed by a space ("lượt người", "cây xanh"). Lengths,
 * areas, weights and money (km, m2, tấn, triệu đồng) are not here: their fractions are real.
 */
const WHOLE_THINGS = new Set(
  [
    'lượt',
    'cây',
    'căn',
    'người',
    'phần quà',
    'suất',
    'chiếc',
    'cái',
    'con',
    'hộ',
    'hoạt động',
    'chương trình',
    'buổi',
    'lớp',
    'đội hình',
    'đội',
    'công trình',
    'chi đoàn',
    'cơ sở',
    'hội viên',
    'đoàn viên',
    'đảng viên',
    'chiến sỹ',
    'chiến sĩ',
    'tình nguyện viên',
    'thanh niên',
    'thiếu nhi',
    'em',
    'học sinh',
    'sinh viên',
    'gia đình',
    'ý tưởng',
    'sáng kiến',
    'mảng tường',
    'sân chơi',
    'tuyến hẻm',
    'tuyến',
    'nhà',
    'ngôi nhà',
    'bộ',
    'quyển',
    'cuốn',
    'xe',
    'chuyến',
    'đơn vị máu',
    'phiên',
    'ca',
    'tủ sách',
    'bếp',
    'cầu',
    'giếng',
  ].map(fold),
);

/** Whether a target's measure ("cây", "lượt người", "Phần quà") is counted in whole things. */
export function isWholeThing(measure: string): boolean {
  const folded = fold(measure);
  if (folded === '') return false;
  if (WHOLE_THINGS.has(folded)) return true;
  const words = folded.split(' ');
  for (let n = words.length - 1; n >= 1; n--) if (WHOLE_THINGS.has(words.slice(0, n).join(' '))) return true;
  return false;
}

// "4,000" or "12,500 lượt": one comma followed by exactly three digits, no dot. Read as 4 (the comma is the
// decimal mark, docs/DOMAIN.md), but an English-style thousands separator looks exactly the same.
const AMBIGUOUS_COMMA = /^\+?\s*(\d{1,3}),(\d{3})(?:\s*\p{L}[\p{L}\p{M}\s]*)?\.?$/u;

/** The thousands reading of an ambiguous "4,000" (4000), or null when the text is not ambiguous. */
export function ambiguousCommaThousands(cell: Cell): number | null {
  if (typeof cell !== 'string') return null;
  const match = AMBIGUOUS_COMMA.exec(cell.replace(/[\u00a0\u202f]/g, ' ').trim());
  if (!match || /^0+$/.test(match[1]!)) return null;
  return Number(match[1]! + match[2]!);
}

/**
 * Warnings for an accepted quantity of an entry row (never errors: the row still counts), or null when there are
 * none: this runs on every row, so the usual case allocates nothing. `unit` and `target` index campaign.units and
 * campaign.targets; `where` locates the cell only when a warning needs it.
 */
export function quantityWarnings(
  where: () => { tab: string; row: number; column: string },
  raw: Cell,
  quantity: number,
  campaign: Campaign,
  target: number,
  unit: number | undefined,
): Problem[] | null {
  const def = campaign.targets[target];
  if (!def) return null;
  const thousands = typeof raw === 'string' && raw.includes(',') ? ambiguousCommaThousands(raw) : null;
  const count = def.kind === 'count';
  const fractional = count && thousands === null && !Number.isInteger(quantity) && isWholeThing(def.measure);
  const unitDef = unit === undefined ? undefined : campaign.units[unit];
  const allocated =
    count && unitDef && campaign.allocations.size > 0 ? campaign.allocations.get(unitDef.id)?.get(def.id) : undefined;
  const limit = allocated ?? def.target;
  const over = count && quantity > limit;
  if (thousands === null && !fractional && !over) return null;

  const problems: Problem[] = [];
  const place = where();
  const value = cellText(raw);
  if (thousands !== null) {
    problems.push(
      makeProblem(place, 'ambiguous-comma', 'warning', {
        value,
        read: formatNumberVi(quantity, 3),
        thousands: formatNumberVi(thousands),
        plain: String(thousands),
      }),
    );
  }
  if (fractional) {
    problems.push(
      makeProblem(place, 'fractional-count', 'warning', {
        value,
        measure: def.measure,
        target: def.key,
        floor: formatNumberVi(Math.floor(quantity)),
        ceil: formatNumberVi(Math.ceil(quantity)),
      }),
    );
  }
  if (over) {
    const params = {
      value: formatNumberVi(quantity),
      limit: formatNumberVi(limit),
      measure: def.measure,
      target: def.key,
      unit: unitDef?.code ?? '',
    };
    problems.push(
      makeProblem(place, 'over-target', 'warning', params, allocated === undefined ? 'over-target' : 'over-allocation'),
    );
  }
  return problems;
}
