// Numbers, dates and the label of a target's status (computed by the server's core) as the sidebar shows them (vi-VN).

import type { SidebarPeriod, SidebarTarget } from '../gas/sidebar-types';
import { LABEL, TEXT } from './messages';

export type TargetStatus = SidebarTarget['standing'];

const STATUS_LABEL: Record<TargetStatus, string> = {
  exceeded: LABEL.exceeded,
  met: LABEL.met,
  'on-track': LABEL['on-track'],
  behind: LABEL.behind,
  'not-met': LABEL['not-met'],
};

let numberFormat: Intl.NumberFormat | null = null;

/** 1234.5 → "1.234,5" */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '–';
  numberFormat = numberFormat || new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
  return numberFormat.format(value);
}

/** 1.163 → "116%" (not capped: the bar is, the text is not). */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${formatNumber(Math.round(fraction * 100))}%` : '–';
}

/** "2023-06-11" → "11/06/2023", as the report and the problem messages write dates. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** The local calendar day as "yyyy-mm-dd". */
export function isoToday(now: Date): string {
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function statusLabel(status: TargetStatus): string {
  return STATUS_LABEL[status];
}

/** "580 / 500 cây" for a count; "85% / 100%" for a percent target (both in percent points). */
export function targetFigures(t: SidebarTarget): string {
  if (t.kind === 'percent') return `${formatNumber(t.achieved)}% / ${formatNumber(t.target)}%`;
  return `${formatNumber(t.achieved)} / ${formatNumber(t.target)}${t.measure ? ` ${t.measure}` : ''}`;
}

/** The period that contains today, else the last one that has started, else the first. */
export function defaultPeriod(periods: SidebarPeriod[], today: string): string {
  const current = periods.find((p) => p.from <= today && today <= p.to);
  if (current) return current.name;
  const started = periods.filter((p) => p.from <= today);
  const pick = started.length ? started[started.length - 1] : periods[0];
  return pick ? pick.name : '';
}

/** "11/6/2023 – 30/6/2023 · hạn báo cáo 23/6/2023" */
export function periodDates(p: SidebarPeriod): string {
  const dates = `${formatDate(p.from)} – ${formatDate(p.to)}`;
  return p.deadline ? `${dates} · ${TEXT.deadline} ${formatDate(p.deadline)}` : dates;
}
