// The language of human output: Vietnamese by default, English with --lang en.

import { langSchema, pick, type Lang, type Text } from '../core';

export function parseLang(value: unknown): Lang {
  const parsed = langSchema().safeParse(value ?? 'vi');
  return parsed.success ? parsed.data : 'vi';
}

/** Picks the sentence for the language: t(lang, 'Xin chào', 'Hello'). */
export function t(lang: Lang, vi: string, en: string): string {
  return pick({ vi, en } satisfies Text, lang);
}
