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

  it('on a day-first date in a Spanish document: the date its readers read, in the document’s year', async () => {
    // Before: the hover read only forms certain in every language, so 04/12/2026 (4 December to a Spanish reader) showed nothing, and 27/11 took today's year.
    const uri = uris.minutes.replace(/launch-review-minutes\.md$/, 'acta-hover.md');
    const text = [
      '---',
      'type: minutes',
      'cliente: Sol de Mayo',
      'reunión: 2025-11-20',
      'emitido: 2025-11-20',
      'asistentes: Ana Ruiz',
      'distribución: asistentes',
      '---',
      '',
      '# Acta de reunión',
      '',
      '## Acuerdos',
      '',
      '- Rodaje el 04/12/2026.',
      '',
      '## Próximos pasos',
      '',
      '- Ana enviará el guion, fecha límite: 27/11.',
      '',
    ].join('\n');
    await client.open(uri, text);
    const at = async (needle: string) => {
      const line = text.split('\n').findIndex((l) => l.includes(needle));
      return hoverText(
        await client.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line, character: lineOf(text, line).indexOf(needle) + 2 },
        }),
      );
    };
    assert.match(await at('04/12/2026'), /^2026-12-04 · /);
    assert.match(await at('27/11'), /^2025-11-27 · /);
  });

  it('on a date with two readings in an English document: nothing to claim', async () => {
    const uri = uris.minutes.replace(/launch-review-minutes\.md$/, 'minutes-hover.md');
    const text = MINUTES_EN.replace('2026-11-27', '03/04/2026');
    await client.open(uri, text);
    const line = text.split('\n').findIndex((l) => l.includes('03/04/2026'));
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line, character: lineOf(text, line).indexOf('03/04/2026') + 2 },
    });
    assert.equal(h, null);
  });

  it('on plain text: nothing', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris.brief },
      position: { line: 14, character: 3 },
    });
    assert.equal(h, null);
  });
});
