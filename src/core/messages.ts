// Every user-facing sentence, Vietnamese first and English second, in one place.

export type Lang = 'vi' | 'en';
export interface Text {
  vi: string;
  en: string;
}

type Params = Record<string, string | number>;

/** The year in a date example: the campaign's (param `year`) when known, else this year. */
function exampleYear(p: Params): string | number {
  return p.year ?? new Date().getUTCFullYear();
}

const PROBLEMS: Record<string, (p: Params) => Text> = {
  'missing-value': (p) => ({
    vi: `Thiếu ${p.columnVi}. Hãy nhập ${p.expectedVi}.`,
    en: `${p.columnEn} is empty. Enter ${p.expectedEn}.`,
  }),
  'bad-number': (p) => ({
    vi: `"${p.value}" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.`,
    en: `"${p.value}" is not a number. Enter a number such as 12, 1.000 (one thousand) or 0,5 (one half).`,
  }),
  'number-too-large': (p) => ({
    vi: `Số lượng ${p.value} quá lớn (trên 1.000 tỷ). Hãy kiểm tra lại số đã nhập.`,
    en: `Quantity ${p.value} is too large (over a trillion). Check the number entered.`,
  }),
  'percent-on-count': (p) => ({
    vi: `"${p.value}" là tỷ lệ phần trăm nhưng chỉ tiêu "${p.target}" tính theo số lượng. Hãy nhập số lượng đạt được.`,
    en: `"${p.value}" is a percentage but target "${p.target}" is a count. Enter the quantity achieved.`,
  }),
  negative: (p) => ({
    vi: `Số lượng ${p.value} là số âm. Hãy nhập số từ 0 trở lên.`,
    en: `Quantity ${p.value} is negative. Enter zero or more.`,
  }),
  'bad-date': (p) => ({
    vi: `"${p.value}" không phải là ngày hợp lệ. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 11/6/${exampleYear(p)}.`,
    en: `"${p.value}" is not a valid date. Enter day/month/year, e.g. 11/6/${exampleYear(p)}.`,
  }),
  'date-no-year': (p) => ({
    vi: `"${p.value}" thiếu năm. Hãy nhập đủ ngày/tháng/năm, ví dụ ${p.value}/${exampleYear(p)}.`,
    en: `"${p.value}" has no year. Enter day/month/year, e.g. ${p.value}/${exampleYear(p)}.`,
  }),
  'outside-campaign': (p) => ({
    vi: `Ngày ${p.value} nằm ngoài thời gian chiến dịch (${p.from} – ${p.to}). Hãy kiểm tra lại ngày thực hiện.`,
    en: `Date ${p.value} is outside the campaign (${p.from} – ${p.to}). Check the date of the activity.`,
  }),
  'unknown-unit': (p) => ({
    vi: `Mã đơn vị "${p.value}" không có trong tab ${p.tab}. Hãy chọn một mã trong danh sách đơn vị hoặc thêm đơn vị đó.`,
    en: `Unit code "${p.value}" is not on the ${p.tab} tab. Pick a code from the unit list or add the unit.`,
  }),
  'unknown-target': (p) => ({
    vi: `Mã chỉ tiêu "${p.value}" không có trong tab ${p.tab}. Hãy chọn một mã trong danh sách chỉ tiêu.`,
    en: `Target key "${p.value}" is not on the ${p.tab} tab. Pick a key from the target list.`,
  }),
  duplicate: (p) => ({
    vi: `Trùng với dòng ${p.first} (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng ${p.first} được giữ; hãy xóa dòng này nếu nhập lặp.`,
    en: `Same as row ${p.first} (same date, unit, target, quantity and activity). Row ${p.first} is kept; delete this row if it was entered twice.`,
  }),
  // Entries on several tabs (issue 15).
  'duplicate-other-tab': (p) => ({
    vi: `Trùng với dòng ${p.first} của tab ${p.tab} (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng đó được giữ; hãy xóa dòng này nếu nhập lặp.`,
    en: `Same as row ${p.first} of the ${p.tab} tab (same date, unit, target, quantity and activity). That row is kept; delete this row if it was entered twice.`,
  }),
  'wrong-unit-tab': (p) => ({
    vi: `Tab ${p.tab} là tab riêng của đơn vị ${p.own} nhưng dòng này ghi mã đơn vị "${p.value}". Hãy chuyển dòng sang tab của đơn vị "${p.value}", hoặc sửa mã thành ${p.own} (hoặc để trống).`,
    en: `The ${p.tab} tab belongs to unit ${p.own} but this row has unit code "${p.value}". Move the row to unit "${p.value}"'s tab, or change the code to ${p.own} (or leave it empty).`,
  }),
  'over-carried-base': (p) => ({
    vi: `Dòng tổng hợp của chỉ tiêu tỷ lệ "${p.target}" ghi ${p.value}, lớn hơn cơ sở tính ${p.base} mà nó mang theo. Hãy kiểm tra số liệu của cấp dưới.`,
    en: `This roll-up row of percent target "${p.target}" says ${p.value}, more than the base ${p.base} it carries. Check the lower level's figures.`,
  }),
  'over-base': (p) => ({
    vi: `Chỉ tiêu tỷ lệ "${p.target}" không có cơ sở tính nên mỗi đơn vị chỉ được tính tối đa 1; dòng này ghi ${p.value}. Hãy nhập 1 (đạt) hoặc 0 (chưa đạt), hoặc điền cột Cơ sở tính.`,
    en: `Percent target "${p.target}" has no base, so a unit counts at most 1; this row says ${p.value}. Enter 1 (met) or 0 (not yet), or fill the Base column.`,
  }),
  // Suspicious quantities (issue 9): warnings, the row still counts; each names what to check and how to fix it.
  'over-target': (p) => ({
    vi: `Số lượng ${p.value} lớn hơn cả chỉ tiêu chung của chiến dịch (${p.limit} ${p.measure}) của chỉ tiêu "${p.target}". Hãy kiểm tra lại: có thể gõ thừa chữ số hoặc dán nhầm tổng; nếu đúng thì giữ nguyên.`,
    en: `Quantity ${p.value} is more than the whole campaign target (${p.limit} ${p.measure}) of "${p.target}". Check it: a digit too many or a pasted total? If it is right, leave it.`,
  }),
  'over-allocation': (p) => ({
    vi: `Số lượng ${p.value} lớn hơn cả chỉ tiêu giao cho đơn vị ${p.unit} (${p.limit} ${p.measure}) của chỉ tiêu "${p.target}". Hãy kiểm tra lại: có thể gõ thừa chữ số hoặc dán nhầm tổng; nếu đúng thì giữ nguyên.`,
    en: `Quantity ${p.value} is more than unit ${p.unit}'s whole allocation (${p.limit} ${p.measure}) of "${p.target}". Check it: a digit too many or a pasted total? If it is right, leave it.`,
  }),
  'fractional-count': (p) => ({
    vi: `Số lượng "${p.value}" có phần lẻ, nhưng "${p.measure}" (chỉ tiêu "${p.target}") được đếm theo số nguyên. Hãy nhập số nguyên, ví dụ ${p.floor} hoặc ${p.ceil}; hàng nghìn viết bằng dấu chấm (1.500), dấu phẩy là dấu thập phân.`,
    en: `Quantity "${p.value}" has a fraction, but "${p.measure}" (target "${p.target}") is counted in whole numbers. Enter a whole number such as ${p.floor} or ${p.ceil}; group thousands with a dot (1.500): the comma is the decimal mark.`,
  }),
  'ambiguous-comma': (p) => ({
    vi: `"${p.value}" được đọc là ${p.read} vì dấu phẩy là dấu thập phân. Nếu ý là ${p.thousands}, hãy nhập ${p.thousands} hoặc ${p.plain}; nếu đúng là ${p.read}, hãy viết ${p.read} cho rõ.`,
    en: `"${p.value}" is read as ${p.read} because the comma is the decimal mark. If you meant ${p.plain}, enter ${p.thousands} or ${p.plain}; if ${p.read} is right, write ${p.read}.`,
  }),
  // A formula saved without its value (issue 9): its own message, so nobody hunts for an empty cell that is not.
  'formula-no-value': (p) => ({
    vi: `Ô ${p.columnVi} chứa công thức chưa có giá trị (tệp được lưu mà chưa tính công thức). Hãy mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets rồi lưu lại để công thức có giá trị, hoặc nhập thẳng ${p.expectedVi}.`,
    en: `The ${p.columnEn} cell holds a formula with no value yet (the file was saved without calculating it). Open the file in Excel, LibreOffice Calc or Google Sheets and save it again, or enter ${p.expectedEn} directly.`,
  }),
  'missing-evidence': () => ({
    vi: 'Chưa có minh chứng. Hãy dán đường dẫn ảnh hoặc tài liệu minh chứng.',
    en: 'No evidence. Paste a link to photos or documents.',
  }),
  'missing-tab': (p) => ({
    vi: `Không tìm thấy tab "${p.tab}". Hãy thêm tab "${p.tab}" (hoặc "${p.english}") với dòng tiêu đề ${p.headers}.`,
    en: `No "${p.english}" tab. Add a tab named "${p.tab}" (or "${p.english}") with the header row ${p.headers}.`,
  }),
  'missing-column': (p) => ({
    vi: `Tab ${p.tab} thiếu cột "${p.columnVi}". Hãy thêm cột có tiêu đề "${p.columnVi}" (hoặc "${p.columnEn}") vào dòng tiêu đề.`,
    en: `The ${p.tab} tab has no "${p.columnEn}" column. Add a column headed "${p.columnVi}" (or "${p.columnEn}").`,
  }),
  'no-evidence-column': (p) => ({
    vi: `Tab ${p.tab} không có cột "Minh chứng"; không kiểm tra được minh chứng. Hãy thêm cột "Minh chứng".`,
    en: `The ${p.tab} tab has no "Evidence" column, so evidence cannot be checked. Add an "Evidence" column.`,
  }),
  'bad-target': (p) => ({
    vi: `Chỉ tiêu "${p.key}" chưa có số chỉ tiêu hợp lệ ("${p.value}"). Hãy nhập một số lớn hơn 0 vào cột Chỉ tiêu.`,
    en: `Target "${p.key}" has no valid number ("${p.value}"). Enter a number above zero in the Target column.`,
  }),
  'duplicate-key': (p) => ({
    vi: `Mã "${p.value}" đã dùng ở dòng ${p.first}. Mỗi mã chỉ dùng một lần; hãy đổi mã khác.`,
    en: `Key "${p.value}" is already used on row ${p.first}. Each key must be unique; choose another.`,
  }),
  'bad-kind': (p) => ({
    vi: `Loại "${p.value}" không rõ. Hãy ghi "số lượng" hoặc "tỷ lệ".`,
    en: `Kind "${p.value}" is unknown. Write "số lượng" (count) or "tỷ lệ" (percent).`,
  }),
  'bad-base': (p) => ({
    vi: `Cơ sở tính "${p.value}" không hợp lệ. Hãy nhập số lượng của tập hợp được tính tỷ lệ (lớn hơn 0), hoặc để trống.`,
    en: `Base "${p.value}" is not valid. Enter the size of the population (above zero), or leave it empty.`,
  }),
  'bad-period': (p) => ({
    vi: `Đợt "${p.name}" kết thúc (${p.to}) trước khi bắt đầu (${p.from}). Hãy sửa Từ ngày hoặc Đến ngày.`,
    en: `Period "${p.name}" ends (${p.to}) before it starts (${p.from}). Fix From or To.`,
  }),
  'bad-allocation': (p) => ({
    vi: `Chỉ tiêu giao "${p.value}" không hợp lệ. Hãy nhập một số lớn hơn 0.`,
    en: `Allocated "${p.value}" is not valid. Enter a number above zero.`,
  }),
  'bad-setting': (p) => ({
    vi: `Giá trị "${p.value}" của "${p.setting}" không hợp lệ. ${p.hintVi}`,
    en: `Value "${p.value}" of "${p.setting}" is not valid. ${p.hintEn}`,
  }),
  // Deadlines and closing a period (issue 14).
  'late-entry': (p) => ({
    vi: `Dòng này được ghi nhận lúc ${p.recorded}, sau hạn báo cáo của ${p.periods}. Số liệu vẫn được tính (trừ đợt đã chốt); hãy nhắc đơn vị báo cáo đúng hạn.`,
    en: `This row was recorded at ${p.recorded}, after the deadline of ${p.periods}. It still counts (except in a closed period); remind the unit to report on time.`,
  }),
  'after-cutoff-changed': (p) => ({
    vi: `Đợt ${p.period} đã chốt số liệu; ô này đã đổi từ "${p.old}" thành "${p.now}" sau khi chốt. Báo cáo đợt ${p.period} giữ số liệu đã chốt; thay đổi được tính vào các đợt sau và ghi vào Nhật ký.`,
    en: `Period ${p.period} is closed; this cell changed from "${p.old}" to "${p.now}" after the closing. The closed report keeps its figures; the change counts in later periods and is logged in Nhật ký.`,
  }),
  'after-cutoff-added': (p) => ({
    vi: `Đợt ${p.period} đã chốt số liệu; dòng này (${p.now}) được thêm sau khi chốt. Báo cáo đợt ${p.period} không tính dòng này; các đợt sau có tính, và việc thêm được ghi vào Nhật ký.`,
    en: `Period ${p.period} is closed; this row (${p.now}) was added after the closing. The closed report leaves it out; later periods count it, and it is logged in Nhật ký.`,
  }),
  'after-cutoff-removed': (p) => ({
    vi: `Đợt ${p.period} đã chốt số liệu; dòng ${p.row} đã chốt (${p.old}) nay không còn là dòng hợp lệ (đã xóa, sửa thành lỗi hoặc đổi ngày). Báo cáo đợt ${p.period} vẫn tính dòng đó; các đợt sau thì không.`,
    en: `Period ${p.period} is closed; row ${p.row} as closed (${p.old}) is no longer a valid entry (deleted, made invalid or re-dated). The closed report still counts it; later periods do not.`,
  }),
};

