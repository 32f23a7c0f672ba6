// The sidebar's promise wrapper (src/sidebar/server.ts): typed after the server's entry points, driving google.script.run.

import type { AddTargetsResult, PlanProposal, ProposedTarget } from '../../src/gas/plan-import';
import type { ReportResult, SidebarData } from '../../src/gas/sidebar-types';
import type { TemplateResult } from '../../src/gas/template-setup';
import { createServer, errorMessage, type ServerApi } from '../../src/sidebar/server';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// Compile-time: the wrapper's signatures follow src/gas/main.ts (a change there breaks the type check here).
const signatures: [
  Equal<ServerApi['getSidebarData'], () => Promise<SidebarData>>,
  Equal<ServerApi['generateReport'], (periodName: string) => Promise<ReportResult>>,
  Equal<ServerApi['selectCell'], (tab: string, row: number, column: string) => Promise<void>>,
  Equal<ServerApi['setUpTemplate'], () => Promise<TemplateResult>>,
  Equal<ServerApi['importPlan'], (text: string) => Promise<PlanProposal>>,
  Equal<ServerApi['addTargets'], (rows: ProposedTarget[]) => Promise<AddTargetsResult>>,
] = [true, true, true, true, true, true];

type Handler = (value: unknown) => void;

const SERVER_CALLS = [
  'getSidebarData',
  'validateEntries',
  'generateReport',
  'getReportDocument',
  'getDocxRenderer',
  'selectCell',
  'setUpTemplate',
  'importPlan',
  'addTargets',
  'getPeriodStatus',
  'closePeriod',
  'reopenPeriod',
  'refreshLowerLevels',
];

/** google.script.run as HtmlService gives it: handlers set on copies, then a call by name. */
function fakeRun(answer: (name: string, args: unknown[]) => { value: unknown } | { error: Error }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (ok: Handler | null, fail: Handler | null): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (h: Handler) => runner(h, fail),
      withFailureHandler: (h: Handler) => runner(ok, h),
    };
    for (const name of SERVER_CALLS) {
      run[name] = (...args: unknown[]) => {
        calls.push({ name, args });
        const result = answer(name, args);
        setTimeout(() => ('error' in result ? fail?.(result.error) : ok?.(result.value)), 0);
      };
    }
    return run;
  };
  return { run: runner(null, null), calls };
}

const globals = globalThis as { google?: unknown };

afterEach(() => {
  delete globals.google;
});

describe('createServer', () => {
  it('has the signatures of the server entry points', () => {
    expect(signatures).toEqual([true, true, true, true, true, true]);
  });

  it('has a function for each server call the sidebar makes, and no other', () => {
    globals.google = { script: { run: fakeRun(() => ({ value: null })).run } };
    expect(Object.keys(createServer()).sort()).toEqual([...SERVER_CALLS].sort());
  });

  it('passes the plan text and the confirmed rows through unchanged', async () => {
    const fake = fakeRun((name) => ({ value: name === 'addTargets' ? { added: 1, skipped: [] } : { targets: [] } }));
    globals.google = { script: { run: fake.run } };
    const server = createServer();
    const row: ProposedTarget = {
      key: 'trong-moi-cay-xanh',
      label: 'Trồng mới cây xanh',
      unit: 'cây',
      target: 500,
      kind: 'count',
      group: 'Chỉ tiêu chung',
      line: 3,
      exists: false,
    };
    await expect(server.importPlan('- Trồng mới 500 cây xanh;')).resolves.toEqual({ targets: [] });
    await expect(server.addTargets([row])).resolves.toEqual({ added: 1, skipped: [] });
    expect(fake.calls).toEqual([
      { name: 'importPlan', args: ['- Trồng mới 500 cây xanh;'] },
      { name: 'addTargets', args: [[row]] },
    ]);
  });

  it('resolves with what the server function returned', async () => {
    const fake = fakeRun((name, args) => ({ value: { tab: `Báo cáo – ${args[0]}`, name } }));
    globals.google = { script: { run: fake.run } };
    const server = createServer();
    await expect(server.generateReport('Đợt 2')).resolves.toEqual({ tab: 'Báo cáo – Đợt 2', name: 'generateReport' });
    await server.selectCell('Kết quả', 12, 'Số lượng');
    expect(fake.calls).toEqual([
      { name: 'generateReport', args: ['Đợt 2'] },
      { name: 'selectCell', args: ['Kết quả', 12, 'Số lượng'] },
    ]);
  });

  it("rejects with the failure handler's Error", async () => {
    const fake = fakeRun(() => ({ error: new Error('Không tìm thấy đợt "Đợt 9".') }));
    globals.google = { script: { run: fake.run } };
    await expect(createServer().generateReport('Đợt 9')).rejects.toThrow('Không tìm thấy đợt "Đợt 9".');
  });

  it('rejects with a Vietnamese message outside Google Sheets (no google.script.run)', async () => {
    await expect(createServer().getSidebarData()).rejects.toThrow('Không kết nối được với Google Sheets');
  });
});

describe('errorMessage', () => {
  it.each([
    [new Error('Hãy chọn một đợt báo cáo.'), 'Hãy chọn một đợt báo cáo.'],
    [{ message: 'Lỗi máy chủ' }, 'Lỗi máy chủ'],
    ['Hết thời gian chờ', 'Hết thời gian chờ'],
    [new Error(''), 'Đã xảy ra lỗi không xác định. Hãy thử lại.'],
    [null, 'Đã xảy ra lỗi không xác định. Hãy thử lại.'],
    [undefined, 'Đã xảy ra lỗi không xác định. Hãy thử lại.'],
  ])('%p → %p', (error, message) => {
    expect(errorMessage(error)).toBe(message);
  });
});
