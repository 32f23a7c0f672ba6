// Every sentence a user reads, in English: the twin of vi.ts, section by section and key by key (its types make a
// missing or extra key a compile error). Add a sentence to vi.ts first, then here.

import type * as vi from './vi';

export const problem: typeof vi.problem = {
  'missing-value': (p) => `${p.columnEn} is empty. Enter ${p.expectedEn}.`,
  'bad-number': (p) =>
    `"${p.value}" is not a number. Enter a number such as 12, 1.000 (one thousand) or 0,5 (one half).`,
  'number-too-large': (p) => `Quantity ${p.value} is too large (over a trillion). Check the number entered.`,
  'percent-on-count': (p) =>
    `"${p.value}" is a percentage but target "${p.target}" is a count. Enter the quantity achieved.`,
  negative: (p) => `Quantity ${p.value} is negative. Enter zero or more.`,
  'bad-date': (p) =>
    `"${p.value}" is not a valid date. Enter day/month/year, e.g. 11/6/${p.year ?? new Date().getUTCFullYear()}.`,
  'date-no-year': (p) =>
    `"${p.value}" has no year. Enter day/month/year, e.g. ${p.value}/${p.year ?? new Date().getUTCFullYear()}.`,
  'outside-campaign': (p) =>
    `Date ${p.value} is outside the campaign (${p.from} – ${p.to}). Check the date of the activity.`,
  'unknown-unit': (p) =>
    `Unit code "${p.value}" is not on the ${p.tab} tab. Pick a code from the unit list or add the unit.`,
  'unknown-target': (p) => `Target key "${p.value}" is not on the ${p.tab} tab. Pick a key from the target list.`,
  duplicate: (p) =>
    `Same as row ${p.first} (same date, unit, target, quantity and activity). Row ${p.first} is kept; delete this row if it was entered twice.`,
  'duplicate-other-tab': (p) =>
    `Same as row ${p.first} of the ${p.tab} tab (same date, unit, target, quantity and activity). That row is kept; delete this row if it was entered twice.`,
  'wrong-unit-tab': (p) =>
    `The ${p.tab} tab belongs to unit ${p.own} but this row has unit code "${p.value}". Move the row to unit "${p.value}"'s tab, or change the code to ${p.own} (or leave it empty).`,
  'not-in-upper': (p) =>
    `The lower level's target "${p.value}" is not on the ${p.tab} tab, so this row is left out. Add it, or set its "Mã ở cấp trên" at the lower level.`,
  'import-pending': (p) =>
    `The ${p.tab} tab has not imported the lower level's figures yet (cell A1 shows ${p.value}). Click A1 and choose "Allow access", or check the link in the Units tab's Spreadsheet column; then press "Cập nhật" (Refresh) in the sidebar.`,
  'over-carried-base': (p) =>
    `This roll-up row of percent target "${p.target}" says ${p.value}, more than the base ${p.base} it carries. Check the lower level's figures.`,
  'over-base': (p) =>
    `Percent target "${p.target}" has no base, so a unit counts at most 1; this row says ${p.value}. Enter 1 (met) or 0 (not yet), or fill the Base column.`,
  'over-target': (p) =>
    `Quantity ${p.value} is more than the whole campaign target (${p.limit} ${p.measure}) of "${p.target}". Check it: a digit too many or a pasted total? If it is right, leave it.`,
  'over-allocation': (p) =>
    `Quantity ${p.value} is more than unit ${p.unit}'s whole allocation (${p.limit} ${p.measure}) of "${p.target}". Check it: a digit too many or a pasted total? If it is right, leave it.`,
  'fractional-count': (p) =>
    `Quantity "${p.value}" has a fraction, but "${p.measure}" (target "${p.target}") is counted in whole numbers. Enter a whole number such as ${p.floor} or ${p.ceil}; group thousands with a dot (1.500): the comma is the decimal mark.`,
  'ambiguous-comma': (p) =>
    `"${p.value}" is read as ${p.read} because the comma is the decimal mark. If you meant ${p.plain}, enter ${p.thousands} or ${p.plain}; if ${p.read} is right, write ${p.read}.`,
  'formula-no-value': (p) =>
    `The ${p.columnEn} cell holds a formula with no value yet (the file was saved without calculating it). Open the file in Excel, LibreOffice Calc or Google Sheets and save it again, or enter ${p.expectedEn} directly.`,
  'late-entry': (p) =>
    `This row was recorded at ${p.recorded}, after the deadline of ${p.periods}. It still counts (except in a closed period); remind the unit to report on time.`,
  'after-cutoff-changed': (p) =>
    `Period ${p.period} is closed; this cell changed from "${p.old}" to "${p.now}" after the closing. The closed report keeps its figures; the change counts in later periods and is logged in Nhật ký.`,
  'after-cutoff-added': (p) =>
    `Period ${p.period} is closed; this row (${p.now}) was added after the closing. The closed report leaves it out; later periods count it, and it is logged in Nhật ký.`,
  'after-cutoff-removed': (p) =>
    `Period ${p.period} is closed; row ${p.row} as closed (${p.old}) is no longer a valid entry (deleted, made invalid or re-dated). The closed report still counts it; later periods do not.`,
  'missing-evidence': () => 'No evidence. Paste a link to photos or documents.',
  'missing-tab': (p) =>
    `No "${p.english}" tab. Add a tab named "${p.tab}" (or "${p.english}") with the header row ${p.headers}.`,
  'missing-column': (p) =>
    `The ${p.tab} tab has no "${p.columnEn}" column. Add a column headed "${p.columnVi}" (or "${p.columnEn}").`,
  'no-evidence-column': (p) =>
    `The ${p.tab} tab has no "Evidence" column, so evidence cannot be checked. Add an "Evidence" column.`,
  'bad-target': (p) =>
    `Target "${p.key}" has no valid number ("${p.value}"). Enter a number above zero in the Target column.`,
  'duplicate-key': (p) =>
    `Key "${p.value}" is already used on row ${p.first}. Each key must be unique; choose another.`,
  'bad-kind': (p) => `Kind "${p.value}" is unknown. Write "số lượng" (count) or "tỷ lệ" (percent).`,
  'bad-base': (p) =>
    `Base "${p.value}" is not valid. Enter the size of the population (above zero), or leave it empty.`,
  'bad-period': (p) => `Period "${p.name}" ends (${p.to}) before it starts (${p.from}). Fix From or To.`,
  'bad-allocation': (p) => `Allocated "${p.value}" is not valid. Enter a number above zero.`,
  'bad-setting': (p) =>
    `Value "${p.value}" of "${p.setting}" is not valid. ` +
    (p.startsOn ? `The campaign must end after it starts (${p.startsOn}).` : 'Enter a date as day/month/year.'),
};

