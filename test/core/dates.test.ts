// Dates as Vietnamese sheets hold them: dd/mm/yyyy text, ISO text, date cells and serials.

import { dayFromParts, isoDate, parseDate, utcDate, viDate } from '../../src/core';

const JUNE_11_2023 = dayFromParts(2023, 6, 11)!;

describe('parseDate accepts the forms people type', () => {
  it.each([
    '11/6/2023',
    '11/06/2023',
    '2023-06-11',
    '2023-6-11',
    'ngày 11/6/2023',
    'Ngày 11/06/2023',
    'ngay 11/6/2023',
    '11-6-2023',
    '11.6.2023',
    '11/6/23',
    ' 11 / 6 / 2023 ',
    '11 tháng 6 năm 2023',
    '11/06/2023 08:30',
    '11/6/2023 8h30',
    '2023-06-11T00:00:00.000Z',
  ])('"%s" is 11 June 2023', (text) => {
    expect(parseDate(text)).toEqual({ ok: true, day: JUNE_11_2023 });
  });

  it('reads day first: "6/11/2023" is 6 November, not 11 June', () => {
    expect(parseDate('6/11/2023')).toEqual({ ok: true, day: dayFromParts(2023, 11, 6) });
  });

  it('reads a date cell by its UTC fields, whatever the time of day', () => {
    expect(parseDate(new Date(Date.UTC(2023, 5, 11)))).toEqual({ ok: true, day: JUNE_11_2023 });
    expect(parseDate(new Date(Date.UTC(2023, 5, 11, 23, 59)))).toEqual({ ok: true, day: JUNE_11_2023 });
    expect(parseDate(utcDate(JUNE_11_2023))).toEqual({ ok: true, day: JUNE_11_2023 });
  });

  it('reads Sheets/Excel serials (days since 30/12/1899)', () => {
    expect(parseDate(45088)).toEqual({ ok: true, day: JUNE_11_2023 });
    expect(parseDate(45088.75)).toEqual({ ok: true, day: JUNE_11_2023 });
    expect(parseDate(45144)).toEqual({ ok: true, day: dayFromParts(2023, 8, 6) });
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseDate('29/2/2024')).toEqual({ ok: true, day: dayFromParts(2024, 2, 29) });
  });
});

describe('parseDate rejects what is not a date', () => {
  it.each([
    '32/6/2024',
    'hôm qua',
    '29/2/2023',
    '31/6/2023',
    '0/6/2023',
    '11/13/2023',
    'abc',
    '2023-02-30',
    '11/6/1800',
  ])('"%s" is bad', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: 'bad' });
  });

  it('says a date without a year has no year', () => {
    expect(parseDate('11/6')).toEqual({ ok: false, reason: 'no-year' });
    expect(parseDate('ngày 11/6')).toEqual({ ok: false, reason: 'no-year' });
  });

  it('refuses small numbers that are not plausible serials, booleans and invalid Dates', () => {
    expect(parseDate(5)).toEqual({ ok: false, reason: 'bad' });
    expect(parseDate(2023)).toEqual({ ok: false, reason: 'bad' });
    expect(parseDate(true)).toEqual({ ok: false, reason: 'bad' });
    expect(parseDate(new Date('not a date'))).toEqual({ ok: false, reason: 'bad' });
  });

  it('calls empty cells empty', () => {
    expect(parseDate('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate(null)).toEqual({ ok: false, reason: 'empty' });
    expect(parseDate(undefined)).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('Day helpers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1970, 1, 2)).toBe(1);
    expect(JUNE_11_2023).toBe(19519);
  });

  it('refuses impossible calendar days', () => {
    expect(dayFromParts(2023, 2, 29)).toBeNull();
    expect(dayFromParts(2023, 4, 31)).toBeNull();
    expect(dayFromParts(2023, 0, 1)).toBeNull();
    expect(dayFromParts(2023, 6, 1.5)).toBeNull();
  });

  it('formats ISO and Vietnamese dates', () => {
    expect(isoDate(JUNE_11_2023)).toBe('2023-06-11');
    expect(viDate(JUNE_11_2023)).toBe('11/06/2023');
    expect(utcDate(JUNE_11_2023).toISOString()).toBe('2023-06-11T00:00:00.000Z');
  });
});
