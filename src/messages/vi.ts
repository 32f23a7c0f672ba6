// Every sentence a user reads, in Vietnamese: one section per place it is shown. Its English twin is en.ts (same keys,
// checked by the type of en.ts and by test/messages/catalogue.test.ts). NEW SENTENCES GO HERE AND IN en.ts, in a block
// with a comment naming your feature; code looks them up through src/messages/index.ts, never writes them inline.

/** A quantity or a cell as the user typed it. */
type V = string | number;

/** Problems found in the workbook, keyed by their code (docs/DOMAIN.md). Each entry's argument is the problem's facts
 * (Problem.params): their types are the contract between the core that finds a problem and the hosts that use it. */
export const problem = {
  'missing-value': (p: { columnVi: string; columnEn: string; expectedVi: string; expectedEn: string }) =>
    `Thiếu ${p.columnVi}. Hãy nhập ${p.expectedVi}.`,
  'bad-number': (p: { value: V }) => `"${p.value}" không phải là số. Hãy nhập một số, ví dụ 12, 1.000 hoặc 0,5.`,
  'number-too-large': (p: { value: V }) => `Số lượng ${p.value} quá lớn (trên 1.000 tỷ). Hãy kiểm tra lại số đã nhập.`,
  'percent-on-count': (p: { value: V; target: string }) =>
    `"${p.value}" là tỷ lệ phần trăm nhưng chỉ tiêu "${p.target}" tính theo số lượng. Hãy nhập số lượng đạt được.`,
  negative: (p: { value: V }) => `Số lượng ${p.value} là số âm. Hãy nhập số từ 0 trở lên.`,
  // The year in a date example is the campaign's (`year`) when known, else this year.
  'bad-date': (p: { value: V; year?: V }) =>
    `"${p.value}" không phải là ngày hợp lệ. Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 11/6/${p.year ?? new Date().getUTCFullYear()}.`,
  'date-no-year': (p: { value: V; year?: V }) =>
    `"${p.value}" thiếu năm. Hãy nhập đủ ngày/tháng/năm, ví dụ ${p.value}/${p.year ?? new Date().getUTCFullYear()}.`,
  'outside-campaign': (p: { value: string; from: string; to: string }) =>
    `Ngày ${p.value} nằm ngoài thời gian chiến dịch (${p.from} – ${p.to}). Hãy kiểm tra lại ngày thực hiện.`,
  'unknown-unit': (p: { value: V; tab: string }) =>
    `Mã đơn vị "${p.value}" không có trong tab ${p.tab}. Hãy chọn một mã trong danh sách đơn vị hoặc thêm đơn vị đó.`,
  'unknown-target': (p: { value: V; tab: string }) =>
    `Mã chỉ tiêu "${p.value}" không có trong tab ${p.tab}. Hãy chọn một mã trong danh sách chỉ tiêu.`,
  duplicate: (p: { first: number }) =>
    `Trùng với dòng ${p.first} (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng ${p.first} được giữ; hãy xóa dòng này nếu nhập lặp.`,
  // Entries on several tabs (issue 15).
  'duplicate-other-tab': (p: { first: number; tab: string }) =>
    `Trùng với dòng ${p.first} của tab ${p.tab} (cùng ngày, đơn vị, chỉ tiêu, số lượng và nội dung). Dòng đó được giữ; hãy xóa dòng này nếu nhập lặp.`,
  'wrong-unit-tab': (p: { tab: string; own: string; value: V }) =>
    `Tab ${p.tab} là tab riêng của đơn vị ${p.own} nhưng dòng này ghi mã đơn vị "${p.value}". Hãy chuyển dòng sang tab của đơn vị "${p.value}", hoặc sửa mã thành ${p.own} (hoặc để trống).`,
  // Roll-up to the upper level (issue 15).
  'not-in-upper': (p: { value: V; tab: string }) =>
    `Chỉ tiêu "${p.value}" của cấp dưới không có trong tab ${p.tab} nên dòng này không được tính. Hãy thêm chỉ tiêu hoặc ghi "Mã ở cấp trên" ở cấp dưới.`,
  'import-pending': (p: { tab: string; value: string }) =>
    `Tab ${p.tab} chưa nhập được số liệu cấp dưới (ô A1 hiện ${p.value}). Hãy bấm ô A1 và chọn "Cho phép truy cập", hoặc kiểm tra đường dẫn ở cột Bảng tính của tab Đơn vị; rồi bấm "Cập nhật" ở thanh bên.`,
  'over-carried-base': (p: { target: string; value: V; base: V }) =>
    `Dòng tổng hợp của chỉ tiêu tỷ lệ "${p.target}" ghi ${p.value}, lớn hơn cơ sở tính ${p.base} mà nó mang theo. Hãy kiểm tra số liệu của cấp dưới.`,
  'over-base': (p: { target: string; value: V }) =>
    `Chỉ tiêu tỷ lệ "${p.target}" không có cơ sở tính nên mỗi đơn vị chỉ được tính tối đa 1; dòng này ghi ${p.value}. Hãy nhập 1 (đạt) hoặc 0 (chưa đạt), hoặc điền cột Cơ sở tính.`,
  // Suspicious quantities (issue 9): warnings, the row still counts; each names what to check and how to fix it.
  'over-target': (p: { value: V; limit: V; measure: string; target: string }) =>
    `Số lượng ${p.value} lớn hơn cả chỉ tiêu chung của chiến dịch (${p.limit} ${p.measure}) của chỉ tiêu "${p.target}". Hãy kiểm tra lại: có thể gõ thừa chữ số hoặc dán nhầm tổng; nếu đúng thì giữ nguyên.`,
  'over-allocation': (p: { value: V; limit: V; measure: string; target: string; unit: string }) =>
    `Số lượng ${p.value} lớn hơn cả chỉ tiêu giao cho đơn vị ${p.unit} (${p.limit} ${p.measure}) của chỉ tiêu "${p.target}". Hãy kiểm tra lại: có thể gõ thừa chữ số hoặc dán nhầm tổng; nếu đúng thì giữ nguyên.`,
  'fractional-count': (p: { value: V; measure: string; target: string; floor: V; ceil: V }) =>
    `Số lượng "${p.value}" có phần lẻ, nhưng "${p.measure}" (chỉ tiêu "${p.target}") được đếm theo số nguyên. Hãy nhập số nguyên, ví dụ ${p.floor} hoặc ${p.ceil}; hàng nghìn viết bằng dấu chấm (1.500), dấu phẩy là dấu thập phân.`,
  'ambiguous-comma': (p: { value: V; read: V; thousands: V; plain: V }) =>
    `"${p.value}" được đọc là ${p.read} vì dấu phẩy là dấu thập phân. Nếu ý là ${p.thousands}, hãy nhập ${p.thousands} hoặc ${p.plain}; nếu đúng là ${p.read}, hãy viết ${p.read} cho rõ.`,
  // A formula saved without its value (issue 9): its own message, so nobody hunts for an empty cell that is not.
  'formula-no-value': (p: { columnVi: string; columnEn: string; expectedVi: string; expectedEn: string }) =>
    `Ô ${p.columnVi} chứa công thức chưa có giá trị (tệp được lưu mà chưa tính công thức). Hãy mở tệp bằng Excel, LibreOffice Calc hoặc Google Sheets rồi lưu lại để công thức có giá trị, hoặc nhập thẳng ${p.expectedVi}.`,
  // Deadlines and closing a period (issue 14).
  'late-entry': (p: { recorded: string; periods: string }) =>
    `Dòng này được ghi nhận lúc ${p.recorded}, sau hạn báo cáo của ${p.periods}. Số liệu vẫn được tính (trừ đợt đã chốt); hãy nhắc đơn vị báo cáo đúng hạn.`,
  'after-cutoff-changed': (p: { period: string; old: string; now: string }) =>
    `Đợt ${p.period} đã chốt số liệu; ô này đã đổi từ "${p.old}" thành "${p.now}" sau khi chốt. Báo cáo đợt ${p.period} giữ số liệu đã chốt; thay đổi được tính vào các đợt sau và ghi vào Nhật ký.`,
  'after-cutoff-added': (p: { period: string; now: string }) =>
    `Đợt ${p.period} đã chốt số liệu; dòng này (${p.now}) được thêm sau khi chốt. Báo cáo đợt ${p.period} không tính dòng này; các đợt sau có tính, và việc thêm được ghi vào Nhật ký.`,
  'after-cutoff-removed': (p: { period: string; row: V; old: string }) =>
    `Đợt ${p.period} đã chốt số liệu; dòng ${p.row} đã chốt (${p.old}) nay không còn là dòng hợp lệ (đã xóa, sửa thành lỗi hoặc đổi ngày). Báo cáo đợt ${p.period} vẫn tính dòng đó; các đợt sau thì không.`,
  'missing-evidence': (_p: Record<string, never>) =>
    'Chưa có minh chứng. Hãy dán đường dẫn ảnh hoặc tài liệu minh chứng.',
  'missing-tab': (p: { tab: string; english: string; headers: string }) =>
    `Không tìm thấy tab "${p.tab}". Hãy thêm tab "${p.tab}" (hoặc "${p.english}") với dòng tiêu đề ${p.headers}.`,
  'missing-column': (p: { tab: string; columnVi: string; columnEn: string }) =>
    `Tab ${p.tab} thiếu cột "${p.columnVi}". Hãy thêm cột có tiêu đề "${p.columnVi}" (hoặc "${p.columnEn}") vào dòng tiêu đề.`,
  'no-evidence-column': (p: { tab: string }) =>
    `Tab ${p.tab} không có cột "Minh chứng"; không kiểm tra được minh chứng. Hãy thêm cột "Minh chứng".`,
  'bad-target': (p: { key: string; value: V }) =>
    `Chỉ tiêu "${p.key}" chưa có số chỉ tiêu hợp lệ ("${p.value}"). Hãy nhập một số lớn hơn 0 vào cột Chỉ tiêu.`,
  'duplicate-key': (p: { value: V; first: number }) =>
    `Mã "${p.value}" đã dùng ở dòng ${p.first}. Mỗi mã chỉ dùng một lần; hãy đổi mã khác.`,
  'bad-kind': (p: { value: V }) => `Loại "${p.value}" không rõ. Hãy ghi "số lượng" hoặc "tỷ lệ".`,
  'bad-base': (p: { value: V }) =>
    `Cơ sở tính "${p.value}" không hợp lệ. Hãy nhập số lượng của tập hợp được tính tỷ lệ (lớn hơn 0), hoặc để trống.`,
  'bad-period': (p: { name: string; from: string; to: string }) =>
    `Đợt "${p.name}" kết thúc (${p.to}) trước khi bắt đầu (${p.from}). Hãy sửa Từ ngày hoặc Đến ngày.`,
  'bad-allocation': (p: { value: V }) => `Chỉ tiêu giao "${p.value}" không hợp lệ. Hãy nhập một số lớn hơn 0.`,
  // `startsOn` is given when the campaign's end comes before its start; otherwise the value is not a date.
  'bad-setting': (p: { value: V; setting: string; startsOn?: string }) =>
    `Giá trị "${p.value}" của "${p.setting}" không hợp lệ. ` +
    (p.startsOn
      ? `Ngày kết thúc chiến dịch phải sau ngày bắt đầu (${p.startsOn}).`
      : 'Hãy nhập ngày theo dạng ngày/tháng/năm.'),
};

