// Makes Sheets recompute the add-on's own formulas: it reruns a custom function only when its formula text changes.

const OUR_FUNCTIONS = '(ATTAINMENT|ACHIEVED|TARGET)';
const PARKED = 'CHITIEU_REFRESH_';

/**
 * Two spreadsheet-wide TextFinder replaces (two service calls whatever the sheet size): park every call of our
 * functions under a temporary name, then restore it. The restore changes the formula text, so Sheets reruns them.
 */
export function refreshFormulas(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): number {
  const parked = spreadsheet
    .createTextFinder(`\\b${OUR_FUNCTIONS}\\(`)
    .useRegularExpression(true)
    .matchFormulaText(true)
    .replaceAllWith(`${PARKED}$1(`);
  if (parked === 0) return 0;
  spreadsheet
    .createTextFinder(`${PARKED}${OUR_FUNCTIONS}\\(`)
    .useRegularExpression(true)
    .matchFormulaText(true)
    .replaceAllWith('$1(');
  return parked;
}
