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
  return `${CACHE_PREFIX}${dataVersion()}:${name}`.slice(0, 250);
}

export function readCached<T>(key: string): T | null {
  const cache = CacheService.getDocumentCache();
  const text = cache ? cache.get(key) : null;
  return text ? (JSON.parse(text) as T) : null;
}

/** Stores a value if it fits Google's 100 KB limit; a value that does not fit is simply recomputed next time. */
export function writeCached(key: string, value: unknown): void {
  const cache = CacheService.getDocumentCache();
  if (!cache) return;
  const text = JSON.stringify(value);
  if (text.length < 95_000) cache.put(key, text, CACHE_SECONDS);
}
