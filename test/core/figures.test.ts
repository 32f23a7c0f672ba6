// The figures of docs/DOMAIN.md, worked out by hand on a small District 11 season (fixtures.ts, SEASON_ENTRIES).

import { ChiTieuError, analyze, answer, figuresFor, unitFigure, type Analysis, type Period } from '../../src/core';

/** The span of one period (its own days), as figuresFor takes it. */
const periodSpan = (p: Period) => ({ from: p.from, to: p.to });
import { analyzeEntries, d23, entry, season, targetIndex, twoUnitWorkbook, unitIndex, workbook } from './fixtures';

function period(a: Analysis, name: string) {
  return a.campaign.periods.find((p) => p.name === name)!;
}

/** achieved and attainment of a target over a span. */
function figure(a: Analysis, key: string, span: { from: number | null; to: number | null }) {
  const f = figuresFor(a, span)[targetIndex(a, key)]!;
  return { achieved: f.achieved, attainment: f.attainment };
}

function inPeriod(a: Analysis, key: string, name: string) {
  return figure(a, key, periodSpan(period(a, name)));
}

function cumulative(a: Analysis, key: string, name: string) {
  return figure(a, key, { from: null, to: period(a, name).to });
}

describe('the season analysed', () => {
  it('keeps rows 2–23 and excludes the five bad rows', () => {
    const a = season();
    expect(a.entries.map((e) => e.row)).toEqual(Array.from({ length: 22 }, (_, i) => i + 2));
    expect(a.excludedRows).toEqual([24, 25, 26, 27, 28]);
    expect(a.problems.map((p) => [p.row, p.code])).toEqual([
      [4, 'missing-evidence'],
      [24, 'bad-number'],
      [25, 'duplicate'],
      [26, 'unknown-unit'],
      [27, 'outside-campaign'],
      [28, 'over-base'],
    ]);
    expect([a.errors, a.warnings]).toEqual([5, 1]);
  });
});

describe('count targets', () => {
  it.each([
    ['Đợt 1', 125, 125, 0.25],
    ['Đợt 2', 175, 300, 0.6],
    ['Đợt 3', 30, 330, 0.66],
  ])('cay-xanh in %s: period result %p, cumulative %p, attainment %p', (name, result, cum, attainment) => {
    const a = season();
    expect(inPeriod(a, 'cay-xanh', name).achieved).toBe(result);
    expect(cumulative(a, 'cay-xanh', name)).toEqual({ achieved: cum, attainment });
  });

  it('sums Vietnamese decimals without binary noise: 0,2 + 0,3 + 0,1 km of road', () => {
    const a = season();
    expect(cumulative(a, 'duong', 'Đợt 1')).toEqual({ achieved: 0, attainment: 0 });
    expect(cumulative(a, 'duong', 'Đợt 2')).toEqual({ achieved: 0.5, attainment: 1 });
    expect(cumulative(a, 'duong', 'Đợt 3')).toEqual({ achieved: 0.6, attainment: 1.2 });
    expect(inPeriod(a, 'duong', 'Đợt 3').achieved).toBe(0.1);
  });

  it('reads "12 phần quà" as 12 gifts', () => {
    const a = season();
    expect(inPeriod(a, 'qua', 'Đợt 2').achieved).toBe(12);
    expect(cumulative(a, 'qua', 'Đợt 3')).toEqual({ achieved: 15, attainment: 0.3 });
  });

  it('gives per-unit results that sum to the campaign result', () => {
    const a = season();
    const f = figuresFor(a, { from: null, to: null })[targetIndex(a, 'cay-xanh')]!;
    expect(Array.from(f.byUnit)).toEqual([140, 60, 25, 75, 30]);
    expect(f.achieved).toBe(330);
  });

  it('counts, without a period, every valid entry of the window (to date)', () => {
    const a = season();
    expect(figure(a, 'cay-xanh', { from: null, to: null })).toEqual({ achieved: 330, attainment: 0.66 });
  });
});

