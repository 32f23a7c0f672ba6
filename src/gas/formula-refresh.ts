// Makes Sheets recompute the add-on's formulas after a data change, so that a cut at any step leaves them working.

// Google's guide treats a custom function's result as a function of its arguments (they must be deterministic) and
// documents no rerun when data the function reads by itself changes
// (https://developers.google.com/apps-script/guides/sheets/functions). A cell whose formula text changes is a new
// formula, computed afresh. So after every data change the add-on changes the text of each of its formulas:
// it swaps each function's name between the canonical one and an alias that is the same function (main.ts exports
// both), through a third, passing name that is the same function too:
//   1. `ATTAINMENT(`          → `CHITIEU_TAM_ATTAINMENT(`  (the passing name)
//   2. `CHITIEU_ATTAINMENT(`  → `ATTAINMENT(`
//   3. `CHITIEU_TAM_ATTAINMENT(` → `CHITIEU_ATTAINMENT(`
// After a completed run every formula's text differs from what it was before the run (ATTAINMENT ↔
// CHITIEU_ATTAINMENT, and a passing name left by an earlier cut run becomes CHITIEU_ATTAINMENT), which is the change
// Google documents as making Sheets compute it again. Between any two replaces, every formula calls one of the three
// names, all real custom functions of the add-on: an execution cut anywhere leaves working formulas, at worst showing
// the figure they had, and the next completed run changes every one of them again.
// Each replace is one TextFinder.replaceAllWith over the formula text (one service call, whatever the sheet's size;
// https://developers.google.com/apps-script/reference/spreadsheet/text-finder). Replacements are plain text: the
// reference promises no back-references such as `$1`, so none is used. `\b` keeps `ATTAINMENT(` from matching
// inside `CHITIEU_ATTAINMENT(` (`_` is a word character).

/** The add-on's custom functions, as users type them. */
export const FORMULA_FUNCTIONS = ['ATTAINMENT', 'ACHIEVED', 'TARGET'] as const;
/** `CHITIEU_ATTAINMENT` and so on: the same functions under their alias (see main.ts). */
export const ALIAS_PREFIX = 'CHITIEU_';
/** `CHITIEU_TAM_ATTAINMENT`: the same functions under the passing name a swap goes through. */
export const PASSING_PREFIX = 'CHITIEU_TAM_';

// Concurrent refreshes (several secretaries typing at once) take turns, so each run's three steps change every
// formula. onEdit has 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions): after 10 s of
// waiting it goes ahead without the lock, which is still harmless (every state is a working formula), only not
// guaranteed by the documentation to end with a changed text for every formula.
const LOCK_WAIT_MS = 10_000;

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** One replace over formula text; where a protected tab refuses it, tab by tab, skipping the refusing ones. */
function replaceInFormulas(spreadsheet: Spreadsheet, pattern: string, replacement: string): number {
  const replace = (scope: Spreadsheet | GoogleAppsScript.Spreadsheet.Sheet) =>
    scope.createTextFinder(pattern).useRegularExpression(true).matchFormulaText(true).replaceAllWith(replacement);
  try {
    return replace(spreadsheet);
  } catch {
    // A protected tab the user may not edit (or an execution being cut): the other tabs still get their refresh;
    // formulas on the refusing tab keep their working name until someone allowed to edit it makes a change.
    let count = 0;
    for (const sheet of spreadsheet.getSheets()) {
      try {
        count += replace(sheet);
      } catch {
        // Left as it is: still a working formula.
      }
    }
    return count;
  }
}

/** Swaps every add-on formula's function name (see above); returns how many replacements were made. */
export function refreshFormulas(spreadsheet: Spreadsheet): number {
  let lock: GoogleAppsScript.Lock.Lock | null = null;
  try {
    lock = LockService.getDocumentLock();
    // Already held by this execution (addTargets writes under it): the caller releases it, not this step.
    if (lock.hasLock() || !lock.tryLock(LOCK_WAIT_MS)) lock = null;
  } catch {
    lock = null;
  }
  try {
    let changed = 0;
    for (const name of FORMULA_FUNCTIONS) {
      changed += replaceInFormulas(spreadsheet, `\\b${name}\\(`, `${PASSING_PREFIX}${name}(`);
      changed += replaceInFormulas(spreadsheet, `\\b${ALIAS_PREFIX}${name}\\(`, `${name}(`);
      changed += replaceInFormulas(spreadsheet, `\\b${PASSING_PREFIX}${name}\\(`, `${ALIAS_PREFIX}${name}(`);
    }
    return changed;
  } finally {
    if (lock) {
      try {
        lock.releaseLock();
      } catch {
        // The execution ends anyway, and Apps Script releases its locks then.
      }
    }
  }
}
