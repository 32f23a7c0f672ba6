// What every emulated object shares: the runtime, the workbook, the recalculation engine and the options.

import type { Recalc } from './custom-functions';
import type { BookModel } from './model';
import type { Runtime } from './runtime';

export interface World {
  rt: Runtime;
  book: BookModel;
  recalc: Recalc;
  /** Where createHtmlOutputFromFile finds `<name>.html`. */
  projectDir: string;
  /** The user running the current code (Session.getActiveUser); tests switch it with actAs. */
  userEmail: string;
  /** The spreadsheet's owner: always an editor of every protection. */
  ownerEmail: string;
  scriptTimeZone: string;
  addonName: string;
}
