// The campaign's setup read from its tabs: targets, units, periods, allocations and the campaign window.

import { cellText, isBlank, type Cell, type WorkbookData } from './cells';
import {
  ALLOCATION,
  KIND_WORDS,
  PERIODS,
  SETTINGS,
  SETTING_KEYS,
  TARGETS,
  UNITS,
  type DocumentSettingId,
} from './contract';
import { isoDate, parseDate, viDate, type Day } from './dates';
import { dayOfMoment, endOfDay, isoMoment, parseMoment, type Moment } from './moments';
import { parseNumber } from './numbers';
import { expectedIn, makeProblem, type Problem } from './problems';
import { dataRows, findSheet, keyOf, locateTable, readTable, type Located, type Table, type TableRow } from './tables';
import { fold, foldWords, tidy } from './text';

export type TargetKind = 'count' | 'percent';

export interface Target {
  key: string;
  /** Folded key, for matching. */
  id: string;
  label: string;
  /** The unit of measure ("cây", "lượt", "%"); `unit` elsewhere means an organisation. */
  measure: string;
  kind: TargetKind;
  group: string;
  target: number;
  /** Population of a percent target; null means "the number of units". */
  base: number | null;
  /** Roll-up: with no base of its own, the sum of the latest bases its lower levels' rows carried (else null). */
  carriedBase: number | null;
  /** Roll-up: the key this target goes up under (its `Mã ở cấp trên`, else its own key). */
  upperKey: string;
  row: number;
}

export interface Unit {
  code: string;
  id: string;
  name: string;
  cluster: string;
  email: string;
  /** Roll-up: the lower level's spreadsheet URL (Units `Bảng tính`), '' when not given. */
  spreadsheet: string;
  row: number;
}

export interface Period {
  name: string;
  id: string;
  from: Day;
  to: Day;
  deadline: Day | null;
  /** When reports are due, on the sheet's wall clock: the deadline's time, else the end of its day (or of `to`). */
  deadlineAt: Moment;
  row: number;
}

export interface Campaign {
  name: string;
  targets: Target[];
  units: Unit[];
  periods: Period[];
  /** unit id → target id → allocated target. */
  allocations: Map<string, Map<string, number>>;
  window: { from: Day; to: Day } | null;
  /** The spreadsheet's time zone, minutes east of UTC (Vietnam: 420). */
  offsetMinutes: number;
  /** Roll-up: this level's unit code at the upper level (Settings `Mã ở cấp trên`), '' when not set. */
  upperCode: string;
  /** Names of the tabs as found, for messages. */
  tabs: { targets: string; units: string; periods: string | null; entries: string | null };
  /** The report document's header and signature settings, as typed (trimmed); absent keys are missing. */
  documentSettings?: DocumentSettings;
}

export type DocumentSettings = Partial<Record<DocumentSettingId, string>>;

export interface CampaignRead {
  campaign: Campaign;
  problems: Problem[];
  /** True when a required tab or column is missing, so figures cannot be trusted. */
  fatal: boolean;
}

function at(located: Located, row: TableRow, columnId: string) {
  const column = located.table.def.columns.find((c) => c.id === columnId)!;
  return { tab: located.table.sheet.name, row: row.row, column: column.header };
}

function missingValue(located: Located, row: TableRow, columnId: string): Problem {
  const column = located.table.def.columns.find((c) => c.id === columnId)!;
  const expected = expectedIn(column);
  return makeProblem(at(located, row, columnId), 'missing-value', 'error', {
    columnVi: column.header,
    columnEn: column.english,
    expectedVi: expected.vi,
    expectedEn: expected.en,
  });
}

/** KIND_WORDS folded, made on first use (a workbook has one per target row; a roll-up reads a hundred workbooks). */
let kindWords: { percent: Set<string>; count: Set<string> } | null = null;

function parseKind(cell: Cell): TargetKind | null {
  const text = fold(cellText(cell));
  if (text === '') return 'count';
  kindWords ??= {
    percent: new Set((KIND_WORDS.percent as readonly string[]).map(fold)),
    count: new Set((KIND_WORDS.count as readonly string[]).map(fold)),
  };
  if (kindWords.percent.has(text)) return 'percent';
  if (kindWords.count.has(text)) return 'count';
  return null;
}

