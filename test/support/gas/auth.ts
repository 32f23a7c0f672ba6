// What each AuthMode may call, after Google's authorization lifecycle and custom-function documentation.

import type { AuthModeName } from './runtime';

export const AUTH_MODES = ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL'] as const;

/** Objects of the bound spreadsheet: no access in NONE, read-only in CUSTOM_FUNCTION. */
const SPREADSHEET_DATA = new Set(['Spreadsheet', 'Sheet', 'Range', 'TextFinder', 'Protection', 'EmbeddedChart']);
/** Builders and value objects: they touch nothing until applied. */
const BUILDERS = new Set([
  'DataValidationBuilder',
  'DataValidation',
  'EmbeddedChartBuilder',
  'ChartOptions',
  'ContainerInfo',
]);
const NEEDS_AUTHORISATION = new Set(['CacheService', 'PropertiesService', 'LockService']);
const SPREADSHEET_ENTRY = new Set(['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange']);
const SHOWS_HTML = new Set(['showSidebar', 'showModalDialog', 'showModelessDialog']);
/** Members of the spreadsheet objects that only read or configure a search. */
const READS = /^(get|is|has|can)[A-Z]/;
const READ_MEMBERS = new Set([
  'createTextFinder',
  'findAll',
  'findNext',
  'findPrevious',
  'matchCase',
  'matchEntireCell',
  'matchFormulaText',
  'useRegularExpression',
  'ignoreDiacritics',
  'offset',
  'newChart',
]);

const CONTAINER_UI = 'https://www.googleapis.com/auth/script.container.ui';
const CURRENT_ONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

function isRead(member: string): boolean {
  return READS.test(member) || READ_MEMBERS.has(member);
}

/** The message Apps Script gives when `className.member` may not run in mode, or null when it may. */
export function permissionDenied(mode: AuthModeName, className: string, member: string): string | null {
  if (mode === 'FULL' || BUILDERS.has(className)) return null;
  const qualified = `${className}.${member}`;
  if (mode === 'CUSTOM_FUNCTION') {
    // Custom functions: Spreadsheet service read-only, no user interface.
    if (SPREADSHEET_DATA.has(className) && !isRead(member)) return `You do not have permission to call ${member}`;
    if (className === 'SpreadsheetApp' && member === 'getUi') return `You do not have permission to call ${member}`;
    if (className === 'Ui' || className === 'Menu') return `You do not have permission to call ${member}`;
    return null;
  }
  if (className === 'Ui' && SHOWS_HTML.has(member)) {
    return `You do not have permission to call ${qualified}. Required permissions: ${CONTAINER_UI}`;
  }
  if (mode === 'NONE') {
    if (className === 'SpreadsheetApp' && SPREADSHEET_ENTRY.has(member)) {
      return `You do not have permission to call ${qualified}. Required permissions: ${CURRENT_ONLY}`;
    }
    if (SPREADSHEET_DATA.has(className) || NEEDS_AUTHORISATION.has(className)) {
      return `You do not have permission to call ${qualified}`;
    }
  }
  return null;
}