/** The Vietnamese and English text of a problem code. */
export function problemText(code: string, params: Params): Text {
  const make = PROBLEMS[code];
  if (!make) return { vi: code, en: code };
  return make(params);
}

/** What the user should enter in each required column of the Entries tab. */
export const EXPECTED: Record<string, Text> = {
  date: { vi: 'ngày thực hiện (ngày/tháng/năm)', en: 'the date (day/month/year)' },
  unit: { vi: 'mã đơn vị có trong tab Đơn vị', en: 'a unit code from the Units tab' },
  target: { vi: 'mã chỉ tiêu có trong tab Chỉ tiêu', en: 'a target key from the Targets tab' },
  quantity: { vi: 'số lượng đạt được', en: 'the quantity achieved' },
  key: { vi: 'mã chỉ tiêu', en: 'a target key' },
  code: { vi: 'mã đơn vị', en: 'a unit code' },
  name: { vi: 'tên đợt', en: 'a period name' },
  from: { vi: 'ngày bắt đầu', en: 'the start date' },
  to: { vi: 'ngày kết thúc', en: 'the end date' },
  allocated: { vi: 'chỉ tiêu giao', en: 'the allocated target' },
};

/** Closing and reopening a period (issue 14): what the add-on says and logs. */
export const CLOSING_TEXT = {
  busy: 'Một thao tác khác (tạo báo cáo, chốt số liệu) đang chạy. Hãy thử lại sau ít phút.',
  choosePeriod: 'Hãy chọn một đợt báo cáo.',
  alreadyClosed: (period: string, at: string) =>
    `Đợt ${period} đã được chốt số liệu lúc ${at}. Muốn chốt lại số liệu hiện tại, hãy bấm "Mở lại" rồi chốt lại.`,
  notClosed: (period: string) => `Đợt ${period} chưa được chốt số liệu, không có gì để mở lại.`,
  closed: (period: string, rows: number) =>
    `Đã chốt số liệu đợt ${period}: giữ báo cáo và dấu của ${rows} dòng kết quả. Sửa đổi sau này được ghi vào Nhật ký.`,
  reopened: (period: string) => `Đã mở lại đợt ${period}: báo cáo và các hàm tính lại theo số liệu hiện tại.`,
  logClose: 'Chốt số liệu',
  logReopen: 'Mở lại',
  logChange: 'Sửa sau chốt số liệu',
  logAdd: 'Thêm sau chốt số liệu',
  logRemove: 'Xóa sau chốt số liệu',
  closingNote: (rows: number) => `${rows} dòng kết quả được giữ dấu`,
  closedAtNote: (period: string, at: string) => `Đợt ${period} (chốt lúc ${at})`,
  protection:
    'Chỉ Tiêu: số liệu đã chốt (báo cáo và dấu từng dòng). Đừng sửa tay: hãy dùng "Chốt số liệu" / "Mở lại" trong thanh bên.',
};

