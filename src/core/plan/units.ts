// The unit of measure after a quantity: the counted noun ("500 cây xanh" → cây, "1.000 lượt người" → lượt), from known units first, else the next one or two words.

import { foldSameLength } from './folding';

// Known units, longest match wins: "cây cầu" beats "cây", so "500 cây xanh" is counted in cây but "02 cây cầu" in cây cầu.
const KNOWN = (
  'lượt,căn,căn hộ,chiếc,cái,con,con em,bộ,quyển,cuốn,tấm,bức,ngôi nhà,suất,suất học bổng,suất quà,suất ăn,' +
  'phần,phần quà,phần học bổng,phần ăn,phần cơm,phần việc,phần mềm,gói,thùng,bao,túi,chai,hộp,cặp,đôi,bình,' +
  'kg,kilôgam,tấn,tạ,lít,km,kilômét,cây số,m,mét,m2,m²,m3,m³,mét vuông,mét khối,ha,héc ta,hecta,cm,' +
  'đơn vị máu,đơn vị,triệu đồng,tỷ đồng,tỉ đồng,nghìn đồng,ngàn đồng,triệu,tỷ,tỉ,đồng,vnđ,đ,' +
  'ngày công,giờ công,ngày chủ nhật>1,ngày thứ bảy>1,ngày cao điểm>1,ngày hoạt động>1,ngày ra quân>1,giờ,buổi,đợt,lần,lớp,khóa,khoá,trận,chuyến,ca,cây,cây cầu,cầu,cống,giếng,giếng nước,' +
  'tuyến,tuyến hẻm,tuyến đường,tuyến phố,tuyến kênh,con hẻm,con đường,hẻm,đường,đoạn đường,mảng tường,mảng xanh,' +
  'điểm,hộ,nhà,nhà văn hóa,nhà văn hoá,em,người,bạn,cụ,đầu sách,cụm,khu,trường,góc,góc học tập,tủ sách,thư viện,' +
  'ý tưởng,sáng kiến,giải pháp,đề tài,công trình,chi đoàn,chi hội,chi bộ,liên chi đoàn,liên chi hội,đoàn cơ sở,' +
  'cơ sở đoàn,cơ sở hội,cơ sở,hội viên,đoàn viên,đảng viên,đội viên,thanh niên,thiếu nhi,thanh thiếu nhi,' +
  'học sinh,sinh viên,chiến sỹ,chiến sĩ,tình nguyện viên,tnv,hoạt động,chương trình,dự án,mô hình,đội hình,' +
  'đội,nhóm,câu lạc bộ,clb,ngày hội,hội thi,cuộc thi,cuộc,hội trại,hội nghị,hội thảo,diễn đàn,tọa đàm,toạ đàm,' +
  'lễ,sân chơi,sân bóng,sân,phòng,phòng học,phòng máy,phòng tin học,học bổng,phần thưởng,giấy khen,bằng khen,' +
  'xe đạp,xe lăn,máy tính,bóng đèn,đèn,đèn đường,bình lọc nước,nhà vệ sinh,công trình vệ sinh,thùng rác,' +
  'gia đình,bệnh nhân,trẻ em,doanh nghiệp,cơ quan,xã,phường,ấp,thôn,bản,khu phố,tổ dân phố,bài viết,tin bài,' +
  'bài,tin,video,clip,sản phẩm,ấn phẩm,tờ rơi,băng rôn,pano,áp phích,infographic,tài liệu,khẩu hiệu,trang,' +
  'tiết mục,gian hàng,phiên tòa,phiên toà,bữa ăn,bữa cơm,bữa,ca khúc,tác phẩm,không gian xanh,không gian,' +
  'áo,xe,xe máy,vé,máy,cán bộ,gương,tập thể,cá nhân,điểm sáng,vườn,vườn rau,chỗ,hạng mục,công nhân,giải,chỗ trọ,chỗ ở,' +
  'xuất,xuất học bổng,mẫu,kế hoạch,tổ chức cơ sở đoàn,tổ chức đoàn,tổ chức hội,tổ tự quản,tổ đội,đầu mối,tuyên truyền viên,hồ sơ,thẻ,tài khoản,tủ,kệ,quầy,cột,biển,bảng,' +
  'bàn,ghế,giường,chậu,kiện,ký,bao gạo,hũ,lon,vỉ,hộp sữa,thùng mì,kit,liều,mũi,cuộc gọi'
).split(',');

