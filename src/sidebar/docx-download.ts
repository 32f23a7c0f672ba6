// "Tải báo cáo Word (.docx)": the period's report from the server, laid out as a .docx in the browser, saved by a link.

import type { DocxRenderer } from '../docx/browser';
import { el, replaceChildren } from './dom';
import { DOCX_TEXT, docxLink } from './messages';
import { spinner } from './render-report';
import { errorMessage, type ServerApi } from './server';

type WithRenderer = { ChiTieuDocx?: DocxRenderer };

/**
 * The renderer (build/DocxRenderer.html, ~250 KB) is fetched once, when first asked for, and run as a script element:
 * opening the sidebar stays light. Its text is one script element; only the code between its tags is run.
 */
async function loadRenderer(server: ServerApi): Promise<DocxRenderer> {
  const loaded = (globalThis as WithRenderer).ChiTieuDocx;
  if (loaded) return loaded;
  const html = await server.getDocxRenderer();
  const text = String(html);
  const code = text.slice(text.indexOf('>') + 1, text.lastIndexOf('<'));
  const script = document.createElement('script');
  script.textContent = code;
  document.head.appendChild(script);
  const renderer = (globalThis as WithRenderer).ChiTieuDocx;
  if (!renderer) throw new Error(DOCX_TEXT.rendererFailed);
  return renderer;
}

/**
 * Wires the download button. The file is offered as a link with the `download` attribute that the person clicks:
 * HtmlService's iframe sandbox has allow-downloads (https://developers.google.com/apps-script/guides/html/restrictions),
 * and a click is the user gesture browsers ask of a download from a frame, however long the server took.
 */
export function setUpDocxDownload(
  server: ServerApi,
  button: HTMLButtonElement,
  period: HTMLSelectElement,
  status: HTMLElement,
): void {
  let url: string | null = null;
  button.onclick = () => {
    button.disabled = true;
    if (url) URL.revokeObjectURL(url);
    url = null;
    replaceChildren(status, spinner(DOCX_TEXT.working));
    Promise.all([loadRenderer(server), server.getReportDocument(period.value)])
      .then(([renderer, report]) => renderer.render(report as Parameters<DocxRenderer['render']>[0]))
      .then(({ blob, fileName }) => {
        url = URL.createObjectURL(blob);
        const link = el('a', {
          className: 'download',
          text: docxLink(fileName, blob.size),
          attrs: { href: url, download: fileName },
        });
        replaceChildren(
          status,
          el('p', { className: 'done', text: DOCX_TEXT.ready }),
          el('p', {}, link),
          el('p', { className: 'muted small', text: DOCX_TEXT.hint }),
        );
        link.focus();
      })
      .catch((error: unknown) => {
        replaceChildren(status, el('p', { className: 'failed', text: errorMessage(error), attrs: { role: 'alert' } }));
      })
      .then(() => {
        button.disabled = period.disabled || period.options.length === 0;
      });
  };
}
