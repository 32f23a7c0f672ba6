// A data version bumped on every edit of a source tab the add-on hears of: cached figures are keyed by it.

const VERSION_PROPERTY = 'chitieu.dataVersion';
// The version only moves when the add-on sees a change (onEdit, its own writes). Deleting rows, a Google Forms
// submission, another script or an API write fire no onEdit, so a figure cached under the current version can
// outlive the data it came from. Keeping figures 10 minutes (not Google's 6-hour maximum) bounds that: a forced
// recalculation, or any rerun of a formula, sees such changes at most 10 minutes late, while a column of formulas
// recomputed together still shares one read of the sheet.
const CACHE_SECONDS = 10 * 60;
const CACHE_PREFIX = 'chitieu:';

function properties(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

function dataVersion(): string {
  return properties().getProperty(VERSION_PROPERTY) ?? '0';
}

/** Called after a source tab changes: every cached figure of the old version is abandoned. */
export function bumpDataVersion(): string {
  const next = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  properties().setProperty(VERSION_PROPERTY, next);
  return next;
}

export function cacheKey(name: string): string {
  return `${CACHE_PREFIX}${dataVersion()}:${name}`.slice(0, 240);
}

// Google: "The maximum length of a value is 100KB" (https://developers.google.com/apps-script/reference/cache/cache),
// measured in bytes: Vietnamese text takes 2–3 bytes a character in UTF-8. A value is cut into parts of at most
// PART_BYTES bytes, stored together with putAll and read together with getAll; a part evicted on its own makes the
// whole value a miss, and the figures are then computed again from the sheet (never wrong, only slower).
const PART_BYTES = 90_000;
const MAX_PARTS = 20;

/** UTF-8 length of text (Apps Script has no TextEncoder). */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Cuts text into pieces of at most maxBytes UTF-8 bytes, never inside a surrogate pair. */
export function splitByBytes(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) {
      parts.push(text.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    if (pair) i++;
  }
  parts.push(text.slice(start));
  return parts;
}

export function readCached<T>(key: string): T | null {
  const cache = CacheService.getDocumentCache();
  if (!cache) return null;
  const head = cache.get(key);
  if (!head) return null;
  const count = Number(head);
  if (!Number.isInteger(count) || count < 1 || count > MAX_PARTS) return null;
  const keys = Array.from({ length: count }, (_, i) => `${key}#${i}`);
  const parts = cache.getAll(keys);
  if (keys.some((k) => typeof parts[k] !== 'string')) return null;
  try {
    return JSON.parse(keys.map((k) => parts[k]).join('')) as T;
  } catch {
    return null;
  }
}

/** Stores a value in parts that each fit Google's limit; a value too big even so, or a refused put, is not cached. */
export function writeCached(key: string, value: unknown): void {
  const cache = CacheService.getDocumentCache();
  if (!cache) return;
  const parts = splitByBytes(JSON.stringify(value), PART_BYTES);
  if (parts.length > MAX_PARTS) return;
  const entries: Record<string, string> = {};
  parts.forEach((part, i) => (entries[`${key}#${i}`] = part));
  try {
    cache.putAll(entries, CACHE_SECONDS);
    // The count goes last: a reader that sees it finds every part (unless Google evicted one, which reads as a miss).
    cache.put(key, String(parts.length), CACHE_SECONDS);
  } catch {
    // Too large for the cache's total, or a quota: the figures are simply computed again next time.
  }
}
