/**
 * A checking session over a workspace: open documents, the index of all
 * agency documents, configuration, and cached analyses. The language server
 * adapts it to LSP; tests drive it directly.
 */
import type { Lang } from './catalog/schema';
import { buildDocument, type AgencyDocument } from './document';
import { actionsOf, analyzeDocument, type AnalysisOptions, type Finding } from './analyze';
import { resolveConfig, type AgencyConfig, type ResolvedConfig } from './config';
import { ChunkCache } from './markdown';
import { WorkspaceIndex, summarize, type DocumentSummary } from './workspace';
import { calendarDateOf, type CalendarDate } from './dates';
import type { ActionItem } from './actions';
import { scanSummary } from './scan';

/** The analysis of one version of a document. */
export interface Analysis {
  readonly version: number;
  readonly doc: AgencyDocument;
  readonly findings: readonly Finding[];
  readonly actions: readonly ActionItem[];
}

export interface SessionOptions {
  readonly fileExists?: (path: string) => boolean;
  /** "Today"; defaults to the clock. */
  readonly today?: () => CalendarDate;
}

interface OpenDocument { text: string; version: number; analysis?: Analysis; lastModel?: AgencyDocument }

export class Session {
  readonly index = new WorkspaceIndex();
  readonly cache = new ChunkCache(2000);
  private readonly open = new Map<string, OpenDocument>();
  private clientLocale: Lang = 'en';
  config: ResolvedConfig = resolveConfig();
  /** The workspace roots: links are looked up only inside them (server/core/links.ts). */
  roots: readonly string[] = [];
  /** Bumped when anything that every analysis depends on changes. */
  private generation = 0;
  private analysedAt = new Map<string, number>();

  /** Called when the index changed in a way other documents' checks depend on. */
  onWorkspaceChange?: () => void;

  constructor(private readonly opts: SessionOptions = {}) {}

  get locale(): Lang { return this.config.locale ?? this.clientLocale; }
  setClientLocale(lang: Lang): void { this.clientLocale = lang; this.invalidateAll(); }

  /** `.agency-docs.json` (team-shared) and editor settings (personal, they win). */
  setConfiguration(file: AgencyConfig | undefined, settings: AgencyConfig | undefined): void {
    this.config = resolveConfig(file, settings);
    this.invalidateAll();
  }

  options(): AnalysisOptions {
    return {
      locale: this.locale,
      today: this.opts.today ? this.opts.today() : calendarDateOf(new Date()),
      config: this.config,
      workspace: this.index,
      fileExists: (p) => (this.index.get(p) !== undefined || this.open.has(p) || (this.opts.fileExists?.(p) ?? false)),
      roots: this.roots,
    };
  }

  /** Opens or updates a document; it is parsed when its analysis is asked for. */
  update(path: string, text: string, version: number): void {
    const entry = this.open.get(path);
    if (entry && version < entry.version) return; // an older version arriving late
    // The last model made stays until the next one: its unchanged chunks are found again without hashing.
    this.open.set(path, { text, version, analysis: undefined, lastModel: entry?.analysis?.doc ?? entry?.lastModel });
  }

  close(path: string): void { this.open.delete(path); this.analysedAt.delete(path); }

  /** Indexes a file that is not open (workspace scan, file watcher). */
  indexFile(path: string, text: string): boolean {
    if (this.open.has(path)) return false;
    return this.reindex(path, text);
  }

  removeFile(path: string): boolean {
    if (!this.index.get(path)) return false;
    this.index.delete(path);
    this.generation++;
    return true;
  }

  /** A file that is not open is read with the cheap scan: no Markdown parse, nothing kept but its summary. */
  private reindex(path: string, text: string): boolean {
    const summary = scanSummary(path, text, { today: this.options().today, jobPattern: this.config.jobPattern, dateOrder: this.config.dateOrder });
    return this.store(path, summary);
  }

  private reindexDocument(doc: AgencyDocument, actions: readonly ActionItem[]): boolean {
    return this.store(doc.path, doc.type ? summarize(doc, actions, this.config.jobPattern) : undefined);
  }

  private store(path: string, summary: DocumentSummary | undefined): boolean {
    const before = this.index.get(path);
    if (!summary) {
      if (before) { this.index.delete(path); this.generation++; return true; }
      return false;
    }
    this.index.set(summary);
    const changed = !before || workspaceKey(before) !== workspaceKey(summary);
    if (changed) this.generation++;
    return changed;
  }

  /** The analysis of an open document's current version (cached). */
  analysis(path: string): Analysis | undefined {
    const entry = this.open.get(path);
    if (!entry) return undefined;
    if (entry.analysis && this.analysedAt.get(path) === this.generation) return entry.analysis;
    const options = this.options();
    const doc = buildDocument(path, entry.text, { locale: this.locale, cache: this.cache, previous: entry.analysis?.doc ?? entry.lastModel });
    const actions = actionsOf(doc, options);
    // The index follows the open text; a change others depend on is announced.
    if (this.reindexDocument(doc, actions)) this.onWorkspaceChange?.();
    const findings = analyzeDocument(doc, options);
    entry.analysis = { version: entry.version, doc, findings, actions };
    entry.lastModel = undefined;
    this.analysedAt.set(path, this.generation);
    return entry.analysis;
  }

  invalidateAll(): void { this.generation++; }

  summaries(): IterableIterator<DocumentSummary> { return this.index.documents(); }
}

/** What other documents' checks depend on. */
function workspaceKey(s: DocumentSummary): string {
  return JSON.stringify([s.type, s.client, s.job?.id]);
}
