// Finding the target sections of a plan ("III. HỆ THỐNG CHỈ TIÊU", "Một số chỉ tiêu trọng tâm:", "- Chỉ tiêu: …") and the item lines inside them with their group.

import { foldSameLength, sentenceCase } from './folding';
import { splitItem } from './items';
import { tidy } from './labels';
import type { Marker, PlanLine } from './lines';
import { findQuantities } from './quantities';

/** One line (or a line and its wrapped continuation) of a target section. */
export interface ItemLine {
  line: number;
  text: string;
  group: string;
}

export interface SectionScan {
  items: ItemLine[];
  /** How many target sections were found. */
  sections: number;
  /** At each skipped line (tables are read elsewhere): whether it stands in a target section, and the group in force. */
  context: Map<number, { inSection: boolean; group: string }>;
}

const NUMBERED = new Set(['part', 'letter', 'roman', 'arabic', 'arabic-paren', 'decimal', 'small-letter', 'paren']);
const TARGET_TITLE = /\bchi tieu\b|\bmuc tieu cu the\b|\bket qua (?:phan dau|can dat|phai dat)\b|\bphan dau dat\b/;
const NOT_TARGET_TITLE =
  /\b(?:bao cao|danh gia|khen thuong|kinh phi|phan bo|ket qua thuc hien|tieu chi|giao chi tieu cho|cham diem)\b|^(?:ke hoach|v\/v|ve viec|thong bao|quyet dinh|can cu|tren day)\b/;
// Headings of a plan's other parts: they end a target section, or (inside one) hide their lines.
const STOP_TITLE =
  /^(?:muc dich|muc tieu|yeu cau|y nghia|thoi gian|dia diem|dia ban|luc luong|doi tuong|thanh phan|noi dung|phuong cham|chu de|khau hieu|to chuc thuc hien|phan cong|kinh phi|tien do|khen thuong|thi dua|che do|bao cao|giai phap|nhiem vu|noi nhan|tm\b|t\/m|can cu|hinh thuc|quy mo|ban chi huy|thanh lap ban|cong tac chi dao|lich|de xuat|kien nghi|phu luc|trien khai thuc hien|tong ket|luu y|ghi chu)/;
// Of those, the ones whose numbered lines may still be targets: "- Kinh phí vận động: 200 triệu đồng" is one, "- Địa bàn: 05 xã" is not.
const MAY_HOLD_TARGETS = /^(?:kinh phi|luc luong|quy mo|muc tieu|nhiem vu)/;
const GENERIC_TITLE = /^(?:cac |mot so |he thong )?chi tieu(?: cu the| phan dau| chinh| chu yeu)?$/;
// A sentence that announces targets before its colon: "Chiến dịch … phấn đấu đạt các chỉ tiêu sau: …" (not a past year's results, nor "theo mẫu sau").
const INTRO =
  /(?:\bchi tieu\b[^,;]{0,30}|\bphan dau\b[^,;]{0,50}|\bket qua (?:can|phai) dat\b[^,;]{0,20})\bsau(?: day)?$/;
const NOT_INTRO = /\bda (?:dat|thuc hien|hoan thanh)|\bnam (?:qua|truoc)\b|\b(?:theo|mau|moc)\b[^,;]*sau(?: day)?$/;

interface Title {
  title: string;
  folded: string;
  rest: string;
}

function splitTitle(pl: PlanLine): Title {
  const colon = /:(?=\s|$)/.exec(pl.text);
  const before = colon ? pl.text.slice(0, colon.index) : pl.text;
  if (colon && words(before) <= 25) {
    return {
      title: before.trim(),
      folded: pl.folded.slice(0, colon.index).trim(),
      rest: pl.text.slice(colon.index + 1).trim(),
    };
  }
  return { title: pl.text.replace(/[.:;,]+$/, '').trim(), folded: pl.folded.replace(/[.:;,]+$/, '').trim(), rest: '' };
}

