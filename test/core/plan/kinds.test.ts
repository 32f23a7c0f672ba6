// Every kind of document the importer reads (announcements, directives, tables from Word/PDF/web, plans, .docx, text PDFs): precision and recall of (quantity, unit) per kind, and labels without mangled fragments.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsePlan } from '../../../src/core/plan';
import { labelFault, scoreKind, type KindScore } from './kinds-score';

const ROOTS = ['kinds', 'kinds-fresh'].map((d) => path.join(__dirname, d));
const KINDS = ROOTS.flatMap((root) =>
  readdirSync(root)
    .filter((d) => d !== 'sources' && statSync(path.join(root, d)).isDirectory())
    .map((d) => path.join(root, d)),
);

describe('plan import by kind of document', () => {
  const scores = new Map<string, KindScore>();
  beforeAll(async () => {
    for (const dir of KINDS) scores.set(dir, await scoreKind(dir));
  });

  it('has at least three documents of each kind (two of .docx and of PDF)', () => {
    for (const dir of KINDS.filter((d) => d.includes(`${path.sep}kinds${path.sep}`))) {
      expect(scores.get(dir)!.docs.length).toBeGreaterThanOrEqual(/docx|pdf$/.test(dir) ? 2 : 3);
    }
  });

  it.each(KINDS.map((d) => [path.relative(__dirname, d), d]))(
    '%s: precision and recall of (quantity, unit) at least 0.95',
    (_name, dir) => {
      const score = scores.get(dir)!;
      const misses = score.docs
        .filter((d) => d.missing.length || d.extra.length || d.error)
        .map((d) => `${d.file}: missing [${d.missing.join('; ')}] extra [${d.extra.join('; ')}] ${d.error ?? ''}`);
      expect({ precision: score.precision >= 0.95, recall: score.recall >= 0.95, misses }).toEqual({
        precision: true,
        recall: true,
        misses: expect.any(Array),
      });
    },
  );

  it('proposes no label with a mangled fragment, in any fixture', () => {
    const faults: string[] = [];
    for (const score of scores.values()) {
      for (const doc of score.docs) {
        for (const t of doc.targets) {
          const fault = labelFault(t.label, doc.text, t.target);
          if (fault) faults.push(`${doc.file}: "${t.label}" (${fault})`);
        }
      }
    }
    const fixtures = path.join(__dirname, 'fixtures');
    for (const file of readdirSync(fixtures).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(fixtures, file), 'utf8');
      for (const t of parsePlan(text).targets) {
        const fault = labelFault(t.label, text, t.target);
        if (fault) faults.push(`${file}: "${t.label}" (${fault})`);
      }
    }
    expect(faults).toEqual([]);
  });
});

describe('labelFault', () => {
  const source = 'Tổ chức 05 buổi tập huấn với 1.000 lượt thanh niên tham gia; tặng 20 phần quà trị giá 1 triệu đồng';
  it.each([
    ['Tổ chức lượt thanh niên tham gia', 'verb + bare classifier'],
    ['Tổ chức buổi tập huấn với', 'dangling end'],
    ['Với lượt thanh niên tham gia', 'dangling start'],
    ['Tặng phần quà tr', 'word not in the source: "tr"'],
    ['Tặng phần quà trị giá', 'dangling end'],
  ])('refuses "%s" (%s)', (label, fault) => {
    expect(labelFault(label, source)).toBe(fault);
  });

  it('refuses a label that kept its own number, and accepts other numbers in it', () => {
    expect(labelFault('Thanh thiếu nhi được học bơi em 400', 'Thanh thiếu nhi được học bơi em 400', 400)).toBe(
      'number left in label',
    );
    expect(labelFault('Tư vấn cho học sinh lớp 12', 'Tư vấn 1.000 lượt cho học sinh lớp 12', 1000)).toBeNull();
  });

  it('accepts whole labels', () => {
    expect(labelFault('Tổ chức buổi tập huấn: lượt thanh niên tham gia', source)).toBeNull();
    expect(labelFault('Tặng phần quà trị giá 1 triệu đồng', source)).toBeNull();
  });
});
