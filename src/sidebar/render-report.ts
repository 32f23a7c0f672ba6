// The "Đợt báo cáo" panel: the period picker and what "Tạo báo cáo" is doing or did.

import type { ReportResult, SidebarPeriod } from '../gas/sidebar-types';
import { el, replaceChildren } from './dom';
import { periodDates } from './format';
import { ADDON, TEXT } from './messages';

/** Fills the period picker; the button is enabled only when there is a period to choose. */
export function renderPeriods(
  select: HTMLSelectElement,
  button: HTMLButtonElement,
  periods: SidebarPeriod[],
  selected: string,
): void {
  const options = periods.map((p) => {
    const option = el('option', { text: p.name });
    option.value = p.name;
    return option;
  });
  replaceChildren(select, ...options);
  if (periods.some((p) => p.name === selected)) select.value = selected;
  select.disabled = periods.length === 0;
  button.disabled = periods.length === 0;
}

/** The chosen period's dates and deadline, under the picker. */
export function renderPeriodDates(line: HTMLElement, periods: SidebarPeriod[], selected: string): void {
  const period = periods.find((p) => p.name === selected);
  line.textContent = period ? periodDates(period) : '';
}

/** A spinner with "Đang xử lý…" (or another text). */
export function spinner(text: string = TEXT.working): HTMLElement {
  return el(
    'span',
    { className: 'working' },
    el('span', { className: 'spinner', attrs: { 'aria-hidden': 'true' } }),
    text,
  );
}

export type ReportState =
  | { kind: 'idle' }
  | { kind: 'no-periods' }
  | { kind: 'working' }
  | { kind: 'done'; result: ReportResult }
  | { kind: 'failed'; message: string };

export function renderReportStatus(status: HTMLElement, state: ReportState): void {
  status.className = `report-status report-${state.kind}`;
  switch (state.kind) {
    case 'idle':
      replaceChildren(status);
      return;
    case 'no-periods':
      replaceChildren(status, el('p', { className: 'muted', text: TEXT.noPeriods }));
      return;
    case 'working':
      replaceChildren(status, spinner());
      return;
    case 'done':
      replaceChildren(
        status,
        el('p', { className: 'done', text: ADDON.reportDone({ tab: state.result.tab }) }),
        el('p', {
          className: 'muted',
          text: TEXT.reportDetails({ targets: state.result.targets, nonReporting: state.result.nonReporting }),
        }),
        ...(state.result.sentUp === null
          ? []
          : [el('p', { className: 'muted', text: TEXT.sentUp({ rows: state.result.sentUp }) })]),
      );
      return;
    case 'failed':
      replaceChildren(status, el('p', { className: 'failed', text: state.message, attrs: { role: 'alert' } }));
      return;
  }
}
