/**
 * The cross facts of a check (the documents with a job number and the clients, see CrossFacts) as the CLI's
 * threads read them: packed once by the main thread into shared memory, which every worker reads in place.
 * A worker then holds no object per document of the folder: the summaries a check asks for (the documents of
 * one job number) are read from the bytes when asked for. Before, each worker kept its own copy of every such
 * summary, and its heap grew with the folder (issue 21, item 6; bench/README.md, 2026-12-05).
 */
import { fold } from '../core/text';
import { CrossFactsOnly, jobKey, type CrossFacts, type DocumentSummary } from '../core/workspaceIndex';

/** The cross facts in shared memory (SharedArrayBuffers cross to the workers without a copy). */
export interface PackedFacts {
  /**
   * Each document with a job number, as the JSON text (UTF-8) of `[path, type, client, job id, job line]`
   * (null for what is absent), sorted by job key; within a key in the index's order (the sort is stable).
   */
  readonly bytes: SharedArrayBuffer;
  /** Where each record starts in `bytes` (Int32), then where the last one ends. */
  readonly starts: SharedArrayBuffer;
  readonly count: number;
  readonly clients: CrossFacts['clients'];
}

type Packed = [path: string, type: string | null, client: string | null, id: string, line: number];

/** Packs the documents with a job number, in the index's order, and the clients (see WorkspaceIndex.crossFacts). */
export function packFacts(withJob: Iterable<DocumentSummary>, clients: CrossFacts['clients']): PackedFacts {
  const records: { key: string; json: string }[] = [];
  for (const d of withJob) {
    if (!d.job) continue;
    const packed: Packed = [d.path, d.type ?? null, d.client ?? null, d.job.id, d.job.line];
    records.push({ key: jobKey(d.job.id), json: JSON.stringify(packed) });
  }
  records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let size = 0;
  for (const r of records) size += Buffer.byteLength(r.json, 'utf8');
  const bytes = new SharedArrayBuffer(size);
  const buf = Buffer.from(bytes);
  const starts = new SharedArrayBuffer(4 * (records.length + 1));
  const at = new Int32Array(starts);
  let o = 0;
  records.forEach((r, i) => {
    at[i] = o;
    o += buf.write(r.json, o, 'utf8');
  });
  at[records.length] = o;
  return { bytes, starts, count: records.length, clients };
}

/**
 * The cross facts of a folder gathered from its scans as they come back, in any order, without an index of
 * every document: the summaries of the documents with a job number, and each document's client. Packed, they
 * are what a WorkspaceIndex of every summary, set in the files' order, gives (crossFacts; the files' paths are
 * distinct), without the summaries of the others (most of a folder) and the index's map.
 */
export class FactsGatherer {
  private withJob: (DocumentSummary | undefined)[];
  private clients: (string | undefined)[];
  constructor(files: number) {
    this.withJob = new Array(files);
    this.clients = new Array(files);
  }
  /** The summary of the file at `at` among the files (kept only when it has a job number). */
  add(at: number, s: DocumentSummary): void {
    if (s.job) this.withJob[at] = s;
    if (s.client) this.clients[at] = s.client;
  }
  /** The packed cross facts; what was gathered is let go. */
  pack(): PackedFacts {
    const names = new Map<string, string>();
    for (const c of this.clients) if (c) names.set(fold(c), c);
    const withJob: DocumentSummary[] = [];
    for (const d of this.withJob) if (d) withJob.push(d);
    this.withJob = [];
    this.clients = [];
    return packFacts(withJob, [...names]);
  }
}

/** The empty lists of every summary read from the packed facts (as the check's kept summaries have them). */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** Job keys whose documents were read last (a document asks for the same few several times). */
const KNOWN_KEYS = 256;

/**
 * An index that answers what the checks read (job numbers, clients) as the whole index would, from packed
 * facts (the same answers as WorkspaceIndex.ofCrossFacts: the same summaries, in the same order). Asked
 * anything else it throws, as that one does.
 */
export class PackedFactsIndex extends CrossFactsOnly {
  private readonly buf: Buffer;
  private readonly at: Int32Array;
  private readonly count: number;
  private readonly known = new Map<string, readonly DocumentSummary[]>();

  constructor(facts: PackedFacts) {
    super();
    this.buf = Buffer.from(facts.bytes);
    this.at = new Int32Array(facts.starts);
    this.count = facts.count;
    this.clientNames = new Map(facts.clients);
  }

  override documentsWithJob(id: string): readonly DocumentSummary[] {
    const key = jobKey(id);
    const had = this.known.get(key);
    if (had) return had;
    // The first record whose key is not before this one, then every record of this key.
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (jobKey(this.record(mid)[3]) < key) lo = mid + 1;
      else hi = mid;
    }
    const docs: DocumentSummary[] = [];
    for (let i = lo; i < this.count; i++) {
      const [path, type, client, jobId, line] = this.record(i);
      if (jobKey(jobId) !== key) break;
      docs.push({
        path,
        type: (type ?? undefined) as DocumentSummary['type'],
        client: client ?? undefined,
        job: { id: jobId, line },
        owners: NO_ITEMS,
        actions: NO_ITEMS,
        jobRefs: NO_ITEMS,
      });
    }
    if (this.known.size >= KNOWN_KEYS) this.known.clear();
    this.known.set(key, docs);
    return docs;
  }

  private record(i: number): Packed {
    return JSON.parse(this.buf.toString('utf8', this.at[i], this.at[i + 1])) as Packed;
  }
}
