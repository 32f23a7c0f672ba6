// Loads an Apps Script bundle into node:vm: each entry point, trigger and custom-function call is a fresh execution.

import vm from 'node:vm';
import { parseA1 } from './a1';
import type { CustomFunctionHost } from './custom-functions';
import { displayText } from './display';
import { userOf } from './protection';
import { checkedArea, rangeOf } from './range';
import { copyOut, errorOut, type AuthModeName, type Realm } from './runtime';
import { spreadsheetOf } from './spreadsheet';
import type { World } from './world';

export interface EditOutcome {
  /** False when the bundle has no top-level onEdit. */
  triggered: boolean;
  /** What onEdit returned. */
  result: unknown;
  /** What onEdit threw (a simple trigger's error is logged, never shown), or undefined. */
  error: unknown;
  durationMs: number;
  /** Service calls made by onEdit (and the custom functions recomputed when it ended). */
  calls: number;
  /** Cells onEdit read (getValues, getNotes, getBackgrounds…), custom functions recomputed after it not included. */
  cellsRead: number;
}

export interface LoadedBundle {
  /** The bundle's top-level functions. */
  readonly functions: readonly string[];
  /** Calls a top-level function as a new execution in AuthMode.FULL (as google.script.run or a menu item does). */
  run(name: string, ...args: unknown[]): unknown;
  runAs(authMode: AuthModeName, name: string, ...args: unknown[]): unknown;
  /** The onOpen simple trigger: AuthMode.LIMITED by default, NONE for an add-on not yet used in this document. */
  open(authMode?: AuthModeName): unknown;
  /** onInstall, in AuthMode.FULL. */
  install(): unknown;
  /**
   * A user edit of one cell (scalar value, typed text as Sheets reads it) or of a block (2-D array, as a paste): the
   * value is written without counting calls, custom functions whose argument values changed are recomputed, then the
   * bundle's onEdit(e) runs as a simple trigger in AuthMode.LIMITED.
   */
  edit(sheetName: string, a1: string, value: unknown, options?: { authMode?: AuthModeName }): EditOutcome;
}

