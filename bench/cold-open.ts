/**
 * The cold open over stdio, step by step: spawn the server, `initialize`,
 * `initialized` and at once the `didOpen` of a 100-line minutes document in a
 * workspace folder of `DOCS` documents (as VS Code does for a document already
 * drawn when the server starts); when each answer came. `node --import tsx
 * bench/cold-open.ts [runs] [docs]`: with `docs`, the e2e workspace holds that many benchmark documents more
 * (in `docs/`), so that the index is long; the document's first diagnostics should not wait for it, and
 * should be those it has once the index is complete (`firstIsFinal`).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { minutesOf100Lines } from '../test/helpers/documents';
import { writeWorkspace } from './generate';
import { editorCapabilities, LspTestClient } from '../test/helpers/lspClient';

export interface ColdOpen {
  initializeMs: number;
  diagnosticsMs: number;
  /** The server's CPU time (user + system, /proc/<pid>/stat) when its first diagnostics arrived: the same on a loaded machine. */
  cpuAtDiagnosticsMs: number;
  indexedMs: number;
  diagnostics: number;
  /** The first diagnostics are those the document has once the index is complete (and a moment more). */
  firstIsFinal: boolean;
}

/** A process's CPU time so far, user and system (Linux). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

export async function coldOpen(workspace: string): Promise<ColdOpen> {
  const file = join(workspace, 'open-latency-cold.md');
  const text = minutesOf100Lines('Cold open');
  writeFileSync(file, text);
  const uri = pathToFileURL(file).toString();
  const rootUri = pathToFileURL(workspace).toString();
  const s = new LspTestClient({ cwd: workspace, today: '2026-11-20' });
  try {
    await s.initialize(
      {
        rootUri,
        locale: 'en',
        workspaceFolders: [{ uri: rootUri, name: 'ws' }],
        capabilities: editorCapabilities(),
      },
      30000,
    );
    const initializeMs = performance.now() - s.spawnedAt;
    s.notify('initialized', {});
    s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const p = await s.waitLatest(uri, 1, 30000);
    const diagnosticsMs = p.at - s.spawnedAt;
    const cpuAtDiagnosticsMs = cpuMs(s.proc.pid!);
    await s.waitFor('indexed', () => (s.logs.some((l) => l.message.includes('indexed')) ? true : undefined), 600000);
    const indexedMs = performance.now() - s.spawnedAt;
    // A re-check the index called for is published right after it.
    await new Promise((r) => setTimeout(r, 300));
    const key = (d: { range: unknown; code?: unknown; message: unknown }) =>
      JSON.stringify([d.range, d.code, d.message]);
    const final = s.publishes.filter((x) => x.uri === uri).at(-1)!;
    return {
      initializeMs,
      diagnosticsMs,
      cpuAtDiagnosticsMs,
      indexedMs,
      diagnostics: p.diagnostics.length,
      firstIsFinal: p.diagnostics.map(key).join('\n') === final.diagnostics.map(key).join('\n'),
    };
  } finally {
    await s.stop(5000);
    rmSync(file, { force: true });
  }
}

if (require.main === module) {
  void (async () => {
    const runs = Number(process.argv[2] ?? 5);
    const docs = Number(process.argv[3] ?? 0);
    const ws = mkdtempSync(join(tmpdir(), 'cold-open-'));
    if (docs > 0) writeWorkspace(join(ws, 'docs'), docs);
    cpSync(join(__dirname, '..', 'test', 'e2e', 'workspace'), ws, { recursive: true });
    const all: ColdOpen[] = [];
    for (let i = 0; i < runs; i++) {
      const r = await coldOpen(ws);
      all.push(r);
      console.log(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' ? Math.round(v) : v)));
    }
    const med = (k: Exclude<keyof ColdOpen, 'firstIsFinal'>) =>
      all.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(all.length / 2)];
    console.log(
      `median: initialize ${med('initializeMs').toFixed(0)} ms, diagnostics ${med('diagnosticsMs').toFixed(0)} ms (server CPU ${med('cpuAtDiagnosticsMs').toFixed(0)} ms), indexed ${med('indexedMs').toFixed(0)} ms; first diagnostics final in ${all.filter((r) => r.firstIsFinal).length} of ${all.length}`,
    );
    rmSync(ws, { recursive: true, force: true });
  })();
}