/** What the user should enter in each required column (the `missing-value` problem), by column id. */
export const expected = {
  date: 'ngày thực hiện (ngày/tháng/năm)',
  unit: 'mã đơn vị có trong tab Đơn vị',
  target: 'mã chỉ tiêu có trong tab Chỉ tiêu',
  quantity: 'số lượng đạt được',
  key: 'mã chỉ tiêu',
  code: 'mã đơn vị',
  name: 'tên đợt',
  from: 'ngày bắt đầu',
  to: 'ngày kết thúc',
  allocated: 'chỉ tiêu giao',
};

/** Words the report, the CLI and the sidebar share: statuses, kinds, severities. */
export const label = {
  appName: 'Chỉ Tiêu',
  met: 'Đạt',
  exceeded: 'Vượt',
  'not-met': 'Chưa đạt',
  'on-track': 'Đúng tiến độ',
  ahead: 'Đúng/vượt tiến độ',
  behind: 'Chậm tiến độ',
  count: 'số lượng',
  percent: 'tỷ lệ',
  error: 'lỗi',
  warning: 'cảnh báo',
  // Deadlines and closing a period (issue 14): a unit's reporting in a period.
  'on-time': 'Đúng hạn',
  unknown: 'Chưa rõ thời điểm',
  late: 'Trễ hạn',
  none: 'Chưa báo cáo',
  lateUnits: 'Đơn vị báo cáo trễ hạn',
  /** The name of a weekly period. */
  week: (p: { n: number }) => `Tuần ${p.n}`,
  rankingRule:
    'Xếp hạng thi đua: mỗi chỉ tiêu cho tối đa 100 điểm theo tỷ lệ đạt lũy kế của đơn vị (so với chỉ tiêu giao, nếu không có thì so với chỉ tiêu chung); điểm là tổng các chỉ tiêu; bằng điểm thì đơn vị có nhiều dòng kết quả hợp lệ hơn xếp trên.',
};

/** Closing and reopening a period (issue 14): what the add-on says and logs. */
export const closing = {
  busy: 'Một thao tác khác (tạo báo cáo, chốt số liệu) đang chạy. Hãy thử lại sau ít phút.',
  alreadyClosed: (p: { period: string; at: string }) =>
    `Đợt ${p.period} đã được chốt số liệu lúc ${p.at}. Muốn chốt lại số liệu hiện tại, hãy bấm "Mở lại" rồi chốt lại.`,
  notClosed: (p: { period: string }) => `Đợt ${p.period} chưa được chốt số liệu, không có gì để mở lại.`,
  closed: (p: { period: string; rows: number }) =>
    `Đã chốt số liệu đợt ${p.period}: giữ báo cáo và dấu của ${p.rows} dòng kết quả. Sửa đổi sau này được ghi vào Nhật ký.`,
  reopened: (p: { period: string }) => `Đã mở lại đợt ${p.period}: báo cáo và các hàm tính lại theo số liệu hiện tại.`,
  logClose: 'Chốt số liệu',
  logReopen: 'Mở lại',
  logChange: 'Sửa sau chốt số liệu',
  logAdd: 'Thêm sau chốt số liệu',
  logRemove: 'Xóa sau chốt số liệu',
  closingNote: (p: { rows: number }) => `${p.rows} dòng kết quả được giữ dấu`,
  closedAtNote: (p: { period: string; at: string }) => `Đợt ${p.period} (chốt lúc ${p.at})`,
  logProtection:
    'Chỉ Tiêu: nhật ký do tiện ích ghi. Đừng sửa: nhật ký giúp đối chiếu, nhưng không chống được người cố ý sửa (hãy xem Lịch sử phiên bản của Google).',
  protection:
    'Chỉ Tiêu: số liệu đã chốt (báo cáo và dấu từng dòng). Đừng sửa tay: hãy dùng "Chốt số liệu" / "Mở lại" trong thanh bên.',
};

