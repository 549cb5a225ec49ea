/** Diagnostics, pushed: per document, after a short pause in typing, and again when the workspace changes. */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from '../core/session';
import { Positions, pathOf, toDiagnostic, type PositionEncoding } from './convert';

export class DiagnosticsPublisher {
  private timers = new Map<string, NodeJS.Timeout>();
  /** The analysis last published per URI: the same analysis is never converted or sent twice. */
  private published = new Map<string, object>();
  enabled = true;
  debounceMs = 120;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: Session,
    private readonly encoding: () => PositionEncoding,
    private readonly onError: (e: unknown, where: string) => void,
  ) {}

  /** Schedules a check of one document after the debounce. */
  schedule(uri: string, delay = this.debounceMs): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.set(uri, setTimeout(() => { this.timers.delete(uri); this.publish(uri); }, delay));
  }

  /** Schedules every open document (configuration or workspace changed). */
  scheduleAll(delay = this.debounceMs): void {
    this.published.clear();
    for (const d of this.documents.all()) this.schedule(d.uri, delay);
  }

  publish(uri: string): void {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      if (!this.enabled) { this.send(uri, doc.version, []); return; }
      const path = pathOf(uri);
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

  private send(uri: string, version: number, diagnostics: ReturnType<typeof toDiagnostic>[]): void {
    void this.connection.sendDiagnostics({ uri, version, diagnostics });
  }

  clear(uri: string): void {
    const t = this.timers.get(uri);
    if (t) clearTimeout(t);
    this.timers.delete(uri);
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}
