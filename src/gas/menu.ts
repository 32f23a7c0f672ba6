// The add-on menu. onOpen may run without authorisation (AuthMode.NONE), so it reads no data.

import { ADDON, UNIT_TAB } from '../messages';
import { SEND_UP } from '../messages';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(ADDON.say('vi', 'menuSidebar'), 'showSidebar')
    .addItem(ADDON.say('vi', 'menuTemplate'), 'setUpTemplate')
    .addItem(UNIT_TAB.say('vi', 'menu'), 'createUnitTabs')
    .addItem(SEND_UP.say('vi', 'menu'), 'importLowerLevels')
    .addItem(UNIT_TAB.say('vi', 'moveMenu'), 'moveRowsToUnitTabs')
    .addItem(ADDON.say('vi', 'menuValidate'), 'validateEntries')
    .addItem(ADDON.say('vi', 'menuReport'), 'showSidebar')
    .addSeparator()
    .addItem(ADDON.say('vi', 'menuImport'), 'showPlanImport')
    .addToUi();
}
