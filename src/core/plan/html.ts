// Plain text of a plan's HTML (a .docx through mammoth, or text pasted from Docs): one line per paragraph, list items with their markers, table rows as "cell | cell".

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(?:p|h[1-6]|div|li|tr|table|ul|ol|br|blockquote)$/;

/** Converts the HTML of a document to the plain text the importer reads. */
export function htmlToText(html: string): string {
  const lines: string[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  let line = '';
  let row: string[] | null = null;
  let cell: string | null = null;
  const flush = () => {
    if (cell !== null) return;
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const tag = /<(\/?)([a-z0-9]+)[^>]*>|([^<]+)/gi;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (m[3] !== undefined) {
      const text = decode(m[3]);
      if (cell !== null) cell += text;
      else line += text;
      continue;
    }
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'td' || name === 'th') {
      if (!closing) cell = '';
      else if (cell !== null) {
        row?.push(cell.replace(/\s+/g, ' ').trim());
        cell = null;
      }
      continue;
    }
    if (cell !== null) {
      if (BLOCK.test(name) && !closing && cell.trim()) cell += ' ';
      continue;
    }
    if (name === 'tr') {
      if (!closing) row = [];
      else if (row) {
        if (row.some((c) => c)) lines.push(row.join(' | '));
        row = null;
      }
      continue;
    }
    if (name === 'ul' || name === 'ol') {
      flush();
      if (!closing) lists.push({ ordered: name === 'ol', count: 0 });
      else lists.pop();
      continue;
    }
    if (name === 'li' && !closing) {
      flush();
      const list = lists[lists.length - 1];
      if (list) line = marker(list, lists.length - 1) + ' ';
      continue;
    }
    if (BLOCK.test(name)) flush();
  }
  flush();
  return lines.join('\n');
}

// Word's automatic numbering is not in the text: it is rebuilt from the list depth ("1.", "a)", "-", "+").
function marker(list: { ordered: boolean; count: number }, depth: number): string {
  list.count++;
  if (list.ordered)
    return depth === 0
      ? `${list.count}.`
      : depth === 1
        ? `${String.fromCharCode(96 + Math.min(list.count, 26))})`
        : '-';
  return depth === 0 ? '-' : '+';
}
