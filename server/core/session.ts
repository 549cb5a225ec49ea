/**
 * A checking session over a workspace: open documents, the index of all
 * agency documents, configuration, and cached analyses. The language server
 * adapts it to LSP; tests drive it directly.
 */
import type { Lang } from './catalog/schema';
import { buildDocument, type AgencyDocument } from './document';
import { actionsOf, analyzeDocument, readersOrderOf, type AnalysisOptions, type Finding } from './analyze';
import { resolveConfig, type AgencyConfig, type ResolvedConfig } from './config';
import { ChunkCache } from './markdown';
import { WorkspaceIndex, summarize, type DocumentSummary } from './workspaceIndex';
import { calendarDateOf, type CalendarDate } from './dates';
import type { ActionItem } from './actions';
import { scanDocument } from './scan';
import { TypeVocabulary, declaredTypeValue } from './typeDetection';
import { WorkspaceFacts, changedFacts, recordingIndex } from './dependencies';
import { composeChanges, type TextChange, type TextSource } from './text';

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

interface OpenDocument {
  text: string;
  /** The same text to read it by (the editor's pieces, see text.ts TextSource); `text` itself when not given. */
  source?: TextSource;
  version: number;
  analysis?: Analysis;
  lastModel?: AgencyDocument;
  /** Where the text differs from the last model's (undefined: not known, the model is compared chunk by chunk). */
  change?: TextChange;
  /** The workspace facts the last analysis read: it is redone only when one of them changes. */
  read?: WorkspaceFacts;
}

export class Session {
  readonly index = new WorkspaceIndex();
  readonly cache = new ChunkCache(2000);
  private readonly open = new Map<string, OpenDocument>();
  private clientLocale: Lang = 'en';
  config: ResolvedConfig = resolveConfig();
  /** The workspace roots: links are looked up only inside them (server/core/links.ts). */
  roots: readonly string[] = [];
  /** A `.agency-docs.json` is in the workspace: everyday titles (`# Agenda`) type documents (docs/types.md). */
  private agencyWorkspace = false;
  /** The workspace's `type:` values: another tool's vocabulary makes a page typed by its `type:` alone that tool's. */
  private readonly vocabulary = new TypeVocabulary();
  private othersTypeVocabulary = false;
  /** The summaries of closed documents typed by their `type:` alone: in the index only while the vocabulary is ours. */
  private readonly declaredOnly = new Map<string, DocumentSummary>();
  /** Bumped when anything that every analysis depends on changes (configuration, locale). */
  private generation = 0;
  private analyzedAt = new Map<string, number>();
  /** The workspace facts each closed document's last analysis read (analyzeClosed): it is checked again when one changes. */
  private readonly closedRead = new Map<string, WorkspaceFacts>();
  /** Scans of the workspace under way: until the index is whole, rules reporting what it lacks wait (beginIndexing). */
  private indexing = 0;
  /** Documents checked while the index was not whole: checked again when it is. */
  private readonly checkedWhileIndexing = new Set<string>();

  /**
   * Called when the index changed in a way some open documents' checks depend on,
   * with the paths of those documents (their analyses are redone when next asked for).
   */
  onWorkspaceChange?: (stale: readonly string[]) => void;

  constructor(private readonly opts: SessionOptions = {}) {}

  get locale(): Lang {
    return this.config.locale ?? this.clientLocale;
  }
  setClientLocale(lang: Lang): void {
    this.clientLocale = lang;
    this.invalidateAll();
  }

  /** `.agency-docs.json` (team-shared) and editor settings (personal, they win). */
  setConfiguration(file: AgencyConfig | undefined, settings: AgencyConfig | undefined): void {
    this.config = resolveConfig(file, settings);
    this.agencyWorkspace = file !== undefined;
    this.invalidateAll();
  }

  /**
   * A scan of the workspace begins (the editor's start-up index, a folder added): until it ends, a job number no
   * document has yet may only not be read yet, so the rules reporting what the workspace lacks (unknown-job) wait —
   * a document opened at start-up showed every job it names as unknown for the seconds the scan took.
   */
  beginIndexing(): void {
    this.indexing++;
  }

  /** A scan ended: once none is under way, the documents checked meanwhile are checked again (onWorkspaceChange). */
  endIndexing(): void {
    if (this.indexing === 0 || --this.indexing > 0) return;
    const stale = [...this.checkedWhileIndexing];
    this.checkedWhileIndexing.clear();
    for (const path of stale) this.analyzedAt.delete(path);
    if (stale.length) this.onWorkspaceChange?.(stale);
  }

