// The add-on's marks: a user's own note or colour survives marking and clearing; only our marks are removed.

import type { Problem } from '../../src/core';
import { applyMarks, MARK_COLOURS, MARK_PREFIX } from '../../src/gas/marks';

const problem = (row: number, severity: 'error' | 'warning', message: string): Problem => ({
  tab: 'Kết quả',
  row,
  column: 'Số lượng',
  code: severity === 'error' ? 'bad-number' : 'missing-evidence',
  severity,
  message,
  messageEn: message,
});

describe('applyMarks', () => {
  const white = '#ffffff';

  it('notes and colours the problem cells and leaves the others as they were', () => {
    const grid = {
      notes: [
        ['', ''],
        ['', 'Ghi chú của bí thư: chờ ảnh'],
      ],
      backgrounds: [
        [white, white],
        [white, '#00ff00'],
      ],
    };
    const out = applyMarks(grid, 5, [
      { problem: problem(5, 'error', '"abc" không phải là số.'), column: 1 },
      { problem: problem(6, 'warning', 'Chưa có minh chứng.'), column: 1 },
    ]);
    expect(out.notes[0]![1]).toBe(`${MARK_PREFIX}"abc" không phải là số.`);
    expect(out.backgrounds[0]![1]).toBe(MARK_COLOURS.error);
    // The user's note stays under ours, and the colour they chose is kept.
    expect(out.notes[1]![1]).toBe(`${MARK_PREFIX}Chưa có minh chứng.\n———\nGhi chú của bí thư: chờ ảnh`);
    expect(out.backgrounds[1]![1]).toBe('#00ff00');
    expect(out.notes[0]![0]).toBe('');
    expect(out.marked).toBe(2);
  });

  it('clears only its own marks and gives the user back their note', () => {
    const marked = applyMarks({ notes: [['Của tôi', '']], backgrounds: [[white, white]] }, 2, [
      { problem: problem(2, 'error', 'Lỗi A'), column: 0 },
      { problem: problem(2, 'error', 'Lỗi B'), column: 1 },
    ]);
    const userColoured = { notes: marked.notes, backgrounds: [[marked.backgrounds[0]![0]!, '#cfe2f3']] };
    const cleared = applyMarks(userColoured, 2, []);
    expect(cleared.notes).toEqual([['Của tôi', '']]);
    // Our colour is reset (null: no colour of the cell's own); a colour the user set afterwards is theirs.
    expect(cleared.backgrounds).toEqual([[null, '#cfe2f3']]);
    expect(cleared.cleared).toBe(2);
  });

  it('writes null, never white, on cells it does not colour, so alternating colours (banding) show through', () => {
    const out = applyMarks(
      {
        notes: [
          ['', '', ''],
          ['', '', ''],
        ],
        backgrounds: [
          [white, white, '#d9ead3'],
          ['#FFFFFF', white, white],
        ],
      },
      2,
      [{ problem: problem(2, 'error', 'Lỗi'), column: 1 }],
    );
    expect(out.backgrounds).toEqual([
      [null, MARK_COLOURS.error, '#d9ead3'],
      [null, null, null],
    ]);
  });

  it('never treats a user note that merely mentions the add-on as a mark', () => {
    const out = applyMarks({ notes: [['Chỉ Tiêu: nhớ nhập']], backgrounds: [[MARK_COLOURS.error]] }, 2, []);
    expect(out.notes[0]![0]).toBe('Chỉ Tiêu: nhớ nhập');
    expect(out.backgrounds[0]![0]).toBe(MARK_COLOURS.error);
    expect(out.cleared).toBe(0);
  });
});
