/** Go to definition and find references for job numbers. */
import type { Location, Position as LspPosition } from 'vscode-languageserver';
import type { Session } from '../core/session';
import { jobKey } from '../core/workspaceIndex';
import { jobNumbersPlain } from '../core/jobPattern';
import { Positions, otherColumns, pathOf, uriOf, type PositionEncoding } from './convert';

/** The job number under the cursor, if any. */
export function jobAt(
  session: Session,
  uri: string,
  position: LspPosition,
  encoding: PositionEncoding,
): string | undefined {
  const analysis = session.analysis(pathOf(uri));
  if (!analysis) return undefined;
  const pos = new Positions(analysis.doc.lines, encoding).fromLsp(position);
  const line = analysis.doc.lines.lineText(pos.line);
  for (const m of line.matchAll(jobNumbersPlain(session.config.jobPattern))) {
    if (pos.character >= m.index! && pos.character <= m.index! + m[0].length) return m[0];
  }
  return undefined;
}

/** The job card (or else any document) whose `job:` is this number. */
export function definition(
  session: Session,
  uri: string,
  position: LspPosition,
  encoding: PositionEncoding,
): Location[] {
  const job = jobAt(session, uri, position, encoding);
  if (!job) return [];
  const docs = [...session.index.documentsWithJob(job)].sort(
    (a, b) => (a.type === 'job' ? 0 : 1) - (b.type === 'job' ? 0 : 1),
  );
  return docs.map((d) => ({
    uri: uriOf(d.path),
    range: { start: { line: d.job!.line - 1, character: 0 }, end: { line: d.job!.line - 1, character: 0 } },
  }));
}

/** Every mention of the job number in the workspace. */
export function references(
  session: Session,
  uri: string,
  position: LspPosition,
  encoding: PositionEncoding,
  includeDeclaration: boolean,
): Location[] {
  const job = jobAt(session, uri, position, encoding);
  if (!job) return [];
  const key = jobKey(job);
  const out: Location[] = [];
  const column = otherColumns(encoding, (path) => session.analysis(path)?.doc.text);
  for (const s of session.summaries()) {
    for (const r of s.jobRefs) {
      if (jobKey(r.id) !== key) continue;
      if (!includeDeclaration && s.job && s.job.line - 1 === r.line && jobKey(s.job.id) === key) continue;
      out.push({
        uri: uriOf(s.path),
        range: {
          start: { line: r.line, character: column(s.path, r.line, r.character) },
          end: { line: r.line, character: column(s.path, r.line, r.character + r.id.length) },
        },
      });
    }
  }
  return out;
}