/** Roll-up to the upper level (issue 15): refusals and summaries of `chitieu rollup`, and the roll-up tab's name. */
export const rollup = {
  tab: 'Kết quả – tổng hợp',
  noUpperCode: (p: { file: string }) =>
    `Tệp cấp dưới "${p.file}" chưa có "Mã ở cấp trên" trong tab Cài đặt. Hãy thêm dòng Khóa "Mã ở cấp trên", Giá trị là mã của đơn vị này trong tab Đơn vị của cấp trên.`,
  unknownUpperCode: (p: { file: string; code: string; upper: string }) =>
    `Mã ở cấp trên "${p.code}" của tệp "${p.file}" không có trong tab Đơn vị của "${p.upper}". Hãy sửa "Mã ở cấp trên" trong tab Cài đặt của "${p.file}", hoặc thêm đơn vị "${p.code}" vào tab Đơn vị của cấp trên.`,
  givenTwice: (p: { file: string; code: string; other: string }) =>
    `Tệp "${p.file}" và "${p.other}" cùng mang mã ở cấp trên "${p.code}": số liệu sẽ bị tính hai lần. Hãy chỉ đưa một tệp cho mỗi đơn vị cấp dưới, hoặc sửa "Mã ở cấp trên" của một trong hai tệp.`,
  fileTwice: (p: { file: string }) =>
    `Tệp "${p.file}" được đưa hai lần: số liệu sẽ bị tính hai lần. Hãy bỏ bớt một lần trong lệnh.`,
  alreadyImported: (p: { upper: string; tabs: string }) =>
    `"${p.upper}" đã có tab nhập số liệu cấp dưới ${p.tabs} cho chính các đơn vị này: tổng hợp thêm sẽ tính hai lần. Hãy xóa các tab đó (trong một bản sao) hoặc bỏ các tệp cấp dưới tương ứng khỏi lệnh.`,
  sameFile: 'Tệp tổng hợp (--out) phải khác tệp cấp trên: chitieu không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác.',
  lowerUnsound: (p: { file: string; why: string }) => `Tệp cấp dưới "${p.file}": ${p.why}`,
  notInUpperProblem: (p: { key: string; upper: string }) =>
    `Chỉ tiêu "${p.key}" không có ở cấp trên nên không được gửi lên. Nếu cấp trên dùng mã khác, hãy ghi mã đó vào cột "Mã ở cấp trên" của tab Chỉ tiêu (${p.upper}).`,
  summaryLine: (p: {
    file: string;
    code: string;
    rows: number;
    notInUpper: string;
    errors: number;
    warnings: number;
  }) =>
    `${p.file} → ${p.code}: ${p.rows} dòng tổng hợp; lỗi ${p.errors}, cảnh báo ${p.warnings}${p.notInUpper ? `; không có ở cấp trên: ${p.notInUpper}` : ''}`,
};

/** Roll-up in Google Sheets (issue 15): the lower level's `Gửi cấp trên` tab, the upper level's "Tổng hợp cấp dưới". */
export const sendUp = {
  sendUpTab: 'Gửi cấp trên',
  sendUpPending: 'Gửi cấp trên (đang tạo)',
  sendUpProtection: 'Chỉ Tiêu: số liệu gửi cấp trên, ghi lại mỗi lần tạo báo cáo; cấp trên đọc bằng IMPORTRANGE.',
  menu: 'Tổng hợp cấp dưới',
  importProtection: (p: { code: string }) => `Chỉ Tiêu: số liệu cấp dưới ${p.code} (IMPORTRANGE). Đừng gõ vào tab này.`,
  importedTabs: (p: { count: number }) => `Đã tạo ${p.count} tab nhập số liệu cấp dưới.`,
  importedNothing: 'Không có tab nhập mới.',
  importKept: (p: { count: number }) => `${p.count} tab đã nhập, giữ nguyên.`,
  importNoUrl: (p: { codes: string }) => `Thiếu đường dẫn ở cột "Bảng tính" (tab Đơn vị): ${p.codes}.`,
  importOtherFormula: (p: { tabs: string }) =>
    `Ô A1 đã có công thức khác, không ghi đè: ${p.tabs}. Muốn nhập lại: xóa tab đó rồi chạy lại.`,
  importTyped: (p: { tabs: string }) =>
    `Tab có dữ liệu gõ tay, không ghi vào: ${p.tabs}. Hãy đổi tên tab rồi chạy lại.`,
  importNoUnits: 'Tab Đơn vị chưa có đường dẫn nào ở cột "Bảng tính": chưa có gì để tổng hợp.',
  importAllow: 'Tab hiện #REF!: bấm ô A1, chọn "Cho phép truy cập", rồi bấm "Cập nhật" ở thanh bên.',
  /** The activity of a roll-up row. */
  activity: (p: { name: string }) => `Tổng hợp từ ${p.name}`,
};

/** The template `chitieu init` writes (issue 9): a hint beside each Settings key, and the texts of its data rules. */
export const settingHint = {
  campaign: 'Tên chiến dịch, ví dụ: Mùa hè xanh năm 2025',
  from: 'Ngày bắt đầu chiến dịch (ngày/tháng/năm)',
  to: 'Ngày kết thúc chiến dịch (ngày/tháng/năm)',
  upperBody: 'Báo cáo: cơ quan cấp trên, ví dụ BCH ĐOÀN TP. HỒ CHÍ MINH',
  issuingBody: 'Báo cáo: cơ quan ban hành, ví dụ BCH QUẬN ĐOÀN 11',
  reference: 'Báo cáo: số ký hiệu, ví dụ 25-BC/QĐTN (để trống để điền tay)',
  place: 'Báo cáo: địa danh ở dòng ngày tháng, ví dụ Quận 11',
  signatory: 'Báo cáo: họ tên người ký',
  signatoryTitle: 'Báo cáo: chức vụ người ký, ví dụ BÍ THƯ',
  onBehalfOf: 'Báo cáo: thay mặt (mặc định TM. BAN CHẤP HÀNH)',
  recipients: 'Báo cáo: nơi nhận, cách nhau bằng dấu ;',
};

/** The data rules' messages in the .xlsx template (shown when a cell is refused). */
export const templateRule = {
  date: (p: { year: number }) => `Hãy nhập ngày theo dạng ngày/tháng/năm, ví dụ 11/6/${p.year}.`,
  number: 'Hãy nhập một số từ 0 trở lên, ví dụ 12, 1.000 hoặc 0,5.',
  positive: 'Hãy nhập một số lớn hơn 0.',
  unit: 'Hãy chọn một mã đơn vị trong danh sách (tab Đơn vị).',
  target: 'Hãy chọn một mã chỉ tiêu trong danh sách (tab Chỉ tiêu).',
  kind: 'Hãy chọn "số lượng" hoặc "tỷ lệ".',
};

