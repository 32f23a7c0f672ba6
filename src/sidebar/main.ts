// The sidebar's script: loads the sidebar data, renders the panels and wires the buttons to the server.

import type { SidebarData, SidebarProblem } from '../gas/sidebar-types';
import { byId, replaceChildren } from './dom';
import { setUpClosingPanel } from './closing-panel';
import { setUpDocxDownload } from './docx-download';
import { defaultPeriod, isoToday } from './format';
import { focusPlanText, startImportPanel } from './import-panel';
import { TEMPLATE, TEXT } from './messages';
import { renderLower } from './render-lower';
import { renderProblems } from './render-problems';
import { renderProgress } from './render-progress';
import { renderPeriodDates, renderPeriods, renderReportStatus, spinner } from './render-report';
import { renderStatus } from './render-status';
import { createServer, errorMessage, type ServerApi } from './server';
import { requestedPanel, setUpTabs } from './tabs';

interface View {
  campaign: HTMLElement;
  notice: HTMLElement;
  setupBox: HTMLElement;
  setup: HTMLElement;
  setUp: HTMLButtonElement;
  setupStatus: HTMLElement;
  targets: HTMLElement;
  entries: HTMLElement;
  period: HTMLSelectElement;
  periodDates: HTMLElement;
  generate: HTMLButtonElement;
  reportStatus: HTMLElement;
  revalidate: HTMLButtonElement;
  problemSummary: HTMLElement;
  problemStatus: HTMLElement;
  problems: HTMLElement;
}

function findView(): View {
  return {
    campaign: byId('campaign'),
    notice: byId('notice'),
    setupBox: byId('setup-box'),
    setup: byId('setup'),
    setUp: byId<HTMLButtonElement>('set-up'),
    setupStatus: byId('setup-status'),
    targets: byId('targets'),
    entries: byId('entries'),
    period: byId<HTMLSelectElement>('period'),
    periodDates: byId('period-dates'),
    generate: byId<HTMLButtonElement>('generate'),
    reportStatus: byId('report-status'),
    revalidate: byId<HTMLButtonElement>('revalidate'),
    problemSummary: byId('problem-summary'),
    problemStatus: byId('problem-status'),
    problems: byId('problem-list'),
  };
}

function showNotice(view: View, message: string | null): void {
  view.notice.textContent = message || '';
  view.notice.hidden = !message;
}

function selectProblem(server: ServerApi, view: View, p: SidebarProblem): void {
  view.problemStatus.textContent = '';
  server.selectCell(p.tab, p.row, p.column).catch((error: unknown) => {
    view.problemStatus.textContent = TEXT.selectFailed + errorMessage(error);
  });
}

function render(server: ServerApi, view: View, data: SidebarData): void {
  const today = isoToday(new Date());
  view.campaign.textContent = data.campaign;
  view.setup.textContent = data.setupMessage || '';
  view.setupBox.hidden = !data.setupMessage;
  renderProgress(view.targets, data.targets);
  view.entries.textContent = data.entryRows
    ? TEXT.entriesSummary({ valid: data.validEntries, rows: data.entryRows })
    : '';
  renderPeriods(view.period, view.generate, data.periods, defaultPeriod(data.periods, today));
  renderPeriodDates(view.periodDates, data.periods, view.period.value);
  view.period.onchange = () => renderPeriodDates(view.periodDates, data.periods, view.period.value);
  renderReportStatus(view.reportStatus, data.periods.length ? { kind: 'idle' } : { kind: 'no-periods' });
  byId<HTMLButtonElement>('docx').disabled = data.periods.length === 0;
  renderProblems(view.problemSummary, view.problems, data.problems, data, (p) => selectProblem(server, view, p));
  view.revalidate.disabled = false;
  renderLower(byId('lower-card'), byId('lower-list'), data.lowerLevels);
}