/** Labels used by reports, the CLI and the sidebar. */
export const LABELS = {
  met: { vi: 'Đạt', en: 'Met' },
  exceeded: { vi: 'Vượt', en: 'Exceeded' },
  notMet: { vi: 'Chưa đạt', en: 'Not yet met' },
  ahead: { vi: 'Đúng/vượt tiến độ', en: 'On or ahead of schedule' },
  behind: { vi: 'Chậm tiến độ', en: 'Behind schedule' },
  count: { vi: 'số lượng', en: 'count' },
  percent: { vi: 'tỷ lệ', en: 'percent' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'cảnh báo', en: 'warning' },
  // Deadlines and closing a period (issue 14): a unit's reporting in a period.
  'on-time': { vi: 'Đúng hạn', en: 'On time' },
  unknown: { vi: 'Chưa rõ thời điểm', en: 'Time unknown' },
  late: { vi: 'Trễ hạn', en: 'Late' },
  none: { vi: 'Chưa báo cáo', en: 'Not reported' },
  lateUnits: { vi: 'Đơn vị báo cáo trễ hạn', en: 'Units that reported late' },
  rankingRule: {
    vi: 'Xếp hạng thi đua: mỗi chỉ tiêu cho tối đa 100 điểm theo tỷ lệ đạt lũy kế của đơn vị (so với chỉ tiêu giao, nếu không có thì so với chỉ tiêu chung); điểm là tổng các chỉ tiêu; bằng điểm thì đơn vị có nhiều dòng kết quả hợp lệ hơn xếp trên.',
    en: "Emulation ranking: each target gives up to 100 points from the unit's cumulative attainment (against its allocation, else the campaign target); the score is the sum over targets; on a tie, the unit with more valid entries ranks higher.",
  },
} satisfies Record<string, Text>;

