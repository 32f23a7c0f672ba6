// Warning-only protection of the add-on's setup tabs: Sheets asks before an accidental edit.

/** Protects a whole sheet once; a second call finds our protection by its description and does nothing. */
export function protectAsWarning(sheet: GoogleAppsScript.Spreadsheet.Sheet, description: string): boolean {
  const existing = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing.some((p) => p.getDescription() === description)) return false;
  sheet.protect().setWarningOnly(true).setDescription(description);
  return true;
}