/** "Cập nhật": the server recomputes the figures from the imported rows and sends the sidebar's data again. */
function refreshLower(server: ServerApi, view: View): void {
  const button = byId<HTMLButtonElement>('refresh-lower');
  const status = byId('lower-status');
  button.disabled = true;
  replaceChildren(status, spinner());
  server
    .refreshLowerLevels()
    .then((data) => {
      render(server, view, data);
      status.textContent = TEXT.lowerRefreshed;
    })
    .catch((error: unknown) => {
      status.textContent = errorMessage(error);
    })
    .then(() => {
      button.disabled = false;
    });
}

function generate(server: ServerApi, view: View): void {
  const period = view.period.value;
  view.generate.disabled = true;
  view.period.disabled = true;
  renderReportStatus(view.reportStatus, { kind: 'working' });
  server
    .generateReport(period)
    .then((result) => renderReportStatus(view.reportStatus, { kind: 'done', result }))
    .catch((error: unknown) => renderReportStatus(view.reportStatus, { kind: 'failed', message: errorMessage(error) }))
    .then(() => {
      view.generate.disabled = false;
      view.period.disabled = false;
    });
}

function revalidate(server: ServerApi, view: View): void {
  view.revalidate.disabled = true;
  view.problemStatus.textContent = '';
  replaceChildren(view.problemSummary, spinner());
  server
    .validateEntries()
    .then((result) => {
      renderProblems(view.problemSummary, view.problems, result.problems, result, (p) =>
        selectProblem(server, view, p),
      );
      view.problemStatus.textContent = TEXT.marksSummary({ marked: result.marked, cleared: result.cleared });
    })
    .catch((error: unknown) => {
      view.problemSummary.textContent = '';
      view.problemStatus.textContent = errorMessage(error);
    })
    .then(() => {
      view.revalidate.disabled = false;
    });
}

function load(server: ServerApi, view: View): Promise<void> {
  replaceChildren(view.targets, spinner(TEXT.loading));
  return server
    .getSidebarData()
    .then((data) => {
      showNotice(view, null);
      render(server, view, data);
    })
    .catch((error: unknown) => {
      replaceChildren(view.targets);
      showNotice(view, TEXT.loadFailed + errorMessage(error));
    });
}

function setUpTemplate(server: ServerApi, view: View): void {
  view.setUp.disabled = true;
  renderStatus(view.setupStatus, { kind: 'working' });
  server
    .setUpTemplate()
    .then((result) => {
      const message = result.changes
        ? TEMPLATE.done({ tabs: result.createdTabs.length, headers: result.addedHeaders.length })
        : TEMPLATE.unchanged;
      renderStatus(view.setupStatus, { kind: 'done', message });
      return load(server, view);
    })
    .catch((error: unknown) => renderStatus(view.setupStatus, { kind: 'failed', message: errorMessage(error) }))
    .then(() => {
      view.setUp.disabled = false;
    });
}

function start(): void {
  const view = findView();
  const showPanel = setUpTabs();
  // Runs on DOMContentLoaded, after the script showPlanImport appends to the page has set CHITIEU_PANEL.
  if (requestedPanel() === 'import') {
    showPanel('import');
    focusPlanText();
  }
  let server: ServerApi;
  try {
    server = createServer();
  } catch (error) {
    showNotice(view, errorMessage(error));
    return;
  }
  view.generate.addEventListener('click', () => generate(server, view));
  setUpDocxDownload(server, byId<HTMLButtonElement>('docx'), view.period, byId('docx-status'));
  setUpClosingPanel(
    server,
    view.period,
    byId('period-status'),
    {
      load: byId<HTMLButtonElement>('period-status-load'),
      close: byId<HTMLButtonElement>('close-period'),
      reopen: byId<HTMLButtonElement>('reopen-period'),
    },
    () => void load(server, view),
  );
  view.revalidate.addEventListener('click', () => revalidate(server, view));
  byId('refresh-lower').addEventListener('click', () => refreshLower(server, view));
  view.setUp.addEventListener('click', () => setUpTemplate(server, view));
  startImportPanel(server, () => void load(server, view));
  void load(server, view);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
