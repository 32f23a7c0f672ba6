// The "Lỗi dữ liệu" panel: counts and the problem list; a click on a problem selects its cell.

import type { SidebarProblem } from '../gas/sidebar-types';
import { el, replaceChildren } from './dom';
import { TEXT } from './messages';

export interface ProblemCounts {
  errors: number;
  warnings: number;
}

function problemItem(p: SidebarProblem, onSelect: (p: SidebarProblem) => void): HTMLElement {
  const place = `${p.tab} · ${TEXT.row} ${p.row} · ${p.column}`;
  const button = el(
    'button',
    { className: 'problem-button', attrs: { type: 'button' } },
    el(
      'span',
      { className: 'problem-place' },
      el('span', {
        className: `badge badge-${p.severity}`,
        text: p.severity === 'error' ? TEXT.error : TEXT.warning,
      }),
      ' ',
      el('span', { text: place }),
    ),
    el('span', { className: 'problem-message', text: p.message }),
  );
  button.addEventListener('click', () => onSelect(p));
  return el('li', { className: `problem problem-${p.severity}` }, button);
}

/** How many problems are listed before "Xem thêm". */
const FIRST_LISTED = 20;

/** Errors first, then warnings, each in sheet order. */
function errorsFirst(problems: SidebarProblem[]): SidebarProblem[] {
  const errors = problems.filter((p) => p.severity === 'error');
  return errors.concat(problems.filter((p) => p.severity !== 'error'));
}

/** Renders the summary line and the list of problems: errors first, the first ones and a button for the rest. */
export function renderProblems(
  summary: HTMLElement,
  list: HTMLElement,
  problems: SidebarProblem[],
  counts: ProblemCounts,
  onSelect: (p: SidebarProblem) => void,
): void {
  const none = counts.errors + counts.warnings === 0 && problems.length === 0;
  summary.textContent = none
    ? TEXT.noProblems
    : TEXT.problemSummary({ errors: counts.errors, warnings: counts.warnings, listed: problems.length });
  summary.className = none ? 'summary ok' : counts.errors > 0 ? 'summary has-errors' : 'summary';
  const ordered = errorsFirst(problems);
  const items = ordered.slice(0, FIRST_LISTED).map((p) => problemItem(p, onSelect));
  const rest = ordered.slice(FIRST_LISTED);
  if (rest.length) {
    const more = el('button', {
      className: 'more',
      text: TEXT.showMore({ count: rest.length }),
      attrs: { type: 'button' },
    });
    const holder = el('li', { className: 'more-item' }, more);
    more.addEventListener('click', () => {
      list.removeChild(holder);
      for (const p of rest) list.appendChild(problemItem(p, onSelect));
    });
    items.push(holder);
  }
  replaceChildren(list, ...items);
}
