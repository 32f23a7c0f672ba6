// The shapes the sidebar receives from the server: plain data only (google.script.run serialises them).

export interface SidebarTarget {
  key: string;
  label: string;
  /** Unit of measure ("cây", "%"). */
  measure: string;
  kind: 'count' | 'percent';
  group: string;
  target: number;
  achieved: number;
  attainment: number;
  /** The core's verdict to date (src/core/report.ts progressAt): the sidebar shows it, it computes none. */
  status: 'met' | 'exceeded' | 'not-met';
  pace: number;
  paceStatus: 'ahead' | 'behind';
  standing: 'exceeded' | 'met' | 'on-track' | 'behind' | 'not-met';
}

export interface SidebarProblem {
  tab: string;
  row: number;
  column: string;
  code: string;
  severity: 'error' | 'warning';
  message: string;
}

export interface SidebarPeriod {
  name: string;
  from: string;
  to: string;
  deadline: string | null;
}

export interface SidebarData {
  campaign: string;
  targets: SidebarTarget[];
  periods: SidebarPeriod[];
  problems: SidebarProblem[];
  /** Problems beyond the list's length are counted, not listed. */
  errors: number;
  warnings: number;
  entryRows: number;
  validEntries: number;
  /** Set when a required tab or column is missing: the sidebar shows it and offers "Tạo mẫu". */
  setupMessage: string | null;
}

export interface ValidationResult {
  problems: SidebarProblem[];
  errors: number;
  warnings: number;
  marked: number;
  cleared: number;
}

export interface ReportResult {
  tab: string;
  period: string;
  targets: number;
  nonReporting: number;
}

/** A period's reporting per unit, for the sidebar (issue 14): who reported on time, late, not at all, and their e-mails. */
export interface PeriodStatus {
  period: string;
  /** ISO with the zone's offset. */
  deadlineAt: string;
  /** ISO instant of the closing, or null while the period is open. */
  closedAt: string | null;
  units: { code: string; name: string; reporting: 'on-time' | 'unknown' | 'late' | 'none'; email: string }[];
}
