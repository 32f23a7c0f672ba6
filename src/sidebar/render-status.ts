// What a button's server call is doing or did, under the button: a spinner, a result line or the failure.

import { el, replaceChildren } from './dom';
import { spinner } from './render-report';

export type ActionState =
  { kind: 'idle' } | { kind: 'working' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

export function renderStatus(status: HTMLElement, state: ActionState): void {
  status.className = `action-status action-${state.kind}`;
  switch (state.kind) {
    case 'idle':
      replaceChildren(status);
      return;
    case 'working':
      replaceChildren(status, spinner());
      return;
    case 'done':
      replaceChildren(status, el('p', { className: 'done', text: state.message }));
      return;
    case 'failed':
      replaceChildren(status, el('p', { className: 'failed', text: state.message, attrs: { role: 'alert' } }));
      return;
  }
}