describe('percent targets', () => {
  it.each([
    ['Đợt 1', 20, 0.2],
    ['Đợt 2', 40, 0.4],
    ['Đợt 3', 80, 0.8],
  ])('without a base, share over the 5 units at the end of %s is %p%%', (name, points, attainment) => {
    const a = season();
    // A state, not a sum: the period result and the cumulative are the same share.
    expect(inPeriod(a, 'tt-thanh-toan-dt', name)).toEqual({ achieved: points, attainment });
    expect(cumulative(a, 'tt-thanh-toan-dt', name)).toEqual({ achieved: points, attainment });
  });

  it.each([
    ['Đợt 1', 20, 0.25],
    ['Đợt 2', 50, 0.625],
    ['Đợt 3', 52, 0.65],
  ])('with a base of 250, share at the end of %s is %p%% (attainment = share ÷ 80%%)', (name, points, attainment) => {
    const a = season();
    expect(cumulative(a, 'cb-thanh-toan-dt', name)).toEqual({ achieved: points, attainment });
  });

  it('takes each unit’s latest entry up to the period end, not their sum', () => {
    const a = season();
    const cb = targetIndex(a, 'cb-thanh-toan-dt');
    const end2 = figuresFor(a, { from: null, to: period(a, 'Đợt 2').to })[cb]!;
    expect(Array.from(end2.byUnit)).toEqual([45, 30, 0, 50, 0]);
    const end3 = figuresFor(a, { from: null, to: null })[cb]!;
    expect(Array.from(end3.byUnit)).toEqual([45, 35, 0, 50, 0]);
  });

  it('lets a later row on the same day replace an earlier one', () => {
    const a = analyzeEntries([
      entry('15/6/2023', 'P01', 'cb-thanh-toan-dt', 20, 'Cập nhật số cán bộ sử dụng'),
      entry('15/6/2023', 'P01', 'cb-thanh-toan-dt', 25, 'Cập nhật số cán bộ sử dụng (sửa)'),
    ]);
    expect(figure(a, 'cb-thanh-toan-dt', { from: null, to: null })).toEqual({ achieved: 10, attainment: 0.125 });
  });

  it('uses the number of units on the Units tab as the default base', () => {
    const units = [
      ['P01', 'Đoàn Phường 1'],
      ['P02', 'Đoàn Phường 2'],
      ['P03', 'Đoàn Phường 3'],
      ['P04', 'Đoàn Phường 4'],
    ];
    const targets = [['tt-thanh-toan-dt', 'Thường trực dùng thanh toán điện tử', '%', '80%', 'tỷ lệ', '', null]];
    const a = analyzeEntries(
      [entry('14/6/2023', 'P01', 'tt-thanh-toan-dt', 1), entry('14/6/2023', 'P02', 'tt-thanh-toan-dt', '100%')],
      { units, targets },
    );
    // 2 of 4 units = 50%, against a target of 80%: 0.625.
    expect(figure(a, 'tt-thanh-toan-dt', { from: null, to: null })).toEqual({ achieved: 50, attainment: 0.625 });
  });

  it('reads a percent target stored as 0.8 (Sheets\' "80%") as 80 percent points', () => {
    const analysis = analyze(twoUnitWorkbook());
    const epay = answer(analysis, { target: 'epay' });
    expect(epay.target).toBe(80);
    // One unit of two has the figure 1: share 50 %, attainment 0.5 ÷ 0.8.
    expect(epay.achieved).toBe(50);
    expect(epay.attainment).toBeCloseTo(0.625, 9);
  });
});

