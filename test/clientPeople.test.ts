/**
 * The client's people among a document's attendees (server/core/clientPeople.ts), read while editing: the
 * parts of the chunks an edit left alone are the last reading's. On random edits — attendees headings and
 * bold labels typed and taken out, list items and table rows naming a client's people, headings that end
 * the attendees part, letters anywhere, the front matter edited — the people read from the edited model
 * must be those read from a fresh parse of the same text.
 */
import { strict as assert } from 'node:assert';
import { buildDocument, type AgencyDocument } from '../server/core/document';
import { clientPeople } from '../server/core/clientPeople';
import { ChunkCache } from '../server/core/markdown';
import { changeBetween, rng, TYPED_BASICS } from './helpers/random';

const CLIENTS = [{ name: 'Brightwell Foods', aliases: ['Brightwell'] }, { name: '青禾乳业' }];

const PIECES = [
  ...TYPED_BASICS,
  '\n## Attendees\n',
  '\n### Attendees (client side)\n',
  '\n## Asistentes\n',
  '\n## 参会人员\n',
  '\n**Attendees:**\n',
  '\n**Present**\n',
  '\n## Notes\n',
  '\n# Minutes\n',
  '\n#### Detail\n',
  '\n- Rachel Moore (Brightwell Foods)\n',
  '\n- Brightwell: Sam Ortiz\n',
  '\n- 张伟（青禾乳业）\n',
  '\n- Alice Martin\n',
  '\n| Rachel Moore (Brightwell) | Client |\n',
  '\n| Name | Company |\n|---|---|\n| Tom Lee | Brightwell Foods |\n',
  '\n1. Lucia Vega (Brightwell)\n',
  '- ',
  '(Brightwell)',
  '**',
  '|',
];

const BLOCK = (n: number) =>
  `\n## Meeting ${n}\n\n### Attendees\n\n- Rachel Moore (Brightwell Foods)\n- Alice Martin\n\n` +
  `### Notes\n\nWe talked about the launch.\n\n- Item one\n- Item two\n\n`;

function start(): string {
  let text =
    '---\ntype: minutes\nclient: Brightwell Foods\nattendees: [Ana Ruiz (Brightwell), Bob Stone]\n---\n\n# Log\n';
  for (let n = 0; n < 40; n++)
    text += n % 5 === 0 ? BLOCK(n) : `\n## Meeting ${n}\n\nNothing of note ${n}.\n\n- A point\n`;
  return text;
}

function edit(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const r = random();
  if (r < 0.1 && text.startsWith('---\n')) {
    // A letter typed into the front matter (the attendees, the client).
    const end = text.indexOf('\n---', 4);
    const p = 4 + Math.floor(random() * Math.max(1, end - 4));
    return text.slice(0, p) + 'e' + text.slice(p);
  }
  if (r < 0.3) {
    const len = 1 + Math.floor(random() * 40);
    return text.slice(0, at) + text.slice(at + len);
  }
  const piece = PIECES[Math.floor(random() * PIECES.length)];
  return text.slice(0, at) + piece + text.slice(at);
}

describe('client people', () => {
  it('read while editing equal those of a fresh parse on random edits (attendees parts taken over)', function () {
    // 15 s alone; more on a machine that runs other work beside it.
    this.timeout(300000);
    let compared = 0;
    let nonEmpty = 0;
    for (const [seed, minChunk] of [
      [11, 0],
      [12, 300],
      [13, 0],
    ]) {
      const random = rng(seed);
      const cache = new ChunkCache(4000, minChunk);
      const path = `/tmp/client-people-${seed}.md`;
      let text = start();
      let previous: AgencyDocument | undefined;
      for (let step = 0; step < 150; step++) {
        const before = text;
        text = edit(text, random);
        const change = random() < 0.1 ? undefined : changeBetween(before, text);
        const doc = buildDocument(path, text, { cache, previous, change });
        previous = doc;
        const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, minChunk) });
        const got = [...clientPeople(doc, CLIENTS, true)].sort();
        const want = [...clientPeople(fresh, CLIENTS)].sort();
        assert.deepEqual(got, want, `seed ${seed}, edit ${step}`);
        compared++;
        if (want.length) nonEmpty++;
      }
    }
    assert.equal(compared, 450);
    assert.ok(nonEmpty > 300, `${nonEmpty} versions with client people`);
  });
});
