// The add-on's problem marks on cells: a note with a fixed prefix and a colour, never mixed up with the user's own.

import type { Problem } from '../core';
import { LABEL } from '../messages';

// The prefix is also how the add-on recognises its own notes: changing the app name would orphan old marks.
export const MARK_PREFIX = `⚠ ${LABEL.say('vi', 'appName')}: `;
/** Separates our message from a note the user had already put on the cell, which we keep below it. */
const USER_NOTE_SEPARATOR = '\n———\n';
export const MARK_COLOURS = { error: '#f4cccc', warning: '#fff2cc' } as const;
const DEFAULT_BACKGROUNDS = new Set(['#ffffff', '', 'white']);

/**
 * Notes and backgrounds of a block. A background of null is "no colour of the cell's own" (Apps Script's
 * setBackgrounds resets such a cell to the default, so alternating colours show through it).
 */
export interface MarkGrid {
  notes: string[][];
  backgrounds: (string | null)[][];
}

export function isOurNote(note: string): boolean {
  return note.startsWith(MARK_PREFIX);
}

/** The user's part of a note (all of it when we never marked the cell). */
function userNote(note: string): string {
  if (!isOurNote(note)) return note;
  const at = note.indexOf(USER_NOTE_SEPARATOR);
  return at < 0 ? '' : note.slice(at + USER_NOTE_SEPARATOR.length);
}

function ourColour(background: string | null): boolean {
  return background === MARK_COLOURS.error || background === MARK_COLOURS.warning;
}

/**
 * Marks the given problems on a grid read from the sheet (row 0 = sheet row `firstRow`) and removes our marks
 * from every other cell of the grid. Returns the new grid and counts; values are never part of it.
 */
export function applyMarks(
  grid: MarkGrid,
  firstRow: number,
  problems: { problem: Problem; column: number }[],
): MarkGrid & { marked: number; cleared: number } {
  const byCell = new Map<string, Problem[]>();
  for (const { problem, column } of problems) {
    const key = `${problem.row - firstRow},${column}`;
    const list = byCell.get(key);
    if (list) list.push(problem);
    else byCell.set(key, [problem]);
  }
  let marked = 0;
  let cleared = 0;
  const notes = grid.notes.map((row, r) =>
    row.map((note, c) => {
      const found = byCell.get(`${r},${c}`);
      if (found) {
        marked++;
        const user = userNote(note);
        const ours = MARK_PREFIX + found.map((p) => p.message).join('\n');
        return user ? ours + USER_NOTE_SEPARATOR + user : ours;
      }
      if (isOurNote(note)) {
        cleared++;
        return userNote(note);
      }
      return note;
    }),
  );
  // Sheets reports a cell without a colour of its own (or one showing alternating colours) as white: writing white
  // back would paint over the banding, so such cells, and the cells whose mark we clear, get null (reset).
  const isDefault = (background: string | null) =>
    background === null || DEFAULT_BACKGROUNDS.has(background.toLowerCase());
  const backgrounds = grid.backgrounds.map((row, r) =>
    row.map((background, c) => {
      const found = byCell.get(`${r},${c}`);
      const wasOurs = isOurNote(grid.notes[r]![c] ?? '') && ourColour(background);
      if (found) {
        // A colour the user chose stays; ours (or none) becomes the problem's colour.
        if (!wasOurs && !isDefault(background)) return background;
        return found.some((p) => p.severity === 'error') ? MARK_COLOURS.error : MARK_COLOURS.warning;
      }
      return wasOurs || isDefault(background) ? null : background;
    }),
  );
  return { notes, backgrounds, marked, cleared };
}
