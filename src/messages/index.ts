// The typed lookup of the message catalogue (vi.ts, en.ts): a section's sentence in one language, or in both.

import * as en from './en';
import * as vi from './vi';

export type Lang = 'vi' | 'en';

/** A sentence in both languages, for what is shown later in either (a Problem, a ChiTieuError). */
export interface Text {
  vi: string;
  en: string;
}

type Entry = string | readonly string[] | ((params: never) => string);
/** The params an entry takes: none for a fixed string, else its function's one argument. */
type Params<E> = E extends (params: infer P) => string ? [params: P] : [];
type Said<E> = E extends readonly string[] ? readonly string[] : string;

/** One section of the catalogue in both languages. */
export interface Section<C extends Record<string, Entry>> {
  /** The sentence in both languages. */
  text<K extends keyof C & string>(key: K, ...params: Params<C[K]>): Text;
  /** Whether a key read at run time (a problem's code, a column id) is one of the section's. */
  has(key: string): key is keyof C & string;
  /** The sentence in one language. */
  say<K extends keyof C & string>(lang: Lang, key: K, ...params: Params<C[K]>): Said<C[K]>;
}

/** The keys of a section whose entries are plain strings (no params). */
export type WordOf<S> =
  S extends Section<infer C> ? { [K in keyof C & string]: C[K] extends string ? K : never }[keyof C & string] : never;

function render(entry: Entry, params: unknown): string | readonly string[] {
  return typeof entry === 'function' ? (entry as (p: unknown) => string)(params) : entry;
}

function section<C extends Record<string, Entry>>(viSection: C, enSection: C): Section<C> {
  return {
    has: (key): key is keyof C & string => Object.prototype.hasOwnProperty.call(viSection, key),
    text: (key, ...params) => ({
      vi: render(viSection[key]!, params[0]) as string,
      en: render(enSection[key]!, params[0]) as string,
    }),
    say: (lang, key, ...params) => render((lang === 'en' ? enSection : viSection)[key]!, params[0]) as never,
  };
}

// Pure, so a bundle keeps only the sections it uses (esbuild drops the rest with their sentences).
export const PROBLEM = /* @__PURE__ */ section(vi.problem, en.problem);
export const EXPECTED = /* @__PURE__ */ section(vi.expected, en.expected);
export const LABEL = /* @__PURE__ */ section(vi.label, en.label);
export const QUERY = /* @__PURE__ */ section(vi.query, en.query);
export const PLAN = /* @__PURE__ */ section(vi.plan, en.plan);
export const REPORT = /* @__PURE__ */ section(vi.report, en.report);
export const TEMPLATE = /* @__PURE__ */ section(vi.template, en.template);
export const ADDON = /* @__PURE__ */ section(vi.addon, en.addon);
export const FORMULA = /* @__PURE__ */ section(vi.formula, en.formula);
export const CLI = /* @__PURE__ */ section(vi.cli, en.cli);
export const CLOSING = /* @__PURE__ */ section(vi.closing, en.closing);
export const ROLLUP = /* @__PURE__ */ section(vi.rollup, en.rollup);
export const UNIT_TAB = /* @__PURE__ */ section(vi.unitTab, en.unitTab);
export const SETTING_HINT = /* @__PURE__ */ section(vi.settingHint, en.settingHint);
export const TEMPLATE_RULE = /* @__PURE__ */ section(vi.templateRule, en.templateRule);
export const DOCUMENT_WORD = /* @__PURE__ */ section(vi.documentWord, en.documentWord);
export const DOCUMENT_SENTENCE = /* @__PURE__ */ section(vi.documentSentence, en.documentSentence);

export type ProblemCode = keyof typeof vi.problem;

export function pick(text: Text, lang: Lang): string {
  return lang === 'en' ? text.en : text.vi;
}

/** "vi / en": help texts that show both languages at once. */
export function both(text: Text): string {
  return `${text.vi} / ${text.en}`;
}
