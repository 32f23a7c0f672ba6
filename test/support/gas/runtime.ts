// The emulation's shared state: executions and their auth mode, the call counter, the virtual clock and what the add-on showed.

import { permissionDenied } from './auth';
import { isServiceObject } from './strict';

export type AuthModeName = 'NONE' | 'CUSTOM_FUNCTION' | 'LIMITED' | 'FULL';
export type LockScope = 'document' | 'script' | 'user';

/** The intrinsics of one vm context, so values handed to the bundle pass its `instanceof` checks. */
export interface Realm {
  Array: ArrayConstructor;
  Object: ObjectConstructor;
  Date: DateConstructor;
  Error: ErrorConstructor;
}

export interface Execution {
  id: number;
  kind: 'run' | 'trigger' | 'custom-function' | 'test';
  authMode: AuthModeName;
  realm: Realm | null;
  cut?: CutState;
}

export interface Toast {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}
export interface RecordedMenuItem {
  caption: string;
  functionName: string;
  separator?: boolean;
  submenu?: RecordedMenu;
}
export interface RecordedMenu {
  title: string;
  addon: boolean;
  items: RecordedMenuItem[];
}
export interface RecordedHtml {
  title: string;
  content: string;
  width: number | null;
  height: number | null;
}
export interface RecordedAlert {
  title: string;
  message: string;
  buttons: string;
  response: string;
}
export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error' | 'Logger';
  message: string;
}

/** Counts every call of an emulated member, by `Class.member`. */
export class CallCounter {
  total = 0;
  byMember: Record<string, number> = {};
  /** Cells handed to the script by reads (getValues, getNotes, getBackgrounds…): what an edit's cost grows with. */
  cellsRead = 0;

  count(member: string): void {
    this.total++;
    this.byMember[member] = (this.byMember[member] ?? 0) + 1;
  }

  read(cells: number): void {
    this.cellsRead += cells;
  }

  reset(): void {
    this.total = 0;
    this.byMember = {};
    this.cellsRead = 0;
  }
}

/**
 * An execution cut short at its n-th service call, as a quota error, a server error or the time limit does (simple
 * triggers get 30 s: https://developers.google.com/apps-script/guides/triggers#restrictions). The n-th call throws,
 * and so does every later call of that execution: the script may catch the error, but it cannot reach the
 * spreadsheet again (an execution killed by its time limit runs no more code at all; this is the closest a
 * catchable emulation gets).
 */
export interface Cut {
  readonly nth: number;
  /** Whether the cut execution reached its n-th call (false: it made fewer calls and ran to its end). */
  readonly fired: boolean;
  /** Service calls the cut execution made (or tried). */
  readonly callsMade: number;
}

class CutState implements Cut {
  fired = false;
  callsMade = 0;
  execution: number | null = null;
  constructor(
    readonly nth: number,
    readonly message: string,
  ) {}
}

interface Failure {
  member: string;
  remaining: number;
  message: string;
  /** Instead of failing, something that happens at that moment (a person's edit while the script runs). */
  action?: () => void;
}

export class Runtime {
  readonly calls = new CallCounter();
  readonly toasts: Toast[] = [];
  readonly menus: RecordedMenu[] = [];
  readonly sidebars: RecordedHtml[] = [];
  readonly dialogs: RecordedHtml[] = [];
  readonly alerts: RecordedAlert[] = [];
  readonly logs: LogEntry[] = [];
  readonly alertResponses: string[] = [];
  /** Which execution holds each lock. */
  readonly locks = new Map<LockScope, number>();
  defaultAuthMode: AuthModeName = 'FULL';
  /** Called whenever no execution is running any more (the recalculation engine settles there). */
  onIdle: () => void = () => undefined;

  private readonly stack: Execution[] = [];
  private nextExecutionId = 1;
  private clockOffsetMs = 0;
  private failures: Failure[] = [];
  private armedCut: CutState | null = null;

  constructor(private readonly scriptTimeZone: string) {}

  /** The next execution started by a script run, a trigger or a test (not a custom function) is cut at its nth call. */
  cutNextExecution(nth: number, message: string): Cut {
    if (!Number.isInteger(nth) || nth < 1) throw new Error(`cut: nth must be a positive integer, got ${nth}`);
    this.armedCut = new CutState(nth, message);
    return this.armedCut;
  }

  get current(): Execution | undefined {
    return this.stack[this.stack.length - 1];
  }

