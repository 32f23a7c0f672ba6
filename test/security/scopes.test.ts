// The add-on keeps to the two narrow scopes: nothing in the bundle calls a service that would need more.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const BUILD = join(__dirname, '..', '..', 'build');

// Services (or members) whose use makes Apps Script ask for scopes beyond spreadsheets.currentonly and script.container.ui.
const WIDER = [
  'UrlFetchApp',
  'DriveApp',
  'GmailApp',
  'MailApp',
  'DocumentApp',
  'SlidesApp',
  'FormApp',
  'CalendarApp',
  'ContactsApp',
  'GroupsApp',
  'Maps',
  'Jdbc',
  'YouTube',
  'AdminDirectory',
  'ScriptApp.newTrigger',
  'SpreadsheetApp.openById',
  'SpreadsheetApp.openByUrl',
  'SpreadsheetApp.open(',
  'Session.getActiveUser',
  'Session.getEffectiveUser',
];

describe('OAuth scopes', () => {
  const code = readFileSync(join(BUILD, 'Code.js'), 'utf8');

  it.each(WIDER)('the bundle does not reference %s', (name) => {
    const pattern = new RegExp(`\\b${name.replace(/[.(]/g, (c) => `\\${c}`)}`);
    expect(code).not.toMatch(pattern);
  });

  it('the manifest asks for exactly spreadsheets.currentonly and script.container.ui', () => {
    for (const file of [join(BUILD, 'appsscript.json'), join(__dirname, '..', '..', 'appsscript.json')]) {
      const manifest = JSON.parse(readFileSync(file, 'utf8'));
      expect([...manifest.oauthScopes].sort()).toEqual([
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
      ]);
    }
  });

  it('a forbidden reference would be caught (the check reads the real bundle text)', () => {
    expect(code).toMatch(/\bSpreadsheetApp\.getActiveSpreadsheet\b/);
    expect('x = UrlFetchApp.fetch(url)').toMatch(/\bUrlFetchApp/);
  });
});
