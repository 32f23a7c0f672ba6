// The sidebar's typed promise wrapper around google.script.run: it imports only the server's types.

import type * as ServerEntryPoints from '../gas/main';
import { TEXT } from './messages';

type EntryPoints = typeof ServerEntryPoints;

/** The server functions the sidebar calls (add a name here when a panel needs another one). */
const SIDEBAR_CALLS = [
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
] as const;
type SidebarCall = (typeof SIDEBAR_CALLS)[number];

/** Each entry point as a function that returns a promise of what the server function returns. */
export type ServerApi = {
  [K in SidebarCall]: (...args: Parameters<EntryPoints[K]>) => Promise<ReturnType<EntryPoints[K]>>;
};

/** The part of HtmlService's client API we use (google.script.run in the sidebar's iframe). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [name: string]: unknown;
}

function scriptRunner(): ScriptRunner {
  const google = (globalThis as { google?: { script?: { run?: ScriptRunner } } }).google;
  const run = google?.script?.run;
  if (!run) throw new Error(TEXT.noConnection);
  return run;
}

function call<K extends SidebarCall>(name: K): ServerApi[K] {
  const invoke = (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      const runner = scriptRunner().withSuccessHandler(resolve).withFailureHandler(reject);
      (runner[name] as (...a: unknown[]) => void)(...args);
    });
  return invoke as ServerApi[K];
}

/** Builds the wrapper; call once when the sidebar starts. */
export function createServer(): ServerApi {
  const api = {} as Record<SidebarCall, unknown>;
  for (const name of SIDEBAR_CALLS) api[name] = call(name);
  return api as ServerApi;
}

/** The message of whatever a failure handler received, for showing to the user. */
export function errorMessage(error: unknown): string {
  const message = typeof error === 'string' ? error : (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message ? message : TEXT.unknownError;
}