describe('allocations and unit figures', () => {
  it('measures a unit against its allocation, else against the campaign target', () => {
    const a = season();
    const to = period(a, 'Đợt 2').to;
    const all = figuresFor(a, { from: null, to });
    const tree = targetIndex(a, 'cay-xanh');
    const gift = targetIndex(a, 'qua');
    const at = (t: number, code: string) => unitFigure(a, t, unitIndex(a, code), all[t]!.byUnit[unitIndex(a, code)]!);
    expect(at(tree, 'P01')).toEqual({ achieved: 140, target: 100, attainment: 1.4 });
    expect(at(tree, 'P02')).toEqual({ achieved: 60, target: 500, attainment: 0.12 });
    expect(at(gift, 'KYMDAN')).toEqual({ achieved: 15, target: 20, attainment: 0.75 });
    // The campaign target stays the campaign total.
    expect(a.campaign.targets[tree]!.target).toBe(500);
    expect(all[tree]!.attainment).toBe(0.6);
  });

  it('gives a unit’s contribution to a percent target in percent points of the base', () => {
    const a = season();
    const cb = targetIndex(a, 'cb-thanh-toan-dt');
    const tt = targetIndex(a, 'tt-thanh-toan-dt');
    const all = figuresFor(a, { from: null, to: null });
    const p01 = unitIndex(a, 'P01');
    expect(unitFigure(a, cb, p01, all[cb]!.byUnit[p01]!)).toEqual({ achieved: 18, target: 80, attainment: 0.225 });
    expect(unitFigure(a, tt, p01, all[tt]!.byUnit[p01]!)).toEqual({ achieved: 20, target: 100, attainment: 0.2 });
  });

  it('measures a unit on a percent target against its allocation as figure ÷ allocation', () => {
    const analysis = analyze(
      twoUnitWorkbook({
        'Phân bổ': [
          ['Mã đơn vị', 'Mã chỉ tiêu', 'Chỉ tiêu giao'],
          ['P01', 'epay', 2],
        ],
      }),
    );
    expect(answer(analysis, { target: 'epay', unit: 'P01' })).toMatchObject({
      achieved: 1,
      target: 2,
      attainment: 0.5,
    });
  });
});

describe('the campaign window', () => {
  it('comes from the periods when Settings gives none', () => {
    const a = season({ settings: null });
    expect(a.campaign.window).toEqual({ from: d23(11, 6), to: d23(6, 8) });
    expect(figure(a, 'cay-xanh', { from: null, to: null }).achieved).toBe(330);
  });

  it('from Settings may be wider than the periods: early entries count in the cumulative, not a period result', () => {
    const settings = [
      ['Tên chiến dịch', 'Kỳ nghỉ hồng 2023'],
      ['Ngày bắt đầu', '1/6/2023'],
      ['Ngày kết thúc', '31/8/2023'],
    ];
    const a = analyzeEntries(
      [entry('5/6/2023', 'P01', 'cay-xanh', 10, 'Trồng cây trước ra quân'), entry('12/6/2023', 'P01', 'cay-xanh', 40)],
      { settings },
    );
    expect(a.problems).toEqual([]);
    expect(a.campaign.window).toEqual({ from: d23(1, 6), to: d23(31, 8) });
    expect(inPeriod(a, 'cay-xanh', 'Đợt 1').achieved).toBe(40);
    expect(cumulative(a, 'cay-xanh', 'Đợt 1').achieved).toBe(50);
  });
});

