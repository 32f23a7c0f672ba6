// The period's reporting per unit with the e-mails of those who have not reported, and "Chốt số liệu" / "Mở lại".

import type { PeriodStatus } from '../gas/sidebar-types';
import { el, replaceChildren } from './dom';
import { CLOSING_UI, viDeadline } from './messages';
import { spinner } from './render-report';
import { errorMessage, type ServerApi } from './server';

interface Buttons {
  load: HTMLButtonElement;
  close: HTMLButtonElement;
  reopen: HTMLButtonElement;
}

function viInstant(iso: string): string {
  // Vietnam has no daylight saving: UTC+7 all year.
  return viDeadline(new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 19) + '+07:00');
}

/** The status list: counts, each unit with its reporting, the e-mails to copy (no mail permission is asked for). */
export function renderPeriodStatus(box: HTMLElement, status: PeriodStatus): void {
  const count = (r: string) => status.units.filter((u) => u.reporting === r).length;
  const missing = status.units.filter((u) => u.reporting === 'none');
  const emails = missing.flatMap((u) => u.email.split(/[;,]/).map((e) => e.trim())).filter(Boolean);
  const withoutEmail = missing.filter((u) => !u.email.trim()).map((u) => u.code);
  const list = el(
    'ul',
    { className: 'unit-status' },
    ...status.units.map((u) =>
      el(
        'li',
        { className: `reporting-${u.reporting}` },
        `${u.code} – ${u.name}: ${CLOSING_UI.reporting[u.reporting]}`,
      ),
    ),
  );
  const copy = el('textarea', { className: 'emails', attrs: { readonly: 'readonly', rows: '3' } });
  copy.value = emails.join('; ');
  replaceChildren(
    box,
    el('p', { className: 'muted small', text: CLOSING_UI.deadline(viDeadline(status.deadlineAt)) }),
    el('p', {
      className: 'small',
      text: status.closedAt ? CLOSING_UI.closedAt(viInstant(status.closedAt)) : CLOSING_UI.open,
    }),
    el('p', { text: CLOSING_UI.counts(count('on-time'), count('unknown'), count('late'), missing.length) }),
    ...statusLines(missing.length > 0, copy, withoutEmail),
    list,
  );
}

function statusLines(missing: boolean, copy: HTMLTextAreaElement, withoutEmail: string[]): HTMLElement[] {
  if (!missing) return [el('p', { className: 'done', text: CLOSING_UI.allReported })];
  const lines: HTMLElement[] = [el('label', { className: 'small', text: CLOSING_UI.emailsLabel }), copy];
  if (withoutEmail.length)
    lines.push(el('p', { className: 'muted small', text: CLOSING_UI.noEmail(withoutEmail.join(', ')) }));
  return lines;
}

/** An in-page confirmation (no browser dialog): the action runs only after "Xác nhận". */
function confirmInPage(box: HTMLElement, question: string, onYes: () => void): void {
  const yes = el('button', { className: 'action', text: CLOSING_UI.yes, attrs: { type: 'button' } });
  const no = el('button', { className: 'secondary', text: CLOSING_UI.no, attrs: { type: 'button' } });
  yes.onclick = onYes;
  no.onclick = () => replaceChildren(box);
  replaceChildren(box, el('p', { className: 'confirm', text: question, attrs: { role: 'alert' } }), yes, no);
}

/** Wires the three buttons to the chosen period. `changed` reloads the sidebar after a closing or reopening. */
export function setUpClosingPanel(
  server: ServerApi,
  period: HTMLSelectElement,
  box: HTMLElement,
  buttons: Buttons,
  changed: () => void,
): void {
  const all = [buttons.load, buttons.close, buttons.reopen];
  const busy = (on: boolean) => all.forEach((b) => (b.disabled = on || period.disabled || !period.value));
  const fail = (error: unknown) =>
    replaceChildren(box, el('p', { className: 'failed', text: errorMessage(error), attrs: { role: 'alert' } }));
  const show = () => {
    busy(true);
    replaceChildren(box, spinner());
    server
      .getPeriodStatus(period.value)
      .then((status) => renderPeriodStatus(box, status))
      .catch(fail)
      .then(() => busy(false));
  };
  const act = (run: (name: string) => Promise<{ message: string }>, question: string) =>
    confirmInPage(box, question, () => {
      busy(true);
      replaceChildren(box, spinner());
      run(period.value)
        .then((result) => {
          replaceChildren(box, el('p', { className: 'done', text: result.message }));
          changed();
        })
        .catch(fail)
        .then(() => busy(false));
    });
  buttons.load.onclick = show;
  buttons.close.onclick = () => act(server.closePeriod, CLOSING_UI.confirmClose(period.value));
  buttons.reopen.onclick = () => act(server.reopenPeriod, CLOSING_UI.confirmReopen(period.value));
  period.addEventListener('change', () => replaceChildren(box));
  // The picker is filled once the data arrives: the buttons follow its state.
  new MutationObserver(() => busy(false)).observe(period, { attributes: true, childList: true });
}