export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.vi;
}

// Roll-up to the upper level (issue 15): refusals and summaries of `chitieu rollup`, and the roll-up tab's names.
export const ROLLUP_TEXT = {
  tab: 'Kết quả – tổng hợp',
  noUpperCode: (file: string): Text => ({
    vi: `Tệp cấp dưới "${file}" chưa có "Mã ở cấp trên" trong tab Cài đặt. Hãy thêm dòng Khóa "Mã ở cấp trên", Giá trị là mã của đơn vị này trong tab Đơn vị của cấp trên.`,
    en: `Lower workbook "${file}" has no "Mã ở cấp trên" (Upper-level code) in its Settings tab. Add that key with this level's code from the upper level's Units tab.`,
  }),
  unknownUpperCode: (file: string, code: string, upper: string): Text => ({
    vi: `Mã ở cấp trên "${code}" của tệp "${file}" không có trong tab Đơn vị của "${upper}". Hãy sửa "Mã ở cấp trên" trong tab Cài đặt của "${file}", hoặc thêm đơn vị "${code}" vào tab Đơn vị của cấp trên.`,
    en: `Upper-level code "${code}" of "${file}" is not on the Units tab of "${upper}". Fix "Mã ở cấp trên" in the Settings of "${file}", or add unit "${code}" to the upper level's Units tab.`,
  }),
  givenTwice: (file: string, code: string, other: string): Text => ({
    vi: `Tệp "${file}" và "${other}" cùng mang mã ở cấp trên "${code}": số liệu sẽ bị tính hai lần. Hãy chỉ đưa một tệp cho mỗi đơn vị cấp dưới, hoặc sửa "Mã ở cấp trên" của một trong hai tệp.`,
    en: `"${file}" and "${other}" both carry upper-level code "${code}": their figures would count twice. Give one workbook per lower level, or fix the "Mã ở cấp trên" of one of them.`,
  }),
  alreadyImported: (upper: string, tabs: string[]): Text => ({
    vi: `"${upper}" đã có tab nhập số liệu cấp dưới ${tabs.map((t) => `"${t}"`).join(', ')} cho chính các đơn vị này: tổng hợp thêm sẽ tính hai lần. Hãy xóa các tab đó (trong một bản sao) hoặc bỏ các tệp cấp dưới tương ứng khỏi lệnh.`,
    en: `"${upper}" already holds roll-up import tabs ${tabs.map((t) => `"${t}"`).join(', ')} for these lower levels: rolling up again would count them twice. Remove those tabs (in a copy) or leave those lower workbooks out.`,
  }),
  sameFile: (): Text => ({
    vi: 'Tệp tổng hợp (--out) phải khác tệp cấp trên: chitieu không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác.',
    en: 'The roll-up file (--out) must differ from the upper workbook: chitieu never overwrites the source. Choose another name.',
  }),
  lowerUnsound: (file: string, why: string): Text => ({
    vi: `Tệp cấp dưới "${file}": ${why}`,
    en: `Lower workbook "${file}": ${why}`,
  }),
  notInUpperProblem: (key: string, upper: string): Text => ({
    vi: `Chỉ tiêu "${key}" không có ở cấp trên nên không được gửi lên. Nếu cấp trên dùng mã khác, hãy ghi mã đó vào cột "Mã ở cấp trên" của tab Chỉ tiêu (${upper}).`,
    en: `Target "${key}" has no counterpart at the upper level, so it is not sent. If the upper level uses another key, write it in the Targets tab's "Mã ở cấp trên" column (${upper}).`,
  }),
  summaryLine: (
    file: string,
    code: string,
    rows: number,
    notInUpper: string[],
    errors: number,
    warnings: number,
  ): Text => ({
    vi: `${file} → ${code}: ${rows} dòng tổng hợp; lỗi ${errors}, cảnh báo ${warnings}${notInUpper.length ? `; không có ở cấp trên: ${notInUpper.join(', ')}` : ''}`,
    en: `${file} → ${code}: ${rows} roll-up rows; errors ${errors}, warnings ${warnings}${notInUpper.length ? `; not in the upper level: ${notInUpper.join(', ')}` : ''}`,
  }),
  wrote: (out: string, tab: string): Text => ({
    vi: `Đã ghi tab "${tab}" vào ${out}`,
    en: `Wrote tab "${tab}" to ${out}`,
  }),
};