/** Answers that cannot be given (ATTAINMENT, `chitieu attainment`, reports): what is missing and what exists. */
export const query = {
  notSetUp: 'Bảng tính chưa đúng mẫu. Hãy chạy "Tạo mẫu bảng tính".',
  unknownTarget: (p: { text: string; keys: string }) =>
    `Không có chỉ tiêu "${p.text}". Hãy dùng một mã trong tab Chỉ tiêu: ${p.keys}.`,
  unknownPeriod: (p: { text: string; names: string }) =>
    `Không có đợt báo cáo "${p.text}". Các đợt có trong tab Đợt báo cáo: ${p.names}.`,
  noPeriods: (p: { text: string }) =>
    `Không có đợt báo cáo "${p.text}": tab Đợt báo cáo chưa có đợt nào. Hãy thêm đợt (Tên đợt, Từ ngày, Đến ngày).`,
  unknownUnit: (p: { text: string; codes: string }) =>
    `Không có đơn vị "${p.text}". Hãy dùng một mã trong tab Đơn vị: ${p.codes}.`,
};

/** The plan importer's warnings, keyed by their code. */
export const plan = {
  'no-target-section': (_p: { line: number; text: string }) =>
    'Không tìm thấy phần chỉ tiêu trong kế hoạch (ví dụ "III. HỆ THỐNG CHỈ TIÊU", "Chỉ tiêu cụ thể:"). Hãy kiểm tra tiêu đề phần chỉ tiêu, hoặc nhập chỉ tiêu bằng tay.',
  // Keys of imported targets (issue 11): a key the Targets tab holds for another target.
  renamed: (p: { from: string; to: string; label: string; tab: string }) =>
    `Mã "${p.from}" đã dùng cho một chỉ tiêu khác trên tab ${p.tab}: chỉ tiêu "${p.label}" nhận mã "${p.to}".`,
  'no-quantity': (p: { line: number; text: string }) =>
    `Dòng ${p.line} trong phần chỉ tiêu không có số lượng đọc được: "${p.text}". Nếu đó là một chỉ tiêu, hãy thêm bằng tay.`,
};

/** The report tab (Sheets and .xlsx alike: src/core/report-layout.ts). */
export const report = {
  title: 'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
  period: (p: { name: string; from: string; to: string }) => `Đợt: ${p.name} (${p.from} – ${p.to})`,
  deadline: (p: { date: string }) => `Hạn báo cáo: ${p.date}`,
  window: (p: { from: string; to: string }) => `Thời gian chiến dịch: ${p.from} – ${p.to}`,
  generated: (p: { time: string }) => `Lập lúc: ${p.time} (giờ Việt Nam)`,
  targetsHeading: 'I. KẾT QUẢ THEO CHỈ TIÊU',
  number: 'STT',
  key: 'Mã',
  label: 'Nội dung',
  measure: 'ĐVT',
  target: 'Chỉ tiêu',
  periodResult: 'Kết quả trong đợt',
  cumulative: 'Lũy kế',
  attainment: 'Tỷ lệ đạt',
  status: 'Đánh giá',
  pace: 'Tiến độ',
  targetsNote: 'Tỷ lệ là điểm phần trăm với chỉ tiêu tỷ lệ; tiến độ so tỷ lệ đạt với phần thời gian chiến dịch đã qua.',
  unitsHeading: 'II. KẾT QUẢ TRONG ĐỢT THEO ĐƠN VỊ',
  unitCode: 'Mã đơn vị',
  unitName: 'Tên đơn vị',
  cluster: 'Cụm',
  reporting: 'Báo cáo',
  // Closing a period (issue 14).
  closedAt: (p: { time: string }) =>
    `Số liệu đã chốt lúc: ${p.time} (giờ Việt Nam); thay đổi sau đó không làm đổi báo cáo này`,
  lateHeading: (p: { periods: string }) => `Bổ sung sau chốt số liệu (${p.periods})`,
  change: 'Thay đổi',
  rows: 'Số dòng',
  lateNote:
    'Các thay đổi này thuộc các đợt đã chốt, được tính vào lũy kế của đợt này nhưng không làm đổi báo cáo đã chốt.',
  lateUnits: (p: { count: number }) => `Đơn vị báo cáo trễ hạn (${p.count})`,
  nonReportingHeading: (p: { count: number }) => `III. ĐƠN VỊ CHƯA BÁO CÁO (${p.count})`,
  allReported: 'Tất cả đơn vị đã báo cáo.',
  rankingHeading: 'IV. XẾP HẠNG THI ĐUA',
  rank: 'Hạng',
  score: 'Điểm',
  validEntries: 'Số dòng hợp lệ',
  excludedHeading: 'V. DỮ LIỆU BỊ LOẠI',
  counts: (p: { errors: number; warnings: number }) => `Lỗi: ${p.errors} · Cảnh báo: ${p.warnings}`,
  excludedRows: (p: { tab: string; rows: string }) => `Các dòng bị loại khỏi số liệu (tab ${p.tab}): ${p.rows}`,
  noneExcluded: 'Không có dòng nào bị loại.',
  chartTitle: 'Tỷ lệ đạt theo chỉ tiêu',
};

/** "Tạo mẫu bảng tính", told by the add-on's toast and by the sidebar. */
export const template = {
  done: (p: { tabs: number; headers: number }) => `Đã tạo mẫu: ${p.tabs} tab mới, ${p.headers} cột mới.`,
  unchanged: 'Bảng tính đã đúng mẫu, không cần thay đổi.',
};

/** The Google Sheets add-on: menu, toasts, protections, validation help, errors of its entry points. */
export const addon = {
  menuSidebar: 'Mở bảng điều khiển',
  menuTemplate: 'Tạo mẫu bảng tính',
  menuValidate: 'Kiểm tra dữ liệu',
  menuReport: 'Tạo báo cáo…',
  menuImport: 'Nhập chỉ tiêu từ kế hoạch…',
  setupProtection:
    'Chỉ Tiêu: tab thiết lập chiến dịch. Sửa cẩn thận: mã chỉ tiêu và mã đơn vị được dùng ở tab Kết quả.',
  reportProtection: 'Chỉ Tiêu: tab báo cáo, được tạo lại mỗi lần bấm "Tạo báo cáo".',
  dateHelp: 'Ngày dạng ngày/tháng/năm, ví dụ 11/6/2023.',
  quantityHelp: 'Số từ 0 trở lên, ví dụ 12 hoặc 0,5.',
  unitHelp: 'Chọn mã đơn vị trong tab Đơn vị.',
  targetHelp: 'Chọn mã chỉ tiêu trong tab Chỉ tiêu.',
  reportBusy: 'Một báo cáo khác đang được tạo. Hãy thử lại sau ít phút.',
  reportBuildingTab: (p: { tab: string }) => `${p.tab} (đang tạo)`,
  reportBuilding: (p: { period: string }) => `Đang lập báo cáo ${p.period}…`,
  reportDone: (p: { tab: string }) => `Đã tạo tab "${p.tab}".`,
  choosePeriod: 'Hãy chọn một đợt báo cáo.',
  noSuchTab: (p: { tab: string }) => `Không tìm thấy tab "${p.tab}".`,
  planEmpty: 'Hãy dán nội dung kế hoạch vào ô.',
  planTooLong: 'Kế hoạch quá dài (hơn 1 triệu ký tự). Hãy chỉ dán phần hệ thống chỉ tiêu.',
  badTargetRows: 'Danh sách chỉ tiêu không hợp lệ: mỗi dòng cần mã, chỉ tiêu là số lớn hơn 0 và loại.',
  sheetBusy: 'Bảng tính đang được cập nhật. Hãy thử lại sau ít phút.',
};

