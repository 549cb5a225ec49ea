/**
 * Hover over stdio (server/lsp/hover.ts): sections, owners, job numbers, dates.
 */
import { strict as assert } from 'node:assert';
import type { Hover } from 'vscode-languageserver-protocol';
import {
  BRIEF_EN,
  JOB_014_TITLE,
  MINUTES_EN,
  STATUS_014_LINE,
  STATUS_EN,
  hoverText,
  lineOf,
  useWorkspaceServer,
  type Client,
  type WorkspaceServer,
} from '../helpers/lspWorkspace';

describe('language server: hover', function () {
  this.timeout(30000);
  const server = useWorkspaceServer(['brief', 'minutes']);
  let client: Client;
  let uris: WorkspaceServer['uris'];
  before(() => ({ client, uris } = server));

  it('on a section heading: what belongs there', async () => {
    const line = BRIEF_EN.split('\n').indexOf('## Button');
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.brief },
      position: { line, character: 5 },
    });
    const text = hoverText(h);
    assert.match(text, /^\*\*Button\*\*/, text);
    assert.ok(text.length > 60, `guidance text expected; got ${text}`);
    assert.match(text, /Filled in/);
    assert.equal(h!.range?.start.line, line);
  });

  it('on an @owner: the role from the roster', async () => {
    const line = MINUTES_EN.split('\n').findIndex((l) => l.includes('@alice'));
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.minutes },
      position: { line, character: lineOf(MINUTES_EN, line).indexOf('@alice') + 2 },
    });
    assert.match(hoverText(h), /@alice\*\* · Account director/);
  });

  it('on a job number: the job card’s title', async () => {
    await client.open(uris.status, STATUS_EN);
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.status },
      position: { line: STATUS_014_LINE, character: 5 },
    });
    const text = hoverText(h);
    assert.match(text, /NW-2026-014/);
    assert.ok(text.includes(JOB_014_TITLE), text);
  });

  it('on a date: its weekday', async () => {
    const line = MINUTES_EN.split('\n').findIndex((l) => l.includes('2026-11-27'));
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.minutes },
      position: { line, character: lineOf(MINUTES_EN, line).indexOf('2026-11-27') + 3 },
    });
    const text = hoverText(h);
    assert.match(text, /Friday/, text);
    assert.match(text, /in 5 days/, text);
  });

  it('on plain text: nothing', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.brief },
      position: { line: 14, character: 3 },
    });
    assert.equal(h, null);
  });
});
