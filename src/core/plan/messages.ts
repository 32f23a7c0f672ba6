// Thin re-export: the importer's warnings live in src/messages/{vi,en}.ts (section `plan`); add new ones there.

import { PLAN, type Text } from '../../messages';

export const PLAN_WARNINGS = {
  'no-target-section': (): Text => PLAN.text('no-target-section', { line: 0, text: '' }),
  'no-quantity': (p: { line: number; text: string }): Text => PLAN.text('no-quantity', p),
};

/** @deprecated use PLAN.text('renamed', p). */
export const PLAN_KEY_MESSAGES = {
  renamed: (p: { from: string; to: string; label: string; tab: string }): Text => PLAN.text('renamed', p),
};
