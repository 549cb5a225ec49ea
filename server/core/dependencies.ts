/**
 * Which workspace facts an analysis read, and which facts an index change
 * touched: an open document is checked again only when a fact it read
 * changed (docs/robustness.md, "Re-checks"). The facts are recorded as the
 * rules ask for them, so a new rule is covered without being listed here.
 */
import { jobKey, type DocumentSummary, type WorkspaceIndex } from './workspaceIndex';

/** Workspace facts: job numbers (by key), the list of clients, whether a path exists. */
export class WorkspaceFacts {
  readonly jobs = new Set<string>();
  readonly paths = new Set<string>();
  clients = false;
  /** Read something not tracked by name: any change may matter. */
  everything = false;

  get empty(): boolean {
    return !this.everything && !this.clients && this.jobs.size === 0 && this.paths.size === 0;
  }

  /** Whether a change of `changed` (not empty) can alter what was read as `this`. */
  meets(changed: WorkspaceFacts): boolean {
    if (this.everything || changed.everything) return true;
    if (this.clients && changed.clients) return true;
    for (const k of changed.jobs) if (this.jobs.has(k)) return true;
    for (const p of changed.paths) if (this.paths.has(p)) return true;
    return false;
  }
}

/** The index as one analysis sees it, noting what it asks. */
export function recordingIndex(index: WorkspaceIndex, read: WorkspaceFacts): WorkspaceIndex {
  return new Proxy(index, {
    get(target, prop) {
      if (prop === 'documentsWithJob')
        return (id: string) => {
          read.jobs.add(jobKey(id));
          return target.documentsWithJob(id);
        };
      if (prop === 'clients')
        return () => {
          read.clients = true;
          return target.clients();
        };
      read.everything = true;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** What changes for other documents when one summary replaces another (either may be absent). */
export function changedFacts(
  path: string,
  before: DocumentSummary | undefined,
  after: DocumentSummary | undefined,
): WorkspaceFacts {
  const changed = new WorkspaceFacts();
  if (!before !== !after) changed.paths.add(path);
  // documentsWithJob answers with the summaries themselves: their type and job matter to the rules.
  const jobBefore = before?.job ? JSON.stringify([before.type, before.job.id]) : undefined;
  const jobAfter = after?.job ? JSON.stringify([after.type, after.job.id]) : undefined;
  if (jobBefore !== jobAfter) {
    if (before?.job) changed.jobs.add(jobKey(before.job.id));
    if (after?.job) changed.jobs.add(jobKey(after.job.id));
  }
  if ((before?.client ?? undefined) !== (after?.client ?? undefined)) changed.clients = true;
  return changed;
}
