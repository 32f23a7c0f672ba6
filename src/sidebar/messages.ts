// Thin re-export: the sidebar's sentences live in src/messages/vi.ts (section `sidebar`, English twin in en.ts). Add
// new ones THERE, in a block with a comment naming your feature. The sidebar speaks Vietnamese. The functions below
// only adapt the catalogue to the calls written before it; they hold no sentence.

import { label, sidebar } from '../messages/vi';

export { addon as ADDON, label as LABEL, sidebar as TEXT, template as TEMPLATE } from '../messages/vi';

/** @deprecated TEXT.docx… */
export const DOCX_TEXT = /* @__PURE__ */ (() => ({
  working: sidebar.docxWorking,
  rendererFailed: sidebar.docxRendererFailed,
  ready: sidebar.docxReady,
  hint: sidebar.docxHint,
}))();
export const docxLink = (fileName: string, bytes: number) => sidebar.docxLink({ fileName, bytes });
export const emptyLabel = (label: string) => sidebar.emptyLabel({ label });
export const emptyKey = (label: string) => sidebar.emptyKey({ label });
export const duplicateKey = (key: string) => sidebar.duplicateKey({ key });
export const badTarget = (label: string) => sidebar.badTarget({ label });
export const renamedSummary = (renamed: { from: string; to: string }[]) => sidebar.renamedSummary({ renamed });
export const addedSummary = (added: number, skipped: string[]) => sidebar.addedSummary({ added, skipped });
export const proposalSummary = (found: number, existing: number) => sidebar.proposalSummary({ found, existing });
export const selectedSummary = (selected: number, total: number) => sidebar.selectedSummary({ selected, total });

/** @deprecated TEXT.closing… and LABEL[reporting]: closing and reopening a period (issue 14). */
export const CLOSING_UI = /* @__PURE__ */ (() => ({
  reporting: { 'on-time': label['on-time'], unknown: label.unknown, late: label.late, none: label.none },
  deadline: (at: string) => sidebar.closingDeadline({ at }),
  closedAt: (at: string) => sidebar.closingClosedAt({ at }),
  open: sidebar.closingOpen,
  counts: (onTime: number, unknown: number, late: number, none: number) =>
    sidebar.closingCounts({ onTime, unknown, late, none }),
  emailsLabel: sidebar.closingEmailsLabel,
  noEmail: (units: string) => sidebar.closingNoEmail({ units }),
  allReported: sidebar.closingAllReported,
  confirmClose: (period: string) => sidebar.confirmClose({ period }),
  confirmReopen: (period: string) => sidebar.confirmReopen({ period }),
  yes: sidebar.yes,
  no: sidebar.no,
}))();

/** "2024-06-23T17:00:00+07:00" → "17:00 23/06/2024". */
export function viDeadline(iso: string): string {
  const [date, time] = [iso.slice(0, 10).split('-'), iso.slice(11, 16)];
  return `${time} ${date[2]}/${date[1]}/${date[0]}`;
}
