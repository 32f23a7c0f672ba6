// Readable ASCII keys from labels ("Trồng mới cây xanh" → "trong-moi-cay-xanh"), cut where a phrase ends, unique within the import and the Targets tab.

import { fold } from '../text';

const MAX_WORDS = 6;
const MAX_LENGTH = 48;
// Dropped wherever they stand: they add length, not meaning.
const FILLER = new Set('cac nhung va la duoc ve mot'.split(' '));
// A phrase ends before these (once two words are taken): "Trao tặng phần quà | cho công nhân", "Tặng phần quà | trị giá …".
// Compared with diacritics ("có" ends a phrase, "cơ sở" does not), or folded when the label has none.
const BOUNDARY = 'cho của tại với để nhằm ở trong trên dưới có thuộc đến từ mỗi gồm theo như'.split(' ');
const BOUNDARY_PAIRS = ['trị giá', 'giá trị', 'trong đó', 'ít nhất', 'tối thiểu'];

// Two-syllable words frequent in plans, never split by a cut (folded).
const COMPOUNDS = new Set(
  (
    'giao thong,nong thon,tai khoan,thanh toan,dien tu,thanh nien,thieu nhi,hoan canh,kho khan,tinh nguyen,hoat dong,' +
    'chuong trinh,suc khoe,tap huan,ky nang,doan vien,hoi vien,cong trinh,chien si,chien sy,sinh vien,hoc sinh,' +
    'cong nhan,nguoi dan,gia dinh,chinh sach,phan qua,hoc bong,moi truong,cay xanh,dich vu,truc tuyen,chuyen doi,' +
    'ung dung,dinh danh,phap luat,tuyen truyen,van dong,ho tro,to chuc,thuc hien,xay dung,sua chua,nang cap,be tong,' +
    'trao tang,tham gia,san choi,ngay hoi,hien mau,don vi,co so,thuong truc,su dung,kham benh,phat thuoc,mien phi,' +
    'tu van,huong nghiep,viec lam,khoi nghiep,doanh nghiep,khu pho,dia ban,tinh nghia,tinh thuong,nhan ai,van hoa,' +
    'the thao,an toan,phong chong,thi sinh,lop hoc,tu sach,sinh hoat,ket nap,phat trien,gioi thieu,uu tu,dang vien,' +
    'y te,can bo,cong chuc,vien chuc,lao dong,hanh chinh,thu tuc,khu vuc,dia phuong,truong hoc,benh vien,tuyen duong,' +
    'chieu sang,nang luong,mat troi,nuoc sach,ve sinh,rac thai,bao ve,bien doi,khi hau,chien dich,doi hinh,du an,' +
    'mo hinh,y tuong,sang kien,giai phap,tieu hoc,trung hoc,dai hoc,cao dang,nghe nghiep,dao tao,boi duong,hoc tap'
  ).split(','),
);

interface Word {
  word: string;
  /** The word in lower case with its diacritics. */
  plain: string;
  /** A comma, colon, semicolon or bracket stands right after it. */
  stop: boolean;
}

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text
    .normalize('NFC')
    .toLowerCase()
    .matchAll(/([\p{L}\p{M}\d]+)([^\p{L}\p{M}\d]*)/gu)) {
    const word = fold(m[1]!).replace(/[^a-z0-9]/g, '');
    if (word) out.push({ word, plain: m[1]!, stop: /[,:;(\-–]/.test(m[2]!) });
  }
  return out;
}

let boundaries: { exact: Set<string>; folded: Set<string> } | null = null;

function endsPhrase(words: Word[], i: number, typedPlain: boolean): boolean {
  boundaries ??= {
    exact: new Set([...BOUNDARY, ...BOUNDARY_PAIRS]),
    folded: new Set([...BOUNDARY, ...BOUNDARY_PAIRS].map(fold)),
  };
  const one = words[i]!;
  const two = words[i + 1] ? `${one.plain} ${words[i + 1]!.plain}` : '';
  const set = typedPlain ? boundaries.folded : boundaries.exact;
  const key = (w: string) => (typedPlain ? fold(w) : w);
  return set.has(key(one.plain)) || (two !== '' && set.has(key(two)));
}

/**
 * A key from the label's first phrase: words up to where the phrase ends (a preposition, "trị giá", a comma or colon
 * after three words), at most six words, one more to
 * finish a two-syllable word the cut would split ("tài | khoản").
 */
