/**
 * Diagnostics, pushed: per document, as soon as the server is idle after an
 * edit (./scheduler.ts; or after the `agencyDocs.debounce` pause, if one is
 * set), and again when a workspace fact it depends on changes. A publish
 * identical to the last one sent for that document is not sent again
 * (docs/robustness.md, "re-checks" and "checks come as soon as the server is free").
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from '../core/session';
import { Positions, pathOf, toDiagnostic, type PositionEncoding } from './convert';
import { CheckScheduler } from './scheduler';

export class DiagnosticsPublisher {
  private readonly scheduler = new CheckScheduler((uri) => this.publish(uri));
  /** The analysis last published per URI: the same analysis is never converted or sent twice. */
  private published = new Map<string, object>();
  /** The last publish sent per URI (its digest made when a publish of the same version is compared with it). */
  private sent = new Map<string, { version: number; diagnostics: Diagnostic[]; digest?: string }>();
  private paths = new Map<string, string>();
  enabled = true;
  /** A pause after typing before checking; 0 (the default): check as soon as the server is idle. */
  debounceMs = 0;
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
      if (this.scheduler.has(d.uri) || !wanted.has(this.pathOf(d.uri))) continue;
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
    if (withdraw) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private pathOf(uri: string): string {
    let p = this.paths.get(uri);
    if (p === undefined) this.paths.set(uri, (p = pathOf(uri)));
    return p;
  }
}
