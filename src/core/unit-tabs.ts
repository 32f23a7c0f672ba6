// Which units still need their own Entries tab, and who may edit each (issue 15: one tab per unit). No I/O here.

import type { Unit } from './campaign';
import { UNIT_TAB } from '../messages';
import { entryTabSuffix, unitTabName } from './entry-tabs';

/** One unit tab to create (or to finish, when an earlier run was cut). */
export interface UnitTabPlan {
  code: string;
  /** The final name, `Kết quả – <code>`. */
  name: string;
  /** The name it carries while being built: never an Entries tab's name, so a half-built tab is never read. */
  pendingName: string;
  /** The unit's addresses that look like e-mail addresses (empty: warning-only protection). */
  emails: string[];
  /** What the Email cell held that is not an address (named in the result so the board can fix it). */
  invalid: string[];
}

// Sheets refuses a protection editor that is not an address; a typo would stop the run half-way, so check first.
const EMAIL = /^[^\s@;,<>()]+@[^\s@;,<>()]+\.[^\s@;,<>()]+$/;

/** The addresses in a Units `Email` cell: several separated by `;` or `,` (spaces and new lines allowed). */
export function splitEmails(cell: string): { emails: string[]; invalid: string[] } {
  const emails: string[] = [];
  const invalid: string[] = [];
  for (const part of cell.split(/[;,\n]/)) {
    const text = part.trim();
    if (!text) continue;
    if (!EMAIL.test(text)) invalid.push(text);
    else if (!emails.some((e) => e.toLowerCase() === text.toLowerCase())) emails.push(text);
  }
  return { emails, invalid };
}

/** The name a unit's tab carries while it is being built. */
export function pendingUnitTabName(code: string): string {
  return UNIT_TAB.say('vi', 'pendingName', { code });
}

/**
 * The units without an Entries tab of their own (any tab whose name reads as theirs, `Kết quả - p01` included),
 * in Units order. A unit that already has one is left out: an existing tab is never touched.
 */
export function planUnitTabs(units: Unit[], tabNames: string[]): { plans: UnitTabPlan[]; existing: string[] } {
  const owned = new Set(tabNames.map(entryTabSuffix).filter((s): s is string => Boolean(s)));
  const plans: UnitTabPlan[] = [];
  const existing: string[] = [];
  for (const unit of units) {
    if (owned.has(unit.id)) {
      existing.push(unit.code);
      continue;
    }
    plans.push({
      code: unit.code,
      name: unitTabName(unit.code),
      pendingName: pendingUnitTabName(unit.code),
      ...splitEmails(unit.email),
    });
  }
  return { plans, existing };
}
