// The language of human output: Vietnamese by default, English with --lang en.

import { ChiTieuError, langSchema, pick, type Lang, type Text } from '../core';

export function parseLang(value: unknown): Lang {
  const parsed = langSchema().safeParse(value ?? 'vi');
  if (parsed.success) return parsed.data;
  throw new ChiTieuError('bad-lang', {
    vi: `Ngôn ngữ "${String(value)}" không có. Hãy dùng --lang vi hoặc --lang en.`,
    en: `Language "${String(value)}" is not available. Use --lang vi or --lang en.`,
  });
}

/** Picks the sentence for the language: t(lang, 'Xin chào', 'Hello'). */
export function t(lang: Lang, vi: string, en: string): string {
  return pick({ vi, en } satisfies Text, lang);
}