export const expected: typeof vi.expected = {
  date: 'the date (day/month/year)',
  unit: 'a unit code from the Units tab',
  target: 'a target key from the Targets tab',
  quantity: 'the quantity achieved',
  key: 'a target key',
  code: 'a unit code',
  name: 'a period name',
  from: 'the start date',
  to: 'the end date',
  allocated: 'the allocated target',
};

export const label: typeof vi.label = {
  appName: 'Chỉ Tiêu',
  met: 'Met',
  exceeded: 'Exceeded',
  'not-met': 'Not yet met',
  'on-track': 'On track',
  ahead: 'On or ahead of schedule',
  behind: 'Behind schedule',
  count: 'count',
  percent: 'percent',
  error: 'error',
  warning: 'warning',
  'on-time': 'On time',
  unknown: 'Time unknown',
  late: 'Late',
  none: 'Not reported',
  lateUnits: 'Units that reported late',
  week: (p) => `Week ${p.n}`,
  rankingRule:
    "Emulation ranking: each target gives up to 100 points from the unit's cumulative attainment (against its allocation, else the campaign target); the score is the sum over targets; on a tie, the unit with more valid entries ranks higher.",
};

export const closing: typeof vi.closing = {
  busy: 'Another operation (a report, a closing) is running. Try again in a few minutes.',
  alreadyClosed: (p) =>
    `Period ${p.period} was closed at ${p.at}. To close the current figures instead, press "Reopen" and close it again.`,
  notClosed: (p) => `Period ${p.period} is not closed; there is nothing to reopen.`,
  closed: (p) =>
    `Period ${p.period} closed: its report and the stamps of ${p.rows} entry rows are kept. Later changes are logged in Nhật ký.`,
  reopened: (p) => `Period ${p.period} reopened: the report and the functions follow the current figures again.`,
  logClose: 'Closed',
  logReopen: 'Reopened',
  logChange: 'Changed after closing',
  logAdd: 'Added after closing',
  logRemove: 'Removed after closing',
  closingNote: (p) => `${p.rows} entry rows stamped`,
  closedAtNote: (p) => `Period ${p.period} (closed at ${p.at})`,
  logProtection:
    "Chỉ Tiêu: log written by the add-on. Do not edit: it helps to compare, but does not stop someone who edits on purpose (see Google's version history).",
  protection:
    'Chỉ Tiêu: closed figures (report and row stamps). Do not edit by hand: use "Close" / "Reopen" in the sidebar.',
};