  options(): AnalysisOptions {
    return {
      indexing: this.indexing > 0,
      locale: this.locale,
      today: this.opts.today ? this.opts.today() : calendarDateOf(new Date()),
      config: this.config,
      workspace: this.index,
      fileExists: (p) => this.index.get(p) !== undefined || this.open.has(p) || (this.opts.fileExists?.(p) ?? false),
      roots: this.roots,
    };
  }

  /**
   * Opens or updates a document; it is parsed when its analysis is asked for.
   * `change`: where `text` differs from the text of the last update (the
   * editor's incremental changes), so that only the text around it is read again. `source`: the same text
   * to read it by, when `text` is costly to read (the editor's pieces, whose whole string V8 copies flat
   * when first read: a keystroke then reads only around the change).
   */
  update(path: string, text: string, version: number, change?: TextChange, source?: TextSource): void {
    const entry = this.open.get(path);
    if (entry && version < entry.version) return; // an older version arriving late
    // The last model made stays until the next one: its unchanged chunks are found again without hashing.
    const lastModel = entry?.analysis?.doc ?? entry?.lastModel;
    // The changes since the last model, as one (several edits may come between two analyses).
    const sinceModel =
      !entry || !change || entry.text.length + change.newEnd - change.oldEnd !== text.length
        ? undefined
        : entry.analysis
          ? change
          : entry.change && composeChanges(entry.change, change);
    this.open.set(path, {
      text,
      source,
      version,
      analysis: undefined,
      lastModel,
      change: sinceModel,
      read: entry?.read,
    });
    this.closedRead.delete(path); // open, it follows the editor
    if (!entry) this.pathsChanged([path]); // links to it now resolve
  }

  close(path: string): void {
    if (!this.open.delete(path)) return;
    this.analyzedAt.delete(path);
    this.pathsChanged([path]);
  }

  /** Files appeared or disappeared (on disk, or opened and closed): documents linking to them are checked again. */
  pathsChanged(paths: readonly string[]): void {
    const changed = new WorkspaceFacts();
    for (const p of paths) changed.paths.add(p);
    if (!changed.empty) this.factsChanged(changed);
  }

  /** Indexes a file that is not open (workspace scan, file watcher). */
  indexFile(path: string, text: string): boolean {
    if (this.open.has(path)) return false;
    return this.reindex(path, text);
  }

  removeFile(path: string): boolean {
    this.closedRead.delete(path);
    this.declaredOnly.delete(path);
    this.vocabulary.set(path, undefined);
    this.vocabularyChanged();
    const before = this.index.get(path);
    if (!before) return false;
    this.index.delete(path);
    this.factsChanged(changedFacts(path, before, undefined));
    return true;
  }

  /** A file that is not open is read with the cheap scan: no Markdown parse, nothing kept but its summary. */
  private reindex(path: string, text: string): boolean {
    const scan = scanDocument(path, text, {
      today: this.options().today,
      jobPattern: this.config.jobPattern,
      dateOrder: this.config.dateOrder,
      agencyWorkspace: this.agencyWorkspace,
    });
    if (scan.declaredOnly && scan.summary) this.declaredOnly.set(path, scan.summary);
    else this.declaredOnly.delete(path);
    this.vocabulary.set(path, scan.declaredType);
    this.vocabularyChanged();
    return this.store(path, scan.declaredOnly && this.othersTypeVocabulary ? undefined : scan.summary);
  }

  /**
   * When the workspace's `type:` values become (or stop being) another tool's, the pages typed by their `type:`
   * alone leave (or join) the index, and every document is checked again (docs/types.md).
   */
  private vocabularyChanged(): void {
    const now = this.vocabulary.othersVocabulary();
    if (now === this.othersTypeVocabulary) return;
    this.othersTypeVocabulary = now;
    for (const [path, summary] of this.declaredOnly)
      if (!this.open.has(path)) this.store(path, now ? undefined : summary);
    this.invalidateAll();
    this.onWorkspaceChange?.([
      ...new Set([...this.open.keys(), ...this.closedRead.keys(), ...this.declaredOnly.keys()]),
    ]);
  }

  /**
   * `options` are the analysis's (editing): the document's facts, made here first (the readers' date order),
   * are those the analysis reads, and read as an edit's (the attendees of the chunks the edit left alone kept).
   */
  private reindexDocument(
    doc: AgencyDocument,
    actions: () => readonly ActionItem[],
    options: AnalysisOptions,
  ): boolean {
    return this.store(
      doc.path,
      doc.type
        ? summarize(doc, actions, this.config.jobPattern, options.today.year, readersOrderOf(doc, options))
        : undefined,
    );
  }