function readTargets(located: Located, problems: Problem[]): Target[] {
  const targets: Target[] = [];
  const seen = new Map<string, number>();
  for (const row of located.rows) {
    const key = tidy(cellText(row.get('key')));
    if (!key) {
      problems.push(missingValue(located, row, 'key'));
      continue;
    }
    const id = fold(key);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(makeProblem(at(located, row, 'key'), 'duplicate-key', 'error', { value: key, first }));
      continue;
    }
    seen.set(id, row.row);
    const measure = tidy(cellText(row.get('unit')));
    let kind = parseKind(row.get('kind'));
    if (kind === null) {
      problems.push(makeProblem(at(located, row, 'kind'), 'bad-kind', 'error', { value: cellText(row.get('kind')) }));
      continue;
    }
    const rawTarget = row.get('target');
    const parsed = parseNumber(rawTarget);
    if (!parsed.ok || parsed.value <= 0) {
      problems.push(
        makeProblem(at(located, row, 'target'), 'bad-target', 'error', { key, value: cellText(rawTarget) }),
      );
      continue;
    }
    // "80%" in the Target column, or a "%" unit with no Kind, marks a percent target.
    if (isBlank(row.get('kind')) && (parsed.percent || measure === '%')) kind = 'percent';
    // A percent target is a number of percent points ("80"). A cell typed "80%" in Sheets, or formatted as a
    // percentage in Excel, holds 0.8: no campaign aims at under 1 %, so a figure up to 1 is read as that fraction.
    const goal =
      kind === 'percent' && typeof rawTarget === 'number' && parsed.value <= 1 ? parsed.value * 100 : parsed.value;
    let base: number | null = null;
    const rawBase = row.get('base');
    if (kind === 'percent' && !isBlank(rawBase)) {
      const b = parseNumber(rawBase);
      if (!b.ok || b.percent || b.value <= 0) {
        problems.push(makeProblem(at(located, row, 'base'), 'bad-base', 'error', { value: cellText(rawBase) }));
        continue;
      }
      base = b.value;
    }
    targets.push({
      key,
      id,
      label: tidy(cellText(row.get('label'))) || key,
      measure,
      kind,
      group: tidy(cellText(row.get('group'))),
      target: goal,
      base,
      carriedBase: null,
      upperKey: tidy(cellText(row.get('upperKey'))) || key,
      row: row.row,
    });
  }
  return targets;
}

function readUnits(located: Located, problems: Problem[]): Unit[] {
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (const row of located.rows) {
    const code = tidy(cellText(row.get('code')));
    if (!code) {
      problems.push(missingValue(located, row, 'code'));
      continue;
    }
    const id = fold(code);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(makeProblem(at(located, row, 'code'), 'duplicate-key', 'error', { value: code, first }));
      continue;
    }
    seen.set(id, row.row);
    units.push({
      code,
      id,
      name: tidy(cellText(row.get('name'))) || code,
      cluster: tidy(cellText(row.get('cluster'))),
      email: tidy(cellText(row.get('email'))),
      spreadsheet: tidy(cellText(row.get('spreadsheet'))),
      row: row.row,
    });
  }
  return units;
}

function readPeriods(located: Located, problems: Problem[]): Period[] {
  const periods: Period[] = [];
  const seen = new Map<string, number>();
  for (const row of located.rows) {
    const name = tidy(cellText(row.get('name')));
    if (!name) {
      problems.push(missingValue(located, row, 'name'));
      continue;
    }
    const days: Partial<Record<'from' | 'to' | 'deadline', Day>> = {};
    let deadlineAt: Moment | null = null;
    let bad = false;
    for (const id of ['from', 'to', 'deadline'] as const) {
      const cell = row.get(id);
      if (id === 'deadline' && isBlank(cell)) continue;
      // A deadline may carry a time ("23/6/2024 17:00", "17h00 23/6/2024"); without one it is the end of that day.
      const moment = id === 'deadline' ? parseMoment(cell) : null;
      const parsed = !moment
        ? parseDate(cell)
        : moment.ok
          ? { ok: true as const, day: dayOfMoment(moment.at) }
          : moment;
      if (moment?.ok) deadlineAt = moment.hasTime ? moment.at : endOfDay(dayOfMoment(moment.at));
      if (parsed.ok) days[id] = parsed.day;
      else {
        // The deadline is optional: a bad one is reported, and the period still counts (without a deadline).
        if (id !== 'deadline') bad = true;
        problems.push(
          parsed.reason === 'empty'
            ? missingValue(located, row, id)
            : makeProblem(
                at(located, row, id),
                'bad-date',
                'error',
                { value: cellText(cell) },
                parsed.reason === 'no-year' ? 'date-no-year' : 'bad-date',
              ),
        );
      }
    }
    if (bad) continue;
    const id = fold(name);
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(makeProblem(at(located, row, 'name'), 'duplicate-key', 'error', { value: name, first }));
      continue;
    }
    if (days.to! < days.from!) {
      problems.push(
        makeProblem(at(located, row, 'to'), 'bad-period', 'error', {
          name,
          from: viDate(days.from!),
          to: viDate(days.to!),
        }),
      );
      continue;
    }
    seen.set(id, row.row);
    periods.push({
      name,
      id,
      from: days.from!,
      to: days.to!,
      deadline: days.deadline ?? null,
      deadlineAt: deadlineAt ?? endOfDay(days.to!),
      row: row.row,
    });
  }
  return periods;
}

