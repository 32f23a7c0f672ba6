// The add-on menu. onOpen may run without authorisation (AuthMode.NONE), so it reads no data.

import { UNIT_TAB_TEXT } from '../core/messages';

export function buildMenu(): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Mở bảng điều khiển', 'showSidebar')
    .addItem('Tạo mẫu bảng tính', 'setUpTemplate')
    .addItem(UNIT_TAB_TEXT.menu, 'createUnitTabs')
    .addItem('Kiểm tra dữ liệu', 'validateEntries')
    .addItem('Tạo báo cáo…', 'showSidebar')
    .addSeparator()
    .addItem('Nhập chỉ tiêu từ kế hoạch…', 'showPlanImport')
    .addToUi();
}
