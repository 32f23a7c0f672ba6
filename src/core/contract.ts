// The sheet contract: tab names and column headers in Vietnamese with their English aliases (docs/DOMAIN.md).

export type TabId = 'targets' | 'units' | 'periods' | 'entries' | 'allocation' | 'settings';

export interface ColumnDef {
  id: string;
  /** The header the template writes (Vietnamese). */
  header: string;
  english: string;
  /** Other spellings people use; compared after folding. */
  aliases: readonly string[];
  required: boolean;
  /** Written by a machine (Google Forms, the add-on's stamp): a row holding only this column is no entry. */
  stamp?: boolean;
  /** Only Google Forms writes it: the template and setUpTemplate never add it. */
  formsOnly?: boolean;
  /** False for columns only some workbooks need (roll-up's), which the template does not write. */
  inTemplate: boolean;
}

export interface TabDef {
  id: TabId;
  name: string;
  english: string;
  aliases: readonly string[];
  required: boolean;
  columns: readonly ColumnDef[];
}

function col(
  id: string,
  header: string,
  english: string,
  aliases: string[],
  required = false,
  inTemplate = true,
): ColumnDef {
  return { id, header, english, aliases, required, inTemplate };
}

export const TARGETS: TabDef = {
  id: 'targets',
  name: 'Chỉ tiêu',
  english: 'Targets',
  aliases: ['He thong chi tieu', 'Danh muc chi tieu', 'Target'],
  required: true,
  columns: [
    col('key', 'Mã', 'Key', ['Mã chỉ tiêu', 'Ma CT', 'Target key', 'Code', 'ID'], true),
    col('label', 'Nội dung', 'Label', ['Tên chỉ tiêu', 'Nội dung chỉ tiêu', 'Name', 'Description']),
    col('unit', 'Đơn vị tính', 'Unit', ['ĐVT', 'DVT', 'Unit of measure', 'UoM']),
    col(
      'target',
      'Chỉ tiêu',
      'Target',
      ['Số lượng chỉ tiêu', 'Chỉ tiêu giao', 'Mục tiêu', 'Target value', 'Goal'],
      true,
    ),
    col('kind', 'Loại', 'Kind', ['Loại chỉ tiêu', 'Type']),
    col('group', 'Nhóm', 'Group', ['Nhóm chỉ tiêu', 'Category']),
    col('base', 'Cơ sở tính', 'Base', ['Mẫu số', 'Population', 'Denominator']),
    // Roll-up: the key of this target at the upper level, when it differs.
    col('upperKey', 'Mã ở cấp trên', 'Upper-level key', ['Mã cấp trên'], false, false),
  ],
};

export const UNITS: TabDef = {
  id: 'units',
  name: 'Đơn vị',
  english: 'Units',
  aliases: ['Danh sach don vi', 'Co so Doan', 'Unit'],
  required: true,
  columns: [
    col('code', 'Mã đơn vị', 'Unit code', ['Mã', 'Mã cơ sở', 'Code', 'Unit'], true),
    col('name', 'Tên đơn vị', 'Unit name', ['Tên', 'Tên cơ sở Đoàn', 'Name']),
    col('cluster', 'Cụm', 'Cluster', ['Khối', 'Cụm thi đua', 'Group']),
    col('email', 'Email', 'Email', ['E-mail', 'Thư điện tử']),
    // Roll-up at an upper level: the lower level's spreadsheet URL, which "Tổng hợp cấp dưới" imports from.
    col(
      'spreadsheet',
      'Bảng tính',
      'Spreadsheet',
      ['Link bảng tính', 'Đường dẫn bảng tính', 'Spreadsheet URL'],
      false,
      false,
    ),
  ],
};

export const PERIODS: TabDef = {
  id: 'periods',
  name: 'Đợt báo cáo',
  english: 'Periods',
  aliases: ['Dot', 'Ky bao cao', 'Period', 'Reporting periods'],
  required: false,
  columns: [
    col('name', 'Tên đợt', 'Period', ['Đợt', 'Kỳ báo cáo', 'Tên kỳ', 'Name', 'Period name'], true),
    col('from', 'Từ ngày', 'From', ['Bắt đầu', 'Ngày bắt đầu', 'Start', 'Start date'], true),
    col('to', 'Đến ngày', 'To', ['Kết thúc', 'Ngày kết thúc', 'End', 'End date'], true),
    col('deadline', 'Hạn báo cáo', 'Deadline', ['Hạn', 'Hạn nộp', 'Due', 'Due date']),
  ],
};

