// Protection of a sheet or a range: description, warning-only, editors; removal.

import { intersects, type Area } from './a1';
import type { SheetModel } from './model';
import { strict } from './strict';
import type { World } from './world';

export type ProtectionType = 'SHEET' | 'RANGE';

export class ProtectionImpl {
  description = '';
  warningOnly = false;
  domainEdit = false;
  removed = false;
  editors: string[];

  constructor(
    private readonly world: World,
    readonly sheet: SheetModel,
    readonly type: ProtectionType,
    readonly area: Area | null,
  ) {
    this.editors = [world.userEmail, ...world.sharedEditors.filter((e) => e !== world.userEmail)];
  }

  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.warningOnly = Boolean(warningOnly);
    return this;
  }
  isWarningOnly(): boolean {
    return this.warningOnly;
  }
  setDescription(description: string): ProtectionImpl {
    this.description = String(description);
    return this;
  }
  getDescription(): string {
    return this.description;
  }
  getProtectionType(): ProtectionType {
    return this.type;
  }
  getRange(): unknown {
    const area = this.area ?? { row: 1, col: 1, numRows: this.sheet.maxRows, numCols: this.sheet.maxColumns };
    return this.world.make.range(this.sheet, area);
  }
  /** Whether the current user may edit what this protects: the owner and the listed editors may. */
  canEdit(): boolean {
    return this.world.userEmail === this.world.ownerEmail || this.editors.includes(this.world.userEmail);
  }
  canDomainEdit(): boolean {
    return this.domainEdit;
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    this.domainEdit = Boolean(editable);
    return this;
  }
  getEditors(): unknown[] {
    return this.editors.map((email) => userOf(this.world, email));
  }
  /** addEditor(emailAddress) or addEditor(user), as Google documents both. */
  addEditor(emailAddress: string | { getEmail(): string }): ProtectionImpl {
    const email = typeof emailAddress === 'string' ? emailAddress : String(emailAddress.getEmail());
    if (!this.editors.includes(email)) this.editors.push(email);
    return this;
  }
  addEditors(emailAddresses: string[]): ProtectionImpl {
    for (const email of emailAddresses) this.addEditor(String(email));
    return this;
  }
  /** The owner (the effective user) always stays an editor, as in Sheets. */
  removeEditors(emailAddresses: unknown[]): ProtectionImpl {
    const emails = emailAddresses.map((e) =>
      typeof e === 'string' ? e : String((e as { getEmail(): string }).getEmail()),
    );
    this.editors = this.editors.filter((e) => e === this.world.userEmail || !emails.includes(e));
    return this;
  }
  remove(): void {
    if (this.removed) return;
    this.removed = true;
    if (this.sheet.protection === this) this.sheet.protection = null;
    const at = this.sheet.rangeProtections.indexOf(this);
    if (at >= 0) this.sheet.rangeProtections.splice(at, 1);
  }
}

/** Sheet.protect() returns the sheet's protection if it has one; Range.protect() always adds one. */
export function newProtection(world: World, sheet: SheetModel, type: ProtectionType, area: Area | null): unknown {
  let impl: ProtectionImpl;
  if (type === 'SHEET') impl = sheet.protection ??= new ProtectionImpl(world, sheet, 'SHEET', null);
  else {
    impl = new ProtectionImpl(world, sheet, 'RANGE', area);
    sheet.rangeProtections.push(impl);
  }
  return protectionOf(world, impl);
}

export function protectionOf(world: World, impl: ProtectionImpl): unknown {
  return strict(world.rt, 'Protection', impl);
}

class UserImpl {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
}

export function userOf(world: World, email: string): GoogleAppsScript.Base.User {
  return strict(world.rt, 'User', new UserImpl(email));
}

/**
 * Google: "Protected ranges and sheets … prevent editing by anyone but the editors" and a warning-only protection
 * "shows a warning … but does not prevent editing" (https://developers.google.com/apps-script/reference/spreadsheet/protection).
 * A script runs as the user, so its writes to a protected cell fail for a non-editor with Sheets' message (the
 * message is as Sheets shows it to a user; the exact text a script gets is not documented).
 */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Throws when the current user may not write to area of sheet (null: the sheet itself, e.g. renaming it). */
export function assertMayEdit(world: World, sheet: SheetModel, area: Area | null): void {
  const blocking = [
    ...(sheet.protection ? [sheet.protection] : []),
    ...(area ? sheet.rangeProtections.filter((p) => p.area && intersects(p.area, area)) : []),
  ].filter((p) => !p.warningOnly && !p.canEdit());
  if (blocking.length > 0) throw world.rt.error(PROTECTED_MESSAGE);
}
