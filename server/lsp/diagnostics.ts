/**
 * Diagnostics of open documents, per document, as soon as the server is idle
 * after an edit (./scheduler.ts; or after the `agencyDocs.debounce` pause, if
 * one is set), and again when a workspace fact it depends on changes
 * (docs/robustness.md, "re-checks" and "checks come as soon as the server is free").
 *
 * Two ways to the client (docs/architecture.md, "Publishing"):
 * - **pushed** (`textDocument/publishDiagnostics`), every diagnostic of the
 *   version checked; a publish identical to the last one sent for that document
 *   is not sent again;
 * - **pulled** (LSP 3.17 `textDocument/diagnostic`), when the client pulls and
 *   can be asked to pull again (./capabilities.ts pullsDiagnostics): a pull is
 *   answered once the document's latest version is checked, with `unchanged`
 *   when its diagnostics are those of the report the client holds (typing on a
 *   line without findings moves no diagnostic: a long document's thousands are
 *   then not sent, written and read again for every keystroke), and the client
 *   is asked to pull again (`workspace/diagnostic/refresh`) when a re-check that
 *   follows the workspace or the configuration changes what it was told.
 */
import {
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Range as LspRange,
  type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/analyze';
import type { FindingData } from '../core/rules/rule';
import type { Analysis, Session } from '../core/session';
import { Positions, pathOf, toDiagnostic, toPulledDiagnostic, type PositionEncoding } from './convert';
import { CheckScheduler, nextTurn } from './scheduler';

/** A report given to a pulling client: what it said, to tell whether the next one says the same. */
interface PulledReport {
  readonly id: string;
  /** Bumped by whatever changes every diagnostic's text or meaning (configuration, locale, turning checks off). */
  readonly generation: number;
  /** The findings last found equal to the report's (the same objects where chunks kept theirs, ../core/analyze.ts). */
  readonly findings: readonly Finding[];
  /** Their ranges in the client's encoding, when it is not UTF-16 (a letter of another width moves its columns). */
  readonly ranges?: LspRange[];
  /** The analysis those findings are of, on the newest report only (a quick fix finds its finding by `index` only in it). */
  readonly analysis?: Analysis;
  /** Instead of findings: the size note, or nothing when checks are off. */
  readonly items?: Diagnostic[];
}

/** The reports kept per document: the client may hold one before the last (its pull of the last one cancelled). */
const REPORTS_KEPT = 3;
let nextReportId = 0;

export class DiagnosticsPublisher {
  private readonly scheduler = new CheckScheduler((uri) => this.check(uri));
  /** The analysis last published per URI: the same analysis is never converted or sent twice. */
  private published = new Map<string, object>();
  /** The last publish sent per URI (its digest made when a publish of the same version is compared with it). */
  private sent = new Map<string, { version: number; diagnostics: Diagnostic[]; digest?: string }>();
  private paths = new Map<string, string>();
  enabled = true;
  /** A pause after typing before checking; 0 (the default): check as soon as the server is idle. */
  debounceMs = 0;
  /** The client pulls open documents' diagnostics (set at `initialize`): nothing is pushed for them. */
  pull = false;
  /**
   * The client keeps pushed and pulled diagnostics in one collection (our VS Code client, which says so at
   * `initialize`): an open document is pushed to until its diagnostics are first pulled. vscode-languageclient
   * pulls only once a document's tab is shown, which in VS Code comes 50-400 ms after its `didOpen`: pushed, a
   * document just opened shows its diagnostics as its editor appears, as before; a document open without a tab
   * keeps being pushed to.
   */
  pushUntilPulled = false;
  /** Pulled: the documents whose diagnostics were pulled since they were opened (see pushUntilPulled). */
  private pulledOnce = new Set<string>();
  /** Pulled: the last reports per URI, newest last. */
  private reports = new Map<string, PulledReport[]>();
  /** Pulled: the size note of a document over the limit, in place of its findings. */
  private notes = new Map<string, Diagnostic>();
  /** Pulled: the pulls waiting for a document's check. */
  private waiting = new Map<string, (() => void)[]>();
  /** Pulled: documents checked again for the workspace's sake (not an edit): the client is told if that changed anything. */
  private followed = new Set<string>();
  private generation = 0;
  private refreshQueued = false;
  /** How many refreshes were asked of the client (tests, the log). */
  refreshes = 0;
  /**
   * While the workspace is being indexed, re-checks that index changes call for are held here and
   * asked for once, when the index is complete (the first check of an open document does not wait for it).
   */
  private heldRechecks: Set<string> | undefined;
  private scans = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: Session,
    private readonly encoding: () => PositionEncoding,
    private readonly onError: (e: unknown, where: string) => void,
  ) {}

  /** Schedules a check of one document: when the server is idle, or after the debounce (typing postpones it). */
  schedule(uri: string, delay = this.debounceMs): void {
    this.scheduler.request(uri, delay, true);
  }

  /** Settles once no open document's check is due (./scheduler.ts whenIdle). */
  whenIdle(): Promise<void> {
    return this.scheduler.whenIdle();
  }

  /** Schedules every open document (configuration changed). */
  scheduleAll(delay = this.debounceMs): void {
    this.published.clear();
    if (this.pull) {
      // Every report's text may have changed (messages, severities, checks turned off): the next pulls are answered in full.
      this.generation++;
      if (this.reports.size) this.queueRefresh();
    }
    for (const d of this.documents.all()) this.schedule(d.uri, delay);
  }

  /**
   * Checks again the open documents at these paths (a workspace fact they read changed).
   * A check already pending is kept, not postponed: a stream of index changes
   * coalesces into one check per document. During the workspace scan they wait for its end.
   */
  recheck(paths: readonly string[]): void {
    if (this.heldRechecks) {
      for (const p of paths) this.heldRechecks.add(p);
      return;
    }
    const wanted = new Set(paths);
    for (const d of this.documents.all()) {
      if (!wanted.has(this.pathOf(d.uri))) continue;
      if (this.pull) this.followed.add(d.uri);
      if (this.scheduler.has(d.uri)) continue;
      this.scheduler.request(d.uri, this.debounceMs, false);
    }
  }

  /** The workspace scan starts: re-checks wait for its end. */
  holdRechecks(): void {
    this.scans++;
    this.heldRechecks ??= new Set();
  }

  /** The workspace scan ended: the documents whose facts changed meanwhile are checked once. */
  releaseRechecks(): void {
    if (--this.scans > 0) return;
    this.scans = 0;
    const held = this.heldRechecks;
    this.heldRechecks = undefined;
    if (held?.size) this.recheck([...held]);
  }

  /** The scheduler's turn for one document: pushed, or made ready for its pulls. */
  private check(uri: string): void {
    try {
      if (!this.pull) this.publish(uri);
      else if (this.pushedTo(uri)) {
        this.followed.delete(uri);
        this.publish(uri);
      } else this.checkPulled(uri);
    } finally {
      const waiting = this.waiting.get(uri);
      if (waiting) {
        this.waiting.delete(uri);
        for (const w of waiting) w();
      }
    }
  }

  publish(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      if (!this.enabled) {
        this.send(uri, doc.version, []);
        return;
      }
      const path = this.pathOf(uri);
      const analysis = this.session.analysis(path);
      if (!analysis) return;
      const positions = new Positions(analysis.doc.lines, this.encoding());
      if (this.published.get(uri) === analysis) return;
      this.published.set(uri, analysis);
      this.send(
        uri,
        analysis.version,
        analysis.findings.map((f) => toDiagnostic(f, positions, analysis.version, this.session.locale)),
      );
    } catch (e) {
      this.onError(e, `checking ${uri}`);
    }
  }

  private send(uri: string, version: number, diagnostics: Diagnostic[]): void {
    // Compared only with a publish of the same version (a re-check): after an edit the version alone
    // differs, and writing thousands of diagnostics out once more per keystroke is what a long log cannot afford.
    const last = this.sent.get(uri);
    if (last && last.version === version && last.diagnostics.length === diagnostics.length) {
      // The text itself, not a hash of it: no hashing without Node in the browser, and the text is exact.
      const digest = JSON.stringify(diagnostics);
      if ((last.digest ??= JSON.stringify(last.diagnostics)) === digest) return;
    }
    this.sent.set(uri, { version, diagnostics });
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Pulled, but pushed to until first pulled (see pushUntilPulled). */
  private pushedTo(uri: string): boolean {
    return this.pushUntilPulled && !this.pulledOnce.has(uri);
  }

  /**
   * Pulled: the check itself (the analysis is kept by the session for the pull). After a re-check that followed
   * the workspace, the client is asked to pull again if the document's diagnostics are no longer those it was given.
   */
  private checkPulled(uri: string): void {
    const followed = this.followed.delete(uri);
    if (!this.documents.get(uri)) return;
    try {
      const content = this.content(uri);
      if (!followed) return;
      const newest = this.reports.get(uri)?.at(-1);
      if (newest && !this.same(newest, content)) this.queueRefresh();
    } catch (e) {
      this.onError(e, `checking ${uri}`);
    }
  }

  /** The findings of the document's current version, or the note (or nothing) that stands in for them. */
  private content(uri: string): PulledContent {
    const note = this.notes.get(uri);
    if (note) return { items: [note] };
    if (!this.enabled) return { items: [] };
    const analysis = this.session.analysis(this.pathOf(uri));
    return analysis ? { analysis, findings: analysis.findings } : { items: [] };
  }

  /**
   * Answers `textDocument/diagnostic`: once the document's pending check has run (the edits that came meanwhile
   * applied first), its diagnostics, or `unchanged` when they are those of the client's `previousResultId`.
   * A pull the client cancels (it typed again, and pulls anew) is answered at once as cancelled.
   */
  async pulled(
    uri: string,
    previousResultId: string | undefined,
    token: CancellationToken,
    ready: Promise<void>,
  ): Promise<DocumentDiagnosticReport> {
    await ready;
    while (this.scheduler.has(uri) && !token.isCancellationRequested) {
      await new Promise<void>((resolve) => {
        let list = this.waiting.get(uri);
        if (!list) this.waiting.set(uri, (list = []));
        list.push(resolve);
        const cancelled = token.onCancellationRequested(() => {
          cancelled.dispose();
          resolve();
        });
      });
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    if (!this.documents.get(uri)) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
    return this.report(uri, previousResultId);
  }

  private report(uri: string, previousResultId: string | undefined): DocumentDiagnosticReport {
    this.pulledOnce.add(uri);
    const content = this.content(uri);
    let reports = this.reports.get(uri);
    if (!reports) this.reports.set(uri, (reports = []));
    const held = previousResultId === undefined ? undefined : reports.find((r) => r.id === previousResultId);
    if (held && this.same(held, content)) {
      this.renew(reports, held, content);
      return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: held.id };
    }
    // The client holds another report than the newest (its pull of that one was cancelled): the newest, if it still stands.
    const newest = reports.at(-1);
    const report =
      newest && this.same(newest, content) ? newest : { id: String(++nextReportId), generation: this.generation };
    const kept = this.renew(reports, report, content);
    if (!('analysis' in content))
      return { kind: DocumentDiagnosticReportKind.Full, resultId: kept.id, items: content.items };
    const positions = new Positions(content.analysis.doc.lines, this.encoding());
    const lang = this.session.locale;
    const findings = content.findings;
    const items: Diagnostic[] = new Array(findings.length);
    for (let k = 0; k < findings.length; k++) items[k] = toPulledDiagnostic(findings[k], positions, kept.id, k, lang);
    return { kind: DocumentDiagnosticReportKind.Full, resultId: kept.id, items };
  }

  /** Keeps `report` as the document's newest, describing `content` now. */
  private renew(
    reports: PulledReport[],
    report: { id: string; generation: number },
    content: PulledContent,
  ): PulledReport {
    const kept: PulledReport =
      'analysis' in content
        ? {
            id: report.id,
            generation: report.generation,
            findings: content.findings,
            analysis: content.analysis,
            ranges: this.rangesOf(content),
          }
        : { id: report.id, generation: report.generation, findings: [], items: content.items };
    const at = reports.findIndex((r) => r.id === report.id);
    if (at >= 0) reports.splice(at, 1);
    reports.push(kept);
    if (reports.length > REPORTS_KEPT) reports.shift();
    // Only the newest keeps its analysis (for quick fixes): an older one would keep an earlier model of a long
    // document alive; their findings, kept to compare, refer to no model.
    for (let i = 0; i < reports.length - 1; i++)
      if (reports[i].analysis) reports[i] = { ...reports[i], analysis: undefined };
    return kept;
  }

  /** The findings' ranges in the client's encoding, when it is not UTF-16 (undefined: the core's ranges are the client's). */
  private rangesOf(content: { analysis: Analysis; findings: readonly Finding[] }): LspRange[] | undefined {
    const encoding = this.encoding();
    if (encoding === 'utf-16') return undefined;
    const positions = new Positions(content.analysis.doc.lines, encoding);
    return content.findings.map((f) => positions.range(f.range));
  }

  /** Whether a report says what `content` would: the same diagnostics, in the same order. */
  private same(report: PulledReport, content: PulledContent): boolean {
    if (report.generation !== this.generation) return false;
    if (!('analysis' in content) || report.items)
      return (
        !!report.items && !('analysis' in content) && JSON.stringify(report.items) === JSON.stringify(content.items)
      );
    const a = report.findings;
    const b = content.findings;
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!sameFinding(a[k], b[k])) return false;
    if (report.ranges) {
      const now = this.rangesOf(content)!;
      for (let k = 0; k < now.length; k++) if (!sameRange(report.ranges[k], now[k])) return false;
    }
    return true;
  }

  /**
   * Pulled: the finding a diagnostic of report `result` (at `index`) stands for, if that report describes the
   * document's current analysis; otherwise undefined (the document changed since: the diagnostic is stale).
   */
  reported(uri: string, analysis: Analysis, result: string, index: number): Finding | undefined {
    const report = this.reports.get(uri)?.find((r) => r.id === result);
    return report?.analysis === analysis ? report.findings[index] : undefined;
  }

  /** One request to pull again for any number of changes in a turn. */
  private queueRefresh(): void {
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    nextTurn(() => {
      this.refreshQueued = false;
      this.refreshes++;
      this.connection.languages.diagnostics.refresh().catch(() => undefined);
    });
  }

  /**
   * A document over the size limit: one note instead of checks (or none: `undefined`, it is under the limit again).
   * Pushed at once; pulled, it answers the pulls.
   */
  sizeNote(uri: string, version: number, note: Diagnostic | undefined): void {
    if (this.pull) {
      if (note) this.notes.set(uri, note);
      else this.notes.delete(uri);
      if (!this.pushedTo(uri)) return;
    }
    if (!note) return;
    this.forget(uri);
    void this.connection.sendDiagnostics({ uri, version, diagnostics: [note] });
  }

  /** Something else was published for this document (the size note): the next check publishes whatever it finds. */
  forget(uri: string): void {
    this.sent.delete(uri);
    this.published.delete(uri);
  }

  /** The document was closed; `withdraw`: its diagnostics are taken back (else the workspace's problems replace them, ./workspaceProblems.ts). */
  clear(uri: string, withdraw = true): void {
    this.scheduler.cancel(uri);
    this.published.delete(uri);
    this.sent.delete(uri);
    this.paths.delete(uri);
    this.reports.delete(uri);
    this.notes.delete(uri);
    this.followed.delete(uri);
    const pushed = this.pushedTo(uri);
    this.pulledOnce.delete(uri);
    const waiting = this.waiting.get(uri);
    this.waiting.delete(uri);
    for (const w of waiting ?? []) w();
    // A pulling client forgets a closed document's pulled diagnostics itself.
    if (withdraw && (!this.pull || pushed)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private pathOf(uri: string): string {
    let p = this.paths.get(uri);
    if (p === undefined) this.paths.set(uri, (p = pathOf(uri)));
    return p;
  }
}

/** What a pulled report describes: findings of an analysis, or diagnostics that stand in for them (the size note, none). */
type PulledContent = { analysis: Analysis; findings: readonly Finding[] } | { items: Diagnostic[] };

/** Two findings that make the same diagnostic (apart from the offsets, which a pulled one does not carry). */
function sameFinding(a: Finding, b: Finding): boolean {
  if (a === b) return true;
  return (
    a.rule === b.rule &&
    a.severity === b.severity &&
    a.message === b.message &&
    (a.range === b.range || sameRange(a.range, b.range)) &&
    (a.data === b.data || sameData(a.data, b.data))
  );
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return (
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/** The data a pulled diagnostic carries (all but `insertAt`, an offset), compared key by key. */
function sameData(a: FindingData, b: FindingData): boolean {
  const keys = Object.keys(a);
  let count = 0;
  for (const key of keys) {
    if (key === 'insertAt') continue;
    count++;
    const x = a[key as keyof FindingData];
    const y = b[key as keyof FindingData];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  for (const key of Object.keys(b)) if (key !== 'insertAt') count--;
  return count === 0;
}
