/**
 * The workspace index: what each agency document contributes to checks
 * across documents (job numbers, clients, owners), kept small so thousands
 * of documents fit in memory.
 */
import type { TypeId } from './catalog/schema';
import type { AgencyDocument } from './document';
import type { ActionItem } from './actions';
import { allMatches, fold, type LineIndex } from './text';
import { jobNumbersAnywhere } from './jobPattern';
import { parseFieldDate, readingFor, toIsoDate, type ReadersOrder } from './dates';
import type { FieldEntry } from './frontmatter';
import { ownJob } from './ownJob';
import { isPlaceholderValue } from './placeholders';

/** The document's own date (`date`, else `meeting`, else `issued`) in ISO form; the scan and the full model share it. */
export function ownDateIso(
  field: (id: string) => FieldEntry | undefined,
  defaultYear: number,
  order?: ReadersOrder,
): string | undefined {
  for (const id of ['date', 'meeting', 'issued']) {
    const f = field(id);
    if (!f || f.missing) continue;
    const t = parseFieldDate(f.text, { defaultYear, yearlessNumeric: true });
    // Read as the document's readers read it (a Spanish `12/11/2026` is 12 November).
    const d = t && readingFor(t, order);
    if (d) return toIsoDate(d);
  }
  return undefined;
}

/** What the index keeps of one document. */
export interface DocumentSummary {
  readonly path: string;
  readonly type?: TypeId;
  readonly title?: string;
  readonly client?: string;
  /** The document's own job number (`job:`, or a body field line `**Job number:** BW-2026-041`; ownJob.ts), and its 1-based line. */
  readonly job?: { readonly id: string; readonly line: number };
  readonly owner?: string;
  readonly due?: string;
  /** `status:` as written (job cards: open, in-progress, delivered, closed), for the status report. */
  readonly status?: string;
  /** The document's own date in ISO form (`date`, else `meeting`, else `issued`), for the status report. */
  readonly date?: string;
  /** `estimate:` as written (job cards: a path to the estimate or an amount), for the status report. */
  readonly estimate?: string;
  /** `week:` as written (status reports), for finding the previous report. */
  readonly week?: string;
  /** Owners named in the document (mentions, `owner:`, attendees), for completion. */
  readonly owners: readonly string[];
  /** Action items, for workspace listings (0-based line and UTF-16 character). */
  readonly actions: readonly ActionSummary[];
  /** Job numbers mentioned anywhere in the text (for references). */
  readonly jobRefs: readonly { readonly id: string; readonly line: number; readonly character: number }[];
}

/** What the index keeps of an action item. */
export interface ActionSummary {
  readonly text: string;
  readonly owners: readonly string[];
  readonly due?: string;
  readonly done: boolean;
  readonly line: number;
  readonly character: number;
  readonly job?: string;
}

/** Normal form of a job number for comparisons. */
export function jobKey(id: string): string {
  return id.trim().toUpperCase();
}

/** Summarizes a parsed document for the index. */
export function summarize(
  doc: AgencyDocument,
  /** The document's actions, or how to list them when first asked for (the session, on every keystroke). */
  listed: readonly ActionItem[] | (() => readonly ActionItem[]) = [],
  jobPattern?: RegExp,
  defaultYear = new Date().getFullYear(),
  order?: ReadersOrder,
): DocumentSummary {
  const fm = doc.frontMatter;
  const present = (id: string) => {
    const f = fm?.field(id);
    return f && !f.missing ? f : undefined;
  };
  const job = ownJob(doc.source, fm, jobPattern);
  const client = fm?.field('client');
  const owner = fm?.field('owner');
  // Owners, actions and job references are for completion, views and navigation: made when first asked
  // for, not on every keystroke (a long log has thousands of owner names).
  let ownerList: string[] | undefined;
  let actionList: ActionSummary[] | undefined;
  let refs: { id: string; line: number; character: number }[] | undefined;
  let known: readonly ActionItem[] | undefined;
  const actionsOf = () => (known ??= typeof listed === 'function' ? listed() : listed);
  return {
    path: doc.path,
    type: doc.type?.id,
    title: doc.title?.text,
    // A placeholder (`<client>`) names no client: not one of the workspace's clients.
    client: client && !client.missing && !isPlaceholderValue(client.text) ? client.text : undefined,
    job: job ? { id: job.id, line: doc.lines.positionAt(job.fieldStart).line + 1 } : undefined,
    owner: owner && !owner.missing ? owner.text : undefined,
    due: fm?.field('due')?.text || undefined,
    status: present('status')?.text,
    date: ownDateIso(present, defaultYear, order),
    week: present('week')?.text,
    estimate: present('estimate')?.text,
    get owners() {
      if (!ownerList) {
        const owners = new Set<string>();
        if (owner && !owner.missing) owners.add(owner.text);
        for (const a of actionsOf()) for (const name of a.ownerNames) owners.add(name);
        for (const id of ['attendees', 'distribution']) for (const n of fm?.field(id)?.items ?? []) owners.add(n);
        ownerList = [...owners];
      }
      return ownerList;
    },
    get actions() {
      return (actionList ??= actionsOf().map((a) => {
        const pos = doc.lines.positionAt(a.start);
        return {
          text: a.text.split('\n')[0],
          owners: [...a.ownerNames],
          done: a.done,
          line: pos.line,
          character: pos.character,
          due: a.due?.date ? toIsoDate(a.due.date) : undefined,
          job: a.job?.id,
        };
      }));
    },
    get jobRefs() {
      if (!refs) {
        refs = jobPattern ? jobReferencesIn(doc.text, doc.lines, jobPattern) : [];
      }
      return refs;
    },
  };
}