export const rollup: typeof vi.rollup = {
  tab: 'Kết quả – tổng hợp',
  noUpperCode: (p) =>
    `Lower workbook "${p.file}" has no "Mã ở cấp trên" (Upper-level code) in its Settings tab. Add that key with this level's code from the upper level's Units tab.`,
  unknownUpperCode: (p) =>
    `Upper-level code "${p.code}" of "${p.file}" is not on the Units tab of "${p.upper}". Fix "Mã ở cấp trên" in the Settings of "${p.file}", or add unit "${p.code}" to the upper level's Units tab.`,
  givenTwice: (p) =>
    `"${p.file}" and "${p.other}" both carry upper-level code "${p.code}": their figures would count twice. Give one workbook per lower level, or fix the "Mã ở cấp trên" of one of them.`,
  fileTwice: (p) => `"${p.file}" is given twice: its figures would count twice. Give it once.`,
  alreadyImported: (p) =>
    `"${p.upper}" already holds roll-up import tabs ${p.tabs} for these lower levels: rolling up again would count them twice. Remove those tabs (in a copy) or leave those lower workbooks out.`,
  sameFile:
    'The roll-up file (--out) must differ from the upper workbook: chitieu never overwrites the source. Choose another name.',
  lowerUnsound: (p) => `Lower workbook "${p.file}": ${p.why}`,
  notInUpperProblem: (p) =>
    `Target "${p.key}" has no counterpart at the upper level, so it is not sent. If the upper level uses another key, write it in the Targets tab's "Mã ở cấp trên" column (${p.upper}).`,
  summaryLine: (p) =>
    `${p.file} → ${p.code}: ${p.rows} roll-up rows; errors ${p.errors}, warnings ${p.warnings}${p.notInUpper ? `; not in the upper level: ${p.notInUpper}` : ''}`,
};

/** Roll-up in Google Sheets (issue 15): the lower level's `Gửi cấp trên` tab, the upper level's "Tổng hợp cấp dưới". */
export const sendUp: typeof vi.sendUp = {
  sendUpTab: 'Gửi cấp trên',
  sendUpPending: 'Gửi cấp trên (đang tạo)',
  sendUpProtection: 'Chỉ Tiêu: figures for the upper level, rewritten with each report; read there by IMPORTRANGE.',
  menu: 'Roll up lower levels',
  importProtection: (p) => `Chỉ Tiêu: lower level ${p.code}'s figures (IMPORTRANGE). Do not type here.`,
  importedTabs: (p) => `Created ${p.count} import tabs for lower levels.`,
  importedNothing: 'No new import tab.',
  importKept: (p) => `${p.count} tabs already imported, kept.`,
  importNoUrl: (p) => `No link in the "Bảng tính" (Spreadsheet) column of the Units tab: ${p.codes}.`,
  importOtherFormula: (p) =>
    `Cell A1 holds another formula, never overwritten: ${p.tabs}. To import again, delete that tab and run again.`,
  importTyped: (p) => `The tab holds typed data, nothing written: ${p.tabs}. Rename it and run again.`,
  importNoUnits: 'No link in the Units tab\'s "Bảng tính" (Spreadsheet) column: nothing to roll up.',
  importAllow:
    'A tab shows #REF!: click its A1, choose "Allow access", then press "Cập nhật" (Refresh) in the sidebar.',
  activity: (p) => `Tổng hợp từ ${p.name}`,
};

export const settingHint: typeof vi.settingHint = {
  campaign: 'Campaign name, e.g. Mùa hè xanh 2025',
  from: 'First day of the campaign (day/month/year)',
  to: 'Last day of the campaign (day/month/year)',
  upperBody: 'Report: the upper body',
  issuingBody: 'Report: the issuing body',
  reference: 'Report: reference number',
  place: 'Report: the place on the date line',
  signatory: 'Report: the signatory',
  signatoryTitle: "Report: the signatory's title",
  onBehalfOf: 'Report: on behalf of',
  recipients: 'Report: recipients, separated by ;',
};

export const templateRule: typeof vi.templateRule = {
  date: (p) => `Enter a date as day/month/year, e.g. 11/6/${p.year}.`,
  number: 'Enter a number from 0 up, e.g. 12, 1.000 or 0,5.',
  positive: 'Enter a number above zero.',
  unit: 'Pick a unit code from the list (Units tab).',
  target: 'Pick a target key from the list (Targets tab).',
  kind: 'Choose "số lượng" (count) or "tỷ lệ" (percent).',
};

export const query: typeof vi.query = {
  notSetUp: 'The workbook is not set up. Run "Set up template".',
  unknownTarget: (p) => `No target "${p.text}". Use a key from the Targets tab: ${p.keys}.`,
  unknownPeriod: (p) => `No period "${p.text}". Periods on the Periods tab: ${p.names}.`,
  noPeriods: (p) => `No period "${p.text}": the Periods tab has none. Add one (Period, From, To).`,
  unknownUnit: (p) => `No unit "${p.text}". Use a code from the Units tab: ${p.codes}.`,
};

export const plan: typeof vi.plan = {
  'no-target-section': () =>
    'No target section found in the plan (such as "III. HỆ THỐNG CHỈ TIÊU" or "Chỉ tiêu cụ thể:"). Check the heading of the target section, or enter the targets by hand.',
  renamed: (p) => `Key "${p.from}" is another target's on the ${p.tab} tab: "${p.label}" gets the key "${p.to}".`,
  'no-quantity': (p) =>
    `Line ${p.line} of the target section has no quantity that could be read: "${p.text}". If it is a target, add it by hand.`,
};

