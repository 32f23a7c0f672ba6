// Apps Script entry points. The build turns each export into a genuine top-level function (scripts/build.mjs).

import { achieved, attainment, targetOf } from './custom-functions';
import { buildMenu } from './menu';

/**
 * Builds the add-on menu when the spreadsheet opens.
 * @param {GoogleAppsScript.Events.SheetsOnOpen} e the open event
 */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  void e;
  buildMenu();
}

/**
 * Runs when the add-on is installed: the same menu as onOpen.
 * @param {GoogleAppsScript.Events.AddonOnInstall} e the install event
 */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

/**
 * Tỷ lệ đạt chỉ tiêu (1 = đạt 100%). Attainment of a target as a fraction.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} period tên đợt báo cáo (tùy chọn) / period name (optional)
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} tỷ lệ đạt / attainment
 * @customfunction
 */
export function ATTAINMENT(target: unknown, period?: unknown, unit?: unknown): number {
  return attainment(target, period, unit);
}

/**
 * Kết quả lũy kế của chỉ tiêu (tỷ lệ: điểm phần trăm). Cumulative result of a target.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} period tên đợt báo cáo (tùy chọn) / period name (optional)
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} kết quả / achieved quantity
 * @customfunction
 */
export function ACHIEVED(target: unknown, period?: unknown, unit?: unknown): number {
  return achieved(target, period, unit);
}

/**
 * Chỉ tiêu (của đơn vị nếu được phân bổ). The target, or a unit's allocated target.
 * @param {string} target mã hoặc nội dung chỉ tiêu / target key or label
 * @param {string} unit mã đơn vị (tùy chọn) / unit code (optional)
 * @return {number} chỉ tiêu / target quantity
 * @customfunction
 */
export function TARGET(target: unknown, unit?: unknown): number {
  return targetOf(target, unit);
}
