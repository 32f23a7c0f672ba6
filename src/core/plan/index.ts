// The plan importer: from a plan's plain text, the proposed Targets rows (key, label, unit, target, kind, group, source line). Nothing is written.

import { fold } from '../text';
import { splitPlan } from './folding';
import { splitItem } from './items';
import { planKeys, type ExistingTarget } from './keys';
import { labelsFor, tidy } from './labels';
import { layoutTables } from './layouts';
import { readLine } from './lines';
import { proseItems } from './prose';
import { PLAN_WARNINGS } from './messages';
import { findQuantities } from './quantities';
import { scanSections } from './sections';
import { findTables } from './tables';

export type PlanTargetKind = 'count' | 'percent';

/** A proposed Targets row. A percent target's `target` is the percentage (80 for 80%) and its unit is "%". */
export interface PlanTarget {
  key: string;
  label: string;
  unit: string;
  target: number;
  kind: PlanTargetKind;
  group: string;
  /** 1-based line of the plan the quantity was read from. */
  line: number;
  /** The Targets tab already holds this target under this key (adding it again would be skipped). */
  exists: boolean;
  /** The key this target would have had, which the Targets tab holds for another target. */
  renamedFrom?: string;
}

export type { ExistingTarget } from './keys';

export interface PlanWarning {
  code: 'no-target-section' | 'no-quantity';
  line: number;
  message: string;
  messageEn: string;
}

export interface PlanImport {
  targets: PlanTarget[];
  warnings: PlanWarning[];
}

const SNIPPET = 80;
// Headings that hold targets in plans without a target section.
const WIDE_TITLES = /^(?:cac )?(?:nhiem vu|noi dung|hoat dong) (?:trong tam|cu the|chu yeu|chinh)\b/;

/**
 * Reads a plan's target sections and tables into proposed Targets rows.
 * @param text the plan as plain text (from a .txt file, a .docx converted to text, or pasted)
 * @param existing the Targets tab's rows: a proposed key they hold for another target becomes "-2", "-3"…
 * @returns the targets in plan order, and warnings for what could not be read
 */
export function parsePlan(text: string, existing: ExistingTarget[] = []): PlanImport {
  const raw = layoutTables(splitPlan(text));
  const lines = raw.map((r, i) => readLine(r, i + 1));
  const tables = findTables(raw, lines);
  let scan = scanSections(lines, tables.lines);
  // No target heading: a plan may keep its targets under "Nhiệm vụ trọng tâm"; a news item or a directive in its sentences.
  let prose = false;
  if (scan.sections === 0 && tables.targets.length === 0) {
    const wide = scanSections(lines, tables.lines, WIDE_TITLES);
    if (wide.items.length > 0) scan = wide;
    else {
      scan = { ...scan, items: proseItems(lines) };
      prose = scan.items.length > 0;
    }
  }
  const found: Array<Omit<PlanTarget, 'key' | 'exists'>> = [];
  const warnings: PlanWarning[] = [];

  // A table whose header names no target column counts inside a target section, or when the text has none (a table pasted alone).
  const tableRows = tables.targets.filter(
    (t) => t.explicit || scan.sections === 0 || scan.context.get(t.line)?.inSection,
  );
  const rows: Array<{ line: number; add: () => void }> = tableRows.map((t) => ({
    line: t.line,
    add: () =>
      found.push({
        label: t.label,
        unit: t.unit,
        target: t.value,
        kind: t.percent ? 'percent' : 'count',
        group: t.group ?? scan.context.get(t.line)?.group ?? '',
        line: t.line,
      }),
  }));
  for (const item of scan.items) {
    rows.push({
      line: item.line,
      add: () => {
        let any = false;
        for (const clause of splitItem(item.text)) {
          const quantities = findQuantities(clause);
          const labels = labelsFor(clause, quantities);
          quantities.forEach((q, i) => {
            any = true;
            found.push({
              label: withContext(labels[i] || tidy(clause), q.unit, item.group),
              unit: q.unit,
              target: q.value,
              kind: q.percent ? 'percent' : 'count',
              group: item.group,
              line: item.line,
            });
          });
        }
        if (!any && !prose) warn(warnings, 'no-quantity', item.line, item.text);
      },
    });
  }
  rows.sort((a, b) => a.line - b.line).forEach((r) => r.add());
  if (scan.sections === 0 && tableRows.length === 0 && !prose) warn(warnings, 'no-target-section', 0, '');
  // "0 …" or an overflowing number is no target to reach (a Targets row needs a number above zero).
  const usable = found.filter((t) => Number.isFinite(t.target) && t.target > 0);
  const keys = planKeys(usable, existing);
  return {
    targets: usable.map((t, i) => {
      const { key, exists, clash } = keys[i]!;
      return { key, ...t, exists, ...(clash ? { renamedFrom: clash } : {}) };
    }),
    warnings,
  };
}

/** A label that is little more than its unit ("Bóng đèn") takes the group it stands in: "Thắp sáng đường quê: bóng đèn". */
function withContext(label: string, unit: string, group: string): string {
  const words = label.split(' ').length;
  if (!group || (words > 2 && fold(label) !== fold(unit))) return label;
  return `${group}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

function warn(warnings: PlanWarning[], code: PlanWarning['code'], line: number, text: string): void {
  const snippet = text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text;
  const message = code === 'no-quantity' ? PLAN_WARNINGS[code]({ line, text: snippet }) : PLAN_WARNINGS[code]();
  warnings.push({ code, line, message: message.vi, messageEn: message.en });
}
