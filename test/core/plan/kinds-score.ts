// Scores the plan importer on a folder of fixture documents grouped by kind: precision and recall of (quantity, unit), and the proposed labels.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPlan } from '../../../src/cli/commands/import-plan';
import { parsePlan, type PlanTarget } from '../../../src/core/plan';
import { fold } from '../../../src/core/text';

export interface DocScore {
  file: string;
  matched: number;
  found: number;
  expected: number;
  missing: string[];
  extra: string[];
  targets: PlanTarget[];
  text: string;
  error?: string;
}

export interface KindScore {
  kind: string;
  docs: DocScore[];
  precision: number;
  recall: number;
}

const DOCUMENT = /\.(?:txt|docx|pdf)$/;

/** Reads and scores every document of one kind folder (each NAME.txt/.docx/.pdf with its NAME.json). */
export async function scoreKind(dir: string): Promise<KindScore> {
  const docs: DocScore[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => DOCUMENT.test(f))
    .sort()) {
    const expected = (
      JSON.parse(readFileSync(path.join(dir, file.replace(DOCUMENT, '.json')), 'utf8')) as {
        targets: Array<[number, string]>;
      }
    ).targets.map(([value, unit]) => `${value} ${fold(unit)}`);
    let targets: PlanTarget[] = [];
    let text = '';
    let error: string | undefined;
    try {
      text = await readPlan(path.join(dir, file));
      targets = parsePlan(text).targets;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const missing = [...expected];
    const extra: string[] = [];
    for (const pair of targets.map((t) => `${t.target} ${fold(t.unit)}`)) {
      const i = missing.indexOf(pair);
      if (i >= 0) missing.splice(i, 1);
      else extra.push(pair);
    }
    docs.push({
      file,
      matched: targets.length - extra.length,
      found: targets.length,
      expected: expected.length,
      missing,
      extra,
      targets,
      text,
      ...(error ? { error } : {}),
    });
  }
  const matched = docs.reduce((n, d) => n + d.matched, 0);
  const found = docs.reduce((n, d) => n + d.found, 0);
  const expected = docs.reduce((n, d) => n + d.expected, 0);
  return {
    kind: path.basename(dir),
    docs,
    precision: found === 0 ? 0 : matched / found,
    recall: expected === 0 ? 1 : matched / expected,
  };
}

// Words a label must not end on (a phrase cut after its preposition), nor begin with.
const DANGLING_END =
  /(?:^|\s)(?:với|và|cho|của|tại|để|gồm|trong|có|từ|đến|là|được|các|những|ít nhất|tối thiểu|hơn|trên|đạt|mỗi|khoảng|thu hút|(?<!: (?:tổng )?)trị giá)$/i;
const DANGLING_START = /^(?:với|và|cho|của|tại|để|gồm|hoặc|cùng|trong đó)(?:\s|$)/i;
// A verb left holding a bare classifier where the number stood: "Tổ chức lượt…", "Vận động lượt người dân…".
const VERB_CLASSIFIER =
  /(?:^|[\s,])(?:tổ chức|vận động|hỗ trợ|thu hút|tuyên truyền|thực hiện|tham gia|có|đạt|với|cho) lượt\b/i;

/** Why a proposed label is mangled, or null: a dangling word, a verb holding a bare "lượt", its own number left in, a cut or invented word. */
export function labelFault(label: string, source: string, target?: number): string | null {
  if (label.trim().split(/\s+/).length < 2 && label.length < 4) return 'too short';
  if (DANGLING_END.test(label)) return 'dangling end';
  if (DANGLING_START.test(label)) return 'dangling start';
  if (VERB_CLASSIFIER.test(label)) return 'verb + bare classifier';
  if (target !== undefined && Number.isInteger(target) && target >= 10) {
    const digits = String(target).replace(/\B(?=(\d{3})+$)/g, '[.,]?');
    if (new RegExp(`(?<![\\d.,])0*${digits}(?![\\d.,])`).test(label.replace(/\([^)]*\)/g, '')))
      return 'number left in label';
  }
  const tokens = (text: string) =>
    text
      .toLowerCase()
      .normalize('NFC')
      .replace(/(\d)(\p{L})/gu, '$1 $2')
      .match(/[\p{L}\p{M}\d]+/gu) ?? [];
  const words = new Set(tokens(source));
  for (const w of tokens(label)) {
    if (!words.has(w)) return `word not in the source: "${w}"`;
  }
  return null;
}

/** A one-line summary per kind and the misses per document. */
export function describe(scores: KindScore[]): string {
  const lines: string[] = [];
  for (const s of scores) {
    const n = s.docs.reduce((k, d) => k + d.expected, 0);
    const faults = s.docs.flatMap((d) =>
      d.targets.filter((t) => labelFault(t.label, d.text, t.target)).map(() => 1),
    ).length;
    lines.push(
      `${s.kind.padEnd(16)} docs ${s.docs.length}  targets ${String(n).padStart(3)}  precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  mangled labels ${faults}`,
    );
    for (const d of s.docs) {
      const bad = d.targets
        .map((t) => [t.label, labelFault(t.label, d.text, t.target)] as const)
        .filter(([, f]) => f)
        .map(([l, f]) => `"${l}" (${f})`);
      if (d.missing.length || d.extra.length || d.error || bad.length)
        lines.push(
          `    ${d.file}: ${d.error ? `ERROR ${d.error} ` : ''}missing [${d.missing.join('; ')}] extra [${d.extra.join('; ')}]${bad.length ? ` labels ${bad.join(', ')}` : ''}`,
        );
    }
  }
  return lines.join('\n');
}