export const ENTRIES: TabDef = {
  id: 'entries',
  name: 'Kết quả',
  english: 'Entries',
  aliases: ['Ket qua thuc hien', 'Nhap lieu', 'Entry', 'Results'],
  required: true,
  columns: [
    col('date', 'Ngày', 'Date', ['Ngày thực hiện', 'Ngày hoạt động', 'Thời gian'], true),
    col('unit', 'Mã đơn vị', 'Unit code', ['Đơn vị', 'Mã cơ sở', 'Unit'], true),
    col('target', 'Mã chỉ tiêu', 'Target key', ['Chỉ tiêu', 'Mã CT', 'Target', 'Key'], true),
    col('quantity', 'Số lượng', 'Quantity', ['Kết quả', 'Số lượng đạt', 'Giá trị', 'Value', 'Amount'], true),
    col('activity', 'Nội dung hoạt động', 'Activity', ['Hoạt động', 'Nội dung', 'Description']),
    col('evidence', 'Minh chứng', 'Evidence', ['Link minh chứng', 'Đường dẫn minh chứng', 'Link', 'Evidence link']),
    // When a row was recorded (docs/DOMAIN.md, "Deadlines"): what Google Forms writes, and the add-on's own stamp.
    {
      ...col('timestamp', 'Dấu thời gian', 'Timestamp', ['Thời điểm gửi', 'Submitted at']),
      stamp: true,
      formsOnly: true,
    },
    // Roll-up rows carry the lower level's base of a percent target.
    col('base', 'Cơ sở tính', 'Base', ['Mẫu số'], false, false),
    { ...col('recorded', 'Ghi nhận lúc', 'Recorded at', ['Thời điểm ghi nhận']), stamp: true },
  ],
};

export const ALLOCATION: TabDef = {
  id: 'allocation',
  name: 'Phân bổ',
  english: 'Allocation',
  aliases: ['Phan bo chi tieu', 'Giao chi tieu', 'Allocations'],
  required: false,
  columns: [
    col('unit', 'Mã đơn vị', 'Unit code', ['Đơn vị', 'Unit'], true),
    col('target', 'Mã chỉ tiêu', 'Target key', ['Chỉ tiêu', 'Target', 'Key'], true),
    col('allocated', 'Chỉ tiêu giao', 'Allocated', ['Số lượng giao', 'Phân bổ', 'Allocation'], true),
  ],
};

export const SETTINGS: TabDef = {
  id: 'settings',
  name: 'Cài đặt',
  english: 'Settings',
  aliases: ['Thiet lap', 'Cau hinh', 'Config'],
  required: false,
  columns: [
    col('setting', 'Khóa', 'Setting', ['Khoá', 'Tham số', 'Mục', 'Key', 'Name']),
    col('value', 'Giá trị', 'Value', []),
  ],
};

export const TABS: readonly TabDef[] = [TARGETS, UNITS, PERIODS, ENTRIES, ALLOCATION, SETTINGS];

/** Settings keys (first cell of a Settings row), with their aliases. */
export const SETTING_KEYS = {
  campaign: ['Tên chiến dịch', 'Chiến dịch', 'Campaign', 'Campaign name'],
  from: ['Từ ngày', 'Ngày bắt đầu', 'Bắt đầu', 'From', 'Start'],
  to: ['Đến ngày', 'Ngày kết thúc', 'Kết thúc', 'To', 'End'],
  // The official report document's header and signature (docs/DOMAIN.md, "The official report document").
  upperBody: ['Cơ quan cấp trên', 'Upper body'],
  issuingBody: ['Cơ quan ban hành', 'Issuing body'],
  reference: ['Số ký hiệu', 'Reference'],
  place: ['Địa danh', 'Place'],
  signatory: ['Người ký', 'Signatory'],
  signatoryTitle: ['Chức vụ', 'Signatory title'],
  onBehalfOf: ['Thay mặt', 'On behalf of'],
  recipients: ['Nơi nhận', 'Recipients'],
  // Roll-up: this level's unit code at the upper level.
  upperCode: ['Mã ở cấp trên', 'Mã cấp trên', 'Upper-level code'],
  // Weekly periods (issue 14): "thứ 7 17:00" makes setUpTemplate write one period per week on an empty Periods tab.
  weekly: ['Hạn báo cáo hằng tuần', 'Hạn báo cáo tuần', 'Weekly deadline'],
} as const;

/** The Settings keys the report document's header reads, in the order a template lists them. */
export type DocumentSettingId = Exclude<keyof typeof SETTING_KEYS, 'campaign' | 'from' | 'to' | 'upperCode' | 'weekly'>;
export const DOCUMENT_SETTING_IDS: readonly DocumentSettingId[] = [
  'upperBody',
  'issuingBody',
  'reference',
  'place',
  'signatory',
  'signatoryTitle',
  'onBehalfOf',
  'recipients',
];

/** Values of the Kind column. */
export const KIND_WORDS = {
  count: ['số lượng', 'so luong', 'count', 'number', 'sl'],
  percent: ['tỷ lệ', 'tỉ lệ', '%', 'percent', 'percentage', 'ty le', 'ti le', 'phần trăm'],
} as const;

/** The prefix of report tabs, before the period's name: "Báo cáo – Đợt 1". */
export const REPORT_TAB_PREFIX = 'Báo cáo – ';
/** The longest tab name a .xlsx file allows (Excel's rule); Sheets accepts it too, so both hosts use it. */
const TAB_NAME_MAX = 31;

/**
 * The period's report tab: "Báo cáo – <period>", with each of : \ / ? * [ ] (forbidden in .xlsx sheet names) made "-",
 * cut to 31 characters without splitting a surrogate pair. One rule for the add-on and the CLI.
 */
export function reportTabName(periodName: string): string {
  let name = (REPORT_TAB_PREFIX + periodName).replace(/[:\\/?*[\]]/g, '-').slice(0, TAB_NAME_MAX);
  if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1);
  return name;
}
