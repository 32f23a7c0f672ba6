// The tab bar above the panels: "Tổng quan" and "Nhập kế hoạch", one panel shown at a time.

export type PanelName = 'overview' | 'import';

/** The panel showPlanImport asks for: it appends `window.CHITIEU_PANEL = "import"` after the page. */
export function requestedPanel(): PanelName {
  return (window as { CHITIEU_PANEL?: unknown }).CHITIEU_PANEL === 'import' ? 'import' : 'overview';
}

/** Wires the tab buttons (click, arrow keys); returns the function that shows a panel. */
export function setUpTabs(): (name: PanelName) => void {
  const tabs = Array.from(document.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
  const show = (name: PanelName) => {
    for (const tab of tabs) {
      const selected = tab.dataset.panel === name;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') || '');
      if (panel) panel.hidden = !selected;
    }
  };
  tabs.forEach((tab, i) => {
    tab.addEventListener('click', () => show(tab.dataset.panel as PanelName));
    tab.addEventListener('keydown', (event) => {
      const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length]!;
      next.focus();
      show(next.dataset.panel as PanelName);
    });
  });
  return show;
}