export const report: typeof vi.report = {
  title: 'TARGET PROGRESS REPORT',
  period: (p) => `Period: ${p.name} (${p.from} – ${p.to})`,
  deadline: (p) => `Deadline: ${p.date}`,
  window: (p) => `Campaign: ${p.from} – ${p.to}`,
  generated: (p) => `Generated: ${p.time} (Vietnam time)`,
  targetsHeading: 'I. RESULTS BY TARGET',
  number: 'No.',
  key: 'Key',
  label: 'Label',
  measure: 'Unit',
  target: 'Target',
  periodResult: 'Period result',
  cumulative: 'Cumulative',
  attainment: 'Attainment',
  status: 'Status',
  pace: 'Pace',
  targetsNote:
    'Percent targets are in percent points; pace compares attainment with the share of the campaign elapsed.',
  unitsHeading: 'II. PERIOD RESULTS BY UNIT',
  unitCode: 'Unit code',
  unitName: 'Unit name',
  cluster: 'Cluster',
  reporting: 'Reporting',
  closedAt: (p) => `Figures closed at: ${p.time} (Vietnam time); later changes do not alter this report`,
  lateHeading: (p) => `Added after closing (${p.periods})`,
  change: 'Change',
  rows: 'Rows',
  lateNote:
    'These changes belong to closed periods: they count in this cumulative but leave the closed reports as they were.',
  lateUnits: (p) => `Units that reported late (${p.count})`,
  nonReportingHeading: (p) => `III. UNITS THAT DID NOT REPORT (${p.count})`,
  allReported: 'Every unit reported.',
  rankingHeading: 'IV. EMULATION RANKING',
  rank: 'Rank',
  score: 'Score',
  validEntries: 'Valid entries',
  excludedHeading: 'V. EXCLUDED DATA',
  counts: (p) => `Errors: ${p.errors} · Warnings: ${p.warnings}`,
  excludedRows: (p) => `Rows excluded from the figures (tab ${p.tab}): ${p.rows}`,
  noneExcluded: 'No row was excluded.',
  chartTitle: 'Attainment by target',
};

export const template: typeof vi.template = {
  done: (p) => `Template set up: ${p.tabs} new tabs, ${p.headers} new columns.`,
  unchanged: 'The workbook already follows the template; nothing to change.',
};

export const addon: typeof vi.addon = {
  menuSidebar: 'Open the dashboard',
  menuTemplate: 'Set up template',
  menuValidate: 'Check the data',
  menuReport: 'Write a report…',
  menuImport: 'Import targets from a plan…',
  setupProtection:
    'Chỉ Tiêu: campaign setup tab. Edit with care: target keys and unit codes are used on the Entries tab.',
  reportProtection: 'Chỉ Tiêu: report tab, written again each time "Write a report" runs.',
  dateHelp: 'A date as day/month/year, e.g. 11/6/2023.',
  quantityHelp: 'A number from 0 up, e.g. 12 or 0,5.',
  unitHelp: 'Pick a unit code from the Units tab.',
  targetHelp: 'Pick a target key from the Targets tab.',
  reportBusy: 'Another report is being written. Try again in a few minutes.',
  reportBuildingTab: (p) => `${p.tab} (being written)`,
  reportBuilding: (p) => `Writing the report of ${p.period}…`,
  reportDone: (p) => `Tab "${p.tab}" written.`,
  choosePeriod: 'Choose a period.',
  noSuchTab: (p) => `No tab "${p.tab}".`,
  planEmpty: 'Paste the text of the plan into the box.',
  planTooLong: 'The plan is too long (over a million characters). Paste only its target section.',
  badTargetRows: 'The target list is not valid: each row needs a key, a target above zero and a kind.',
  sheetBusy: 'The spreadsheet is being updated. Try again in a few minutes.',
};

export const formula: typeof vi.formula = {
  receivedRange: 'a range of several cells',
  receivedDate: 'a date',
  receivedBoolean: (p) => `the value ${p.value}`,
  receivedOther: 'a value that is not text',
  missingTarget: (p) => `The target key is missing. Example: ${p.example}.`,
  targetNotText: (p) =>
    `The first argument must be a target key (text), e.g. ${p.example}, or a cell holding one; here it is ${p.received}.`,
  periodNotText: (p) =>
    `The second argument must be a period name (text), e.g. =${p.name}("cay-xanh"; "Đợt 1"), or a cell holding one; here it is ${p.received}.`,
  unitNotText: (p) =>
    p.name === 'TARGET'
      ? `The second argument must be a unit code (text), e.g. =TARGET("cay-xanh"; "P01"), or a cell holding one; here it is ${p.received}.`
      : `The third argument must be a unit code (text), e.g. =${p.name}("cay-xanh"; "Đợt 1"; "P01"), or a cell holding one; here it is ${p.received}.`,
  badArguments: (p) => `The arguments are not valid. Example: ${p.example}.`,
};