function words(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

function headingLike(pl: PlanLine, t: Title): boolean {
  const n = words(t.title);
  const numbered = pl.marker !== null && NUMBERED.has(pl.marker.style);
  if (n === 0 || n > (pl.upper ? 25 : numbered ? 20 : 14)) return false;
  if (/:$/.test(pl.text) || (t.rest && n <= 10) || pl.upper) return true;
  if (numbered) return !/;$/.test(pl.text) && n <= 14;
  return !pl.marker && n <= 8 && !/[.;,]$/.test(pl.text);
}

function cleanTitle(title: string): string {
  return sentenceCase(tidy(title));
}

function hasQuantity(text: string): boolean {
  return splitItem(text).some((clause) => findQuantities(clause).length > 0);
}

/** Walks the plan once: target sections, their groups, and the item lines inside them. */
export function scanSections(lines: PlanLine[], skip: ReadonlySet<number>, titles?: RegExp): SectionScan {
  const items: ItemLine[] = [];
  const context = new Map<number, { inSection: boolean; group: string }>();
  let sections = 0;
  // `inline`: opened by a sentence ("… đạt các chỉ tiêu sau:"), it ends at the next heading; `fresh`: nothing read in it yet.
  let section: { level: number; title: string; inline?: boolean; fresh?: boolean } | null = null;
  let groups: Array<{ level: number; title: string; skip: boolean }> = [];
  const outline: Array<{ level: number; title: string }> = [];
  let lastNumbered = 2;
  let lastItemMarker: Marker | null = null;
  let previous: { item: ItemLine | null; line: number } = { item: null, line: -1 };

  const currentGroup = () => {
    for (let i = groups.length - 1; i >= 0; i--) if (!groups[i]!.skip) return groups[i]!.title;
    return section?.title ?? outline[outline.length - 1]?.title ?? '';
  };
  const popTo = (level: number) => {
    groups = groups.filter((g) => g.level < level);
  };
  const emit = (pl: PlanLine, text: string) => {
    if (groups.length > 0 && groups[groups.length - 1]!.skip) return;
    const last = previous.item;
    if (!pl.marker && last && previous.line === pl.line - 1 && !/[.;:!?]$/.test(last.text) && /^\p{Ll}/u.test(text)) {
      last.text += ' ' + text;
    } else {
      const item = { line: pl.line, text, group: currentGroup() };
      items.push(item);
      if (section) section.fresh = false;
      previous = { item, line: pl.line };
      if (pl.marker) lastItemMarker = pl.marker;
      return;
    }
    previous = { item: last, line: pl.line };
  };
  const noteHeading = (level: number, title: string) => {
    while (outline.length && outline[outline.length - 1]!.level >= level) outline.pop();
    outline.push({ level, title: cleanTitle(title) });
  };
  /** Opens a target section, or (`next`) goes on with the next target heading of an open one. */
  const start = (pl: PlanLine, level: number, t: Title, next = false) => {
    if (!next) sections++;
    const enclosing = outline.filter((o) => o.level < level).pop();
    const generic = GENERIC_TITLE.test(t.folded.replace(/[^a-z0-9 ]/g, '').trim());
    const title = generic && level > 3 && enclosing ? enclosing.title : cleanTitle(t.title);
    section = { level, title, fresh: true };
    groups = [];
    lastItemMarker = null;
    if (t.rest) emit(pl, t.rest);
  };

  for (const pl of lines) {
    if (!pl.text) continue;
    if (skip.has(pl.line)) {
      context.set(pl.line, { inSection: section !== null, group: currentGroup() });
      continue;
    }
    const t = splitTitle(pl);
    const like = headingLike(pl, t);
    const numbered = pl.marker !== null && NUMBERED.has(pl.marker.style);
    const level: number | null = pl.marker
      ? pl.marker.level
      : pl.upper && like
        ? 2
        : like && (t.rest || /:$/.test(pl.text))
          ? lastNumbered + 0.5
          : null;
    const quantity = hasQuantity(pl.text);
    const target =
      like &&
      (TARGET_TITLE.test(t.folded) || (titles !== undefined && titles.test(t.folded))) &&
      !NOT_TARGET_TITLE.test(t.folded) &&
      !NOT_INTRO.test(t.folded) &&
      !hasQuantity(t.title);
    const stop = like && STOP_TITLE.test(t.folded);
    if (numbered && like && !quantity) lastNumbered = pl.marker!.level;
    if (like && !quantity && level !== null && !section) noteHeading(level, t.title);

    if (!section) {
      if (target && level !== null) start(pl, level, t);
      else if (target) start(pl, lastNumbered + 0.5, t);
      else {
        const colon = /:(?=\s|$)/.exec(pl.text);
        const before = colon ? pl.folded.slice(0, colon.index).trim() : '';
        if (colon && INTRO.test(before) && !NOT_INTRO.test(before) && !NOT_TARGET_TITLE.test(before)) {
          const rest = pl.text.slice(colon.index + 1).trim();
          const title = outline[outline.length - 1]?.title ?? 'Chỉ tiêu';
          start(pl, level ?? lastNumbered + 0.5, { title, folded: foldSameLength(title), rest });
          section!.inline = true;
          if (rest) section = null; // the targets run on in the sentence itself
        }
      }
      continue;
    }
    const open: { level: number; title: string; inline?: boolean; fresh?: boolean } = section;
    // A subtitle or a note under the heading ("CHIẾN DỊCH MÙA HÈ XANH NĂM 2025", "(Kèm theo Kế hoạch số …)"): part of the title.
    if (
      open.fresh &&
      groups.length === 0 &&
      !pl.marker &&
      !quantity &&
      !target &&
      !stop &&
      (pl.upper || /^\(.*\)$/.test(pl.text))
    )
      continue;
    if (open.inline && like && !quantity && !target) {
      section = null;
      groups = [];
      if (level !== null) noteHeading(level, t.title);
      continue;
    }
    const ownLevel = level ?? Infinity;
    // A short unnumbered line ("Chỉ tiêu riêng", "Nội dung thực hiện", numbering lost with Word's lists):
    // a group inside the section, or its end when it names another part of the plan.
    if (!pl.marker && like && !t.rest && !/:$/.test(pl.text) && !pl.upper && !quantity) {
      if (stop && !target) {
        section = null;
        groups = [];
        continue;
      }
      popTo(lastNumbered + 0.5);
      groups.push({ level: lastNumbered + 0.5, title: cleanTitle(t.title), skip: false });
      continue;
    }
    if (ownLevel <= open.level || (!pl.marker && pl.upper && like && !quantity && !target)) {
      if (target) {
        start(pl, Math.min(ownLevel, open.level), t, true);
        continue;
      }
      const continues =
        pl.marker !== null &&
        lastItemMarker !== null &&
        (lastItemMarker as Marker).style === pl.marker.style &&
        pl.marker.value === ((lastItemMarker as Marker).value ?? -1) + 1 &&
        !/:$/.test(pl.text);
      if (stop || !(quantity || continues)) {
        section = null;
        groups = [];
        if (like && !quantity && level !== null) noteHeading(level, t.title);
        continue;
      }
      emit(pl, pl.text);
      continue;
    }
    if (level !== null && (pl.marker || (like && !quantity))) popTo(level);
    if (level !== null && like) {
      if (target) {
        groups.push({ level, title: cleanTitle(t.title), skip: false });
        if (t.rest) emit(pl, t.rest);
        continue;
      }
      if (stop && !(quantity && MAY_HOLD_TARGETS.test(t.folded))) {
        groups.push({ level, title: cleanTitle(t.title), skip: true });
        continue;
      }
      if (
        !quantity &&
        (/:$/.test(pl.text) || pl.upper || (numbered && words(t.title) <= 10 && !/[.;]$/.test(pl.text)))
      ) {
        groups.push({ level, title: cleanTitle(t.title), skip: false });
        continue;
      }
    }
    emit(pl, pl.text);
  }
  return { items, sections, context };
}
