// Thin re-export: the sidebar's sentences live in src/messages/vi.ts (section `sidebar`, English twin in en.ts). Add
// new ones THERE, in a block with a comment naming your feature. The sidebar speaks Vietnamese. The functions below
// only adapt the catalogue to the calls written before it; they hold no sentence.

import { sidebar } from '../messages/vi';

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
