// Validation of the Entries tab: every row either becomes a valid entry or carries located problems.

import { cellText, isBlank, type Cell, type WorkbookData } from './cells';
import type { Campaign } from './campaign';
import { ENTRIES } from './contract';
import { locateEntryTabs, type EntryTab } from './entry-tabs';
import { isoDate, parseDate, viDate, type Day } from './dates';
import { lateEntryProblem, recordedAt } from './deadlines';
import { isFormulaWithoutValue } from './formula-cells';
import type { Moment } from './moments';
import { parseNumber } from './numbers';
import { CarriedBases, carriedBaseOf } from './carried-base';
import { expectedIn, makeProblem, type Problem } from './problems';
import { quantityWarnings } from './quantity-checks';
import { missingTab, type TableRow } from './tables';
import { fold } from './text';

/** A row that passed every check: it counts in the figures. */
export interface Entry {
  /** The Entries tab the row is on. */
  tab: string;
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
  /** Sheet rows of the main Entries tab excluded from every figure because of an error. */
  excludedRows: number[];
  /** Every excluded row, on whichever Entries tab it is. */
  excluded: { tab: string; row: number }[];
  /** Number of non-blank entry rows. */
  rowCount: number;
  /** The main Entries tab; null when no usable Entries tab exists (figures cannot be computed). */
  tab: string | null;
  /** Every Entries tab read. */
  tabs: string[];
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
  const found = locateEntryTabs(workbook, campaign, problems);
  const result: EntriesRead = {
    entries: [],
    problems,
    excludedRows: [],
    excluded: [],
    rowCount: 0,
    tab: null,
    tabs: [],
  };
  if (found.tabs.length === 0 && problems.length === 0) problems.push(missingTab(ENTRIES));
  if (found.main === null) return result;
  result.tab = found.main;
  result.tabs = found.tabs.map((t) => t.name);
  const sources = new Map<string, EntryTab>(found.tabs.map((t) => [t.name, t]));
  const rows = found.tabs.length === 1 ? found.tabs[0]!.rows : found.tabs.flatMap((t) => t.rows);
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
  const unitsTab = campaign.tabs.units;
  const targetsTab = campaign.tabs.targets;
  const columnName = (id: string) => ENTRIES.columns.find((c) => c.id === id)!;
  const place = (row: TableRow, id: string) => ({ tab: row.tab, row: row.row, column: columnName(id).header });
  const carriedBases = new CarriedBases();

  for (const row of rows) {
    const source = sources.get(row.tab)!;
    result.rowCount++;
    const before = problems.length;
    for (const id of REQUIRED) {
      if (!isBlank(row.get(id))) continue;
      // On a unit's own tab an empty unit code means that unit.
      if (id === 'unit' && source.ownUnit !== undefined) continue;
      const column = columnName(id);
      const code = isFormulaWithoutValue(source.table, row.row, id) ? 'formula-no-value' : 'missing-value';
      problems.push(
        makeProblem(place(row, id), code, 'error', {
          columnVi: column.header,
          columnEn: column.english,
          expectedVi: expectedIn(column).vi,
          expectedEn: expectedIn(column).en,
        }),
      );
    }

    let day: Day | null = null;
    const rawDate = row.get('date');
    if (!isBlank(rawDate)) {
      const parsed = parseDate(rawDate);
      if (!parsed.ok) {
        const textCode = parsed.reason === 'no-year' ? 'date-no-year' : 'bad-date';
        // The example date in the message carries the campaign's year.
        const params: { value: string; year?: string } = { value: cellText(rawDate) };
        if (window) params.year = isoDate(window.from).slice(0, 4);
        problems.push(makeProblem(place(row, 'date'), 'bad-date', 'error', params, textCode));
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

    let unit: number | undefined = source.ownUnit;
    const rawUnit = row.get('unit');
    if (!isBlank(rawUnit)) {
      unit = unitIndex.get(foldCell(rawUnit));
      if (unit === undefined)
        problems.push(
          makeProblem(place(row, 'unit'), 'unknown-unit', 'error', { value: cellText(rawUnit), tab: unitsTab }),
        );
      else if (source.ownUnit !== undefined && unit !== source.ownUnit) {
        const params = { value: cellText(rawUnit), own: campaign.units[source.ownUnit]!.code, tab: row.tab };
        problems.push(makeProblem(place(row, 'unit'), 'wrong-unit-tab', 'error', params));
        unit = undefined;
      }
    }

    let target: number | undefined;
    const rawTarget = row.get('target');
    if (!isBlank(rawTarget)) {
      target = targetIndex.get(foldCell(rawTarget));
      // A roll-up row (its tab carries the roll-up column `Cơ sở tính`): a lower target the upper level lacks is
      // listed as `not-in-upper` and left out, never guessed (docs/DOMAIN.md "Roll-up to the upper level").
      if (target === undefined && source.table.columns.base !== undefined)
        problems.push(
          makeProblem(place(row, 'target'), 'not-in-upper', 'warning', { value: cellText(rawTarget), tab: targetsTab }),
        );
      else if (target === undefined)
        problems.push(
          makeProblem(place(row, 'target'), 'unknown-target', 'error', { value: cellText(rawTarget), tab: targetsTab }),
        );
    }

    let quantity: number | null = null;
    let carried: number | null = null;
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
        // A roll-up row carries its lower level's base: its figure counts members of that population.
        if (targetDef?.kind === 'percent' && targetDef.base === null) carried = carriedBaseOf(row.get('base'));
        if (targetDef && targetDef.kind === 'percent' && targetDef.base === null && quantity > (carried ?? 1)) {
          const params = { value, target: targetDef.key, base: carried ?? 1 };
          problems.push(
            makeProblem(
              place(row, 'quantity'),
              'over-base',
              'error',
              params,
              carried ? 'over-carried-base' : 'over-base',
            ),
          );
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
        const first = result.entries[twin]!;
        const params = { first: first.row, tab: first.tab };
        const textCode = first.tab === row.tab ? 'duplicate' : 'duplicate-other-tab';
        problems.push(makeProblem(place(row, 'date'), 'duplicate', 'error', params, textCode));
      } else {
        const index = result.entries.length;
        const recorded = recordedAt(row);
        result.entries.push({ tab: row.tab, row: row.row, day, unit, target, quantity, recordedAt: recorded });
        late = lateEntryProblem(campaign, day, recorded, place(row, 'date'));
        if (carried !== null) carriedBases.add(target, unit, day, carried);
        activities.push(activity);
        nextInSlot.push(-1);
        if (last >= 0) nextInSlot[last] = index;
        else firstInSlot.set(slot, index);
      }
    }
    const hasError = problems.length > before;
    if (hasError) {
      if (source.main) result.excludedRows.push(row.row);
      result.excluded.push({ tab: row.tab, row: row.row });
    }
    if (late) problems.push(late);
    const suspicious =
      quantity !== null && target !== undefined
        ? quantityWarnings(() => place(row, 'quantity'), rawQuantity, quantity, campaign, target, unit)
        : null;
    if (suspicious) problems.push(...suspicious);
    // Without an Evidence column no row has a link: each row gets its warning, as docs/DOMAIN.md reads.
    if (!('evidence' in source.table.columns) || isBlank(row.get('evidence'))) {
      problems.push(makeProblem(place(row, 'evidence'), 'missing-evidence', 'warning', {}));
    }
  }
  carriedBases.applyTo(campaign);
  return result;
}