type JobReference = DocumentSummary['jobRefs'][number];

/** Where job numbers appear in a text (the first 1,001), for go-to-definition and references; the full model and the scan share it. */
export function jobReferencesIn(text: string, lines: LineIndex, jobPattern: RegExp): JobReference[] {
  const re = jobNumbersAnywhere(jobPattern);
  return allMatches(re, text, 1001).map((m) => {
    const pos = lines.positionAt(m.index);
    return { id: m[0], line: pos.line, character: pos.character };
  });
}

/**
 * What the checks of one document read of the others (server/core/dependencies.ts): the documents that have a job
 * number, as `documentsWithJob` answers with them, and the workspace's clients. A CLI worker gets this, not every
 * summary: it is what stays small when the folder grows (the documents without a job number are most of it).
 */
export interface CrossFacts {
  readonly withJob: readonly DocumentSummary[];
  readonly clients: readonly (readonly [folded: string, name: string])[];
}

/** All agency documents known, by path. */
export class WorkspaceIndex {
  protected readonly docs = new Map<string, DocumentSummary>();
  private jobs?: Map<string, DocumentSummary[]>;
  protected clientNames?: Map<string, string>;

  /** What another thread needs to check documents against this index (see CrossFacts). */
  crossFacts(): CrossFacts {
    return { withJob: [...this.docs.values()].filter((d) => d.job), clients: [...this.clients()] };
  }

  /**
   * An index that answers what the checks read (job numbers, clients) as this one would, from its cross facts;
   * asked anything else (every document, one by path, the count) it throws: a check that reads those needs the whole index.
   */
  static ofCrossFacts(facts: CrossFacts): WorkspaceIndex {
    return new CrossFactsIndex(facts);
  }

  set(summary: DocumentSummary): void {
    const before = this.docs.get(summary.path);
    this.docs.set(summary.path, summary);
    this.jobs = undefined;
    // Kept while no client changes: rules remember what they built from the list (by its identity).
    if (before?.client !== summary.client) this.clientNames = undefined;
  }
  delete(path: string): void {
    const before = this.docs.get(path);
    if (this.docs.delete(path)) {
      this.jobs = undefined;
      if (before?.client) this.clientNames = undefined;
    }
  }
  get(path: string): DocumentSummary | undefined {
    return this.docs.get(path);
  }
  get size(): number {
    return this.docs.size;
  }
  documents(): IterableIterator<DocumentSummary> {
    return this.docs.values();
  }

  /** Documents whose `job:` is this job number. */
  documentsWithJob(id: string): readonly DocumentSummary[] {
    if (!this.jobs) {
      this.jobs = new Map();
      for (const d of this.docs.values()) {
        if (!d.job) continue;
        const k = jobKey(d.job.id);
        const list = this.jobs.get(k) ?? [];
        list.push(d);
        this.jobs.set(k, list);
      }
    }
    return this.jobs.get(jobKey(id)) ?? [];
  }

  /** Client names of all documents: folded name → name as written. */
  clients(): ReadonlyMap<string, string> {
    if (!this.clientNames) {
      this.clientNames = new Map();
      for (const d of this.docs.values()) if (d.client) this.clientNames.set(fold(d.client), d.client);
    }
    return this.clientNames;
  }
}

/**
 * An index that holds only what the cross-document rules read (the documents with a job number, and the
 * clients): it cannot change, and asking it for any other document is a mistake.
 */
export abstract class CrossFactsOnly extends WorkspaceIndex {
  override set(): void {
    throw new Error('an index of cross facts cannot change');
  }
  override delete(): void {
    throw new Error('an index of cross facts cannot change');
  }
  override get(): DocumentSummary | undefined {
    throw new Error('an index of cross facts holds only the documents with a job number');
  }
  override get size(): number {
    throw new Error('an index of cross facts holds only the documents with a job number');
  }
  override documents(): IterableIterator<DocumentSummary> {
    throw new Error('an index of cross facts holds only the documents with a job number');
  }
}

/** See WorkspaceIndex.ofCrossFacts. */
class CrossFactsIndex extends CrossFactsOnly {
  constructor(facts: CrossFacts) {
    super();
    // The same order as the whole index's: documentsWithJob lists them in it, and the clients map keeps its order and names.
    for (const d of facts.withJob) this.docs.set(d.path, d);
    this.clientNames = new Map(facts.clients);
  }
}
