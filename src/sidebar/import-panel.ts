// The "Nhập kế hoạch" panel: paste a plan, read its proposed targets, correct them, add the chosen ones.

import { byId } from './dom';
import { checkSelection, importRows, type ImportRow } from './import-rows';
import { addedSummary, proposalSummary, renamedSummary, selectedSummary, TEXT } from './messages';
import { markInvalid, renderProposals, renderWarnings } from './render-import';
import { renderStatus } from './render-status';
import { errorMessage, type ServerApi } from './server';

interface ImportView {
  text: HTMLTextAreaElement;
  read: HTMLButtonElement;
  readStatus: HTMLElement;
  result: HTMLElement;
  summary: HTMLElement;
  warnings: HTMLElement;
  proposals: HTMLElement;
  add: HTMLButtonElement;
  selected: HTMLElement;
  addStatus: HTMLElement;
}

function findImportView(): ImportView {
  return {
    text: byId<HTMLTextAreaElement>('plan-text'),
    read: byId<HTMLButtonElement>('read-plan'),
    readStatus: byId('read-status'),
    result: byId('plan-result'),
    summary: byId('proposal-summary'),
    warnings: byId('plan-warnings'),
    proposals: byId('proposals'),
    add: byId<HTMLButtonElement>('add-targets'),
    selected: byId('selected-count'),
    addStatus: byId('add-status'),
  };
}

/** Wires the panel; `onAdded` runs after targets were added (the overview reloads its data). */
export function startImportPanel(server: ServerApi, onAdded: () => void): void {
  const view = findImportView();
  let rows: ImportRow[] = [];
  let busy = false;

  const setBusy = (value: boolean) => {
    busy = value;
    view.read.disabled = value;
    view.add.disabled = value || rows.length === 0;
  };
  const showSelected = () => {
    view.selected.textContent = selectedSummary(rows.filter((r) => r.checked).length, rows.length);
  };
  const showRows = () => {
    renderProposals(view.proposals, rows, showSelected);
    showSelected();
  };

  view.read.addEventListener('click', () => {
    if (busy) return;
    const text = view.text.value;
    if (!text.trim()) {
      renderStatus(view.readStatus, { kind: 'failed', message: TEXT.planEmpty });
      view.text.focus();
      return;
    }
    setBusy(true);
    renderStatus(view.readStatus, { kind: 'working' });
    server
      .importPlan(text)
      .then((proposal) => {
        rows = importRows(proposal.targets);
        const existing = rows.filter((r) => r.proposal.exists).length;
        renderStatus(view.readStatus, { kind: 'idle' });
        renderStatus(view.addStatus, { kind: 'idle' });
        view.summary.textContent = rows.length ? proposalSummary(rows.length, existing) : TEXT.noProposals;
        renderWarnings(view.warnings, proposal.warnings);
        showRows();
        view.result.hidden = false;
      })
      .catch((error: unknown) => renderStatus(view.readStatus, { kind: 'failed', message: errorMessage(error) }))
      .then(() => setBusy(false));
  });

  view.add.addEventListener('click', () => {
    if (busy) return;
    const selection = checkSelection(rows);
    if (!selection.ok) {
      renderStatus(view.addStatus, { kind: 'failed', message: selection.message });
      if (selection.index !== undefined && selection.field)
        markInvalid(view.proposals, selection.index, selection.field);
      return;
    }
    const sent = rows.filter((r) => r.checked);
    setBusy(true);
    renderStatus(view.addStatus, { kind: 'working' });
    server
      .addTargets(selection.targets)
      .then((result) => {
        // Every sent target is on the Targets tab now: added (under a new key when the tab held its key for another
        // target), or skipped because it was there already.
        const renamed = [...(result.renamed ?? [])];
        sent.forEach((row, i) => {
          const sentKey = selection.targets[i]!.key;
          const r = renamed.findIndex((x) => x.from === sentKey);
          const key = r >= 0 ? renamed.splice(r, 1)[0]!.to : sentKey;
          row.proposal = { ...selection.targets[i]!, key, exists: true };
          row.label = row.proposal.label;
          row.key = row.proposal.key;
          row.unit = row.proposal.unit;
          row.checked = false;
        });
        showRows();
        renderStatus(view.addStatus, {
          kind: 'done',
          message: addedSummary(result.added, result.skipped) + renamedSummary(result.renamed ?? []),
        });
        if (result.added > 0) onAdded();
      })
      .catch((error: unknown) => renderStatus(view.addStatus, { kind: 'failed', message: errorMessage(error) }))
      .then(() => setBusy(false));
  });
}

/** Puts the cursor in the plan's text box (when the sidebar opens on this panel). */
export function focusPlanText(): void {
  byId('plan-text').focus();
}
