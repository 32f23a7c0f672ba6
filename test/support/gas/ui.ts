// Ui and Menu: menus, sidebars, dialogs and alerts are recorded on the emulation instead of shown.

import { HtmlOutputImpl } from './html';
import type { RecordedMenu, RecordedMenuItem } from './runtime';
import { strict, strictEnum, unwrap } from './strict';
import type { World } from './world';

const BUTTONS = ['OK', 'CANCEL', 'YES', 'NO', 'CLOSE'] as const;
const BUTTON_SETS = ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL'] as const;

class MenuImpl {
  readonly items: RecordedMenuItem[] = [];

  constructor(
    private readonly world: World,
    readonly title: string,
    readonly addon: boolean,
  ) {}

  addItem(caption: string, functionName: string): MenuImpl {
    this.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): MenuImpl {
    this.items.push({ caption: '', functionName: '', separator: true });
    return this;
  }
  addSubMenu(menu: unknown): MenuImpl {
    const sub = unwrap(this.world.rt, menu, MenuImpl, 'Ui.Menu.addSubMenu');
    this.items.push({ caption: sub.title, functionName: '', submenu: sub._record() });
    return this;
  }
  /** Adding a menu again replaces the one with the same title (as reopening the spreadsheet would). */
  addToUi(): void {
    const menus = this.world.rt.menus;
    const at = menus.findIndex((m) => m.title === this.title && m.addon === this.addon);
    if (at >= 0) menus.splice(at, 1, this._record());
    else menus.push(this._record());
  }
  _record(): RecordedMenu {
    return { title: this.title, addon: this.addon, items: this.items.map((i) => ({ ...i })) };
  }
}

class UiImpl {
  constructor(private readonly world: World) {}

  createAddonMenu(): unknown {
    return strict(this.world.rt, 'Menu', new MenuImpl(this.world, this.world.addonName, true));
  }
  createMenu(caption: string): unknown {
    return strict(this.world.rt, 'Menu', new MenuImpl(this.world, String(caption), false));
  }

  private _html(userInterface: unknown, method: string): HtmlOutputImpl {
    return unwrap(this.world.rt, userInterface, HtmlOutputImpl, `Ui.${method}`);
  }

  showSidebar(userInterface: unknown): void {
    const html = this._html(userInterface, 'showSidebar');
    this.world.rt.sidebars.push({ title: html.title, content: html.content, width: html.width, height: html.height });
  }
  showModalDialog(userInterface: unknown, title: string): void {
    const html = this._html(userInterface, 'showModalDialog');
    this.world.rt.dialogs.push({ title: String(title), content: html.content, width: html.width, height: html.height });
  }
  showModelessDialog(userInterface: unknown, title: string): void {
    const html = this._html(userInterface, 'showModelessDialog');
    this.world.rt.dialogs.push({ title: String(title), content: html.content, width: html.width, height: html.height });
  }

  /**
   * alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons); answers from emulation.answerAlerts. With no
   * answer prepared the person closed the dialog: Ui.Button.CLOSE, "the standard close button displayed in every
   * dialog's title bar" (https://developers.google.com/apps-script/reference/base/button), so a test never says YES by
   * accident.
   */
  alert(...args: unknown[]): string {
    const isButtonSet = (v: unknown) => typeof v === 'string' && (BUTTON_SETS as readonly string[]).includes(v);
    let title = '';
    let message: string;
    let buttons = 'OK';
    if (args.length >= 3) [title, message, buttons] = args.map(String) as [string, string, string];
    else if (args.length === 2 && isButtonSet(args[1])) [message, buttons] = args.map(String) as [string, string];
    else if (args.length === 1) message = String(args[0]);
    else throw this.world.rt.error("The parameters don't match the method signature for Ui.alert.");
    const response = this.world.rt.alertResponses.shift() ?? 'CLOSE';
    this.world.rt.alerts.push({ title, message, buttons, response });
    return response;
  }
}

export function uiOf(world: World): GoogleAppsScript.Base.Ui {
  const { rt } = world;
  return strict(rt, 'Ui', new UiImpl(world), {
    enums: { Button: strictEnum(rt, 'Ui.Button', BUTTONS), ButtonSet: strictEnum(rt, 'Ui.ButtonSet', BUTTON_SETS) },
  });
}
