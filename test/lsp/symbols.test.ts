/**
 * Outline over stdio (server/lsp/symbols.ts): document symbols, folding ranges, workspace symbols.
 */
import { strict as assert } from 'node:assert';
import type { DocumentSymbol, FoldingRange, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import {
  JOB_014_TITLE,
  MINUTES_EN,
  lineNo,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';
import { Session } from '../../server/core/session';
import { documentSymbols, foldingRanges } from '../../server/lsp/symbols';

describe('language server: symbols', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief', 'minutes']);
  let client: Client;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, uris } = server));

  it('documentSymbol: title → sections → actions', async () => {
    const syms = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: uris.minutes },
    });
    assert.equal(syms.length, 1, JSON.stringify(syms.map((s) => s.name)));
    const [title] = syms;
    assert.equal(title.name, 'Meeting minutes: launch review');
    assert.equal(title.range.start.line, lineNo(MINUTES_EN, '# Meeting minutes'));
    const names = (title.children ?? []).map((c) => c.name);
    assert.deepEqual(names, ['Decisions', 'Next actions']);
    const actions = title.children![1].children ?? [];
    assert.equal(actions.length, 3, JSON.stringify(actions.map((a) => a.name)));
    assert.match(actions[0].name, /Send the revised storyboard/);
    assert.equal(actions[0].range.start.line, lineNo(MINUTES_EN, 'storyboard'));
    assert.match(String(actions[0].detail), /@alice/);
    // The brief: its sections under the title.
    const brief = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', {
      textDocument: { uri: uris.brief },
    });
    assert.deepEqual(
      brief[0].children!.map((c) => c.name),
      ['Objective', 'Target consumer', 'Button', 'Support points', 'Deliverables', 'Sign-off'],
    );
  });

  it('foldingRange: front matter and sections', async () => {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', {
      textDocument: { uri: uris.minutes },
    });
    assert.ok(
      ranges.some((r) => r.startLine === 0 && r.endLine === 7),
      `front matter 0–7; got ${JSON.stringify(ranges)}`,
    );
    assert.ok(
      ranges.some((r) => r.startLine === 11 && r.endLine === 13),
      `Decisions 11–13; got ${JSON.stringify(ranges)}`,
    );
    assert.ok(
      ranges.some((r) => r.startLine === 15 && r.endLine === 19),
      `Next actions 15–19; got ${JSON.stringify(ranges)}`,
    );
  });

  it('workspace/symbol: documents by title, job numbers', async () => {
    const byTitle = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'launch film' });
    const card = byTitle.find((s) => s.name === JOB_014_TITLE);
    assert.ok(card, `the job card by title; got ${JSON.stringify(byTitle.map((s) => s.name))}`);
    assert.equal(card.location.uri, uris.job14);
    const byJob = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'NW-2026-015' });
    const job = byJob.find((s) => s.name === 'NW-2026-015');
    assert.ok(job, `the job number; got ${JSON.stringify(byJob.map((s) => s.name))}`);
    assert.equal(job.location.uri, uris.job15);
    assert.ok('range' in job.location && job.location.range.start.line === 2, JSON.stringify(job.location));
    const none = await client.request<WorkspaceSymbol[]>('workspace/symbol', { query: 'zzqx-nothing-like-this' });
    assert.deepEqual(none, []);
  });
});

describe('outline of a long document (issue 21: headings ended in one pass)', () => {
  it('each heading part ends at the next heading of the same or a higher level, at every depth sequence', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 20; round++) {
      const lines = ['# Meeting minutes: weekly status', ''];
      for (let k = 0; k < 40; k++) {
        const depth = 1 + Math.floor(random() * 4);
        lines.push(`${'#'.repeat(depth)} Part ${k}`, '', random() < 0.7 ? `Notes for part ${k}.` : '', '');
      }
      const text = lines.join('\n');
      const session = new Session();
      session.update('/tmp/outline.md', text, 1);
      const analysis = session.analysis('/tmp/outline.md')!;
      const { doc } = analysis;
      const lineOf = (offset: number) => doc.lines.positionAt(offset).line;
      const trimmed = (end: number) => {
        while (end > 0 && /\s/.test(text[end - 1])) end--;
        return end;
      };
      // The definition, searched from each heading.
      const expected = doc.headings.map((h, i) => {
        const next = doc.headings.slice(i + 1).find((x) => x.depth <= h.depth);
        return trimmed(next ? next.start : text.length);
      });
      const symbols: DocumentSymbol[] = [];
      const walk = (list: DocumentSymbol[]) => {
        for (const s of list) {
          symbols.push(s);
          walk(s.children ?? []);
        }
      };
      walk(documentSymbols(analysis, 'utf-16'));
      assert.deepEqual(
        symbols.map((s) => s.range.end),
        doc.headings.map((h, i) => doc.lines.positionAt(Math.max(h.end, expected[i]))),
        `round ${round}`,
      );
      const regions = foldingRanges(analysis).filter((r) => r.kind === 'region');
      assert.deepEqual(
        regions,
        doc.headings
          .map((h, i) => ({ startLine: lineOf(h.start), endLine: lineOf(expected[i]), kind: 'region' }))
          .filter((r) => r.endLine > r.startLine),
        `round ${round}`,
      );
    }
  });
});
