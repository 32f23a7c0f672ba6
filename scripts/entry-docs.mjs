// Reads the JSDoc and parameter names of each exported function of the Apps Script entry module.

import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** name → { jsdoc: the comment as written, params: parameter names } */
export function entryPointDocs(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2020, true);
  const docs = new Map();
  for (const statement of source.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const comments = ts.getLeadingCommentRanges(text, statement.pos) ?? [];
    const jsdoc = comments
      .map((c) => text.slice(c.pos, c.end))
      .filter((c) => c.startsWith('/**'))
      .pop();
    if (!jsdoc) throw new Error(`${file}: export ${statement.name.text} has no JSDoc; every entry point needs one`);
    docs.set(statement.name.text, { jsdoc, params: statement.parameters.map((p) => p.name.getText(source)) });
  }
  return docs;
}
