// The label of each quantity: the item's words for it, without the number and its qualifiers ("Trồng mới 500 cây xanh" → "Trồng mới cây xanh").

import type { Quantity } from './quantities';

const SEPARATOR = /,\s*|\s+(?:và|cùng với|hoặc|va|hoac)\s+/g;

/** One label per quantity of the clause; a compound item's later parts borrow its opening verb. */
export function labelsFor(clause: string, quantities: Quantity[]): string[] {
  const bounds: Array<[number, number]> = [];
  let from = 0;
  quantities.forEach((q, i) => {
    const next = quantities[i + 1];
    if (!next) {
      bounds.push([from, clause.length]);
      return;
    }
    const gap = clause.slice(q.end, next.start);
    let cut: { at: number; after: number } | null = null;
    SEPARATOR.lastIndex = 0;
    for (let m = SEPARATOR.exec(gap); m; m = SEPARATOR.exec(gap)) {
      cut = { at: q.end + m.index, after: q.end + m.index + m[0].length };
    }
    bounds.push([from, cut ? cut.at : next.start]);
    from = cut ? cut.after : next.start;
  });
  const opening = quantities.length > 0 ? clause.slice(0, quantities[0]!.start) : '';
  const labels: string[] = [];
  quantities.forEach((q, i) => {
    const [s, e] = bounds[i]!;
    const lead = clause.slice(s, q.start);
    let after = clause.slice(q.numberEnd, e);
    // A verb before "1.000 lượt người dân": the count word alone reads as a broken phrase ("Hỗ trợ lượt người dân").
    if (/[\p{L}]/u.test(lead) || (i > 0 && /[\p{L}]/u.test(opening)))
      after = after.replace(/^\s*lượt\s+(?=\p{L})/u, ' ');
    let text = lead + ' ' + after;
    if (i > 0 && !/[\p{L}\d]/u.test(lead) && /[\p{L}]/u.test(opening)) text = opening + ' ' + after;
    // "… 05 buổi tập huấn với 1.000 lượt thanh niên tham gia": the second target is counted in the first one's activity.
    // "06 công trình với tổng trị giá 500 triệu đồng": the amount is the first target's value.
    const worth = i > 0 ? WORTH.exec(clause.slice(quantities[i - 1]!.end, q.start)) : null;
    if (worth && labels[i - 1]) {
      labels[i - 1] = tidy(labels[i - 1]!.replace(WORTH_END, ''));
      labels.push(`${labels[i - 1]}: ${worth[1]!.toLowerCase()}`);
      return;
    }
    const previous = labels[i - 1];
    const linked = /[\p{L}]/u.test(lead)
      ? LINKING_WORD.test(lead.trim())
      : LINKING.test(clause.slice(quantities[i - 1]?.end ?? 0, q.start).trim());
    if (previous && linked) {
      const tail = tidy(clause.slice(q.numberEnd, e));
      labels.push(`${previous}: ${tail.charAt(0).toLowerCase()}${tail.slice(1)}`);
      return;
    }
    const colon = text.indexOf(':');
    if (colon > 0) {
      const head = tidy(text.slice(0, colon));
      const tail = tidy(text.slice(colon + 1));
      text = tail.split(' ').length <= 2 && head ? head : tail || head;
    }
    labels.push(tidy(text));
  });
  return labels;
}

const WORTH =
  /(?:với\s+)?((?:tổng\s+)?(?:trị giá|giá trị|kinh phí))(?:\s+(?:trên|khoảng|hơn|ít nhất|tối thiểu|đạt))?\s*$/i;
const WORTH_END = /\s*(?:với\s+)?(?:tổng\s+)?(?:trị giá|giá trị|kinh phí)$/i;

// Words that tie a second quantity to the first one's activity.
const LINKING = /(?:^|[\s,])(?:với|thu hút|có|gồm|cho)$/i;
const LINKING_WORD = /^(?:với|thu hút|có|gồm|cho|trong đó(?: có)?(?: ít nhất| tối thiểu)?)$/i;

/** Collapses spaces, drops "trở lên", stray quotes and brackets, edge punctuation; capitalises the first letter. */
export function tidy(text: string): string {
  let out = text
    .replace(/\s+trở lên\b/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:)])/g, '$1')
    .replace(/\(\s+/g, '(')
    .replace(/\(\s*\)/g, '');
  if (count(out, '“') !== count(out, '”')) out = out.replace(/[“”]/g, '');
  if (count(out, '"') % 2 === 1) out = out.replace(/"/g, '');
  if (count(out, '(') !== count(out, ')')) out = out.replace(/[()]/g, '');
  out = out
    .replace(/^[\s,.;:\-–+*•]+|[\s,.;:\-–+*•]+$/g, '')
    .replace(/^(?:và|hoặc|cùng)\s+/i, '')
    .replace(/(?:\s+(?:với|và|cho|của|tại|để|gồm|trong đó|trong|có))+$/i, '');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}