// Counted nouns that are not targets: durations, ages, ordinals and slogans ("5 tốt", "3 không").
const NOT_UNITS =
  'năm,tháng,tuần,ngày,quý,tuổi,phút,giây,độ,thứ,tốt,sạch,không,nhất,giỏi,cùng,có,an toàn,trách nhiệm,' +
  'xây,chống,rèn,biết,dám,sẵn sàng,xung kích,đồng hành,mục tiêu,nội dung,tiêu chí,tiêu chuẩn,bước,cấp,mặt';

// Words that cannot begin a unit (the number is followed by a preposition, a verb or a conjunction) or extend one.
const NOT_NOUNS =
  'cho,của,tại,và,với,để,nhằm,ở,trên,trong,dưới,từ,đến,tới,về,là,có,được,bị,đã,sẽ,đang,các,những,mỗi,cùng,' +
  'tham,thực,tổ,hỗ,tiếp,sử,đạt,nhận,hoàn,trở,ra,vào,lên,xuống,đi,làm,giúp,này,đó,kia,ngoài,thuộc,mới,cũ,hoặc,' +
  'hay,theo,như,nhưng,thì,mà,vì,do,bằng,khi,nếu,sau,trước,gồm,bao,trị,giá,tương,tổng,lúc,vừa,rồi,cả,hết,đều,' +
  'cũng,còn,nên,phải,cần,hơn,thêm,góp,tạo,tăng,giảm,đảm,bảo,phấn,ít,tối,khoảng,gần,đủ,an,tự';

/** A word list matched with diacritics, or without them for words typed without diacritics ("ve" is "về" or "vé"). */
export interface WordList {
  exact: Set<string>;
  folded: Set<string>;
}

export function wordList(csv: string): WordList {
  const words = csv.split(',');
  return { exact: new Set(words), folded: new Set(words.map(foldSameLength)) };
}

export function inList(list: WordList, word: string): boolean {
  const lower = word.toLowerCase();
  const folded = foldSameLength(lower);
  return lower === folded ? list.folded.has(folded) : list.exact.has(lower);
}

let notUnits: WordList | null = null;
let notNouns: WordList | null = null;

interface KnownUnit {
  exact: string[];
  folded: string[];
  /** How many of the words make the unit ("ngày chủ nhật>1": counted in ngày). */
  keep: number;
}

let known: Map<string, KnownUnit[]> | null = null;

function knownUnits(): Map<string, KnownUnit[]> {
  if (known) return known;
  known = new Map();
  for (const entry of KNOWN) {
    const [phrase, keep] = entry.split('>') as [string, string | undefined];
    const exact = phrase.split(' ');
    const unit = { exact, folded: exact.map(foldSameLength), keep: keep ? Number(keep) : exact.length };
    const list = known.get(unit.folded[0]!) ?? [];
    list.push(unit);
    known.set(unit.folded[0]!, list);
  }
  for (const list of known.values()) list.sort((a, b) => b.exact.length - a.exact.length);
  return known;
}

function sameWord(word: string, exact: string, folded: string): boolean {
  const lower = word.toLowerCase();
  const plain = foldSameLength(lower);
  return lower === plain ? plain === folded : lower === exact;
}

/** A unit as read after a number: its text as written, where it ends, and whether it is a known unit. */
export interface UnitReading {
  unit: string;
  end: number;
  known: boolean;
  /** The counted noun is a duration, an age, an ordinal or a slogan: the number is not a target. */
  rejected: boolean;
}

