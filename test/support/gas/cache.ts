// CacheService: document, script and user caches with Google's limits (key 250 characters, value 100 KB, 6 hours).

import type { Runtime } from './runtime';
import { strict } from './strict';

const MAX_KEY = 250;
const MAX_VALUE_BYTES = 100 * 1024;
const DEFAULT_TTL = 600;
const MAX_TTL = 21600;

export type CacheScope = 'document' | 'script' | 'user';

interface Entry {
  value: string;
  expires: number;
}

/** The caches' contents, shared by every execution. */
export class CacheStore {
  readonly scopes = new Map<CacheScope, Map<string, Entry>>();

  scope(scope: CacheScope): Map<string, Entry> {
    let entries = this.scopes.get(scope);
    if (!entries) this.scopes.set(scope, (entries = new Map()));
    return entries;
  }

  /** Google may evict any entry at any time: tests can do it too. */
  clear(): void {
    for (const entries of this.scopes.values()) entries.clear();
  }
}

class CacheImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly entries: Map<string, Entry>,
  ) {}

  private _key(key: unknown, method: string): string {
    if (typeof key !== 'string') {
      throw this.rt.error(
        `The parameters (${typeof key}) don't match the method signature for CacheService.Cache.${method}.`,
      );
    }
    if (key.length > MAX_KEY) throw this.rt.error('Argument too large: key');
    return key;
  }

  private _value(value: unknown, method: string): string {
    if (typeof value !== 'string') {
      throw this.rt.error(
        `The parameters (String,${typeof value}) don't match the method signature for CacheService.Cache.${method}.`,
      );
    }
    if (Buffer.byteLength(value, 'utf8') > MAX_VALUE_BYTES) throw this.rt.error('Argument too large: value');
    return value;
  }

  private _ttl(seconds: unknown): number {
    if (seconds === undefined) return DEFAULT_TTL;
    const ttl = Number(seconds);
    if (!Number.isFinite(ttl) || ttl < 1) throw this.rt.error('Invalid argument: expirationInSeconds');
    return Math.min(ttl, MAX_TTL);
  }

  get(key: string): string | null {
    const entry = this.entries.get(this._key(key, 'get'));
    if (!entry) return null;
    if (entry.expires <= this.rt.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  getAll(keys: string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keys) {
      const value = this.get(key);
      if (value !== null) out[key] = value;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    const k = this._key(key, 'put');
    const v = this._value(value, 'put');
    this.entries.set(k, { value: v, expires: this.rt.now() + this._ttl(expirationInSeconds) * 1000 });
  }

  putAll(values: Record<string, string>, expirationInSeconds?: number): void {
    const ttl = this._ttl(expirationInSeconds);
    const checked = Object.entries(values).map(([k, v]) => [this._key(k, 'putAll'), this._value(v, 'putAll')] as const);
    for (const [k, v] of checked) this.entries.set(k, { value: v, expires: this.rt.now() + ttl * 1000 });
  }

  remove(key: string): void {
    this.entries.delete(this._key(key, 'remove'));
  }

  removeAll(keys: string[]): void {
    for (const key of keys) this.remove(key);
  }
}

class CacheServiceImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly store: CacheStore,
  ) {}

  private _cache(scope: CacheScope): unknown {
    return strict(this.rt, 'Cache', new CacheImpl(this.rt, this.store.scope(scope)));
  }

  getDocumentCache(): unknown {
    return this._cache('document');
  }
  getScriptCache(): unknown {
    return this._cache('script');
  }
  getUserCache(): unknown {
    return this._cache('user');
  }
}

export function createCacheService(rt: Runtime, store: CacheStore): GoogleAppsScript.Cache.CacheService {
  return strict(rt, 'CacheService', new CacheServiceImpl(rt, store));
}