export const cli: typeof vi.cli = {
  about: 'campaign targets on .xlsx',
  langOption: 'language: vi | en',
  jsonOption: 'machine-readable output',
  initAbout: 'write a template workbook',
  initFile: 'the .xlsx file to write',
  sampleOption: 'fill with the 2023 District 11 sample',
  forceOption: 'overwrite an existing file',
  forceOutput: 'overwrite an existing output file',
  validateAbout: 'list every problem row',
  workbookFile: 'the .xlsx workbook',
  reportAbout: 'write the report tab of a period',
  periodOption: 'period name',
  outOption: 'output workbook',
  attainmentAbout: 'one attainment as a fraction',
  keyArgument: 'target key',
  unitOption: 'unit code',
  importPlanAbout: 'propose Targets rows from a plan',
  planFile: 'plan file',
  intoOption: 'append to the Targets tab of a workbook',
  weeklyOption: 'weekly periods, e.g. "thứ 7 17:00"',
  fromOption: 'campaign start (dd/mm/yyyy)',
  toOption: 'campaign end (dd/mm/yyyy)',
  rollupAbout: 'roll lower levels up into a copy of the upper workbook',
  upperFile: 'the upper level workbook',
  lowerFiles: 'the lower levels workbooks',
  rollupOut: 'output workbook (default UPPER.tong-hop.xlsx)',
  rollupPeriod: 'answer like report for this period',
  rollupForce: 'overwrite an existing output',
  usage: (p) => `Wrong command: ${p.detail}. See: chitieu --help`,
  unexpected: (p) => `Unexpected failure: ${p.message}`,
  badLang: (p) => `Language "${p.value}" is not available. Use --lang vi or --lang en.`,
  missingFile: (p) =>
    `File "${p.file}" not found. Check the path, or create a sample with: chitieu init ${p.file} --sample`,
  notAWorkbook: (p) =>
    `"${p.file}" is not a readable .xlsx workbook. Open it in Google Sheets or Excel and download it as .xlsx.`,
  sameFile:
    'The report file (--out) must differ from the input: chitieu never overwrites the source. Choose another name.',
  missingPlan: (p) => `Plan file "${p.file}" not found. Check the path.`,
  unsupportedPlan: (p) =>
    `${p.ext} files cannot be read ("${p.file}"). Save the plan as .docx (Word) or .txt and try again.`,
  unreadablePlan: (p) =>
    `The content of "${p.file}" cannot be read. Open it in Word and save it as .docx or .txt (UTF-8), then try again.`,
  outputExists: (p) =>
    `"${p.file}" already exists. chitieu does not overwrite files; choose another name for ${p.flag} or add --force to overwrite it.`,
  outputIsFolder: (p) =>
    `"${p.file}" is a folder, not a file. Give ${p.flag} a file name, e.g. ${p.flag} "${p.file}/report.xlsx".`,
  outputMissingFolder: (p) =>
    `Folder "${p.folder}" does not exist. Create it (mkdir -p "${p.folder}") or choose another ${p.flag}.`,
  outputNotWritable: (p) =>
    `No permission to write "${p.file}". Choose ${p.flag} in a folder you can write to (your home folder, say), or get write access to that folder.`,
  outputReadOnly: (p) => `Cannot write "${p.file}": the disk is read-only. Choose ${p.flag} on a writable disk.`,
  outputDiskFull: (p) =>
    `Cannot write "${p.file}": the disk is full. Free some space or choose ${p.flag} on another disk; any existing file is left as it was.`,
  outputFailed: (p) => `Cannot write "${p.file}" (${p.reason}). Choose another ${p.flag}.`,
  pdfScanned: (p) =>
    `The PDF "${p.file}" (${p.pages} pages) has no readable text: it is probably a scan (a picture of the document). Use the plan's Word file (.docx) or a PDF exported from Word, or copy its target section into a .txt file, then try again.`,
  pdfUnreadable: (p) =>
    `The PDF "${p.file}" cannot be opened (damaged, password-protected, or not a PDF). Open it and save it again in a PDF reader, or use the plan's .docx.`,
  badDateOption: (p) => `--date "${p.text}" is not a valid date. Write day/month/year, e.g. --date 23/07/2024.`,
  sameDocx:
    'The Word file (--docx) must differ from the input: chitieu never overwrites the source. Choose another name.',
  notDocx: (p) => `"${p.file}" does not end in .docx. Name the Word file with .docx, e.g. report-period-1.docx.`,
  docxOption: 'the official report as a Word document',
  dateOption: 'the Word report date line',
  badWeekly: (p) => `"${p.rule}" is not a weekly deadline. Give a weekday and an hour, e.g. --weekly "thứ 7 17:00".`,
  badDateFlag: (p) => `--${p.flag} "${p.text}" is not a date. Write day/month/year, e.g. 11/6/2024.`,
  noWindow: 'Weekly periods need the campaign window: add --from and --to (day/month/year).',
  created: (p) => `Created ${p.file}: tabs ${p.tabs}; ${p.entries} entry rows.`,
  tab: 'Tab',
  row: 'Row',
  column: 'Column',
  code: 'Code',
  severity: 'Severity',
  message: 'Message',
  validated: (p) => `${p.rows} entry rows: ${p.valid} valid, ${p.errors} errors, ${p.warnings} warnings.`,
  reportHeading: (p) => `Report ${p.name} (${p.from} – ${p.to}), deadline ${p.deadline}`,
  key: 'Key',
  label: 'Label',
  measure: 'Unit',
  target: 'Target',
  periodResult: 'Period',
  cumulative: 'Cumulative',
  attainment: 'Attainment',
  status: 'Status',
  nonReporting: (p) => `Units that did not report (${p.count}): ${p.units || 'none'}`,
  late: (p) => `Late (${p.count}): ${p.units}`,
  wroteDocx: (p) => `Wrote the Word report ${p.file}`,
  leaders: (p) => `Ranking leaders: ${p.top}`,
  reportCounts: (p) => `Errors: ${p.errors}, warnings: ${p.warnings}; excluded rows: ${p.excluded}.`,
  wroteTab: (p) => `Wrote tab "${p.tab}" to ${p.file}`,
  line: 'Line',
  measureLong: 'Unit',
  kind: 'Kind',
  group: 'Group',
  proposed: (p) => `${p.count} targets proposed from the plan.`,
  appended: (p) =>
    `Added ${p.added} targets to the ${p.tab} tab of ${p.file}; skipped ${p.skipped} keys already there${p.keys ? ` (${p.keys})` : ''}.`,
};

