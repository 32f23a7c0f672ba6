// The language of human output: Vietnamese by default, English with --lang en.

import { ChiTieuError, langSchema, type Lang } from '../core';
import { CLI } from '../messages';

export function parseLang(value: unknown): Lang {
  const parsed = langSchema().safeParse(value ?? 'vi');
  if (parsed.success) return parsed.data;
  throw new ChiTieuError('bad-lang', CLI.text('badLang', { value: String(value) }));
}
