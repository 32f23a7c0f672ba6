// The sidebar's promise wrapper (src/sidebar/server.ts): typed after the server's entry points, driving google.script.run.

import type { ReportResult, SidebarData } from '../../src/gas/sidebar-types';
import { createServer, errorMessage, type ServerApi } from '../../src/sidebar/server';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
// Compile-time: the wrapper's signatures follow src/gas/main.ts (a change there breaks the type check here).
const signatures: [
  Equal<ServerApi['getSidebarData'], () => Promise<SidebarData>>,
  Equal<ServerApi['generateReport'], (periodName: string) => Promise<ReportResult>>,
  Equal<ServerApi['selectCell'], (tab: string, row: number, column: string) => Promise<void>>,
] = [true, true, true];

type Handler = (value: unknown) => void;

/** google.script.run as HtmlService gives it: handlers set on copies, then a call by name. */
function fakeRun(answer: (name: string, args: unknown[]) => { value: unknown } | { error: Error }) {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (ok: Handler | null, fail: Handler | null): Record<string, unknown> => {
    const run: Record<string, unknown> = {
      withSuccessHandler: (h: Handler) => runner(h, fail),
      withFailureHandler: (h: Handler) => runner(ok, h),
    };
    for (const name of ['getSidebarData', 'validateEntries', 'generateReport', 'selectCell']) {
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
    expect(signatures).toEqual([true, true, true]);
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