export const sidebar: typeof vi.sidebar = {
  loading: 'Loading the data…',
  working: 'Working…',
  noConnection: 'Cannot reach Google Sheets (google.script.run is missing).',
  unknownError: 'Something went wrong. Try again.',
  loadFailed: 'The data could not be loaded: ',
  noTargets: 'No target on the "Chỉ tiêu" tab yet.',
  noPeriods: 'No period on the "Đợt báo cáo" tab yet.',
  noProblems: 'No problems. The data is valid.',
  row: 'row',
  deadline: 'deadline',
  error: 'Error',
  warning: 'Warning',
  selectFailed: 'The cell could not be selected: ',
  planEmpty: 'Paste the text of the plan into the box.',
  noProposals: 'No target found. Paste the target section of the plan.',
  exists: 'exists',
  existsTitle: 'This key is already on the "Chỉ tiêu" tab: if chosen, this row is skipped.',
  key: 'Key',
  label: 'Label',
  target: 'Target',
  measure: 'Unit',
  kind: 'Kind',
  proposalColumns: ['Add', 'Label', 'Line in the plan', 'Key', 'Target', 'Unit', 'Kind'],
  noneSelected: 'Choose at least one target to add.',
  problemSummary: (p) =>
    `${p.errors} errors, ${p.warnings} warnings` +
    (p.listed < p.errors + p.warnings ? ` (showing the first ${p.listed})` : ''),
  showMore: (p) => `Show ${p.count} more`,
  entriesSummary: (p) => `${p.valid}/${p.rows} valid entry rows`,
  marksSummary: (p) => `Checked again: ${p.marked} cells marked, ${p.cleared} old marks removed.`,
  reportDetails: (p) => `${p.targets} targets, ${p.nonReporting} units did not report in the period.`,
  proposalSummary: (p) =>
    p.existing ? `Found ${p.found} targets, ${p.existing} already on the "Chỉ tiêu" tab.` : `Found ${p.found} targets.`,
  selectedSummary: (p) => `${p.selected}/${p.total} targets chosen`,
  sourceLine: (p) => `line ${p.line}`,
  addChoice: (p) => `Add "${p.label}"`,
  emptyLabel: (p) => `Target "${p.label}" has no label. Enter one (the target's name).`,
  renamedSummary: (p) =>
    p.renamed.length
      ? ` Keys already used by other targets got new ones: ${p.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.`
      : '',
  emptyKey: (p) => `Target "${p.label}" has no key. Enter one.`,
  duplicateKey: (p) => `Key "${p.key}" is chosen more than once. Each target needs its own key.`,
  badTarget: (p) => `Target "${p.label}" needs a number above zero.`,
  addedSummary: (p) =>
    p.skipped.length ? `Added ${p.added} targets; skipped: ${p.skipped.join(', ')}.` : `Added ${p.added} targets.`,
  docxWorking: 'Writing the Word report…',
  docxRendererFailed:
    'The Word writer could not be loaded in the sidebar. Close the sidebar, open it again and retry; or run chitieu report --docx on a downloaded .xlsx.',
  docxReady: 'The Word report is ready. Click the file name to save it:',
  docxHint:
    'Fill in the reference, recipients, signatory… on the Settings tab; the highlights, shortcomings and next steps are for the command board to write in Word.',
  docxLink: (p) => `${p.fileName} (${Math.max(1, Math.round(p.bytes / 1024)).toLocaleString('en')} KB)`,
  closingDeadline: (p) => `Deadline: ${p.at}`,
  closingClosedAt: (p) =>
    `Figures closed at ${p.at}: the period's report, ATTAINMENT and ACHIEVED keep the closed figures.`,
  closingOpen: 'The period is open: figures follow the data.',
  closingCounts: (p) => `${p.onTime} on time · ${p.unknown} time unknown · ${p.late} late · ${p.none} not reported`,
  closingEmailsLabel: 'E-mail addresses of the units that have not reported (copy them to remind):',
  closingNoEmail: (p) => `No e-mail: ${p.units}`,
  closingAllReported: 'Every unit reported in the period.',
  confirmClose: (p) =>
    `Close period ${p.period}? Its report and figures are kept as they are now; later changes are marked and logged in Nhật ký. Everyone can still enter data.`,
  confirmReopen: (p) =>
    `Reopen period ${p.period}? The report and the functions follow the current figures again (changes made after the closing included).`,
  yes: 'Confirm',
  no: 'Cancel',
  // Roll-up in Google Sheets (issue 15): the report's line about `Gửi cấp trên`, and the lower levels' section.
  sentUp: (p) => `Updated the "Gửi cấp trên" tab (${p.rows} roll-up rows).`,
  lowerImported: (p) => `${p.rows} rows imported`,
  lowerRef:
    '#REF!: open the tab, click cell A1 and choose "Allow access" (Cho phép truy cập), or check the link in the "Bảng tính" column (Chỉ Tiêu cannot tell these two apart).',
  lowerWaiting: "loading the lower level's spreadsheet…",
  lowerNotImported: 'no import tab yet: run "Tổng hợp cấp dưới" (Roll up lower levels) from the add-on menu.',
  lowerNoUrl: 'no spreadsheet link in the Units tab\'s "Bảng tính" column.',
  lowerRefreshed: 'Refreshed the figures from the lower levels.',
};

