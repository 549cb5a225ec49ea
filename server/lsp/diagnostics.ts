/**
 * Diagnostics, pushed: per document, after a short pause in typing, and again
 * when a workspace fact it depends on changes. A publish identical to the
 * last one sent for that document is not sent again (docs/robustness.md, "Re-checks").
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from '../core/session';
import { Positions, pathOf, toDiagnostic, type PositionEncoding } from './convert';

export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();
  /** The analysis last published per URI: the same analysis is never converted or sent twice. */
  private published = new Map<string, object>();
  /** A digest of the last publish sent per URI (version and diagnostics). */
  private sent = new Map<string, string>();
  private paths = new Map<string, string>();
  enabled = true;
  debounceMs = 120;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: Session,
    private readonly encoding: () => PositionEncoding,
    private readonly onError: (e: unknown, where: string) => void,
  ) {}

  /** Schedules a check of one document after the debounce (typing postpones it). */
  schedule(uri: string, delay = this.debounceMs): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); this.publish(uri); }, delay));
  }

  /** Schedules every open document (configuration changed). */
  scheduleAll(delay = this.debounceMs): void {
    this.published.clear();
    for (const d of this.documents.all()) this.schedule(d.uri, delay);
  }

  /**
   * Checks again the open documents at these paths (a workspace fact they read changed).
   * A check already pending is kept, not postponed: a stream of index changes
   * coalesces into one check per document per debounce period.
   */
  recheck(paths: readonly string[]): void {
    const wanted = new Set(paths);
    for (const d of this.documents.all()) {
      if (this.timers.has(d.uri) || !wanted.has(this.pathOf(d.uri))) continue;
      this.schedule(d.uri);
    }
  }

  publish(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      if (!this.enabled) { this.send(uri, doc.version, []); return; }
      const path = this.pathOf(uri);
      const analysis = this.session.analysis(path);
      if (!analysis) return;
      const positions = new Positions(analysis.doc.lines, this.encoding());
      if (this.published.get(uri) === analysis) return;
      this.published.set(uri, analysis);
      this.send(uri, analysis.version, analysis.findings.map((f) => toDiagnostic(f, positions, analysis.version, this.session.locale)));
    } catch (e) {
      this.onError(e, `checking ${uri}`);
    }
  }

  private send(uri: string, version: number, diagnostics: Diagnostic[]): void {
    // The text itself, not a hash of it: no hashing without Node in the browser, and the text is exact.
    const digest = JSON.stringify([version, diagnostics]);
    if (this.sent.get(uri) === digest) return;
    this.sent.set(uri, digest);
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  /** Something else was published for this document (the size note): the next check publishes whatever it finds. */
  forget(uri: string): void {
    this.sent.delete(uri);
    this.published.delete(uri);
  }

  /** The document was closed; `withdraw`: its diagnostics are taken back (else the workspace's problems replace them, ./workspaceProblems.ts). */
  clear(uri: string, withdraw = true): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
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
