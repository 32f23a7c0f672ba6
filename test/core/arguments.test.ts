// The Apps Script bundle's hand-written argument checks accept exactly what the zod schemas (the specification) accept.

import fc from 'fast-check';
import { checkQueryArgs, checkTargetRows } from '../../src/core/arguments';
import { queryArgs, targetRows } from '../../src/core/schemas';

const scalar = fc.oneof(
  fc.string(),
  fc.constantFrom('', '  ', ' cay-xanh ', 'Đợt 1', 'P01'),
  fc.double(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.constant(Number.NaN),
  fc.constant(Infinity),
  fc.date(),
  fc.array(fc.string(), { maxLength: 2 }),
);

const row = fc.record(
  {
    key: fc.oneof(fc.string({ maxLength: 120 }), fc.constantFrom('cay-xanh', '  ', ' qua '), scalar),
    label: fc.oneof(fc.string({ maxLength: 1100 }), scalar),
    unit: fc.oneof(fc.constantFrom('cây', 'lượt', ''), scalar),
    target: fc.oneof(fc.double(), fc.integer({ min: -5, max: 5000 }), scalar),
    kind: fc.oneof(fc.constantFrom('count', 'percent', 'tỷ lệ'), scalar),
    group: fc.oneof(fc.constantFrom('Chỉ tiêu chung', undefined), fc.string({ maxLength: 210 }), scalar),
  },
  { requiredKeys: [] },
);

describe('argument checks of the Apps Script bundle', () => {
  it('custom-function arguments: same verdict and data as the zod schema', () => {
    fc.assert(
      fc.property(scalar, scalar, scalar, (target, period, unit) => {
        const mine = checkQueryArgs({ target, period, unit });
        const spec = queryArgs().safeParse({ target, period, unit });
        expect(mine.success).toBe(spec.success);
        if (mine.success && spec.success) expect(mine.data).toEqual(spec.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('confirmed Targets rows: same verdict and data as the zod schema', () => {
    fc.assert(
      fc.property(fc.oneof(fc.array(row, { maxLength: 4 }), scalar), (rows) => {
        const mine = checkTargetRows(rows);
        const spec = targetRows().safeParse(rows);
        expect(mine.success).toBe(spec.success);
        if (mine.success && spec.success) expect(mine.data).toEqual(spec.data);
      }),
      { numRuns: 3000 },
    );
  });

  it('takes realistic rows and refuses a row without a positive target', () => {
    const good = [{ key: ' cay-xanh ', label: 'Trồng mới cây xanh', unit: 'cây', target: 500, kind: 'count' }];
    expect(checkTargetRows(good)).toEqual({ success: true, data: [{ ...good[0], key: 'cay-xanh' }] });
    expect(checkTargetRows([{ ...good[0], target: 0 }]).success).toBe(false);
    expect(checkTargetRows(new Array(501).fill(good[0])).success).toBe(false);
    expect(checkQueryArgs({ target: '  ', period: '', unit: '' }).success).toBe(false);
  });
});
