// Properties over generated data: parsing round-trips, and figures that do not depend on row order or bad rows.

import fc from 'fast-check';
import {
  answer,
  buildReport,
  dayFromParts,
  figuresFor,
  formatNumberVi,
  isoDate,
  parseDate,
  parseNumber,
  utcDate,
  viDate,
  type Analysis,
  type Cell,
  type Day,
} from '../../src/core';
import { LINK, analyzeEntries, d23, entry } from './fixtures';

const RUNS = { numRuns: 150 };

describe('parsing round-trips', () => {
  it('parses back a number formatted by formatNumberVi (up to 2 decimals)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -100_000_000_000, max: 100_000_000_000 }),
        fc.constantFrom(1, 10, 100),
        (n, scale) => {
          const value = n / scale;
          const text = formatNumberVi(value);
          expect(parseNumber(text)).toEqual({ ok: true, value: value === 0 ? 0 : value, percent: false });
        },
      ),
      RUNS,
    );
  });

  it('parses back a hand-built Vietnamese number ("." groups, "," decimals)', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.option(digits, { nil: undefined }),
        fc.constantFrom('', ' lượt', ' cây', ' phần quà', ' km'),
        fc.constantFrom('.', ' '),
        (whole, fraction, unitWord, group) => {
          const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, group);
          const text = `${grouped}${fraction === undefined ? '' : `,${fraction}`}${unitWord}`;
          const expected = Number(`${whole}${fraction === undefined ? '' : `.${fraction}`}`);
          const parsed = parseNumber(text);
          expect(parsed).toEqual({ ok: true, value: expected, percent: false });
        },
      ),
      RUNS,
    );
  });

  it('parses back a percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const value = n / 10;
        expect(parseNumber(`${formatNumberVi(value)}%`)).toEqual({ ok: true, value, percent: true });
      }),
      RUNS,
    );
  });

  const anyDay = fc.integer({ min: dayFromParts(1900, 1, 1)!, max: dayFromParts(2200, 12, 31)! });

  it('parses back dd/mm/yyyy, d/m/yyyy, "ngày d/m/yyyy", ISO and a date cell to the same Day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const [y, m, d] = isoDate(day).split('-').map(Number) as [number, number, number];
        for (const form of [viDate(day), `${d}/${m}/${y}`, `ngày ${d}/${m}/${y}`, isoDate(day), utcDate(day)]) {
          expect(parseDate(form)).toEqual({ ok: true, day });
        }
      }),
      RUNS,
    );
  });

  it('parses back a Sheets serial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000, max: 100_000 }), (serial) => {
        const parsed = parseDate(serial);
        expect(parsed).toEqual({ ok: true, day: serial - 25_569 });
      }),
      RUNS,
    );
  });
});

// ---- Figures over generated seasons of the District 11 fixture -------------------------------------------------

const FROM = d23(11, 6);
const DAYS = d23(6, 8) - FROM + 1;
const KEYS = ['cay-xanh', 'qua', 'duong', 'tt-thanh-toan-dt', 'cb-thanh-toan-dt'] as const;
const UNITS = ['P01', 'P02', 'P03', 'BVQ11', 'KYMDAN'] as const;
const WORDS = ['cây', 'phần quà', 'km'];
const ACTIVITIES = ['Ra quân tình nguyện', 'Hoạt động cuối tuần', 'Cập nhật số liệu'];
const PERIODS = ['Đợt 1', 'Đợt 2', 'Đợt 3'];
const NOW = new Date('2023-08-20T10:00:00.000Z');

interface Spec {
  day: number;
  unit: number;
  target: number;
  amount: number;
  activity: number;
  dateForm: number;
  quantityForm: number;
}

const specArb: fc.Arbitrary<Spec> = fc.record({
  day: fc.integer({ min: 0, max: DAYS - 1 }),
  unit: fc.integer({ min: 0, max: UNITS.length - 1 }),
  target: fc.integer({ min: 0, max: KEYS.length - 1 }),
  amount: fc.integer({ min: 0, max: 400 }),
  activity: fc.integer({ min: 0, max: ACTIVITIES.length - 1 }),
  dateForm: fc.integer({ min: 0, max: 3 }),
  quantityForm: fc.integer({ min: 0, max: 2 }),
});

/** The quantity a spec stands for: trees, gifts, quarter-kilometres of road, 0/1, officers out of 250. */
function quantityOf(s: Spec): number {
  return [s.amount, s.amount % 30, s.amount / 4, s.amount % 2, s.amount % 60][s.target]!;
}

