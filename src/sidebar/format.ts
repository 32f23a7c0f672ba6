// Numbers, dates and the status of a target as the sidebar shows them (vi-VN).

import type { SidebarPeriod, SidebarTarget } from '../gas/sidebar-types';
import { LABEL, TEXT } from './messages';

export type TargetStatus = 'exceeded' | 'met' | 'on-track' | 'behind' | 'not-met';

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

function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : NaN;
}

/** Share of the campaign (first period start to last period end) elapsed on `today`, 0–1; 1 without periods. */
export function elapsedShare(periods: SidebarPeriod[], today: string): number {
  const from = Math.min(...periods.map((p) => dayNumber(p.from)));
  const to = Math.max(...periods.map((p) => dayNumber(p.to)));
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return 1;
  return Math.min(1, Math.max(0, (dayNumber(today) - from + 1) / (to - from + 1)));
}

/**
 * Exceeded or met (green); while the campaign runs, not yet met but on pace (amber) or behind the elapsed share of
 * the campaign (red); once it is over, not met (red).
 */
export function targetStatus(attainment: number, expected: number): TargetStatus {
  if (attainment > 1) return 'exceeded';
  if (attainment >= 1) return 'met';
  if (expected >= 1) return 'not-met';
  return attainment >= expected ? 'on-track' : 'behind';
}

export function statusLabel(status: TargetStatus): string {
  return STATUS_LABEL[status];
}

/** "580 / 500 cây" for a count; "85% / 100%" for a percent target (both in percent points). */
export function targetFigures(t: SidebarTarget): string {
  if (t.kind === 'percent') return `${formatNumber(t.achieved)}% / ${formatNumber(t.target)}%`;
  return `${formatNumber(t.achieved)} / ${formatNumber(t.target)}${t.unit ? ` ${t.unit}` : ''}`;
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