// Output files of the command line (`report --out`, `init`, later `--docx`): may this path be written, and why not.
export const OUTPUT_FILE_TEXT = {
  exists: (p: string, flag: string): Text => ({
    vi: `Tệp "${p}" đã có. chitieu không ghi đè tệp có sẵn; hãy chọn tên khác cho ${flag} hoặc thêm --force để ghi đè.`,
    en: `"${p}" already exists. chitieu does not overwrite files; choose another name for ${flag} or add --force to overwrite it.`,
  }),
  isFolder: (p: string, flag: string): Text => ({
    vi: `"${p}" là một thư mục, không phải tệp. Hãy cho ${flag} một tên tệp, ví dụ ${flag} "${p}/bao-cao.xlsx".`,
    en: `"${p}" is a folder, not a file. Give ${flag} a file name, e.g. ${flag} "${p}/report.xlsx".`,
  }),
  missingFolder: (dir: string, flag: string): Text => ({
    vi: `Không có thư mục "${dir}" để ghi tệp. Hãy tạo thư mục đó (mkdir -p "${dir}") hoặc chọn ${flag} ở nơi khác.`,
    en: `Folder "${dir}" does not exist. Create it (mkdir -p "${dir}") or choose another ${flag}.`,
  }),
  notWritable: (p: string, flag: string): Text => ({
    vi: `Không có quyền ghi "${p}". Hãy chọn ${flag} trong một thư mục bạn được ghi (ví dụ thư mục nhà của bạn), hoặc xin quyền ghi thư mục đó.`,
    en: `No permission to write "${p}". Choose ${flag} in a folder you can write to (your home folder, say), or get write access to that folder.`,
  }),
  readOnly: (p: string, flag: string): Text => ({
    vi: `Không ghi được "${p}": ổ đĩa chỉ cho đọc. Hãy chọn ${flag} trên một ổ đĩa ghi được.`,
    en: `Cannot write "${p}": the disk is read-only. Choose ${flag} on a writable disk.`,
  }),
  diskFull: (p: string, flag: string): Text => ({
    vi: `Không ghi được "${p}": ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ${flag} trên ổ đĩa khác; tệp cũ (nếu có) vẫn nguyên.`,
    en: `Cannot write "${p}": the disk is full. Free some space or choose ${flag} on another disk; any existing file is left as it was.`,
  }),
  failed: (p: string, flag: string, reason: string): Text => ({
    vi: `Không ghi được "${p}" (${reason}). Hãy chọn ${flag} ở nơi khác.`,
    en: `Cannot write "${p}" (${reason}). Choose another ${flag}.`,
  }),
};

