/**
 * Completion after `@` (server/lsp/completion.ts): the team first, then the document's own owners, its client's
 * people, then everyone else's; one entry per name whatever its case (blind18: `@ruth`, `@Ruth` offered twice, and a
 * Brightwell document offered another client's people first).
 */
import { strict as assert } from 'node:assert';
import { completion } from '../server/lsp/completion';
import { Session } from '../server/core/session';
import { parseIsoDay } from '../server/core/dates';

const minutes = (client: string, actions: string) =>
  `---\ntype: minutes\nclient: ${client}\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: [Ana, Ben]\ndistribution: [Ana, Ben]\n---\n\n# Minutes\n\n## Decisions\n\n- Go.\n\n## Next actions\n\n${actions}\n`;

describe('owners offered after @', () => {
  it('ranks the same client’s people before others’, each name once', () => {
    const session = new Session({ today: () => parseIsoDay('2026-11-28')! });
    session.indexFile('/ws/qingshan.md', minutes('Qingshan Tea', '- [ ] @陈默 to send the cans due 2026-12-01'));
    session.indexFile('/ws/fern-1.md', minutes('Blue Fern', '- [ ] @oscar to book the studio due 2026-12-01'));
    session.indexFile('/ws/fern-2.md', minutes('Blue Fern', '- [ ] @Oscar to send the cut due 2026-12-02'));
    const text = minutes('Blue Fern', '- [ ] @Lena to call the printer due 2026-12-03\n- [ ] Ping @');
    session.update('/ws/fern-3.md', text, 1);
    session.analysis('/ws/fern-3.md');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.endsWith('Ping @'));
    const items = completion(
      { textDocument: { uri: 'file:///ws/fern-3.md' }, position: { line, character: lines[line].length } },
      session,
      'utf-16',
    );
    const offered = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!)).map((i) => i.label);
    // This document's owners and attendees, then Blue Fern's (`@oscar` and `@Oscar`: one), then Qingshan's.
    assert.deepEqual(offered, ['@Lena', '@Ana', '@Ben', '@Oscar', '@陈默']);
  });
});
