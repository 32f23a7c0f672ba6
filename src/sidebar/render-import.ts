// The import panel's table of proposed targets (editable label, key, number, unit and kind) and the importer's warnings.

import { el, replaceChildren } from './dom';
import type { ImportField, ImportRow } from './import-rows';
import { LABEL, TEXT } from './messages';

const KEY_MAX = 100;
const LABEL_MAX = 1000;
const UNIT_MAX = 100;

function input(className: string, label: string, value: string, maxLength?: number): HTMLInputElement {
  const node = el('input', { className, attrs: { type: 'text', 'aria-label': label, spellcheck: 'false' } });
  if (maxLength) node.maxLength = maxLength;
  node.value = value;
  return node;
}

function kindSelect(row: ImportRow): HTMLSelectElement {
  const options = (['count', 'percent'] as const).map((kind) => {
    const option = el('option', { text: LABEL[kind] });
    option.value = kind;
    return option;
  });
  const select = el('select', { className: 'field-kind', attrs: { 'aria-label': TEXT.kind } }, ...options);
  select.value = row.kind;
  return select;
}

function proposalRow(row: ImportRow, index: number, onChange: () => void): HTMLTableRowElement {
  const p = row.proposal;
  const check = el('input', {
    className: 'field-check',
    attrs: { type: 'checkbox', 'aria-label': TEXT.addChoice({ label: p.label }) },
  });
  check.checked = row.checked;
  const label = input('field-label proposal-label', TEXT.label, row.label, LABEL_MAX);
  const key = input('field-key', TEXT.key, row.key, KEY_MAX);
  const target = el('input', {
    className: 'field-target',
    attrs: { type: 'number', min: '0', step: 'any', inputmode: 'decimal', 'aria-label': TEXT.target },
  });
  target.value = String(row.target);
  const unit = input('field-unit', TEXT.measure, row.unit, UNIT_MAX);
  const kind = kindSelect(row);

  check.addEventListener('change', () => {
    row.checked = check.checked;
    onChange();
  });
  label.addEventListener('input', () => {
    row.label = label.value;
    label.removeAttribute('aria-invalid');
  });
  key.addEventListener('input', () => {
    row.key = key.value;
    key.removeAttribute('aria-invalid');
  });
  target.addEventListener('input', () => {
    row.target = target.value.trim() === '' ? NaN : target.valueAsNumber;
    target.removeAttribute('aria-invalid');
  });
  unit.addEventListener('input', () => (row.unit = unit.value));
  kind.addEventListener('change', () => (row.kind = kind.value === 'percent' ? 'percent' : 'count'));

  return el(
    'tr',
    { className: p.exists ? 'proposal proposal-exists' : 'proposal', attrs: { 'data-index': String(index) } },
    el('td', { className: 'cell-check' }, check),
    el(
      'td',
      { className: 'cell-label' },
      label,
      p.exists && ' ',
      p.exists && el('span', { className: 'badge badge-exists', text: TEXT.exists, title: TEXT.existsTitle }),
    ),
    el('td', { className: 'cell-line muted', text: TEXT.sourceLine({ line: p.line }) }),
    el('td', { className: 'cell-key' }, key),
    el('td', { className: 'cell-target' }, target),
    el('td', { className: 'cell-unit' }, unit),
    el('td', { className: 'cell-kind' }, kind),
  );
}

/** The table: a body per group (with the group's name when there is one), a row per proposed target. */
export function renderProposals(container: HTMLElement, rows: ImportRow[], onChange: () => void): void {
  if (!rows.length) {
    replaceChildren(container);
    return;
  }
  const head = el(
    'thead',
    { className: 'visually-hidden' },
    el('tr', {}, ...TEXT.proposalColumns.map((text) => el('th', { text, attrs: { scope: 'col' } }))),
  );
  const bodies: HTMLTableSectionElement[] = [];
  let group: string | null = null;
  rows.forEach((row, index) => {
    if (group === null || row.proposal.group !== group) {
      group = row.proposal.group;
      const body = el('tbody');
      if (group) {
        body.appendChild(
          el(
            'tr',
            { className: 'proposal-group' },
            el('th', { text: group, attrs: { colspan: '7', scope: 'rowgroup' } }),
          ),
        );
      }
      bodies.push(body);
    }
    bodies[bodies.length - 1]!.appendChild(proposalRow(row, index, onChange));
  });
  replaceChildren(container, el('table', { className: 'proposals' }, head, ...bodies));
}

/** Marks a field the check refused and puts the cursor in it. */
export function markInvalid(container: HTMLElement, index: number, field: ImportField): void {
  const node = container.querySelector<HTMLInputElement>(`tr[data-index="${index}"] .field-${field}`);
  if (!node) return;
  node.setAttribute('aria-invalid', 'true');
  node.focus();
}

/** The importer's warnings, as a list (hidden when there are none). */
export function renderWarnings(list: HTMLElement, warnings: string[]): void {
  replaceChildren(list, ...warnings.map((w) => el('li', { className: 'plan-warning', text: w })));
  list.hidden = warnings.length === 0;
}