function isPercent(target: number): boolean {
  return target >= 3;
}

/** Percent targets take the latest entry, so one unit gets at most one entry per day on them. */
function noSameDayPercent(specs: Spec[]): Spec[] {
  const seen = new Set<string>();
  return specs.filter((s) => {
    if (!isPercent(s.target)) return true;
    const key = `${s.day}|${s.unit}|${s.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function dateCellOf(day: Day, form: number): Cell {
  const [y, m, d] = isoDate(day).split('-').map(Number);
  return [utcDate(day), viDate(day), `${d}/${m}/${y}`, isoDate(day)][form]!;
}

function quantityCellOf(s: Spec): Cell {
  const q = quantityOf(s);
  if (s.target === 3) return s.quantityForm === 2 ? `${q * 100}%` : q;
  if (s.quantityForm === 0 || s.target === 4) return s.quantityForm === 0 ? q : formatNumberVi(q);
  return s.quantityForm === 1 ? formatNumberVi(q) : `${formatNumberVi(q)} ${WORDS[s.target]}`;
}

function rowOf(s: Spec): Cell[] {
  return entry(
    dateCellOf(FROM + s.day, s.dateForm),
    UNITS[s.unit],
    KEYS[s.target],
    quantityCellOf(s),
    ACTIVITIES[s.activity],
  );
}

const seasonArb = fc.array(specArb, { maxLength: 40 }).map(noSameDayPercent);

/** Every figure a host shows: the reports of the three periods and the to-date answers. */
function figuresSnapshot(a: Analysis) {
  const reports = PERIODS.map((p) => {
    const r = buildReport(a, p, NOW);
    return { targets: r.targets, units: r.units, nonReporting: r.nonReporting, ranking: r.ranking };
  });
  const toDate = KEYS.map((key) => answer(a, { target: key }));
  const byUnit = UNITS.map((unit) => KEYS.map((key) => answer(a, { target: key, unit })));
  return { reports, toDate, byUnit };
}

describe('figures over generated seasons', () => {
  it('accepts every generated row', () => {
    fc.assert(
      fc.property(seasonArb, (specs) => {
        const a = analyzeEntries(specs.map(rowOf));
        // Generated amounts may pass a whole target (up to 100 km of a 0,5 km road): that is the over-target
        // warning (test/core/quantity-checks.test.ts), not a refusal.
        expect(a.problems.filter((p) => p.code !== 'duplicate' && p.code !== 'over-target')).toEqual([]);
      }),
      RUNS,
    );
  });

  it('matches a plain recomputation: sums for counts, latest figures over the base for percents', () => {
    fc.assert(
      fc.property(seasonArb, (specs) => {
        const a = analyzeEntries(specs.map(rowOf));
        const spans = [{ from: null, to: null }, ...a.campaign.periods.map((p) => ({ from: p.from, to: p.to }))];
        for (const span of spans) {
          const figures = figuresFor(a, span);
          const from = span.from ?? -Infinity;
          const to = span.to ?? Infinity;
          KEYS.forEach((_key, t) => {
            const kept = new Map<string, Spec>();
            for (const s of specs) {
              const dup = `${s.day}|${s.unit}|${s.target}|${quantityOf(s)}|${s.activity}`;
              if (s.target === t && !kept.has(dup)) kept.set(dup, s);
            }
            let expected: number;
            if (isPercent(t)) {
              const latest = new Map<number, Spec>();
              for (const s of kept.values()) {
                if (FROM + s.day > to) continue;
                const before = latest.get(s.unit);
                if (!before || s.day > before.day) latest.set(s.unit, s);
              }
              let sum = 0;
              for (const s of latest.values()) sum += quantityOf(s);
              expected = (100 * sum) / (t === 3 ? UNITS.length : 250);
            } else {
              expected = 0;
              for (const s of kept.values()) if (FROM + s.day >= from && FROM + s.day <= to) expected += quantityOf(s);
            }
            expect(figures[t]!.achieved).toBeCloseTo(expected, 9);
          });
        }
      }),
      RUNS,
    );
  });

  it('gives per-unit results that sum to the campaign result for count targets', () => {
    fc.assert(
      fc.property(seasonArb, (specs) => {
        const a = analyzeEntries(specs.map(rowOf));
        for (const p of PERIODS) {
          const r = buildReport(a, p, NOW);
          for (const t of r.targets.filter((x) => x.kind === 'count')) {
            const sum = r.units.reduce((s, u) => s + u.results[t.key]!, 0);
            expect(sum).toBe(t.periodResult);
            const cumulative = figuresFor(a, { from: null, to: a.campaign.periods.find((x) => x.name === p)!.to });
            const byUnit = cumulative[KEYS.indexOf(t.key as (typeof KEYS)[number])]!.byUnit;
            expect(byUnit.reduce((s, v) => s + v, 0)).toBe(t.cumulative);
          }
          for (const t of r.targets.filter((x) => x.kind === 'percent')) expect(t.periodResult).toBe(t.cumulative);
        }
      }),
      RUNS,
    );
  });

  it('changes no figure when the entry rows are shuffled', () => {
    const shuffled = seasonArb.chain((specs) =>
      fc.tuple(
        fc.constant(specs),
        fc.shuffledSubarray(
          specs.map((_, i) => i),
          { minLength: specs.length, maxLength: specs.length },
        ),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([specs, order]) => {
        const rows = specs.map(rowOf);
        const a = analyzeEntries(rows);
        const b = analyzeEntries(order.map((i) => rows[i]!));
        expect(figuresSnapshot(b)).toEqual(figuresSnapshot(a));
        expect([b.errors, b.warnings, b.excludedRows.length]).toEqual([a.errors, a.warnings, a.excludedRows.length]);
      }),
      RUNS,
    );
  });

  const invalidArb: fc.Arbitrary<(specs: Spec[]) => { row: Cell[]; after: number }> = fc.oneof(
    // bad-number, negative, percent-on-count and missing quantity
    fc
      .tuple(specArb, fc.constantFrom<Cell>('abc', 'mười', '1/2', '5-7', '-3', -1, '', '50%'))
      .map(([s, q]) => () => ({ row: [...rowOf({ ...s, target: 0 }).slice(0, 3), q, ACTIVITIES[0], LINK], after: -1 })),
    // bad-date and missing date
    fc
      .tuple(specArb, fc.constantFrom<Cell>('32/6/2023', 'hôm qua', '29/2/2023', '11/6', '31/6/2023', ''))
      .map(([s, date]) => () => ({ row: [date, ...rowOf(s).slice(1)], after: -1 })),
    // outside-campaign
    fc
      .tuple(specArb, fc.constantFrom(-400, -30, -1, DAYS, DAYS + 1, DAYS + 365))
      .map(([s, offset]) => () => ({ row: [dateCellOf(FROM + offset, s.dateForm), ...rowOf(s).slice(1)], after: -1 })),
    // unknown-unit, unknown-target and missing codes
    fc.tuple(specArb, fc.constantFrom<Cell>('P17', 'DCS05', 'Phường 1', '')).map(([s, unit]) => () => {
      const row = rowOf(s);
      row[1] = unit;
      return { row, after: -1 };
    }),
    fc.tuple(specArb, fc.constantFrom<Cell>('cay xanh moi', 'hoi-vien', 'trees', '')).map(([s, key]) => () => {
      const row = rowOf(s);
      row[2] = key;
      return { row, after: -1 };
    }),
    // over-base: more than 1 on the percent target without a base
    fc.tuple(specArb, fc.integer({ min: 2, max: 40 })).map(([s, q]) => () => {
      const row = rowOf({ ...s, target: 3 });
      row[3] = q;
      return { row, after: -1 };
    }),
    // duplicate of an existing row, placed after it
    fc.nat().map((pick) => (specs: Spec[]) => {
      // With no row to repeat, a bad number stands in.
      if (specs.length === 0) return { row: entry(viDate(FROM), 'P01', 'cay-xanh', 'abc'), after: -1 };
      const i = pick % specs.length;
      return { row: rowOf(specs[i]!), after: i };
    }),
  );

  it('changes no figure when an invalid row is added anywhere, and excludes that row', () => {
    fc.assert(
      fc.property(seasonArb, invalidArb, fc.nat(), (specs, makeInvalid, where) => {
        const rows = specs.map(rowOf);
        const { row, after } = makeInvalid(specs);
        const position = after + 1 + (where % (rows.length - after));
        const withBad = [...rows.slice(0, position), row, ...rows.slice(position)];
        const a = analyzeEntries(rows);
        const b = analyzeEntries(withBad);
        expect(figuresSnapshot(b)).toEqual(figuresSnapshot(a));
        expect(b.excludedRows).toContain(position + 2);
        expect(b.errors).toBeGreaterThan(a.errors);
      }),
      RUNS,
    );
  });
});
