// Session, ScriptApp.AuthMode, Logger and console: the script's time zone and user, and recorded logs.

import { format } from 'node:util';
import { AUTH_MODES } from './auth';
import { userOf } from './protection';
import type { Runtime } from './runtime';
import { strict, strictEnum } from './strict';
import type { World } from './world';

class SessionImpl {
  constructor(private readonly world: World) {}

  getScriptTimeZone(): string {
    return this.world.scriptTimeZone;
  }
  getActiveUser(): unknown {
    return userOf(this.world, this.world.userEmail);
  }
  getEffectiveUser(): unknown {
    return userOf(this.world, this.world.userEmail);
  }
  getActiveUserLocale(): string {
    return this.world.book.locale.split('_')[0]!;
  }
}

export function createSession(world: World): GoogleAppsScript.Base.Session {
  return strict(world.rt, 'Session', new SessionImpl(world));
}

class ScriptAppImpl {}

/** Only the AuthMode enum (Apps Script keeps it on ScriptApp, not on SpreadsheetApp). */
export function createScriptApp(rt: Runtime): GoogleAppsScript.Script.ScriptApp {
  return strict(rt, 'ScriptApp', new ScriptAppImpl(), {
    enums: { AuthMode: strictEnum(rt, 'ScriptApp.AuthMode', AUTH_MODES) },
  });
}

class LoggerImpl {
  constructor(private readonly rt: Runtime) {}

  /** Logger.log(data) or Logger.log(format, values…) with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): LoggerImpl {
    this.rt.logs.push({ level: 'Logger', message: values.length ? format(String(data), ...values) : String(data) });
    return this;
  }
  getLog(): string {
    return this.rt.logs
      .filter((l) => l.level === 'Logger')
      .map((l) => l.message)
      .join('\n');
  }
  clear(): void {
    this.rt.logs.splice(0, this.rt.logs.length, ...this.rt.logs.filter((l) => l.level !== 'Logger'));
  }
}

export function createLogger(rt: Runtime): GoogleAppsScript.Base.Logger {
  return strict(rt, 'Logger', new LoggerImpl(rt));
}

class ConsoleImpl {
  constructor(private readonly rt: Runtime) {}

  private _record(level: 'log' | 'info' | 'warn' | 'error', args: unknown[]): void {
    this.rt.logs.push({ level, message: format(...args) });
  }
  log(...args: unknown[]): void {
    this._record('log', args);
  }
  info(...args: unknown[]): void {
    this._record('info', args);
  }
  warn(...args: unknown[]): void {
    this._record('warn', args);
  }
  error(...args: unknown[]): void {
    this._record('error', args);
  }
  time(label?: string): void {
    void label;
  }
  timeEnd(label?: string): void {
    void label;
  }
}

/** Apps Script's console (Cloud Logging): recorded, not counted as service calls. */
export function createConsole(rt: Runtime): Console {
  return strict(rt, 'console', new ConsoleImpl(rt), { counted: false });
}
