// Validation of the Entries tab: every row either becomes a valid entry or carries located problems.

import { cellText, isBlank, type Cell, type WorkbookData } from './cells';
import type { Campaign } from './campaign';
import { locate } from './campaign';
import { ENTRIES } from './contract';
import { parseDate, viDate, type Day } from './dates';
import { lateEntryProblem, recordedAt } from './deadlines';
import { EXPECTED } from './messages';
import type { Moment } from './moments';
import { parseNumber } from './numbers';
import { makeProblem, type Problem } from './problems';
import type { TableRow } from './tables';
import { fold } from './text';

/** A row that passed every check: it counts in the figures. */
export interface Entry {
  row: number;
  day: Day;
  /** Indexes into campaign.units and campaign.targets. */
  unit: number;
  target: number;
  quantity: number;
  /** When the row was recorded (Forms timestamp or the add-on's stamp), on the sheet's wall clock; null: unknown. */
  recordedAt: Moment | null;
}

export interface EntriesRead {
  entries: Entry[];
  problems: Problem[];
  /** Sheet rows excluded from every figure because of an error. */
  excludedRows: number[];
  /** Number of non-blank entry rows. */
  rowCount: number;
  tab: string | null;
}

const REQUIRED = ['date', 'unit', 'target', 'quantity'] as const;
/** No campaign counts a trillion of anything: such a number is a typing or paste accident (and would overflow sums). */
const MAX_QUANTITY = 1e12;

/** Memoises folding: unit codes and target keys repeat thousands of times. */
function folder(): (cell: Cell) => string {
  const cache = new Map<string, string>();
  return (cell) => {
    const text = cellText(cell);
    let folded = cache.get(text);
    if (folded === undefined) cache.set(text, (folded = fold(text)));
    return folded;
  };
}

