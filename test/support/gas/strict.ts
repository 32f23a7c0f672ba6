// The strict proxy every emulated object hides behind: unknown members throw, every call is counted and checked.

import type { Runtime } from './runtime';

const targets = new WeakMap<object, object>();
const methodsByPrototype = new WeakMap<object, Set<string>>();

/** Keys that test tooling (jest's printer and matchers, promise checks) probes on any object: answered with undefined. */
const PROBES = new Set(['then', 'toJSON', 'asymmetricMatch', 'nodeType', 'constructor', 'tagName', 'props', 'inspect']);
const isProbe = (key: string) => PROBES.has(key) || /^(_|@@|\$\$)/.test(key);

export function isServiceObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && targets.has(value);
}

/** The implementation behind an emulated object, or undefined when value is not one of ours. */
export function targetOf(value: unknown): object | undefined {
  return typeof value === 'object' && value !== null ? targets.get(value) : undefined;
}

/** The implementation behind value if it is a `cls`, else the error Apps Script gives for a wrong argument. */
export function unwrap<T>(rt: Runtime, value: unknown, cls: abstract new (...args: never[]) => T, where: string): T {
  const target = targetOf(value);
  if (target instanceof cls) return target;
  throw rt.error(`The parameters (${describe(value)}) don't match the method signature for ${where}.`);
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `${value.length && Array.isArray(value[0]) ? 'Object[][]' : 'Object[]'}`;
  const target = targetOf(value);
  if (target) return target.constructor.name.replace(/(Impl|View)$/, '');
  return typeof value === 'object' ? 'Object' : typeof value;
}

function methodsOf(target: object): Set<string> {
  const proto = Object.getPrototypeOf(target) as object;
  let methods = methodsByPrototype.get(proto);
  if (methods) return methods;
  methods = new Set();
  for (let p: object | null = proto; p && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || name.startsWith('_')) continue;
      if (typeof Object.getOwnPropertyDescriptor(p, name)?.value === 'function') methods.add(name);
    }
  }
  methodsByPrototype.set(proto, methods);
  return methods;
}

export interface StrictOptions {
  /** Enum-like properties (e.g. Ui.Button): readable, not counted. */
  enums?: Record<string, unknown>;
  /** False for objects whose calls are not service calls (console). */
  counted?: boolean;
  /** Runs before each call with the member's name, e.g. to refuse a deleted sheet's objects or a protected cell. */
  precheck?: (member: string) => void;
}

/**
 * Wraps an implementation object: its public prototype methods (names not starting with `_`) are the only members;
 * each call is counted as `Class.member` and checked against the current auth mode; a method returning its own
 * object returns the proxy, and arrays, dates and plain objects are handed over in the caller's realm.
 */
export function strict<T extends object>(rt: Runtime, className: string, target: T, options: StrictOptions = {}): any {
  const methods = methodsOf(target);
  const { enums = {}, counted = true, precheck } = options;
  const proxy: object = new Proxy(target, {
    get(t, key) {
      if (typeof key === 'symbol') return undefined;
      if (key === 'toString') return () => className;
      if (Object.prototype.hasOwnProperty.call(enums, key)) return enums[key];
      if (methods.has(key)) {
        const method = (t as Record<string, (...args: unknown[]) => unknown>)[key]!;
        return function emulated(...args: unknown[]): unknown {
          rt.beforeCall(className, key, counted);
          precheck?.(key);
          const out = method.apply(t, args);
          rt.afterCall();
          return out === t ? proxy : rt.intoRealm(out);
        };
      }
      if (isProbe(key)) return undefined;
      throw rt.error(`${className}.${key} is not implemented by the emulation`, 'Error');
    },
    getPrototypeOf() {
      return Object.prototype;
    },
    has(_t, key) {
      return typeof key === 'string' && (methods.has(key) || Object.prototype.hasOwnProperty.call(enums, key));
    },
    set(_t, key) {
      throw rt.error(`Cannot set ${className}.${String(key)}: emulated objects are read-only`, 'Error');
    },
    ownKeys() {
      return [];
    },
    getOwnPropertyDescriptor() {
      return undefined;
    },
  });
  targets.set(proxy, target);
  return proxy;
}

/** A read-only enum (e.g. SpreadsheetApp.ProtectionType) whose values are their names; unknown names throw. */
export function strictEnum(rt: Runtime, enumName: string, names: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of names) values[name] = name;
  return new Proxy(Object.freeze(values), {
    get(t, key) {
      if (typeof key === 'symbol' || isProbe(key)) return undefined;
      if (key === 'toString') return () => enumName;
      if (Object.prototype.hasOwnProperty.call(t, key)) return t[key];
      throw rt.error(`${enumName}.${key} is not implemented by the emulation`, 'Error');
    },
  });
}
