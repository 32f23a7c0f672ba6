// What follows every change the add-on itself makes to a source tab (onEdit does not fire for script writes).

import { bumpDataVersion } from './data-version';
import { refreshFormulas } from './formula-refresh';

/** A new data version (so cached answers are stale) and fresh custom-function formulas. */
export function sourceChanged(): void {
  bumpDataVersion();
  refreshFormulas(SpreadsheetApp.getActiveSpreadsheet());
}