/** Custom functions' argument errors (the cell shows them): what was passed and an example of what is taken. */
export const formula = {
  receivedRange: 'một vùng nhiều ô',
  receivedDate: 'một ngày',
  receivedBoolean: (p: { value: string }) => `giá trị ${p.value}`,
  receivedOther: 'một giá trị không phải văn bản',
  missingTarget: (p: { example: string }) => `Thiếu mã chỉ tiêu. Ví dụ: ${p.example}.`,
  targetNotText: (p: { example: string; received: string }) =>
    `Đối số đầu tiên phải là mã chỉ tiêu (văn bản), ví dụ ${p.example}, hoặc một ô chứa mã đó; ở đây là ${p.received}.`,
  periodNotText: (p: { name: string; received: string }) =>
    `Đối số thứ hai phải là tên đợt báo cáo (văn bản), ví dụ =${p.name}("cay-xanh"; "Đợt 1"), hoặc một ô chứa tên đó; ở đây là ${p.received}.`,
  unitNotText: (p: { name: string; received: string }) =>
    p.name === 'TARGET'
      ? `Đối số thứ hai phải là mã đơn vị (văn bản), ví dụ =TARGET("cay-xanh"; "P01"), hoặc một ô chứa mã đó; ở đây là ${p.received}.`
      : `Đối số thứ ba phải là mã đơn vị (văn bản), ví dụ =${p.name}("cay-xanh"; "Đợt 1"; "P01"), hoặc một ô chứa mã đó; ở đây là ${p.received}.`,
  badArguments: (p: { example: string }) => `Đối số không hợp lệ. Ví dụ: ${p.example}.`,
};

