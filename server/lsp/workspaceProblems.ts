/**
 * Problems for the whole workspace (setting `agencyDocs.problems`): the
 * findings of every indexed agency document that is not open, published like
 * an open document's. Closed documents are read from disk and analysed one at
 * a time in the background, yielding between files so requests are never
 * kept waiting; nothing is kept of them but what they read of the workspace,
 * so a closed document is checked again only when such a fact changed
 * (docs/robustness.md, "Re-checks"). Open documents are the publisher's
 * (./diagnostics.ts).
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Session } from '../core/session';
import { Positions, toDiagnostic, uriOf, type PositionEncoding } from './convert';

export type ProblemsScope = 'workspace' | 'openFiles';

/** The version in a closed document's diagnostics' data: no open version matches it, so fixes are looked up by range. */
const CLOSED_VERSION = -1;

export class WorkspaceProblems {
  /** `workspace`: closed documents too; `openFiles`: only what is open (the publisher alone). */
  private scope: ProblemsScope = 'workspace';
  private enabled = true;
  /** Paths waiting for a background check, in order. */
  private readonly queue = new Set<string>();
  private running = false;
  /** What was last published per closed document's URI (exact text; see ./diagnostics.ts). */
  private readonly sent = new Map<string, string>();
  /** Bumped when everything queued or running is to be dropped (scope turned to open files). */
  private epoch = 0;

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly session: Session,
    private readonly encoding: () => PositionEncoding,
    /** The text of a file on disk; undefined when it is gone or too large. */
    private readonly readText: (path: string) => Promise<string | undefined>,
    private readonly onError: (e: unknown, where: string) => void,
    /** Settles when no open document's check is due: closed documents wait for those (./diagnostics.ts). */
    private readonly openDocumentsFirst: () => Promise<void> = () => Promise.resolve(),
  ) {}

  get active(): boolean {
    return this.enabled && this.scope === 'workspace';
  }

  /** Applies the settings; turning closed-document problems off withdraws the ones published. */
  configure(scope: ProblemsScope, enabled: boolean): void {
    const was = this.active;
    this.scope = scope;
    this.enabled = enabled;
    if (was && !this.active) this.withdrawAll();
  }

  /** Checks these documents in the background, if they are not open (the workspace scan, a change on disk, a fact they read). */
  check(paths: Iterable<string>): void {
    if (!this.active) return;
    for (const p of paths) if (!this.isOpen(p)) this.queue.add(p);
    if (!this.running && this.queue.size) void this.run();
  }

  /** Every indexed agency document again (configuration or locale changed). */
  checkAll(): void {
    if (!this.active) return;
    this.check([...this.session.summaries()].map((s) => s.path));
  }

  /** A document was closed: what it shows now comes from the disk. The editor keeps its problems until they are replaced. */
  closed(path: string): void {
    if (!this.active) return;
    // Whatever the open document last showed is to be replaced, even by nothing (it was no agency document on disk).
    this.sent.set(uriOf(path), '');
    this.check([path]);
  }

  /** A file is gone (deleted, or its folder left the workspace). */
  removed(path: string): void {
    this.queue.delete(path);
    this.session.forgetClosed(path);
    this.withdraw(uriOf(path));
  }

  private isOpen(path: string): boolean {
    return this.documents.get(uriOf(path)) !== undefined;
  }

  private async run(): Promise<void> {
    this.running = true;
    const epoch = this.epoch;
    try {
      while (this.queue.size && epoch === this.epoch) {
        const path = this.queue.values().next().value as string;
        this.queue.delete(path);
        if (this.isOpen(path)) continue;
        try {
          const text = await this.readText(path);
          await this.openDocumentsFirst();
          // Opened, or turned off, while it was being read: the editor's text or nothing wins.
          if (epoch !== this.epoch || this.isOpen(path)) continue;
          this.publish(path, text);
        } catch (e) {
          this.onError(e, `checking ${path}`);
        }
        // One document at a time: requests and open documents' checks get their turn in between.
        await new Promise((r) => setTimeout(r, 0));
      }
    } finally {
      this.running = false;
      if (this.queue.size && this.active) void this.run();
    }
  }

  private publish(path: string, text: string | undefined): void {
    const uri = uriOf(path);
    const analysed = text === undefined ? undefined : this.session.analyzeClosed(path, text);
    if (!analysed) {
      this.withdraw(uri);
      return;
    }
    const positions = new Positions(analysed.doc.lines, this.encoding());
    this.send(
      uri,
      analysed.findings.map((f) => toDiagnostic(f, positions, CLOSED_VERSION, this.session.locale)),
    );
  }

  private send(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length === 0 && !this.sent.has(uri)) return; // nothing shown, nothing to take back
    const digest = JSON.stringify(diagnostics);
    if (this.sent.get(uri) === digest) return;
    this.sent.set(uri, digest);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Takes back what was published for a closed document (nothing, if nothing was). */
  private withdraw(uri: string): void {
    if (!this.sent.has(uri)) return;
    this.sent.delete(uri);
    if (this.documents.get(uri)) return; // open: the publisher shows its own
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /**
   * The client pulls open documents' diagnostics (./diagnostics.ts): they go to another collection than the ones
   * pushed here, so a document's, pushed while it was closed, are taken back when it opens.
   */
  openPulled = false;

  /** Open documents take over from here: what was sent for them while closed no longer stands. */
  opened(uri: string): void {
    const shown = this.sent.get(uri);
    this.sent.delete(uri);
    if (this.openPulled && shown !== undefined && shown !== '' && shown !== '[]')
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private withdrawAll(): void {
    this.epoch++;
    this.queue.clear();
    for (const uri of [...this.sent.keys()]) this.withdraw(uri);
    for (const s of this.session.summaries()) this.session.forgetClosed(s.path);
  }
}