function readAllocations(
  located: Located,
  targets: Target[],
  units: Unit[],
  problems: Problem[],
  /** The Units and Targets tabs as found: an unknown code is "not on" those, not on the Allocation tab. */
  tabs: { units: string; targets: string },
): Map<string, Map<string, number>> {
  const byUnit = new Map<string, Map<string, number>>();
  const unitIds = new Set(units.map((u) => u.id));
  const targetIds = new Set(targets.map((t) => t.id));
  const firstRow = new Map<string, number>();
  for (const row of located.rows) {
    const unit = keyOf(row.get('unit'));
    const target = keyOf(row.get('target'));
    let ok = true;
    for (const id of ['unit', 'target', 'allocated'] as const) {
      if (isBlank(row.get(id))) {
        problems.push(missingValue(located, row, id));
        ok = false;
      }
    }
    if (!ok) continue;
    if (!unitIds.has(unit)) {
      problems.push(
        makeProblem(at(located, row, 'unit'), 'unknown-unit', 'error', {
          value: cellText(row.get('unit')),
          tab: tabs.units,
        }),
      );
      continue;
    }
    if (!targetIds.has(target)) {
      problems.push(
        makeProblem(at(located, row, 'target'), 'unknown-target', 'error', {
          value: cellText(row.get('target')),
          tab: tabs.targets,
        }),
      );
      continue;
    }
    const parsed = parseNumber(row.get('allocated'));
    if (!parsed.ok || parsed.value <= 0) {
      problems.push(
        makeProblem(at(located, row, 'allocated'), 'bad-allocation', 'error', {
          value: cellText(row.get('allocated')),
        }),
      );
      continue;
    }
    let forUnit = byUnit.get(unit);
    if (!forUnit) byUnit.set(unit, (forUnit = new Map()));
    const first = firstRow.get(`${unit}|${target}`);
    if (first !== undefined) {
      problems.push(
        makeProblem(at(located, row, 'target'), 'duplicate-key', 'error', {
          value: cellText(row.get('target')),
          first,
        }),
      );
      continue;
    }
    firstRow.set(`${unit}|${target}`, row.row);
    forUnit.set(target, parsed.value);
  }
  return byUnit;
}

interface Settings {
  name: string;
  upperCode: string;
  from: Day | null;
  to: Day | null;
  document: DocumentSettings;
}

/** The Settings tab, with or without its Khóa/Giá trị header row (many boards just write key–value pairs). */
function locateSettings(workbook: WorkbookData): Located | null {
  const sheet = findSheet(workbook, SETTINGS);
  if (!sheet) return null;
  const table = readTable(sheet, SETTINGS);
  if ('setting' in table.columns && 'value' in table.columns) return { table, rows: dataRows(table) };
  // No header: column A holds the setting, column B its value, from the first row.
  const bare: Table = { def: SETTINGS, sheet, headerIndex: -1, columns: { setting: 0, value: 1 } };
  return { table: bare, rows: dataRows(bare) };
}

