/**
 * The action context (who was there, the tasks tables hand out) is read per
 * chunk and put together (server/core/analyze.ts actionContextOfChunks): on
 * random documents cut at every heading and at the default size, and along
 * random edit sequences (where parts are reused), it must equal the reading
 * of the whole text (actions.ts actionContextOf) — the roster, the tasks and
 * the key. The lines drawn are those that carry the reading over a chunk's
 * end: fences opened in one chunk, a table's rows running into a heading
 * with a `|`, attendees headings with sub-headings, CR LF, a byte-order mark.
 */
import { strict as assert } from 'node:assert';
import { buildDocument, type AgencyDocument } from '../server/core/document';
import { actionContextOfChunks } from '../server/core/analyze';
import { actionContextOf, type ActionContext } from '../server/core/actions';
import { ChunkCache } from '../server/core/markdown';
import { LineIndex } from '../server/core/text';
import { rng } from './helpers/random';

const LINES = [
  '# Minutes',
  '## Attendees',
  '### Attendees',
  '## Asistentes',
  '### 参会人员',
  '#### Guests',
  '## Next actions',
  '### Reparto',
  '# Week | 2',
  '## Notes | misc',
  '## Decisions',
  '- Alice Martin',
  '- Bob Stone, Carol Ruiz',
  '1. Daniel Pérez (Acme)',
  '- 王芳',
  '- [ ] Send the deck',
  '- [ ] Book the studio @bob due 2026-11-01',
  '- [ ] Call the client',
  '| Name | Role |',
  '|---|---|',
  '| Erin Walsh | Producer |',
  '| Action | Owner | Due |',
  '| Action | Owner | Due |\n|---|---|---|',
  '| Tarea | Responsable | Fecha |\n| --- | --- | --- |',
  '| Task | Owner |\n|---|---|',
  '| Tarea | Responsable | Fecha |',
  '| Task | Owner |',
  '| --- | --- | --- |',
  '| Send the deck | @alice | 2026-12-01 |',
  '| Call the client | Carol Ruiz | |',
  '| Call the client | Carol | 2026-11-20 |',
  '| Book the studio | TBD | 2026-11-02 |',
  '| **Send** the deck | Frank | 03/12/2026 |',
  '```',
  '````',
  '~~~',
  '```js',
  '',
  '',
  'Some running text.',
  'Owner: Gina',
];

function randomText(random: () => number): string {
  const n = 5 + Math.floor(random() * 60);
  const lines: string[] = [];
  if (random() < 0.5) {
    const attendees = random() < 0.5 ? 'attendees: [Hana Ito, Ivan Ras]\n' : '';
    lines.push(`---\ntype: minutes\n${attendees}date: 2026-11-03\n---`);
  }
  for (let i = 0; i < n; i++) lines.push(LINES[Math.floor(random() * LINES.length)]);
  let text = lines.join('\n') + (random() < 0.8 ? '\n' : '');
  if (random() < 0.2) text = text.replace(/\n/g, '\r\n');
  if (random() < 0.1) text = '\uFEFF' + text;
  return text;
}

function described(c: ActionContext): unknown {
  return {
    key: c.key,
    tasks: [...c.tasks],
    names: c.roster && [...c.roster.names].sort(),
    words: c.roster && [...c.roster.words].sort(),
  };
}

function wholeContext(doc: AgencyDocument): unknown {
  return described(actionContextOf(doc.text, new LineIndex(doc.text), doc.frontMatter?.field('attendees')?.items));
}

describe('the action context read per chunk', () => {
  it('equals the reading of the whole text on random documents', () => {
    const random = rng(4242);
    let withTasks = 0;
    let withRoster = 0;
    for (let i = 0; i < 600; i++) {
      const text = randomText(random);
      for (const minChunk of [0, 40, 1500]) {
        const doc = buildDocument(`/tmp/ctx${i}.md`, text, { cache: new ChunkCache(100, minChunk) });
        const got = actionContextOfChunks(doc);
        assert.deepEqual(described(got), wholeContext(doc), `document ${i}, chunks of ${minChunk}:\n${text}`);
        if (got.tasks.size) withTasks++;
        if (got.roster) withRoster++;
      }
    }
    // The documents drawn exercise both halves of the context.
    assert.ok(withTasks > 300 && withRoster > 300, `${withTasks} with tasks, ${withRoster} with a roster`);
  });

  for (const editing of [false, true])
    it(`equals the reading of the whole text along random edits (parts and contexts reused${editing ? '; while editing, the parts before and after the edit taken over' : ''})`, () => {
      const random = rng(editing ? 98 : 99);
      const cache = new ChunkCache(1000, editing ? 40 : 0);
      for (let run = 0; run < (editing ? 80 : 40); run++) {
        let text = randomText(random);
        let previous: AgencyDocument | undefined;
        for (let step = 0; step < 25; step++) {
          const lines = text.split('\n');
          const at = Math.floor(random() * lines.length);
          const r = random();
          if (r < 0.05) lines[0] = lines[0].startsWith('\uFEFF') ? lines[0].slice(1) : `\uFEFF${lines[0]}`;
          else if (r < 0.4) lines.splice(at, 0, LINES[Math.floor(random() * LINES.length)]);
          else if (r < 0.6) lines.splice(at, 1);
          else if (r < 0.8) lines[at] += 'x';
          else lines[at] = LINES[Math.floor(random() * LINES.length)];
          text = lines.join('\n');
          const doc: AgencyDocument = buildDocument('/tmp/edited.md', text, { cache, previous });
          previous = doc;
          assert.deepEqual(
            described(actionContextOfChunks(doc, editing)),
            wholeContext(doc),
            `run ${run}, edit ${step}:\n${text}`,
          );
        }
      }
    });
});
