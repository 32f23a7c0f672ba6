// The "Cấp dưới" card of an upper level: each lower level's import state, and "Cập nhật" (imports fire no onEdit).

import type { LowerLevelState } from '../core/rollup-sheets';
import { el, replaceChildren } from './dom';
import { TEXT } from './messages';

function stateText(level: LowerLevelState): string {
  switch (level.status) {
    case 'imported':
      return TEXT.lowerImported({ rows: level.rows });
    case 'ref':
      return TEXT.lowerRef;
    case 'waiting':
      return TEXT.lowerWaiting;
    case 'not-imported':
      return TEXT.lowerNotImported;
    default:
      return TEXT.lowerNoUrl;
  }
}

/** Shown only at an upper level (some unit has a `Bảng tính` link). */
export function renderLower(card: HTMLElement, list: HTMLElement, levels: LowerLevelState[]): void {
  card.hidden = levels.length === 0;
  replaceChildren(
    list,
    ...levels.map((l) =>
      el(
        'li',
        { className: `lower lower-${l.status}` },
        el('strong', { text: `${l.code} – ${l.name}` }),
        ': ',
        stateText(l),
      ),
    ),
  );
}
