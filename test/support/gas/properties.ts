// PropertiesService: document, script and user properties, stored as strings.

import type { Runtime } from './runtime';
import { strict } from './strict';

export type PropertiesScope = 'document' | 'script' | 'user';

/** The properties' contents, shared by every execution. */
export class PropertiesStore {
  readonly scopes = new Map<PropertiesScope, Map<string, string>>();

  scope(scope: PropertiesScope): Map<string, string> {
    let entries = this.scopes.get(scope);
    if (!entries) this.scopes.set(scope, (entries = new Map()));
    return entries;
  }
}

class PropertiesImpl {
  constructor(private readonly entries: Map<string, string>) {}

  getProperty(key: string): string | null {
    return this.entries.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): PropertiesImpl {
    this.entries.set(String(key), String(value));
    return this;
  }
  deleteProperty(key: string): PropertiesImpl {
    this.entries.delete(String(key));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.entries);
  }
  getKeys(): string[] {
    return [...this.entries.keys()];
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers = false): PropertiesImpl {
    if (deleteAllOthers) this.entries.clear();
    for (const [key, value] of Object.entries(properties)) this.entries.set(key, String(value));
    return this;
  }
  deleteAllProperties(): PropertiesImpl {
    this.entries.clear();
    return this;
  }
}

class PropertiesServiceImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly store: PropertiesStore,
  ) {}

  private _properties(scope: PropertiesScope): unknown {
    return strict(this.rt, 'Properties', new PropertiesImpl(this.store.scope(scope)));
  }

  getDocumentProperties(): unknown {
    return this._properties('document');
  }
  getScriptProperties(): unknown {
    return this._properties('script');
  }
  getUserProperties(): unknown {
    return this._properties('user');
  }
}

export function createPropertiesService(
  rt: Runtime,
  store: PropertiesStore,
): GoogleAppsScript.Properties.PropertiesService {
  return strict(rt, 'PropertiesService', new PropertiesServiceImpl(rt, store));
}