  private store(path: string, summary: DocumentSummary | undefined): boolean {
    const before = this.index.get(path);
    if (!summary) {
      if (!before) return false;
      this.index.delete(path);
    } else {
      this.index.set(summary);
    }
    const changed = changedFacts(path, before, summary);
    if (changed.empty) return false;
    this.factsChanged(changed, path);
    return true;
  }

  /** Marks the open documents that read a changed fact (except `except`, being analyzed now) and announces them. */
  private factsChanged(changed: WorkspaceFacts, except?: string): void {
    const stale: string[] = [];
    for (const [path, entry] of this.open) {
      if (path === except || !entry.read || !entry.read.meets(changed)) continue;
      this.analyzedAt.delete(path);
      stale.push(path);
    }
    for (const [path, read] of this.closedRead) if (path !== except && read.meets(changed)) stale.push(path);
    if (stale.length) this.onWorkspaceChange?.(stale);
  }

  /** The analysis options, noting in `read` what the rules ask of the workspace: only a change to it brings the document back. */
  private recordingOptions(read: WorkspaceFacts): AnalysisOptions {
    const plain = this.options();
    const fileExists = plain.fileExists;
    return {
      ...plain,
      workspace: plain.workspace && recordingIndex(plain.workspace, read),
      fileExists:
        fileExists &&
        ((p) => {
          read.paths.add(p);
          return fileExists(p);
        }),
    };
  }

  /**
   * The findings of an agency document that is not open (Problems for the whole workspace), from its
   * text on disk; undefined when it is open or not an agency document. Nothing is kept but the facts
   * it read, so that it is checked again (onWorkspaceChange) only when one of them changes.
   */
  analyzeClosed(path: string, text: string): { doc: AgencyDocument; findings: readonly Finding[] } | undefined {
    if (this.open.has(path)) return undefined;
    // No chunk cache: closed documents are read once each, and would push the open ones' chunks out.
    const doc = buildDocument(path, text, {
      locale: this.locale,
      agencyWorkspace: this.agencyWorkspace,
      othersTypeVocabulary: this.othersTypeVocabulary,
    });
    if (!doc.type) {
      this.closedRead.delete(path);
      return undefined;
    }
    if (this.indexing > 0) this.checkedWhileIndexing.add(path);
    const read = new WorkspaceFacts();
    const findings = analyzeDocument(doc, this.recordingOptions(read));
    this.closedRead.set(path, read);
    return { doc, findings };
  }

  /** A closed document is no longer followed (closed-file problems turned off, or it is gone). */
  forgetClosed(path: string): void {
    this.closedRead.delete(path);
  }

  /** The analysis of an open document's current version (cached). */
  analysis(path: string): Analysis | undefined {
    const entry = this.open.get(path);
    if (!entry) return undefined;
    if (entry.analysis && this.analyzedAt.get(path) === this.generation) return entry.analysis;
    // The generation it is made for: one bumped while it is made (the workspace's `type:` values) leaves it stale.
    const generation = this.generation;
    if (this.indexing > 0) this.checkedWhileIndexing.add(path);
    const read = new WorkspaceFacts();
    // Being edited: the chunks note what they ask of the action context from their first check on.
    const options: AnalysisOptions = { ...this.recordingOptions(read), editing: true };
    const doc = buildDocument(path, entry.text, {
      locale: this.locale,
      cache: this.cache,
      previous: entry.analysis?.doc ?? entry.lastModel,
      // Checked again with the same text (configuration, workspace): nothing changed.
      change: entry.analysis
        ? { start: entry.text.length, oldEnd: entry.text.length, newEnd: entry.text.length }
        : entry.change,
      source: entry.source,
      agencyWorkspace: this.agencyWorkspace,
      othersTypeVocabulary: this.othersTypeVocabulary,
    });
    // The open text's `type:` counts as it is now (typing `type: plan` may change what the workspace's values are).
    this.vocabulary.set(path, declaredTypeValue(doc.frontMatter));
    this.vocabularyChanged();
    // Listed when first asked for (the index's owners, the actions view): the rules read them chunk by chunk.
    let actions: readonly ActionItem[] | undefined;
    const listActions = () => (actions ??= actionsOf(doc, options));
    // The index follows the open text; a change others depend on is announced (by store).
    this.reindexDocument(doc, listActions, options);
    const findings = analyzeDocument(doc, options);
    entry.read = read;
    entry.analysis = {
      version: entry.version,
      doc,
      findings,
      get actions() {
        return listActions();
      },
    };
    entry.lastModel = undefined;
    entry.change = undefined;
    this.analyzedAt.set(path, generation);
    return entry.analysis;
  }

  invalidateAll(): void {
    this.generation++;
  }

  summaries(): IterableIterator<DocumentSummary> {
    return this.index.documents();
  }
}
