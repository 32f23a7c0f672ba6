// The import panel's rows: the proposed targets as the user corrects them, and the check before "Thêm vào Chỉ tiêu".

import { fold } from '../core/text';
import type { ProposedTarget } from '../gas/plan-import';
import { badTarget, duplicateKey, emptyKey, emptyLabel, TEXT } from './messages';

/** One proposed target with what the user may change: whether to add it, its label, key, unit, number and kind. */
export interface ImportRow {
  proposal: ProposedTarget;
  checked: boolean;
  label: string;
  key: string;
  unit: string;
  target: number;
  kind: ProposedTarget['kind'];
}

export type ImportField = 'label' | 'key' | 'target';

export type Selection =
  { ok: true; targets: ProposedTarget[] } | { ok: false; message: string; index?: number; field?: ImportField };

/** A row per proposal; a key the Targets tab already has starts unchecked. */
export function importRows(proposals: ProposedTarget[]): ImportRow[] {
  return proposals.map((p) => ({
    proposal: p,
    checked: !p.exists,
    label: p.label,
    key: p.key,
    unit: p.unit,
    target: p.target,
    kind: p.kind,
  }));
}

/**
 * The checked rows as addTargets takes them, or why they cannot be sent: none checked, a label or key left empty, a number
 * that is not above 0, or a key chosen twice (compared as the server compares keys: case and diacritics folded).
 */
export function checkSelection(rows: ImportRow[]): Selection {
  const seen = new Map<string, number>();
  const targets: ProposedTarget[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index]!;
    if (!row.checked) continue;
    const label = row.label.replace(/\s+/g, ' ').trim();
    if (!label) return { ok: false, message: emptyLabel(row.proposal.label), index, field: 'label' };
    const key = row.key.trim();
    if (!key) return { ok: false, message: emptyKey(label), index, field: 'key' };
    if (seen.has(fold(key))) return { ok: false, message: duplicateKey(key), index, field: 'key' };
    seen.set(fold(key), index);
    if (!(Number.isFinite(row.target) && row.target > 0)) {
      return { ok: false, message: badTarget(label), index, field: 'target' };
    }
    targets.push({ ...row.proposal, label, key, unit: row.unit.trim(), target: row.target, kind: row.kind });
  }
  return targets.length ? { ok: true, targets } : { ok: false, message: TEXT.noneSelected };
}