export const unitTab: typeof vi.unitTab = {
  menu: 'Create a tab for each unit',
  protected: (p) =>
    `Chỉ Tiêu: unit ${p.code}'s own tab. Only the unit's e-mail addresses (Units tab), the owner and the person who created it may edit.`,
  warningOnly: (p) =>
    `Chỉ Tiêu: unit ${p.code}'s own tab. The unit has no e-mail address on the Units tab, so the tab is protected by a warning only.`,
  // A tab's name is shared by every language: the pending name stays the Vietnamese one.
  pendingName: (p) => `Chỉ Tiêu đang tạo – ${p.code}`,
  noUnits: 'The Units tab has no unit yet: enter the unit codes and run it again.',
  created: (p) => `Created ${p.count} unit tabs.`,
  nothing: 'Every unit already has its own tab; nothing to change.',
  existing: (p) => `${p.count} units already had a tab, left as it was.`,
  noEmail: (p) =>
    `No e-mail address, so only a warning on edit: ${p.codes}. To block others: add the address on the Units tab, delete that unit's tab and run it again.`,
  invalid: (p) => `Not an e-mail address, skipped: ${p.items}. Fix it on the Units tab.`,
  moveMenu: 'Move rows to the unit tabs',
  moveAsk: (p) =>
    `Move ${p.count} rows from Kết quả to ${p.tabs} unit tabs? (copied, compared, only then cleared on Kết quả)`,
  offerTabs: (p) => `Create a Kết quả tab for each of ${p.count} units, editable only by the unit's e-mail addresses?`,
  moved: (p) => `Moved ${p.count} rows to ${p.tabs} unit tabs.`,
  kept: (p) => `Left on Kết quả: rows ${p.items}.`,
  noUnit: 'no unit code',
  unknownUnit: 'code not on the Units tab',
  noTab: 'the unit has no tab',
  notEditor: 'you may not edit the tab',
  formula: 'holds a formula',
  noColumn: "a cell in a column the unit's tab lacks",
  changed: 'edited during the move',
  sameColumn: "a cell in a second column that goes to the same column of the unit's tab",
  tabBusy: "someone was typing where the rows were to go on the unit's tab",
  notCleared: 'copied to the unit tab but not cleared here, because the rows shifted: run it again',
  noMain: 'There is no Kết quả tab any more (renamed or deleted?): no row was moved.',
  logCleared: 'Xóa dòng đã chuyển',
  // The log tab's events stay Vietnamese, like its header.
  logStart: 'Bắt đầu chuyển dòng',
  logStartNote: 'No "Chuyển dòng" line below means it was cut: run it again.',
  logMove: 'Chuyển dòng',
  logCount: (p) => `${p.count} dòng`,
};

// The official report document (docs/DOMAIN.md, issue 13): its fixed words, then its sentences with figures.
/** Figures and names a document sentence reads. */
type DocParams = Record<string, string | number>;

