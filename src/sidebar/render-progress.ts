// The "Tiến độ chỉ tiêu" panel: one horizontal bar per target, grouped, coloured by status.

import type { SidebarTarget } from '../gas/sidebar-types';
import { el, replaceChildren } from './dom';
import { formatPercent, statusLabel, targetFigures } from './format';
import { TEXT } from './messages';

function targetBar(t: SidebarTarget): HTMLElement {
  // The core's verdict, sent by the server (src/core/report.ts progressAt): the sidebar has no rule of its own.
  const status = t.standing;
  const percent = formatPercent(t.attainment);
  // The bar stops at 100%; the text says how far beyond.
  const width = Math.max(0, Math.min(1, Number.isFinite(t.attainment) ? t.attainment : 0)) * 100;
  const fill = el('div', { className: 'bar-fill' });
  fill.style.width = `${width}%`;
  return el(
    'li',
    { className: `target status-${status}`, attrs: { 'data-key': t.key } },
    el(
      'div',
      { className: 'target-head' },
      el('span', { className: 'target-label', text: t.label }),
      el('span', { className: 'target-percent', text: percent }),
    ),
    el(
      'div',
      {
        className: 'bar',
        attrs: {
          role: 'meter',
          'aria-label': t.label,
          'aria-valuemin': '0',
          'aria-valuemax': '100',
          'aria-valuenow': String(Math.round(width)),
          'aria-valuetext': `${percent}, ${statusLabel(status)}`,
        },
      },
      fill,
    ),
    el(
      'div',
      { className: 'target-foot' },
      el('span', { className: 'target-figures', text: targetFigures(t) }),
      el('span', { className: 'target-status', text: statusLabel(status) }),
    ),
  );
}

/** Renders the bars; a heading per group when the targets come in more than one group. */
export function renderProgress(container: HTMLElement, targets: SidebarTarget[]): void {
  if (!targets.length) {
    replaceChildren(container, el('p', { className: 'muted', text: TEXT.noTargets }));
    return;
  }
  const groups: { name: string; targets: SidebarTarget[] }[] = [];
  for (const t of targets) {
    const last = groups[groups.length - 1];
    if (last && last.name === t.group) last.targets.push(t);
    else groups.push({ name: t.group, targets: [t] });
  }
  const nodes: Node[] = [];
  for (const group of groups) {
    if (groups.length > 1 && group.name) nodes.push(el('h3', { className: 'group', text: group.name }));
    nodes.push(el('ul', { className: 'targets' }, ...group.targets.map((t) => targetBar(t))));
  }
  replaceChildren(container, ...nodes);
}
