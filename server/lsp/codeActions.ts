/** Quick fixes (docs/architecture.md#fixes) and fix-all, from the findings of the current version. */
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import { fixesFor, isoRewriteAtOffset } from '../core/analyze';
import { fixAllEdits } from '../core/fixall';
import { UI } from '../core/l10n';
import type { Analysis, Session } from '../core/session';
import type { Finding } from '../core/analyze';
import type { TextEdit } from '../core/edits';
import { Positions, pathOf, type DiagnosticData, type PositionEncoding } from './convert';
import { createFileEdit, startMinutesAction } from './workflow';
import { FIX_ALL_KIND, START_MINUTES_KIND } from './capabilities';

/** The kind editors request for fix-on-save. */
export { FIX_ALL_KIND };

function toEdits(edits: readonly TextEdit[], positions: Positions): LspTextEdit[] {
  return edits.map((e) => ({ range: positions.offsets(e.start, e.end), newText: e.newText }));
}

function sameRange(d: Diagnostic, f: Finding, positions: Positions): boolean {
  const r = positions.range(f.range);
  return (
    r.start.line === d.range.start.line &&
    r.start.character === d.range.start.character &&
    r.end.line === d.range.end.line &&
    r.end.character === d.range.end.character
  );
}

export function fixAllAction(
  analysis: Analysis,
  uri: string,
  session: Session,
  positions: Positions,
): CodeAction | undefined {
  const edits = fixAllEdits(analysis.doc, analysis.findings);
  if (edits.length === 0) return undefined;
  return {
    title: UI.fixAll[session.locale](),
    kind: FIX_ALL_KIND,
    edit: { changes: { [uri]: toEdits(edits, positions) } },
  };
}

/** Pulled diagnostics: the finding at `index` of report `result`, if that report describes `analysis` (./diagnostics.ts). */
export type ReportedFinding = (analysis: Analysis, result: string, index: number) => Finding | undefined;

export function codeActions(
  params: CodeActionParams,
  session: Session,
  encoding: PositionEncoding,
  reported: ReportedFinding = () => undefined,
): CodeAction[] {
  const uri = params.textDocument.uri;
  const analysis = session.analysis(pathOf(uri));
  if (!analysis) return [];
  const positions = new Positions(analysis.doc.lines, encoding);
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(k + '.'));
  const actions: CodeAction[] = [];
  if (only && wants(FIX_ALL_KIND)) {
    const all = fixAllAction(analysis, uri, session, positions);
    if (all) actions.push(all);
  }
  const ctx = { doc: analysis.doc, options: session.options() };
  // A date at the cursor whose reading is certain but not ISO (a Spanish 12/11/2026): its rewrite, with no
  // diagnostic behind it. A rewrite the user picks, so not a quick fix and never part of fix-all.
  if (wants(CodeActionKind.RefactorRewrite)) {
    const at = positions.offsetAt(params.range.start);
    const rewrite = isoRewriteAtOffset(analysis.doc, at, ctx.options);
    if (rewrite) {
      actions.push({
        title: rewrite.title,
        kind: CodeActionKind.RefactorRewrite,
        edit: {
          documentChanges: [
            { textDocument: { uri, version: analysis.version }, edits: toEdits(rewrite.edits, positions) },
          ],
        },
      });
    }
  }
  if (wants(START_MINUTES_KIND)) {
    const minutes = startMinutesAction(analysis, session);
    if (minutes) actions.push(minutes);
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;
  const seen = new Set<string>();
  for (const d of params.context.diagnostics) {
    if (d.source !== 'agency-docs') continue;
    // By range; else by what `data` says of where it was found (clients such as Neovim 0.7 send byte columns
    // back): pushed, the offsets in the version checked; pulled, its place in the report. Either only while the
    // document is still as it was then: a fix is made from the current findings, for the current version.
    const data = d.data as DiagnosticData | undefined;
    let finding = analysis.findings.find((f) => f.rule === d.code && sameRange(d, f, positions));
    if (!finding && data?.version === analysis.version)
      finding = analysis.findings.find((f) => f.rule === data.rule && f.start === data.start && f.end === data.end);
    if (!finding && typeof data?.result === 'string' && typeof data.index === 'number') {
      const f = reported(analysis, data.result, data.index);
      if (f?.rule === data.rule) finding = f;
    }
    if (!finding) continue;
    for (const fix of fixesFor(finding, ctx)) {
      const key = fix.title + JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: fix.isPreferred,
        edit: fix.createFile
          ? createFileEdit(fix.createFile.path, fix.createFile.text, [
              { textDocument: { uri, version: analysis.version }, edits: toEdits(fix.edits, positions) },
            ])
          : {
              documentChanges: [
                { textDocument: { uri, version: analysis.version }, edits: toEdits(fix.edits, positions) },
              ],
            },
      });
    }
  }
  return actions;
}