export function keyFor(label: string, unit: string): string {
  const words = wordsOf(label);
  const typedPlain = fold(label) === label.toLowerCase();
  const picked: string[] = [];
  for (let i = 0; i < words.length && picked.length < MAX_WORDS; i++) {
    const { word, stop } = words[i]!;
    if (picked.length >= 2 && endsPhrase(words, i, typedPlain)) break;
    if (FILLER.has(word)) continue;
    if ([...picked, word].join('-').length > MAX_LENGTH) break;
    picked.push(word);
    if (stop && picked.length >= 3) break;
    if (picked.length === MAX_WORDS && !stop && words[i + 1] && COMPOUNDS.has(`${word} ${words[i + 1]!.word}`)) {
      picked.push(words[i + 1]!.word); // "…-tai-khoan", not "…-tai"
      break;
    }
  }
  if (picked.length === 0) picked.push(...wordsOf(unit === '%' ? 'ty le' : unit).map((w) => w.word));
  return picked.length ? picked.join('-') : 'chi-tieu';
}

/** A longer key that tells apart two targets with one short key: the first phrase and the one after the label's colon or comma. */
function longKeyFor(label: string, unit: string): string {
  const head = keyFor(label, unit);
  const stop = /[:,;]\s*/.exec(label);
  if (!stop) return head;
  const tail = keyFor(label.slice(stop.index + stop[0].length), '');
  return tail === 'chi-tieu' ? head : `${head}-${tail}`;
}

/** A target already on the Targets tab, as the importer compares it. */
export interface ExistingTarget {
  key: string;
  label: string;
  unit: string;
}

/**
 * The same target: the same label, or the same unit and one label's words all in the other's ("Cây xanh (nhập tay)"
 * and "Trồng mới cây xanh"); "Tặng quà cho thiếu nhi" and "Tặng quà cho công nhân" are two targets.
 */
export function sameTarget(a: { label: string; unit: string }, b: { label: string; unit: string }): boolean {
  if (fold(a.label) === fold(b.label)) return true;
  if (fold(a.unit) !== fold(b.unit)) return false;
  const words = (label: string) =>
    new Set(
      wordsOf(label.replace(/\([^)]*\)/g, ' '))
        .map((w) => w.word)
        .filter((w) => !FILLER.has(w)),
    );
  const x = words(a.label);
  const y = words(b.label);
  const within = (small: Set<string>, big: Set<string>) => small.size > 0 && [...small].every((w) => big.has(w));
  return within(x, y) || within(y, x);
}

/**
 * Keys for the proposed targets in order: two different targets of the plan with one short key take their longer
 * keys; a key the Targets tab holds for another target gets the next free "-2", "-3"; a target the tab already holds
 * keeps that row's key and is marked `exists`.
 */
export function planKeys(
  targets: Array<{ label: string; unit: string; target: number }>,
  existing: ExistingTarget[] = [],
): Array<{ key: string; exists: boolean; clash: string | null }> {
  const short = targets.map((t) => keyFor(t.label, t.unit));
  const counts = new Map<string, number>();
  for (const k of short) counts.set(k, (counts.get(k) ?? 0) + 1);
  const wanted = targets.map((t, i) => (counts.get(short[i]!)! > 1 ? longKeyFor(t.label, t.unit) : short[i]!));
  const onTab = new Map(existing.map((e) => [fold(e.key), e]));
  const used = new Set(onTab.keys());
  const given = new Set<string>();
  const next = new Map<string, number>();
  return targets.map((t, i) => {
    const key = wanted[i]!;
    const there = onTab.get(fold(key));
    if (there && !given.has(fold(key)) && sameTarget(t, there)) {
      given.add(fold(key));
      return { key, exists: true, clash: null };
    }
    // Generated keys are lower-case ASCII already: no folding in this loop. Each key's next free suffix is kept, so
    // a thousand targets with one key stay linear.
    let candidate = key;
    let n = next.get(key) ?? 2;
    while (used.has(candidate) || given.has(candidate)) {
      candidate = `${key}-${n++}`;
      // Imported before under "-2": that row is this target.
      const earlier = onTab.get(candidate);
      if (earlier && !given.has(candidate) && sameTarget(t, earlier)) {
        given.add(candidate);
        next.set(key, n);
        return { key: candidate, exists: true, clash: null };
      }
    }
    next.set(key, n);
    given.add(candidate);
    used.add(candidate);
    return { key: candidate, exists: false, clash: there && candidate !== key ? there.key : null };
  });
}