describe('answer (ATTAINMENT, ACHIEVED, TARGET)', () => {
  it('answers to date without a period', () => {
    expect(answer(season(), { target: 'cay-xanh' })).toEqual({
      key: 'cay-xanh',
      target: 500,
      achieved: 330,
      attainment: 0.66,
      period: null,
      unit: null,
    });
  });

  it('gives the cumulative figure up to the period end with a period', () => {
    const a = season();
    expect(answer(a, { target: 'cay-xanh', period: 'Đợt 2' })).toMatchObject({ achieved: 300, attainment: 0.6 });
    expect(answer(a, { target: 'cay-xanh', period: 'dot 1' })).toMatchObject({ achieved: 125, period: 'Đợt 1' });
  });

  it('gives percent targets in percent points', () => {
    const a = season();
    expect(answer(a, { target: 'tt-thanh-toan-dt' })).toMatchObject({ target: 100, achieved: 80, attainment: 0.8 });
    expect(answer(a, { target: 'cb-thanh-toan-dt', period: 'Đợt 2' })).toMatchObject({
      target: 80,
      achieved: 50,
      attainment: 0.625,
    });
  });

  it('answers for a unit against its allocation', () => {
    const a = season();
    expect(answer(a, { target: 'cay-xanh', unit: 'p01' })).toEqual({
      key: 'cay-xanh',
      target: 100,
      achieved: 140,
      attainment: 1.4,
      period: null,
      unit: 'P01',
    });
    expect(answer(a, { target: 'qua', period: 'Đợt 1', unit: 'KYMDAN' })).toMatchObject({
      target: 20,
      achieved: 3,
      attainment: 0.15,
    });
    expect(answer(a, { target: 'cay-xanh', unit: 'Đoàn Phường 2' })).toMatchObject({
      unit: 'P02',
      target: 500,
      achieved: 60,
    });
  });

  it('finds a target by its label too', () => {
    expect(answer(season(), { target: 'trong moi cay xanh' }).key).toBe('cay-xanh');
  });

  it('keeps attainment = achieved ÷ target for every target, period and unit', () => {
    const a = season();
    const periods = [null, 'Đợt 1', 'Đợt 2', 'Đợt 3'];
    const units = [null, 'P01', 'P02', 'P03', 'BVQ11', 'KYMDAN'];
    let checked = 0;
    for (const t of a.campaign.targets)
      for (const p of periods)
        for (const u of units) {
          const r = answer(a, { target: t.key, period: p, unit: u });
          expect(r.attainment).toBeCloseTo(r.achieved / r.target, 9);
          checked++;
        }
    expect(checked).toBe(5 * 4 * 6);
  });

  it('refuses an unknown target, period or unit with a ChiTieuError listing what exists', () => {
    const a = season();
    const fail = (q: Parameters<typeof answer>[1]) => {
      try {
        answer(a, q);
      } catch (e) {
        return e;
      }
      throw new Error('no error');
    };
    const target = fail({ target: 'cay-xanh-moi' }) as ChiTieuError;
    expect(target).toBeInstanceOf(ChiTieuError);
    expect(target.code).toBe('unknown-target');
    expect(target.message).toBe(
      'Không có chỉ tiêu "cay-xanh-moi". Hãy dùng một mã trong tab Chỉ tiêu: cay-xanh, qua, duong, tt-thanh-toan-dt, cb-thanh-toan-dt.',
    );
    expect(target.text.en).toContain('No target "cay-xanh-moi"');
    const periodError = fail({ target: 'cay-xanh', period: 'Đợt 9' }) as ChiTieuError;
    expect(periodError.code).toBe('unknown-period');
    expect(periodError.text.vi).toContain('Đợt 1, Đợt 2, Đợt 3');
    const unit = fail({ target: 'cay-xanh', unit: 'P17' }) as ChiTieuError;
    expect(unit.code).toBe('unknown-unit');
    expect(unit.text.en).toBe('No unit "P17". Use a code from the Units tab: P01, P02, P03, BVQ11, KYMDAN.');
  });

  it('says when there is no period at all', () => {
    const a = analyzeEntries([], { periods: [] });
    expect(() => answer(a, { target: 'cay-xanh', period: 'Đợt 1' })).toThrow(/chưa có đợt nào/);
  });

  it('ignores the Allocation tab when there is none', () => {
    const a = analyzeEntries([entry('12/6/2023', 'P01', 'cay-xanh', 40)]);
    expect(workbook().sheets.some((s) => s.name === 'Phân bổ')).toBe(false);
    expect(answer(a, { target: 'cay-xanh', unit: 'P01' })).toMatchObject({ target: 500, attainment: 0.08 });
  });
});