// The template `chitieu init` writes (issue 9): a hint beside each Settings key, and the texts of its data rules.
export const SETTING_HINTS: Record<string, Text> = {
  campaign: { vi: 'Tên chiến dịch, ví dụ: Mùa hè xanh năm 2025', en: 'Campaign name, e.g. Mùa hè xanh 2025' },
  from: { vi: 'Ngày bắt đầu chiến dịch (ngày/tháng/năm)', en: 'First day of the campaign (day/month/year)' },
  to: { vi: 'Ngày kết thúc chiến dịch (ngày/tháng/năm)', en: 'Last day of the campaign (day/month/year)' },
  upperBody: { vi: 'Báo cáo: cơ quan cấp trên, ví dụ BCH ĐOÀN TP. HỒ CHÍ MINH', en: 'Report: the upper body' },
  issuingBody: { vi: 'Báo cáo: cơ quan ban hành, ví dụ BCH QUẬN ĐOÀN 11', en: 'Report: the issuing body' },
  reference: { vi: 'Báo cáo: số ký hiệu, ví dụ 25-BC/QĐTN (để trống để điền tay)', en: 'Report: reference number' },
  place: { vi: 'Báo cáo: địa danh ở dòng ngày tháng, ví dụ Quận 11', en: 'Report: the place on the date line' },
  signatory: { vi: 'Báo cáo: họ tên người ký', en: 'Report: the signatory' },
  signatoryTitle: { vi: 'Báo cáo: chức vụ người ký, ví dụ BÍ THƯ', en: "Report: the signatory's title" },
  onBehalfOf: { vi: 'Báo cáo: thay mặt (mặc định TM. BAN CHẤP HÀNH)', en: 'Report: on behalf of' },
  recipients: { vi: 'Báo cáo: nơi nhận, cách nhau bằng dấu ;', en: 'Report: recipients, separated by ;' },
};