function errorMessage(error: unknown): string {
  if (error && typeof error === 'object' && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}

export function loadBundle(
  world: World,
  globals: Record<string, unknown>,
  code: string,
  filename: string,
): LoadedBundle & CustomFunctionHost {
  const { rt, book } = world;
  const script = new vm.Script(code, { filename });
  const injected = new Set(Object.keys(globals));

  const newContext = (): { context: Record<string, unknown>; realm: Realm } => {
    const context = vm.createContext({ ...globals }) as Record<string, unknown>;
    const realm = vm.runInContext('({ Array: Array, Object: Object, Date: Date, Error: Error })', context) as Realm;
    return { context, realm };
  };

  const execute = (
    kind: 'run' | 'trigger' | 'custom-function',
    mode: AuthModeName,
    name: string,
    args: unknown[],
    atEnd?: () => void,
  ) => {
    const { context, realm } = newContext();
    return rt.execute(kind, mode, realm, () => {
      try {
        script.runInContext(context);
        const fn = context[name] as (...a: unknown[]) => unknown;
        return copyOut(fn(...args.map((a) => rt.intoRealm(a))));
      } finally {
        atEnd?.();
      }
    });
  };

  const probe = newContext();
  rt.execute('run', 'FULL', probe.realm, () => script.runInContext(probe.context));
  const functions = Object.getOwnPropertyNames(probe.context).filter(
    (name) => !injected.has(name) && typeof probe.context[name] === 'function',
  );
  const byUpperName = new Map<string, string>();
  for (const name of functions) if (!name.endsWith('_')) byUpperName.set(name.toUpperCase(), name);

  const runAs = (authMode: AuthModeName, name: string, ...args: unknown[]): unknown => {
    if (!functions.includes(name)) throw new Error(`Script function not found: ${name}`);
    try {
      return execute('run', authMode, name, args);
    } catch (error) {
      throw errorOut(error);
    }
  };

  const trigger = (name: string, authMode: AuthModeName, event: Record<string, unknown>): unknown => {
    if (!functions.includes(name)) throw new Error(`Script function not found: ${name}`);
    try {
      return execute('trigger', authMode, name, [event]);
    } catch (error) {
      throw errorOut(error);
    }
  };

  const userEvent = (authMode: AuthModeName): Record<string, unknown> =>
    authMode === 'NONE'
      ? { authMode }
      : { authMode, source: spreadsheetOf(world), user: userOf(world, world.userEmail) };

  return {
    functions,
    run: (name, ...args) => runAs('FULL', name, ...args),
    runAs,
    open: (authMode = 'LIMITED') => trigger('onOpen', authMode, userEvent(authMode)),
    install: () => trigger('onInstall', 'FULL', userEvent('FULL')),

    edit(sheetName, a1, value, options = {}) {
      const sheet = book.byName(sheetName);
      if (!sheet) throw new Error(`edit: no sheet named "${sheetName}"`);
      const parsed = parseA1(a1, sheet.maxRows, sheet.maxColumns);
      if (!parsed) throw new Error(`edit: "${a1}" is not A1 notation`);
      const area = checkedArea(world, sheet, [parsed.row, parsed.col, parsed.numRows, parsed.numCols], 'edit');
      const single = area.numRows === 1 && area.numCols === 1;
      const shown = (v: unknown) =>
        displayText(v, sheet.format(area.row, area.col, 'numberFormat'), book.locale, book.offset);
      const oldValue = single ? sheet.value(area.row, area.col) : '';
      if (Array.isArray(value)) {
        if (
          value.length !== area.numRows ||
          value.some((line) => !Array.isArray(line) || line.length !== area.numCols)
        ) {
          throw new Error(`edit: the values do not fill ${a1}`);
        }
        value.forEach((line: unknown[], r) => line.forEach((v, c) => sheet.setInput(area.row + r, area.col + c, v)));
      } else {
        if (!single) throw new Error('edit: a single value is typed into a single cell');
        sheet.setInput(area.row, area.col, value);
      }
      book.listener.changed(sheet, area);
      world.recalc.settle();
      if (!functions.includes('onEdit'))
        return { triggered: false, result: undefined, error: undefined, durationMs: 0, calls: 0, cellsRead: 0 };

      // An add-on's simple trigger runs in AuthMode.NONE in a document where the add-on was installed but not yet
      // used, LIMITED otherwise; in NONE the event carries no source or user
      // (https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle).
      const authMode = options.authMode ?? 'LIMITED';
      const event: Record<string, unknown> =
        authMode === 'NONE'
          ? { authMode, range: rangeOf(world, sheet, area) }
          : {
              authMode,
              range: rangeOf(world, sheet, area),
              source: spreadsheetOf(world),
              user: userOf(world, world.userEmail),
            };
      if (single && !Array.isArray(value) && sheet.value(area.row, area.col) !== '') {
        event.value = shown(sheet.value(area.row, area.col));
      }
      if (single && oldValue !== '') event.oldValue = shown(oldValue);
      const callsBefore = rt.calls.total;
      const cellsBefore = rt.calls.cellsRead;
      const started = performance.now();
      let result: unknown;
      let error: unknown;
      let cellsRead = 0;
      try {
        result = execute('trigger', authMode, 'onEdit', [event], () => (cellsRead = rt.calls.cellsRead - cellsBefore));
      } catch (thrown) {
        error = errorOut(thrown);
      }
      return {
        triggered: true,
        result,
        error,
        durationMs: performance.now() - started,
        calls: rt.calls.total - callsBefore,
        cellsRead,
      };
    },

    resolve: (name) => byUpperName.get(name.toUpperCase()) ?? null,
    call(name, args) {
      try {
        return { value: execute('custom-function', 'CUSTOM_FUNCTION', name, args) };
      } catch (error) {
        return { error: errorMessage(error) };
      }
    },
  };
}