/** Fixed words of the report document. */
export const documentWord = {
  union: 'HO CHI MINH COMMUNIST YOUTH UNION',
  title: 'REPORT',
  blankPlace: '…………',
  blankBody: '……………………',
  blankReference: 'No.:        -BC/……',
  referencePrefix: 'No.: ',
  campaignFallback: 'the campaign',
  sectionResults: 'I. RESULTS BY TARGET',
  summaryHeading: '1. Summary',
  tableHeading: '2. Results by target',
  highlightsHeading: '3. Highlights',
  sectionReporting: 'II. HOW THE UNITS REPORTED',
  sectionRanking: 'III. EMULATION RANKING',
  sectionLimits: 'IV. SHORTCOMINGS AND DIFFICULTIES',
  sectionNext: 'V. NEXT STEPS',
  boardWritesHighlights:
    '[The command board writes here: outstanding activities, models and practices of the period; exemplary units and people.]',
  boardWritesLimits:
    '[The command board writes here: shortcomings, difficulties and their causes; targets behind schedule and why.]',
  boardWritesNext:
    '[The command board writes here: priorities, how to reach the targets not yet met, requests and proposals.]',
  dotted: '……………………………………………………………………………………………',
  colNo: 'No.',
  colLabel: 'Target',
  colMeasure: 'Unit',
  colTarget: 'Target',
  colPeriod: 'Period result',
  colCumulative: 'Cumulative',
  colAttainment: 'Attain­ment',
  colStatus: 'Status',
  colRank: 'Rank',
  colUnit: 'Unit',
  colScore: 'Score',
  colEntries: 'Valid entries',
  exceeded: 'Exceeded',
  met: 'Met',
  notMet: 'Not met',
  behind: 'behind schedule',
  otherGroup: 'Other targets',
  total: 'Total',
  percentUnitNote:
    '*: percent target; each unit shows how many of its members meet it at the end of the period, the Total row the campaign share (%).',
  noReportMark: '–: the unit did not report in the period.',
  percentNote:
    'Percent targets: result and cumulative are the share (%) at the end of the period; attainment = cumulative ÷ target.',
  everyoneReported: 'Every unit reported in the period.',
  noLateUnits: 'No unit reported late.',
  recipients: 'Recipients:',
  recipientsFallback: 'File copy',
  onBehalfDefault: 'ON BEHALF OF THE EXECUTIVE COMMITTEE',
  onBehalfPrefix: 'ON BEHALF OF ',
  appendixTitle: 'DATA APPENDIX',
};

/** Sentences of the report document with figures in them. */
export const documentSentence = {
  dateLine: (p: DocParams) => `${p.place}, ${p.day}/${p.month}/${p.year}`,
  subject: (p: DocParams) => `Target results of ${p.campaign} – ${p.period}`,
  dates: (p: DocParams) => `(From ${p.from} to ${p.to})`,
  intro: (p: DocParams) =>
    `Under the plan of ${p.campaign}, ${p.body} reports the target results of ${p.period} (${p.from} to ${p.to}), from the campaign's spreadsheet as of ${p.generated}, as follows:`,
  bodyFallback: 'the command board',
  targetsDone: (p: DocParams) =>
    `Of ${p.total} targets, ${p.done} are done (${p.exceeded} exceeded, ${p.met} met) and ${p.notMet} are not yet met.`,
  exceededList: (p: DocParams) => `Targets exceeded: ${p.list}.`,
  behindList: (p: DocParams) =>
    `By ${p.to} (${p.elapsed} of the campaign elapsed), ${p.count} targets are behind schedule: ${p.list}.`,
  noneBehind: (p: DocParams) => `By ${p.to} (${p.elapsed} of the campaign elapsed), no target is behind schedule.`,
  unitsReportedTimely: (p: DocParams) =>
    `${p.reported} of ${p.total} units reported results in the period: ${p.onTime} on time, ${p.late} late, ${p.unknown} with no recorded time; ${p.none} did not report.`,
  dataProblems: (p: DocParams) =>
    `The spreadsheet has ${p.errors} data errors and ${p.warnings} warnings; ${p.excluded} rows with errors are left out of the figures.`,
  closedAt: (p: DocParams) =>
    `The period's figures were closed at ${p.time} on ${p.date}; this report gives the figures kept then.`,
  lateChanges: (p: DocParams) => `This cumulative includes changes made after closing ${p.periods}: ${p.list}.`,
  nonReporting: (p: DocParams) => `1. Units that did not report (${p.count}): ${p.list}.`,
  lateUnits: (p: DocParams) => `2. Units that reported late (${p.count}): ${p.list}.`,
  lateHeading: '2. Units that reported late: ',
  nonReportingHeading: '1. Units that did not report: ',
  deadline: (p: DocParams) => `The period's deadline: ${p.deadline}.`,
  closing: (p: DocParams) => `This concludes the target report of ${p.campaign} – ${p.period}.`,
  appendixSubtitle: (p: DocParams) => `Period results by unit – ${p.period} (${p.from} to ${p.to})`,
  appendixOf: (p: DocParams) => `(Attached to report no. ${p.reference} of ${p.date})`,
  appendixPart: (p: DocParams) =>
    `Table ${p.part}/${p.parts}: targets ${p.first} – ${p.last} (numbered as in section I)`,
};