export const TEMPLATE_RULE_TEXT = {
  title: 'Chỉ Tiêu',
  date: (year: number) => `Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 11/6/${year}.`,
  number: 'Hãy nhập một số từ 0 trở lên, ví dụ 12, 1.000 hoặc 0,5.',
  positive: 'Hãy nhập một số lớn hơn 0.',
  unit: 'Hãy chọn một mã đơn vị trong danh sách (tab Đơn vị).',
  target: 'Hãy chọn một mã chỉ tiêu trong danh sách (tab Chỉ tiêu).',
  kind: 'Hãy chọn "số lượng" hoặc "tỷ lệ".',
};

// One tab per unit (issue 15): the menu item, protection descriptions and the result the board sees.
export const UNIT_TAB_TEXT = {
  menu: 'Tạo tab riêng cho từng đơn vị',
  protected: (code: string) =>
    `Chỉ Tiêu: tab của đơn vị ${code}. Chỉ email của đơn vị (tab Đơn vị), chủ bảng tính và người tạo tab được sửa.`,
  warningOnly: (code: string) =>
    `Chỉ Tiêu: tab của đơn vị ${code}. Đơn vị chưa có email trong tab Đơn vị nên tab chỉ được bảo vệ bằng cảnh báo.`,
  noUnits: 'Tab Đơn vị chưa có đơn vị nào: hãy nhập mã đơn vị rồi chạy lại.',
  created: (n: number) => `Đã tạo ${n} tab riêng cho đơn vị.`,
  nothing: 'Mọi đơn vị đã có tab riêng, không cần thay đổi.',
  existing: (n: number) => `${n} đơn vị đã có tab, giữ nguyên.`,
  noEmail: (codes: string[]) =>
    `Chưa có email nên chỉ cảnh báo khi sửa: ${codes.join(', ')}. Thêm email vào tab Đơn vị, xóa tab đó rồi chạy lại.`,
  invalid: (items: string[]) => `Không phải địa chỉ email, đã bỏ qua: ${items.join('; ')}. Sửa trong tab Đơn vị.`,
};
