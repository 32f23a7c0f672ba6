// Short, readable column headings for targets: the label cut at a word, with its measure; never a bare key.

const SHORT_LABEL = 40;

/** "Trồng mới cây xanh tại các tuyến đường (ít nhất 20 cây/tuyến)" → "Trồng mới cây xanh tại các tuyến đường". */
export function shortLabel(label: string, max = SHORT_LABEL): string {
  const plain = label
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/[\s;:,.–-]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const text = plain || label.trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s;:,.–-]+$/, '')}…`;
}

/** A target's column heading: short label and measure, "Lượt người tham gia tập huấn (lượt)"; the key if no label. */
export function targetHeading(target: { key: string; label: string; unit: string }, max = SHORT_LABEL): string {
  const label = shortLabel(target.label || target.key, max);
  return target.unit ? `${label} (${target.unit})` : label;
}