const WORD = /[\p{L}\p{M}\d²³]+/uy;

/** The words from `start`, stopping at punctuation: [start, end) of each, at most `max`. */
function wordsAt(text: string, start: number, max: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = start;
  while (out.length < max) {
    while (text[i] === ' ' || (out.length === 0 && /[“"«‘']/.test(text[i] ?? ''))) i++;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (!m) break;
    out.push([i, i + m[0].length]);
    i += m[0].length;
    // A hyphen joins nothing here; any punctuation ends the unit.
    if (text[i] !== ' ') break;
  }
  return out;
}

/** Reads the unit that follows a number ending at `start` in `text` (`folded` is its folded twin). */
export function readUnit(text: string, folded: string, start: number, upperClause = false): UnitReading | null {
  const display = (unit: string) => displayUnit(unit, upperClause);
  const words = wordsAt(folded, start, 4);
  if (words.length === 0) return null;
  const raw = words.map(([s, e]) => text.slice(s, e));
  const candidates = knownUnits().get(folded.slice(words[0]![0], words[0]![1])) ?? [];
  for (const entry of candidates) {
    if (entry.exact.length > raw.length) continue;
    if (entry.exact.every((w, i) => sameWord(raw[i]!, w, entry.folded[i]!))) {
      const end = words[entry.keep - 1]![1];
      return {
        unit: display(text.slice(words[0]![0], end)),
        end: words[entry.exact.length - 1]![1],
        known: true,
        rejected: false,
      };
    }
  }
  notUnits ??= wordList(NOT_UNITS);
  notNouns ??= wordList(NOT_NOUNS);
  if (inList(notUnits, raw[0]!) || (raw[1] && inList(notUnits, `${raw[0]} ${raw[1]}`))) {
    return { unit: raw[0]!, end: words[0]![1], known: false, rejected: true };
  }
  if (inList(notNouns, raw[0]!) || /^\d/.test(raw[0]!)) return null;
  // An unknown noun: one word, or two when the second is not a preposition, verb or proper name; a loanword
  // ("camera", "poster") in a text with diacritics is one word.
  const second = words[1];
  const acronym = raw[0]!.length >= 2 && raw[0] === raw[0]!.toUpperCase() && !upperClause;
  const loanword = acronym || (raw[0] === foldSameLength(raw[0]!) && foldSameLength(text) !== text.toLowerCase());
  const takeTwo =
    second !== undefined &&
    !loanword &&
    !inList(notNouns, raw[1]!) &&
    !/^\d/.test(raw[1]!) &&
    !/^\p{Lu}/u.test(raw[1]!);
  const end = takeTwo ? second[1] : words[0]![1];
  return { unit: display(text.slice(words[0]![0], end)), end, known: false, rejected: false };
}

/** A unit as shown: in lower case when the whole clause is in capitals, else as written with a lower-case first letter ("ĐVTN", "CLB" stay). */
export function displayUnit(unit: string, upperClause = false): string {
  if (upperClause) return unit.toLowerCase();
  if (/^\p{Lu}\p{Ll}/u.test(unit) || unit.length === 1) return unit.charAt(0).toLowerCase() + unit.slice(1);
  return unit;
}

/** The first known unit named in a text ("Số chiến sĩ tham gia" → chiến sĩ), for a number that stands without one. */
export function firstKnownUnit(text: string, folded: string, from = 0, to = text.length): string | null {
  for (const w of folded.slice(from, to).matchAll(/[\p{L}\d]+/gu)) {
    const reading = readUnit(text, folded, from + w.index!);
    if (reading?.known && !reading.rejected && reading.end <= to) return reading.unit;
  }
  return null;
}

/** True for money units ("triệu đồng", "đ"): an amount after "trị giá" is a condition, not a target. */
export function isMoney(unit: string): boolean {
  return /^((trieu|ty|ti|nghin|ngan) )?(dong|d|vnd)$|^(trieu|ty|ti)$/.test(foldSameLength(unit));
}
