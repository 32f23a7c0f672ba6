// The shapes of what the core computes (the report model, kept answers), apart from the code that computes them, so
// the modules that read closings and the ones that compute figures share them without importing each other.

import type { DocumentSettings, TargetKind } from './campaign';
import type { Reporting } from './deadlines';
import type { Problem } from './problems';

/** [achieved, target, attainment] */
export type Triple = [number, number, number];

export type Status = 'met' | 'exceeded' | 'not-met';
export type Pace = 'ahead' | 'behind';

export interface TargetRow {
  key: string;
  label: string;
  unit: string;
  kind: TargetKind;
  group: string;
  target: number;
  periodResult: number;
  cumulative: number;
  attainment: number;
  status: Status;
  /** Share of the campaign window elapsed at the period's end (0–1). */
  expected: number;
  /** attainment ÷ expected: below 1 means behind schedule. */
  pace: number;
  paceStatus: Pace;
}

export interface UnitRow {
  code: string;
  name: string;
  cluster: string;
  reported: boolean;
  /** on-time, else unknown (an entry with no recorded time), else late, else none (docs/DOMAIN.md, "Deadlines"). */
  reporting: Reporting;
  /** Period results per target key (percent targets: the unit's figure at the period's end). */
  results: Record<string, number>;
  cumulative: Record<string, number>;
  /** Against the unit's allocation when it has one, else its share of the campaign target. */
  attainment: Record<string, number>;
  validEntries: number;
}

export interface RankingRow {
  rank: number;
  code: string;
  name: string;
  score: number;
  validEntries: number;
}

export interface ReportModel {
  campaign: string;
  period: { name: string; from: string; to: string; deadline: string | null; deadlineAt: string };
  window: { from: string; to: string } | null;
  generatedAt: string;
  targets: TargetRow[];
  units: UnitRow[];
  nonReporting: string[];
  /** Units whose every entry in the period was recorded after the deadline. */
  lateUnits: string[];
  excludedRows: number[];
  excluded: { tab: string; row: number }[];
  ranking: RankingRow[];
  rankingRule: { vi: string; en: string };
  errors: number;
  warnings: number;
  problems: Problem[];
  /** The Settings the report document's header and signature read (docs/DOMAIN.md, the official report). */
  documentSettings: DocumentSettings;
  /** When the period was closed (ISO instant): the report is the one kept then. null while it is open. */
  closedAt: string | null;
  /** Late changes to closed periods included in this period's cumulative ("bổ sung sau chốt số liệu"). */
  lateChanges: LateChange[];
}

/** The sidebar's reading of a target: met or exceeded, else on pace or behind while the window runs, else not met. */
export type Standing = 'exceeded' | 'met' | 'on-track' | 'behind' | 'not-met';

export interface Progress {
  status: Status;
  /** Share of the campaign window elapsed at the end of the day asked (0–1). */
  expected: number;
  /** attainment ÷ expected: below 1 means behind schedule. */
  pace: number;
  paceStatus: Pace;
  standing: Standing;
}

/** What changed after closings in entries dated before a period: counted in its cumulative, shown as its own line. */
export interface LateChange {
  key: string;
  label: string;
  unit: string;
  /** Signed change of the cumulative figure (count targets). */
  change: number;
  rows: number;
  /** The closed periods the changes were made in. */
  periods: string[];
}