/** Checks every Entries row against the campaign; the first of identical rows is kept. */
export function readEntries(workbook: WorkbookData, campaign: Campaign): EntriesRead {
  const problems: Problem[] = [];
  const located = locate(workbook, ENTRIES, problems);
  const result: EntriesRead = { entries: [], problems, excludedRows: [], rowCount: 0, tab: null };
  if (!located) return result;
  const tab = located.table.sheet.name;
  result.tab = tab;
  const unitIndex = new Map(campaign.units.map((u, i) => [u.id, i]));
  const targetIndex = new Map(campaign.targets.map((t, i) => [t.id, i]));
  const foldCell = folder();
  // Duplicates: first by (day, unit, target) as one number, then quantity and activity; most rows stop at the first.
  // slot → index in result.entries of the first entry there; `nextInSlot` chains the rare others (-1 ends).
  const firstInSlot = new Map<number, number>();
  const nextInSlot: number[] = [];
  const activities: string[] = [];
  const unitCount = campaign.units.length;
  const targetCount = campaign.targets.length;
  const window = campaign.window;
  const hasEvidence = 'evidence' in located.table.columns;
  const unitsTab = campaign.tabs.units;
  const targetsTab = campaign.tabs.targets;
  const columnName = (id: string) => ENTRIES.columns.find((c) => c.id === id)!;
  const place = (row: TableRow, id: string) => ({ tab, row: row.row, column: columnName(id).header });

  for (const row of located.rows) {
    result.rowCount++;
    const before = problems.length;
    for (const id of REQUIRED) {
      if (!isBlank(row.get(id))) continue;
      const column = columnName(id);
      problems.push(
        makeProblem(place(row, id), 'missing-value', 'error', {
          columnVi: column.header,
          columnEn: column.english,
          expectedVi: EXPECTED[id]!.vi,
          expectedEn: EXPECTED[id]!.en,
        }),
      );
    }

    let day: Day | null = null;
    const rawDate = row.get('date');
    if (!isBlank(rawDate)) {
      const parsed = parseDate(rawDate);
      if (!parsed.ok) {
        const textCode = parsed.reason === 'no-year' ? 'date-no-year' : 'bad-date';
        problems.push(makeProblem(place(row, 'date'), 'bad-date', 'error', { value: cellText(rawDate) }, textCode));
      } else if (window && (parsed.day < window.from || parsed.day > window.to)) {
        problems.push(
          makeProblem(place(row, 'date'), 'outside-campaign', 'error', {
            value: viDate(parsed.day),
            from: viDate(window.from),
            to: viDate(window.to),
          }),
        );
      } else day = parsed.day;
    }

    let unit: number | undefined;
    const rawUnit = row.get('unit');
    if (!isBlank(rawUnit)) {
      unit = unitIndex.get(foldCell(rawUnit));
      if (unit === undefined)
        problems.push(
          makeProblem(place(row, 'unit'), 'unknown-unit', 'error', { value: cellText(rawUnit), tab: unitsTab }),
        );
    }

    let target: number | undefined;
    const rawTarget = row.get('target');
    if (!isBlank(rawTarget)) {
      target = targetIndex.get(foldCell(rawTarget));
      if (target === undefined)
        problems.push(
          makeProblem(place(row, 'target'), 'unknown-target', 'error', { value: cellText(rawTarget), tab: targetsTab }),
        );
    }

    let quantity: number | null = null;
    const rawQuantity = row.get('quantity');
    if (!isBlank(rawQuantity)) {
      const parsed = parseNumber(rawQuantity);
      const value = cellText(rawQuantity);
      const targetDef = target === undefined ? undefined : campaign.targets[target];
      if (!parsed.ok) {
        problems.push(makeProblem(place(row, 'quantity'), 'bad-number', 'error', { value }));
      } else if (parsed.value > MAX_QUANTITY) {
        problems.push(makeProblem(place(row, 'quantity'), 'bad-number', 'error', { value }, 'number-too-large'));
      } else if (parsed.value < 0) {
        problems.push(makeProblem(place(row, 'quantity'), 'negative', 'error', { value }));
      } else if (parsed.percent && targetDef?.kind !== 'percent') {
        const params = { value, target: targetDef?.key ?? '' };
        problems.push(makeProblem(place(row, 'quantity'), 'bad-number', 'error', params, 'percent-on-count'));
      } else {
        // On a percent target "100%" from a unit means the whole of it: a figure of 1.
        quantity = parsed.percent ? parsed.value / 100 : parsed.value;
        if (targetDef && targetDef.kind === 'percent' && targetDef.base === null && quantity > 1) {
          problems.push(makeProblem(place(row, 'quantity'), 'over-base', 'error', { value, target: targetDef.key }));
          quantity = null;
        }
      }
    }

    let late: Problem | null = null;
    if (problems.length === before && day !== null && unit !== undefined && target !== undefined && quantity !== null) {
      const activity = cellText(row.get('activity'));
      const slot = (day * unitCount + unit) * targetCount + target;
      const head = firstInSlot.get(slot);
      let twin = -1;
      let last = -1;
      for (let i = head ?? -1; i >= 0; i = nextInSlot[i]!) {
        if (result.entries[i]!.quantity === quantity && activities[i] === activity) twin = i;
        last = i;
      }
      if (twin >= 0) {
        problems.push(makeProblem(place(row, 'date'), 'duplicate', 'error', { first: result.entries[twin]!.row }));
      } else {
        const index = result.entries.length;
        const recorded = recordedAt(row);
        result.entries.push({ row: row.row, day, unit, target, quantity, recordedAt: recorded });
        late = lateEntryProblem(campaign, day, recorded, place(row, 'date'));
        activities.push(activity);
        nextInSlot.push(-1);
        if (last >= 0) nextInSlot[last] = index;
        else firstInSlot.set(slot, index);
      }
    }
    const hasError = problems.length > before;
    if (hasError) result.excludedRows.push(row.row);
    if (late) problems.push(late);
    // Without an Evidence column no row has a link: each row gets its warning, as docs/DOMAIN.md reads.
    if (!hasEvidence || isBlank(row.get('evidence'))) {
      problems.push(makeProblem(place(row, 'evidence'), 'missing-evidence', 'warning'));
    }
  }
  return result;
}
