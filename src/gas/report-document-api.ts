// What the sidebar's "Tải báo cáo Word (.docx)" asks the server for: the period's report and the Word renderer's script.

import { analyze, buildReport, ChiTieuError, setupError, type ReportModel } from '../core';
import { ADDON } from '../messages';
import { readSpreadsheet } from './spreadsheet-reader';

/** The report model as the browser receives it (the problem list stays on the server: the document counts them). */
export type DocumentReport = Omit<ReportModel, 'problems'>;

/** The period's report, read now, for the browser to lay out as a .docx (nothing is written to the spreadsheet). */
export function reportForDocument(periodName: unknown): DocumentReport {
  if (typeof periodName !== 'string' || periodName.trim() === '')
    throw new ChiTieuError('no-period', ADDON.text('choosePeriod'));
  const analysis = analyze(readSpreadsheet(SpreadsheetApp.getActiveSpreadsheet()).data);
  const broken = setupError(analysis);
  if (broken) throw broken;
  const { problems, ...model } = buildReport(analysis, periodName.trim(), new Date());
  void problems;
  return model;
}

/**
 * The Word renderer's script (build/DocxRenderer.html), read the way Google's "separate HTML, CSS and JavaScript"
 * practice reads a file into a page: HtmlService.createHtmlOutputFromFile(name).getContent()
 * (https://developers.google.com/apps-script/guides/html/best-practices#separate_html_css_and_javascript). It is
 * an HTML file, so it is never loaded with the server code of each call.
 */
export function docxRendererScript(): string {
  return HtmlService.createHtmlOutputFromFile('DocxRenderer').getContent();
}