  get authMode(): AuthModeName {
    return this.current?.authMode ?? this.defaultAuthMode;
  }

  /** 0 stands for the test itself, acting outside any execution. */
  get executionId(): number {
    return this.current?.id ?? 0;
  }

  get idle(): boolean {
    return this.stack.length === 0;
  }

  newExecutionId(): number {
    return this.nextExecutionId++;
  }

  now(): number {
    return Date.now() + this.clockOffsetMs;
  }

  advance(ms: number): void {
    if (ms > 0) this.clockOffsetMs += ms;
  }

  /**
   * Runs fn as one Apps Script execution: its own id and auth mode, the script's time zone, and every lock it
   * still holds released when it ends (as Apps Script does when a script finishes).
   */
  execute<T>(kind: Execution['kind'], authMode: AuthModeName, realm: Realm | null, fn: () => T): T {
    const execution: Execution = { id: this.newExecutionId(), kind, authMode, realm };
    if (this.armedCut && kind !== 'custom-function') {
      execution.cut = this.armedCut;
      this.armedCut.execution = execution.id;
      this.armedCut = null;
    }
    const previousTz = process.env.TZ;
    process.env.TZ = this.scriptTimeZone;
    this.stack.push(execution);
    try {
      return fn();
    } finally {
      this.stack.pop();
      for (const [scope, holder] of [...this.locks]) if (holder === execution.id) this.locks.delete(scope);
      if (previousTz === undefined) delete process.env.TZ;
      else process.env.TZ = previousTz;
      if (this.idle) this.onIdle();
    }
  }

  /** An error as Apps Script throws it (`Exception: …`), made in the calling execution's realm. */
  error(message: string, name = 'Exception'): Error {
    const ErrorInRealm = this.current?.realm?.Error ?? Error;
    const error = new ErrorInRealm(message);
    error.name = name;
    return error;
  }

  failOn(member: string, nth: number, message: string, action?: () => void): void {
    this.failures.push({ member, remaining: nth, message, action });
  }

  /** Counting, injected failures and the auth-mode rules, before every emulated call. */
  beforeCall(className: string, member: string, counted: boolean): void {
    const name = `${className}.${member}`;
    if (counted) this.calls.count(name);
    const cut = this.current?.cut;
    if (cut && counted) {
      cut.callsMade++;
      if (cut.callsMade >= cut.nth) {
        cut.fired = true;
        throw this.error(cut.message);
      }
    }
    for (const failure of this.failures) {
      if (failure.member !== name || --failure.remaining > 0) continue;
      this.failures = this.failures.filter((f) => f !== failure);
      if (failure.action) {
        failure.action();
        break;
      }
      throw this.error(failure.message);
    }
    const denied = permissionDenied(this.authMode, className, member);
    if (denied) throw this.error(denied);
  }

  afterCall(): void {
    if (this.idle) this.onIdle();
  }

  /** Copies arrays, dates and plain objects into the current execution's realm; service objects pass as they are. */
  intoRealm<T>(value: T): T {
    const realm = this.current?.realm;
    return realm ? (copyInto(value, realm) as T) : value;
  }
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function copyInto(value: unknown, realm: Realm): unknown {
  if (value === null || typeof value !== 'object' || isServiceObject(value)) return value;
  if (Array.isArray(value)) {
    const out = new realm.Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyInto(value[i], realm);
    return out;
  }
  if (isDate(value)) return new realm.Date(value.getTime());
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copyInto(value[key], realm);
    return out;
  }
  return value;
}

/** Copies what a bundle returned (arrays, dates, plain objects of its realm) into this realm, for the test. */
export function copyOut(value: unknown): unknown {
  if (value === null || typeof value !== 'object' || isServiceObject(value)) return value;
  if (Array.isArray(value)) return value.map(copyOut);
  if (isDate(value)) return new Date(value.getTime());
  if (isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = copyOut(value[key]);
    return out;
  }
  return value;
}

/** An error thrown inside a bundle's realm, as an Error of this realm (message, name, stack and own fields kept). */
export function errorOut(error: unknown): unknown {
  if (error instanceof Error || error === null || typeof error !== 'object' || !('message' in error)) return error;
  const source = error as Error & Record<string, unknown>;
  const out = new Error(String(source.message)) as Error & Record<string, unknown>;
  for (const key of Object.keys(source)) out[key] = copyOut(source[key]);
  out.name = source.name;
  if (source.stack) out.stack = source.stack;
  return out;
}