function readSettings(workbook: WorkbookData, problems: Problem[]): Settings {
  const settings: Settings = { name: '', upperCode: '', from: null, to: null, document: {} };
  const located = locateSettings(workbook);
  if (!located) return settings;
  // "Từ ngày:" or "TỪ NGÀY" name the same setting.
  const keys = Object.entries(SETTING_KEYS).map(([id, words]) => [id, new Set(words.map(foldWords))] as const);
  const rowOf: Partial<Record<'from' | 'to', number>> = {};
  const tab = located.table.sheet.name;
  for (const row of located.rows) {
    const setting = foldWords(cellText(row.get('setting')));
    const id = keys.find(([, words]) => words.has(setting))?.[0];
    const value = row.get('value');
    if (id === 'campaign') settings.name = tidy(cellText(value));
    else if (id === 'upperCode') settings.upperCode = tidy(cellText(value));
    else if (id && id !== 'from' && id !== 'to') {
      // Recipients keep their own separators (";"); every other header setting is one line.
      const text = cellText(value).trim();
      if (text) settings.document[id as DocumentSettingId] = id === 'recipients' ? text : tidy(text);
    } else if (id === 'from' || id === 'to') {
      if (isBlank(value)) continue;
      const parsed = parseDate(value);
      if (parsed.ok) {
        settings[id] = parsed.day;
        rowOf[id] = row.row;
      } else
        problems.push(
          makeProblem({ tab, row: row.row, column: SETTINGS.columns[1]!.header }, 'bad-setting', 'error', {
            value: cellText(value),
            setting: cellText(row.get('setting')),
          }),
        );
    }
  }
  if (settings.from !== null && settings.to !== null && settings.to < settings.from) {
    problems.push(
      makeProblem({ tab, row: rowOf.to!, column: SETTINGS.columns[1]!.header }, 'bad-setting', 'error', {
        value: viDate(settings.to),
        setting: SETTING_KEYS.to[0],
        startsOn: viDate(settings.from),
      }),
    );
    // A window that ends before it starts would put every entry outside it: fall back to the periods.
    settings.from = null;
    settings.to = null;
  }
  return settings;
}

/** The campaign window: Settings From–To when given, else the span of the periods. */
function campaignWindow(settings: Settings, periods: Period[]): { from: Day; to: Day } | null {
  const from = settings.from ?? (periods.length ? Math.min(...periods.map((p) => p.from)) : null);
  const to = settings.to ?? (periods.length ? Math.max(...periods.map((p) => p.to)) : null);
  if (from === null || to === null) return null;
  return { from, to };
}

/** Reads every setup tab. Problems on setup rows drop those rows; a missing required tab or column is fatal. */
export function readCampaign(workbook: WorkbookData): CampaignRead {
  const problems: Problem[] = [];
  const targetsTab = locateTable(workbook, TARGETS, problems);
  const unitsTab = locateTable(workbook, UNITS, problems);
  const periodsTab = locateTable(workbook, PERIODS, problems);
  const targets = targetsTab ? readTargets(targetsTab, problems) : [];
  const units = unitsTab ? readUnits(unitsTab, problems) : [];
  const periods = periodsTab ? readPeriods(periodsTab, problems) : [];
  const allocationTab = locateTable(workbook, ALLOCATION, problems);
  const tabNames = {
    units: unitsTab?.table.sheet.name ?? UNITS.name,
    targets: targetsTab?.table.sheet.name ?? TARGETS.name,
  };
  const allocations = allocationTab
    ? readAllocations(allocationTab, targets, units, problems, tabNames)
    : new Map<string, Map<string, number>>();
  const settings = readSettings(workbook, problems);
  const fatal =
    !targetsTab || !unitsTab || problems.some((p) => p.code === 'missing-column' || p.code === 'missing-tab');
  const campaign: Campaign = {
    name: settings.name,
    targets,
    units,
    periods,
    allocations,
    window: campaignWindow(settings, periods),
    offsetMinutes: workbook.offsetMinutes ?? 420,
    documentSettings: settings.document,
    upperCode: settings.upperCode,
    tabs: {
      ...tabNames,
      periods: periodsTab?.table.sheet.name ?? null,
      entries: null,
    },
  };
  return { campaign, problems, fatal };
}

/** The period as JSON answers give it; `deadlineAt` with the spreadsheet zone's offset (minutes east of UTC). */
export function periodJson(p: Period, offsetMinutes = 420) {
  return {
    name: p.name,
    from: isoDate(p.from),
    to: isoDate(p.to),
    deadline: p.deadline === null ? null : isoDate(p.deadline),
    deadlineAt: isoMoment(p.deadlineAt, offsetMinutes),
  };
}
