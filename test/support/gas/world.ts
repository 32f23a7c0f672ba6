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
  userEmail: string;
  scriptTimeZone: string;
  addonName: string;
}