/** The `chitieu` command: help, errors, printed tables and summaries. */
export const cli = {
  // Help: commander prints "vi / en" side by side.
  about: 'Chỉ Tiêu: kiểm tra dữ liệu và lập báo cáo chỉ tiêu chiến dịch trên tệp .xlsx',
  langOption: 'ngôn ngữ',
  jsonOption: 'kết quả dạng JSON',
  initAbout: 'tạo tệp mẫu',
  initFile: 'tệp .xlsx cần tạo',
  sampleOption: 'điền dữ liệu mẫu Kỳ nghỉ hồng Quận 11 năm 2023',
  forceOption: 'ghi đè nếu tệp đã có',
  forceOutput: 'ghi đè nếu tệp kết quả đã có',
  validateAbout: 'kiểm tra dữ liệu',
  workbookFile: 'tệp .xlsx',
  reportAbout: 'lập báo cáo một đợt',
  periodOption: 'tên đợt báo cáo',
  outOption: 'tệp kết quả',
  attainmentAbout: 'tỷ lệ đạt của một chỉ tiêu',
  keyArgument: 'mã chỉ tiêu',
  unitOption: 'mã đơn vị',
  importPlanAbout: 'đề xuất chỉ tiêu từ kế hoạch (.txt, .docx)',
  planFile: 'tệp kế hoạch .txt hoặc .docx',
  intoOption: 'thêm vào tab Chỉ tiêu của tệp .xlsx',
  weeklyOption: 'thêm các đợt tuần, ví dụ "thứ 7 17:00"',
  fromOption: 'ngày bắt đầu chiến dịch',
  toOption: 'ngày kết thúc chiến dịch',
  rollupAbout: 'tổng hợp số liệu cấp dưới',
  upperFile: 'tệp .xlsx của cấp trên',
  lowerFiles: 'các tệp .xlsx của cấp dưới',
  rollupOut: 'tệp kết quả',
  rollupPeriod: 'trả lời như report cho đợt này',
  rollupForce: 'ghi đè tệp kết quả nếu đã có',
  // Errors.
  usage: (p: { detail: string }) =>
    `Lệnh chưa đúng (${p.detail}). Xem hướng dẫn: chitieu --help, hoặc chitieu <lệnh> --help`,
  unexpected: (p: { message: string }) => `Lỗi ngoài dự kiến: ${p.message}`,
  badLang: (p: { value: string }) => `Ngôn ngữ "${p.value}" không có. Hãy dùng --lang vi hoặc --lang en.`,
  missingFile: (p: { file: string }) =>
    `Không tìm thấy tệp "${p.file}". Hãy kiểm tra đường dẫn, hoặc tạo tệp mẫu bằng: chitieu init ${p.file} --sample`,
  notAWorkbook: (p: { file: string }) =>
    `"${p.file}" không phải là tệp Excel .xlsx đọc được. Hãy mở bằng Google Sheets hoặc Excel rồi tải về dạng .xlsx.`,
  sameFile: 'Tệp báo cáo (--out) phải khác tệp đầu vào: chitieu không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác.',
  missingPlan: (p: { file: string }) => `Không tìm thấy tệp kế hoạch "${p.file}". Hãy kiểm tra đường dẫn.`,
  unsupportedPlan: (p: { file: string; ext: string }) =>
    `Chưa đọc được tệp ${p.ext} ("${p.file}"). Hãy lưu kế hoạch dưới dạng .docx (Word) hoặc .txt rồi thử lại.`,
  unreadablePlan: (p: { file: string }) =>
    `Không đọc được nội dung tệp "${p.file}". Hãy mở bằng Word, lưu lại dạng .docx hoặc .txt (UTF-8) rồi thử lại.`,
  // Output files (`report --out`, `init`, later `--docx`): may this path be written, and why not. `flag` names the
  // option that gave the path.
  outputExists: (p: { file: string; flag: string }) =>
    `Tệp "${p.file}" đã có. chitieu không ghi đè tệp có sẵn; hãy chọn tên khác cho ${p.flag} hoặc thêm --force để ghi đè.`,
  outputIsFolder: (p: { file: string; flag: string }) =>
    `"${p.file}" là một thư mục, không phải tệp. Hãy cho ${p.flag} một tên tệp, ví dụ ${p.flag} "${p.file}/bao-cao.xlsx".`,
  outputMissingFolder: (p: { folder: string; flag: string }) =>
    `Không có thư mục "${p.folder}" để ghi tệp. Hãy tạo thư mục đó (mkdir -p "${p.folder}") hoặc chọn ${p.flag} ở nơi khác.`,
  outputNotWritable: (p: { file: string; flag: string }) =>
    `Không có quyền ghi "${p.file}". Hãy chọn ${p.flag} trong một thư mục bạn được ghi (ví dụ thư mục nhà của bạn), hoặc xin quyền ghi thư mục đó.`,
  outputReadOnly: (p: { file: string; flag: string }) =>
    `Không ghi được "${p.file}": ổ đĩa chỉ cho đọc. Hãy chọn ${p.flag} trên một ổ đĩa ghi được.`,
  outputDiskFull: (p: { file: string; flag: string }) =>
    `Không ghi được "${p.file}": ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc chọn ${p.flag} trên ổ đĩa khác; tệp cũ (nếu có) vẫn nguyên.`,
  outputFailed: (p: { file: string; flag: string; reason: string }) =>
    `Không ghi được "${p.file}" (${p.reason}). Hãy chọn ${p.flag} ở nơi khác.`,
  // PDF plans (import-plan).
  pdfScanned: (p: { file: string; pages: number }) =>
    `Tệp PDF "${p.file}" (${p.pages} trang) không có chữ đọc được: có lẽ đó là bản scan (ảnh chụp văn bản). Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word của kế hoạch, hoặc chép phần hệ thống chỉ tiêu vào tệp .txt rồi thử lại.`,
  pdfUnreadable: (p: { file: string }) =>
    `Không mở được tệp PDF "${p.file}" (tệp hỏng, có mật khẩu, hoặc không phải PDF). Hãy mở và lưu lại bằng trình đọc PDF, hoặc dùng bản .docx của kế hoạch.`,
  // report --docx (issue 13)
  badDateOption: (p: { text: string }) =>
    `--date "${p.text}" không phải là ngày hợp lệ. Hãy ghi ngày/tháng/năm, ví dụ --date 23/07/2024.`,
  sameDocx: 'Tệp Word (--docx) phải khác tệp đầu vào: chitieu không bao giờ ghi đè dữ liệu gốc. Hãy chọn tên khác.',
  notDocx: (p: { file: string }) =>
    `"${p.file}" không có đuôi .docx. Hãy đặt tên tệp Word kết thúc bằng .docx, ví dụ bao-cao-dot-1.docx.`,
  docxOption: 'báo cáo Word (.docx)',
  dateOption: 'ngày ghi trên báo cáo Word',
  // init --weekly (issue 14)
  badWeekly: (p: { rule: string }) =>
    `"${p.rule}" không phải là hạn báo cáo hằng tuần. Hãy ghi thứ và giờ, ví dụ --weekly "thứ 7 17:00".`,
  badDateFlag: (p: { flag: string; text: string }) =>
    `--${p.flag} "${p.text}" không phải là ngày. Hãy ghi ngày/tháng/năm, ví dụ 11/6/2024.`,
  noWindow: 'Cần thời gian chiến dịch để chia tuần: hãy thêm --from và --to (ngày/tháng/năm).',
  // init
  created: (p: { file: string; tabs: string; entries: number }) =>
    `Đã tạo ${p.file}: các tab ${p.tabs}; ${p.entries} dòng kết quả.`,
  // validate
  tab: 'Tab',
  row: 'Dòng',
  column: 'Cột',
  code: 'Mã lỗi',
  severity: 'Mức',
  message: 'Nội dung',
  validated: (p: { rows: number; valid: number; errors: number; warnings: number }) =>
    `${p.rows} dòng kết quả: ${p.valid} hợp lệ, ${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  // report
  reportHeading: (p: { name: string; from: string; to: string; deadline: string }) =>
    `Báo cáo ${p.name} (${p.from} – ${p.to}), hạn ${p.deadline}`,
  key: 'Mã',
  label: 'Nội dung',
  measure: 'ĐVT',
  target: 'Chỉ tiêu',
  periodResult: 'Trong đợt',
  cumulative: 'Lũy kế',
  attainment: 'Tỷ lệ',
  status: 'Đánh giá',
  nonReporting: (p: { count: number; units: string }) => `Đơn vị chưa báo cáo (${p.count}): ${p.units || 'không có'}`,
  late: (p: { count: number; units: string }) => `Báo cáo trễ hạn (${p.count}): ${p.units}`,
  wroteDocx: (p: { file: string }) => `Đã ghi báo cáo Word ${p.file}`,
  leaders: (p: { top: string }) => `Dẫn đầu thi đua: ${p.top}`,
  reportCounts: (p: { errors: number; warnings: number; excluded: number }) =>
    `Lỗi: ${p.errors}, cảnh báo: ${p.warnings}; dòng bị loại: ${p.excluded}.`,
  wroteTab: (p: { tab: string; file: string }) => `Đã ghi tab "${p.tab}" vào ${p.file}`,
  // import-plan
  line: 'Dòng',
  measureLong: 'Đơn vị tính',
  kind: 'Loại',
  group: 'Nhóm',
  proposed: (p: { count: number }) => `${p.count} chỉ tiêu đề xuất từ kế hoạch.`,
  appended: (p: { added: number; tab: string; file: string; skipped: number; keys: string }) =>
    `Đã thêm ${p.added} chỉ tiêu vào tab ${p.tab} của ${p.file}; bỏ qua ${p.skipped} mã đã có${p.keys ? ` (${p.keys})` : ''}.`,
};

/** The sidebar (the static headings and buttons are in src/sidebar/index.html). */
export const sidebar = {
  loading: 'Đang tải dữ liệu…',
  working: 'Đang xử lý…',
  noConnection: 'Không kết nối được với Google Sheets (thiếu google.script.run).',
  unknownError: 'Đã xảy ra lỗi không xác định. Hãy thử lại.',
  loadFailed: 'Không tải được dữ liệu: ',
  noTargets: 'Chưa có chỉ tiêu nào trên tab "Chỉ tiêu".',
  noPeriods: 'Chưa có đợt báo cáo nào trên tab "Đợt báo cáo".',
  noProblems: 'Không có lỗi. Dữ liệu hợp lệ.',
  row: 'dòng',
  deadline: 'hạn báo cáo',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  selectFailed: 'Không chọn được ô: ',
  planEmpty: 'Hãy dán nội dung kế hoạch vào ô.',
  noProposals: 'Không tìm thấy chỉ tiêu nào. Hãy dán phần hệ thống chỉ tiêu của kế hoạch.',
  exists: 'đã có',
  existsTitle: 'Mã này đã có trên tab "Chỉ tiêu": nếu chọn thêm, dòng này sẽ bị bỏ qua.',
  key: 'Mã',
  label: 'Nội dung',
  target: 'Chỉ tiêu',
  measure: 'Đơn vị tính',
  kind: 'Loại',
  proposalColumns: ['Thêm', 'Nội dung', 'Dòng trong kế hoạch', 'Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Loại'],
  noneSelected: 'Hãy chọn ít nhất một chỉ tiêu để thêm.',
  /** "3 lỗi, 1 cảnh báo (hiển thị 300 đầu tiên)" */
  problemSummary: (p: { errors: number; warnings: number; listed: number }) =>
    `${p.errors} lỗi, ${p.warnings} cảnh báo` +
    (p.listed < p.errors + p.warnings ? ` (hiển thị ${p.listed} đầu tiên)` : ''),
  showMore: (p: { count: number }) => `Xem thêm ${p.count} mục`,
  entriesSummary: (p: { valid: number; rows: number }) => `${p.valid}/${p.rows} dòng kết quả hợp lệ`,
  marksSummary: (p: { marked: number; cleared: number }) =>
    `Đã kiểm tra lại: đánh dấu ${p.marked} ô, gỡ ${p.cleared} dấu cũ.`,
  reportDetails: (p: { targets: number; nonReporting: number }) =>
    `${p.targets} chỉ tiêu, ${p.nonReporting} đơn vị chưa báo cáo trong đợt.`,
  proposalSummary: (p: { found: number; existing: number }) =>
    p.existing
      ? `Tìm thấy ${p.found} chỉ tiêu, ${p.existing} đã có trên tab "Chỉ tiêu".`
      : `Tìm thấy ${p.found} chỉ tiêu.`,
  selectedSummary: (p: { selected: number; total: number }) => `Đã chọn ${p.selected}/${p.total} chỉ tiêu`,
  sourceLine: (p: { line: number }) => `dòng ${p.line}`,
  addChoice: (p: { label: string }) => `Thêm "${p.label}"`,
  // Plan import: the label is editable (issue 11).
  emptyLabel: (p: { label: string }) => `Chỉ tiêu "${p.label}" chưa có nội dung. Hãy nhập nội dung (tên chỉ tiêu).`,
  /** Keys the Targets tab held for another target: those rows were added under new keys. */
  renamedSummary: (p: { renamed: { from: string; to: string }[] }) =>
    p.renamed.length
      ? ` Mã đã dùng cho chỉ tiêu khác nên đặt mã mới: ${p.renamed.map((r) => `${r.from} → ${r.to}`).join(', ')}.`
      : '',
  emptyKey: (p: { label: string }) => `Chỉ tiêu "${p.label}" chưa có mã. Hãy nhập mã.`,
  duplicateKey: (p: { key: string }) => `Mã "${p.key}" được chọn nhiều lần. Mỗi chỉ tiêu cần một mã riêng.`,
  badTarget: (p: { label: string }) => `Chỉ tiêu "${p.label}" cần một con số lớn hơn 0.`,
  addedSummary: (p: { added: number; skipped: string[] }) =>
    p.skipped.length ? `Đã thêm ${p.added} chỉ tiêu; bỏ qua: ${p.skipped.join(', ')}.` : `Đã thêm ${p.added} chỉ tiêu.`,
  // The Word report download (issue 13): "Tải báo cáo Word (.docx)" in the period panel.
  docxWorking: 'Đang tạo báo cáo Word…',
  docxRendererFailed:
    'Không tải được bộ tạo tệp Word trong thanh bên. Hãy đóng thanh bên, mở lại rồi thử lần nữa; hoặc dùng lệnh chitieu report --docx trên tệp .xlsx tải về.',
  docxReady: 'Báo cáo Word đã sẵn sàng. Bấm vào tên tệp để lưu về máy:',
  docxHint:
    'Điền số ký hiệu, nơi nhận, người ký… ở tab Cài đặt; các phần kết quả nổi bật, hạn chế, phương hướng để Ban Chỉ huy viết thêm trong Word.',
  /** "bao-cao-dot-2.docx (24 KB)". */
  docxLink: (p: { fileName: string; bytes: number }) =>
    `${p.fileName} (${Math.max(1, Math.round(p.bytes / 1024)).toLocaleString('vi-VN')} KB)`,
  // Reporting status, closing and reopening a period (issue 14).
  closingDeadline: (p: { at: string }) => `Hạn báo cáo: ${p.at}`,
  closingClosedAt: (p: { at: string }) =>
    `Đã chốt số liệu lúc ${p.at}: báo cáo, ATTAINMENT và ACHIEVED của đợt giữ số liệu đã chốt.`,
  closingOpen: 'Đợt đang mở: số liệu cập nhật theo dữ liệu.',
  closingCounts: (p: { onTime: number; unknown: number; late: number; none: number }) =>
    `${p.onTime} đúng hạn · ${p.unknown} chưa rõ thời điểm · ${p.late} trễ hạn · ${p.none} chưa báo cáo`,
  closingEmailsLabel: 'Địa chỉ e-mail các đơn vị chưa báo cáo (sao chép để nhắc):',
  closingNoEmail: (p: { units: string }) => `Chưa có e-mail: ${p.units}`,
  closingAllReported: 'Tất cả đơn vị đã báo cáo trong đợt.',
  confirmClose: (p: { period: string }) =>
    `Chốt số liệu đợt ${p.period}? Báo cáo và số liệu của đợt sẽ được giữ nguyên như hiện tại; sửa đổi sau đó được đánh dấu và ghi vào Nhật ký. Ai cũng vẫn nhập liệu được.`,
  confirmReopen: (p: { period: string }) =>
    `Mở lại đợt ${p.period}? Báo cáo và các hàm sẽ tính lại theo số liệu hiện tại (kể cả các sửa đổi sau khi chốt).`,
  yes: 'Xác nhận',
  no: 'Hủy',
  // Roll-up in Google Sheets (issue 15): the report's line about `Gửi cấp trên`, and the lower levels' section.
  sentUp: (p: { rows: number }) => `Đã cập nhật tab "Gửi cấp trên" (${p.rows} dòng tổng hợp).`,
  /** The sidebar's line for one lower level. */
  lowerImported: (p: { rows: number }) => `đã nhập ${p.rows} dòng`,
  lowerRef:
    '#REF!: hãy mở tab, bấm ô A1 và chọn "Cho phép truy cập", hoặc kiểm tra lại đường dẫn ở cột "Bảng tính" (Chỉ Tiêu không phân biệt được hai trường hợp này).',
  lowerWaiting: 'đang tải dữ liệu từ bảng tính cấp dưới…',
  lowerNotImported: 'chưa có tab nhập: hãy chạy "Tổng hợp cấp dưới" trong menu tiện ích.',
  lowerNoUrl: 'thiếu đường dẫn bảng tính ở cột "Bảng tính" của tab Đơn vị.',
  lowerRefreshed: 'Đã cập nhật số liệu từ cấp dưới.',
};

/** One tab per unit (issue 15): the menu item, the protections' descriptions and what the board is told. */
export const unitTab = {
  menu: 'Tạo tab riêng cho từng đơn vị',
  protected: (p: { code: string }) =>
    `Chỉ Tiêu: tab của đơn vị ${p.code}. Chỉ email của đơn vị (tab Đơn vị), chủ bảng tính và người tạo tab được sửa.`,
  warningOnly: (p: { code: string }) =>
    `Chỉ Tiêu: tab của đơn vị ${p.code}. Đơn vị chưa có email trong tab Đơn vị nên tab chỉ được bảo vệ bằng cảnh báo.`,
  // The name a tab carries while it is built: not an Entries tab's name, so a half-built tab is never read.
  pendingName: (p: { code: string }) => `Chỉ Tiêu đang tạo – ${p.code}`,
  noUnits: 'Tab Đơn vị chưa có đơn vị nào: hãy nhập mã đơn vị rồi chạy lại.',
  created: (p: { count: number }) => `Đã tạo ${p.count} tab riêng cho đơn vị.`,
  nothing: 'Mọi đơn vị đã có tab riêng, không cần thay đổi.',
  existing: (p: { count: number }) => `${p.count} đơn vị đã có tab, giữ nguyên.`,
  noEmail: (p: { codes: string }) =>
    `Chưa có email nên chỉ cảnh báo khi sửa: ${p.codes}. Muốn chặn hẳn: thêm email vào tab Đơn vị, xóa tab của đơn vị đó rồi chạy lại.`,
  invalid: (p: { items: string }) => `Không phải địa chỉ email, đã bỏ qua: ${p.items}. Hãy sửa trong tab Đơn vị.`,
  // Moving the rows of `Kết quả` to the units' own tabs (issue 15).
  moveMenu: 'Chuyển dòng sang tab đơn vị',
  moveAsk: (p: { count: number; tabs: number }) =>
    `Chuyển ${p.count} dòng từ Kết quả sang ${p.tabs} tab đơn vị? (chép, đối chiếu rồi mới xóa ở Kết quả)`,
  offerTabs: (p: { count: number }) => `Tạo tab Kết quả riêng cho ${p.count} đơn vị, chỉ email của đơn vị được sửa?`,
  moved: (p: { count: number; tabs: number }) => `Đã chuyển ${p.count} dòng sang ${p.tabs} tab đơn vị.`,
  kept: (p: { items: string }) => `Giữ lại ở Kết quả các dòng ${p.items}.`,
  noUnit: 'thiếu mã đơn vị',
  unknownUnit: 'mã không có trong tab Đơn vị',
  noTab: 'đơn vị chưa có tab',
  notEditor: 'không có quyền sửa tab',
  formula: 'có công thức',
  noColumn: 'ô ở cột mà tab đơn vị không có',
  changed: 'bị sửa khi đang chuyển',
  sameColumn: 'ô ở cột thứ hai cùng đổ vào một cột của tab đơn vị',
  tabBusy: 'có người đang nhập ở chỗ định chép trên tab đơn vị',
  notCleared: 'đã chép sang tab đơn vị nhưng chưa xóa ở đây vì các dòng đã xê dịch: hãy chạy lại',
  noMain: 'Không còn tab Kết quả (đã đổi tên hoặc xóa?): không chuyển dòng nào.',
  logCleared: 'Xóa dòng đã chuyển',
  logStart: 'Bắt đầu chuyển dòng',
  logStartNote: 'Thiếu dòng "Chuyển dòng" sau đây là bị ngắt: hãy chạy lại.',
  logMove: 'Chuyển dòng',
  logCount: (p: { count: number }) => `${p.count} dòng`,
};

// The official report document (docs/DOMAIN.md, issue 13): its fixed words, then its sentences with figures.
/** Figures and names a document sentence reads. */
type DocParams = Record<string, string | number>;

/** Fixed words of the report document. */
export const documentWord = {
  union: 'ĐOÀN TNCS HỒ CHÍ MINH',
  title: 'BÁO CÁO',
  blankPlace: '…………',
  blankBody: '……………………',
  blankReference: 'Số:        -BC/……',
  referencePrefix: 'Số: ',
  campaignFallback: 'chiến dịch',
  sectionResults: 'I. KẾT QUẢ THỰC HIỆN CHỈ TIÊU',
  summaryHeading: '1. Tóm tắt',
  tableHeading: '2. Kết quả theo từng chỉ tiêu',
  highlightsHeading: '3. Những kết quả nổi bật',
  sectionReporting: 'II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
  sectionRanking: 'III. XẾP HẠNG THI ĐUA',
  sectionLimits: 'IV. HẠN CHẾ, KHÓ KHĂN',
  sectionNext: 'V. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  boardWritesHighlights:
    '[Ban Chỉ huy ghi tại đây: các hoạt động, mô hình, cách làm nổi bật trong đợt; đơn vị, cá nhân tiêu biểu.]',
  boardWritesLimits: '[Ban Chỉ huy ghi tại đây: hạn chế, khó khăn, nguyên nhân; các chỉ tiêu chậm tiến độ và lý do.]',
  boardWritesNext:
    '[Ban Chỉ huy ghi tại đây: nhiệm vụ trọng tâm, giải pháp cho các chỉ tiêu chưa đạt, kiến nghị, đề xuất.]',
  dotted: '……………………………………………………………………………………………',
  colNo: 'STT',
  colLabel: 'Nội dung chỉ tiêu',
  colMeasure: 'ĐVT',
  colTarget: 'Chỉ tiêu',
  colPeriod: 'Kết quả trong đợt',
  colCumulative: 'Lũy kế',
  colAttainment: 'Tỷ lệ đạt',
  colStatus: 'Đánh giá',
  colRank: 'Hạng',
  colUnit: 'Đơn vị',
  colScore: 'Điểm',
  colEntries: 'Số dòng kết quả hợp lệ',
  exceeded: 'Vượt',
  met: 'Đạt',
  notMet: 'Chưa đạt',
  behind: 'chậm tiến độ',
  otherGroup: 'Chỉ tiêu khác',
  total: 'Tổng cộng',
  percentUnitNote:
    '*: chỉ tiêu tỷ lệ; mỗi đơn vị ghi số thành viên đạt tại cuối đợt, dòng Tổng cộng là tỷ lệ (%) của cả chiến dịch.',
  noReportMark: '–: đơn vị chưa báo cáo trong đợt.',
  percentNote: 'Chỉ tiêu tỷ lệ: kết quả và lũy kế là tỷ lệ (%) tại cuối đợt; tỷ lệ đạt = lũy kế ÷ chỉ tiêu.',
  everyoneReported: 'Tất cả đơn vị đã báo cáo trong đợt.',
  noLateUnits: 'Không có đơn vị báo cáo trễ hạn.',
  recipients: 'Nơi nhận:',
  recipientsFallback: 'Lưu: VP',
  onBehalfDefault: 'TM. BAN CHẤP HÀNH',
  onBehalfPrefix: 'TM. ',
  appendixTitle: 'PHỤ LỤC SỐ LIỆU',
};

/** Sentences of the report document with figures in them. */
export const documentSentence = {
  dateLine: (p: DocParams) => `${p.place}, ngày ${p.day} tháng ${p.month} năm ${p.year}`,
  subject: (p: DocParams) => `Kết quả thực hiện chỉ tiêu ${p.campaign} – ${p.period}`,
  dates: (p: DocParams) => `(Từ ngày ${p.from} đến ngày ${p.to})`,
  intro: (p: DocParams) =>
    `Thực hiện kế hoạch ${p.campaign}, ${p.body} báo cáo kết quả thực hiện chỉ tiêu ${p.period} (từ ngày ${p.from} đến ngày ${p.to}), số liệu tổng hợp từ bảng tính của chiến dịch ngày ${p.generated}, như sau:`,
  bodyFallback: 'Ban Chỉ huy chiến dịch',
  targetsDone: (p: DocParams) =>
    `Trong ${p.total} chỉ tiêu, ${p.done} chỉ tiêu đã hoàn thành (vượt ${p.exceeded}, đạt ${p.met}), ${p.notMet} chỉ tiêu chưa đạt.`,
  exceededList: (p: DocParams) => `Các chỉ tiêu vượt: ${p.list}.`,
  behindList: (p: DocParams) =>
    `Đến ngày ${p.to} (đã qua ${p.elapsed} thời gian chiến dịch), ${p.count} chỉ tiêu chậm tiến độ: ${p.list}.`,
  noneBehind: (p: DocParams) =>
    `Đến ngày ${p.to} (đã qua ${p.elapsed} thời gian chiến dịch), không có chỉ tiêu nào chậm tiến độ.`,
  unitsReportedTimely: (p: DocParams) =>
    `${p.reported}/${p.total} đơn vị có báo cáo kết quả trong đợt: ${p.onTime} đơn vị đúng hạn, ${p.late} đơn vị trễ hạn, ${p.unknown} đơn vị chưa rõ thời điểm ghi nhận; ${p.none} đơn vị chưa báo cáo.`,
  dataProblems: (p: DocParams) =>
    `Bảng tính có ${p.errors} lỗi và ${p.warnings} cảnh báo dữ liệu; ${p.excluded} dòng có lỗi không được tính vào số liệu.`,
  closedAt: (p: DocParams) =>
    `Số liệu của đợt đã được chốt lúc ${p.time} ngày ${p.date}; báo cáo này dùng số liệu đã chốt.`,
  lateChanges: (p: DocParams) => `Lũy kế đợt này gồm cả số liệu bổ sung sau chốt số liệu của ${p.periods}: ${p.list}.`,
  nonReporting: (p: DocParams) => `1. Đơn vị chưa báo cáo trong đợt (${p.count}): ${p.list}.`,
  lateUnits: (p: DocParams) => `2. Đơn vị báo cáo trễ hạn (${p.count}): ${p.list}.`,
  lateHeading: '2. Đơn vị báo cáo trễ hạn: ',
  nonReportingHeading: '1. Đơn vị chưa báo cáo trong đợt: ',
  deadline: (p: DocParams) => `Hạn báo cáo của đợt: ${p.deadline}.`,
  closing: (p: DocParams) => `Trên đây là báo cáo kết quả thực hiện chỉ tiêu ${p.campaign} – ${p.period}./.`,
  appendixSubtitle: (p: DocParams) =>
    `Kết quả trong đợt của các đơn vị – ${p.period} (từ ngày ${p.from} đến ngày ${p.to})`,
  appendixOf: (p: DocParams) => `(Kèm theo Báo cáo số ${p.reference} ngày ${p.date})`,
  appendixPart: (p: DocParams) => `Bảng ${p.part}/${p.parts}: chỉ tiêu ${p.first} – ${p.last} (số thứ tự như mục I)`,
};
