/**
 * Incremental analysis (chunks and their facts reused across edits) gives
 * exactly the findings of a fresh, full analysis, over random edit sequences.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, headingsKept, sectionedHeadings } from '../server/core/document';
import { analyzeDocument, actionsOf, type Finding } from '../server/core/analyze';
import { ChunkCache } from '../server/core/markdown';
import { Session } from '../server/core/session';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { benchDocument } from '../bench/generate';
import { workspaceOptions } from './helpers/analyze';
import { rng, markdownFiles, TYPED_BASICS } from './helpers/random';

const PIECES = [
  ...TYPED_BASICS,
  '- [ ] ',
  '@alice ',
  'due 2026-12-01',
  '2026-02-30',
  '中文',
  '😀',
  '|',
  '```\n',
  '<!--',
  '---\n',
  'TBD',
  '31/12/2026 ',
];

function key(f: Finding): string {
  return JSON.stringify([f.rule, f.start, f.end, f.severity, f.message, f.data, f.range]);
}

describe('incremental analysis', () => {
  const docs = markdownFiles(join(__dirname, '..', 'examples')).filter((p) => !p.endsWith('EXPECTED.md'));
  const options = workspaceOptions(new Map());
  it(`equals a full analysis after every edit (${docs.length} documents × 40 random edits)`, function () {
    // 20–55 s alone; more on a machine that runs other work beside it.
    this.timeout(300000);
    const random = rng(1122);
    let compared = 0;
    for (const path of docs) {
      let text = readFileSync(path, 'utf8');
      // Cut at every heading, so the reuse of small chunks is exercised too.
      const cache = new ChunkCache(4000, 0);
      let previous: ReturnType<typeof buildDocument> | undefined;
      for (let step = 0; step < 40; step++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.3 && text.length > 0) {
          text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 20));
        } else {
          text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
        }
        // With the previous version's model on most edits (as the server does), from the cache alone on the others.
        const incremental = buildDocument(path, text, { cache, previous: step % 4 === 3 ? undefined : previous });
        previous = incremental;
        const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, 0) });
        const whole = buildDocument(path, text, { cache: new ChunkCache(4000, Infinity) });
        assert.deepEqual(
          analyzeDocument(whole, options).map(key),
          analyzeDocument(fresh, options).map(key),
          `${path} in one piece, after edit ${step}`,
        );
        assert.deepEqual(
          analyzeDocument(incremental, options).map(key),
          analyzeDocument(fresh, options).map(key),
          `${path} after edit ${step}`,
        );
        assert.deepEqual(
          JSON.stringify(actionsOf(incremental, options).map((a) => [a.start, a.end, a.text, a.owners, a.due, a.done])),
          JSON.stringify(actionsOf(fresh, options).map((a) => [a.start, a.end, a.text, a.owners, a.due, a.done])),
        );
        compared++;
      }
    }
    assert.ok(compared > 1000);
  });

  it('builds the same model as a fresh parse after every edit, the type and title changing too (issue 21: headings kept per chunk)', () => {
    // Headings are placed and matched per chunk and kept for the next version; sections and their nodes
    // are read from the chunks: all must be what a model built from nothing says, whatever the edit.
    const shape = (d: ReturnType<typeof buildDocument>) =>
      JSON.stringify({
        type: d.type?.id,
        lang: d.lang,
        title: d.title && [d.title.start, d.title.end, d.title.text],
        headings: d.headings.map((h) => [h.depth, h.text, h.start, h.end, h.section?.id, h.langs]),
        sections: d.sections.map((s) => [
          s.def.id,
          s.heading.start,
          s.contentStart,
          s.contentEnd,
          s.nodes.map((p) => [p.node.type, p.base + (p.node.position?.start.offset ?? 0)]),
        ]),
        nodes: d.nodes.map((p) => [p.node.type, p.base + (p.node.position?.start.offset ?? 0)]),
      });
    const random = rng(2126);
    // Of one length, so that the chunks after the front matter stay where they were (their headings kept).
    const swaps: [string, string][] = [
      ['type: minutes', 'type: brief  '],
      ['type: brief  ', 'type: status '],
      ['type: status ', 'type: minutes'],
      ['\n# ', '\n## '],
      ['\n## ', '\n# '],
    ];
    let compared = 0;
    let swapped = 0;
    for (const path of docs.filter((p) => /^type: (?:minutes|brief|status)$/m.test(readFileSync(p, 'utf8')))) {
      let text = readFileSync(path, 'utf8').replace(/^type: (minutes|brief|status)$/m, (t) => t.padEnd(13));
      const cache = new ChunkCache(4000, 0);
      let previous = buildDocument(path, text, { cache });
      for (let step = 0; step < 30; step++) {
        const r = random();
        const swap = swaps[Math.floor(random() * swaps.length)];
        if (r < 0.3 && text.includes(swap[0])) {
          // The type named in the front matter, or a title made a section heading and back.
          const at = text.indexOf(swap[0]);
          text = text.slice(0, at) + swap[1] + text.slice(at + swap[0].length);
          swapped++;
        } else {
          const at = Math.floor(random() * (text.length + 1));
          text = text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
        }
        const incremental = buildDocument(path, text, { cache, previous });
        previous = incremental;
        assert.equal(
          shape(incremental),
          shape(buildDocument(path, text, { cache: new ChunkCache(4000, 0) })),
          `${path} after edit ${step}`,
        );
        compared++;
      }
    }
    assert.ok(compared > 100 && swapped > 20, `${compared} edits, ${swapped} of the type or a title`);
    // A heading that names the type opens a section unless it is the title: `# Agenda` becomes the title
    // when the heading before it stops being one (an edit of the same length: its chunk has not moved).
    const cache = new ChunkCache(4000, 0);
    const agenda = '---\ntype: agenda\n---\n\n# Notes\n\ntext\n\n# Agenda\n\nmore\n';
    let model = buildDocument('/tmp/a.md', agenda, { cache });
    for (const text of [agenda.replace('# Notes', '#xNotes'), agenda]) {
      model = buildDocument('/tmp/a.md', text, { cache, previous: model });
      assert.equal(shape(model), shape(buildDocument('/tmp/a.md', text, { cache: new ChunkCache(4000, 0) })), text);
    }
    assert.equal(model.headings[1].section?.id, 'topics');
    // Headings that name no section: their words decide between Spanish and English, counted per chunk
    // and kept for the next version; a heading reworded is counted again.
    const notes = '# Notes\n\n## Información general\n\ntexto\n\n## Temas de la reunión\n\nmás\n\n## Other business\n';
    const langs: string[] = [];
    model = buildDocument('/tmp/n.md', notes, { cache });
    for (const text of [
      notes.replace('Temas de la reunión', 'Topics of the meeting'),
      notes.replace('Temas de la reunión', 'Topics of the meeting').replace('# Notes', '#xNotes'),
      notes,
    ]) {
      model = buildDocument('/tmp/n.md', text, { cache, previous: model });
      assert.equal(shape(model), shape(buildDocument('/tmp/n.md', text, { cache: new ChunkCache(4000, 0) })), text);
      langs.push(model.lang);
    }
    assert.deepEqual(langs, ['en', 'en', 'es']);
  });

  it('builds the same model as a fresh parse while typing into a long log (headings, votes and sections of the untouched chunks taken over)', () => {
    // A mixed English, Spanish and Chinese log whose section names tie: the words of the headings decide its
    // language. Letters, line breaks, comments and headings typed anywhere (in headings too), headings
    // reworded, their level changed, or taken out.
    const shape = (d: ReturnType<typeof buildDocument>) =>
      JSON.stringify({
        lang: d.lang,
        headings: d.headings.map((h) => [h.depth, h.text, h.start, h.end, h.section?.id, h.langs]),
        sections: d.sections.map((s) => [s.def.id, s.heading.start, s.contentStart, s.contentEnd]),
        // Kept with the model and taken over by an edit: the headings that name a section.
        sectioned: sectionedHeadings(d).map((h) => [h.start, h.section?.id]),
        comments: d.comments,
      });
    const typed = [
      'e',
      ' ',
      '\n',
      '\n\n',
      ':',
      '17:30 ',
      '<!-- note -->',
      '\n## Próximos pasos\n',
      '\n## Next actions\n',
      '\n### Meta\n',
      '\n### Monday, 3 March, 17:00\n',
      '\n# Minutes\n',
      '\n## Decisiones\n',
    ];
    const random = rng(2327);
    let compared = 0;
    for (const [lines, minChunk] of [
      [1200, 1500],
      [400, 0],
      [300, 200],
    ] as const) {
      let text = benchDocument(lines);
      const path = `/tmp/typing-model-${lines}.md`;
      const cache = new ChunkCache(4000, minChunk);
      let previous = buildDocument(path, text, { cache });
      for (let step = 0; step < 80; step++) {
        const r = random();
        let start = 300 + Math.floor(random() * (text.length - 300));
        let end = start;
        let insert = '';
        if (r < 0.6) insert = typed[random() < 0.7 ? 0 : Math.floor(random() * typed.length)];
        else if (r < 0.75) end = Math.min(text.length, start + 1 + Math.floor(random() * 40));
        else {
          // A heading reworded, its level changed, or made text.
          const re = /^#{1,4} [^\n]*/gm;
          re.lastIndex = start;
          const m = re.exec(text) ?? /^#{1,4} [^\n]*/m.exec(text)!;
          start = m.index;
          end = m.index + m[0].length;
          const how = random();
          insert =
            how < 0.3
              ? m[0].replace(/^#+ /, '')
              : how < 0.6
                ? m[0].replace(/^#+/, '#'.repeat(1 + Math.floor(random() * 4)))
                : m[0].replace(/ [^ ]*$/, random() < 0.5 ? ' Decisiones' : ' de la reunión');
        }
        text = text.slice(0, start) + insert + text.slice(end);
        const change = { start, oldEnd: end, newEnd: start + insert.length };
        const incremental = buildDocument(path, text, { cache, previous, change });
        previous = incremental;
        assert.equal(
          shape(incremental),
          shape(buildDocument(path, text, { cache: new ChunkCache(4000, minChunk) })),
          `${path} after edit ${step}`,
        );
        compared++;
      }
    }
    assert.equal(compared, 240);
  });

  it('equals a full analysis after random edits of links, other clients named and actions sections (values kept per chunk list)', function () {
    // broken-link, other-client-mentioned and the actions sections' reading take the values of the chunks an
    // edit left alone from the last chunk list's (document.ts valuesPerChunk): each version is compared with a
    // fresh model's analysis, with the clients configured and links to files that exist and that do not.
    this.timeout(120000);
    const config = JSON.stringify({
      clients: [{ name: 'Brightwell Foods', aliases: ['Brightwell'] }, { name: 'Globex' }, { name: 'Sol de Mayo' }],
    });
    const files = new Map([['/tmp/kept/strategy.md', '# Strategy\n']]);
    const options = workspaceOptions(files, 'en', config);
    const pieces = [
      'x',
      ' ',
      '\n',
      '\n\n',
      '## ',
      '[',
      ']',
      '(',
      ')',
      '\nSee [the strategy](strategy.md) and [the deck](deck.md).\n',
      ' [notes](<old notes.md>) ',
      '<https://example.com/a.md>',
      ' Globex ',
      'Sol de Mayo',
      ' brightwell ',
      '\n## Next actions\n',
      '\n## Action items\n\nAction items:\n',
      '\n- [ ] Send the deck @alice due 2026-12-01\n',
      '\nCall Globex about the shoot @bob\n',
      '\n---\n',
      '\n### 10:00 Meeting 2026-11-20\n',
      '```\n',
      '<!--',
    ];
    const start =
      '---\ntype: minutes\nclient: Sol de Mayo\ndate: 2026-11-20\n---\n\n# Minutes\n\n## Attendees\n\n- Alice\n\n' +
      Array.from(
        { length: 30 },
        (_, n) =>
          `## Topic ${n}\n\nWe met Globex and [read this](strategy.md) ${n}.\n\n## Next actions\n\n- [ ] Task ${n} @alice due 2026-12-0${1 + (n % 9)}\nCall the printer\n\n`,
      ).join('');
    const random = rng(4141);
    let compared = 0;
    const seen = new Set<string>();
    for (const minChunk of [0, 400]) {
      let text = start;
      const cache = new ChunkCache(4000, minChunk);
      let previous: ReturnType<typeof buildDocument> | undefined;
      for (let step = 0; step < 50; step++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.3) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
        else text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
        const path = '/tmp/kept/minutes.md';
        const incremental = buildDocument(path, text, { cache, previous });
        previous = incremental;
        const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, minChunk) });
        const want = analyzeDocument(fresh, options);
        for (const f of want) seen.add(f.rule);
        assert.deepEqual(
          analyzeDocument(incremental, { ...options, editing: step % 2 === 0 }).map(key),
          want.map(key),
          `after edit ${step} (minimum chunk ${minChunk})`,
        );
        compared++;
      }
    }
    assert.equal(compared, 100);
    for (const rule of ['broken-link', 'other-client-mentioned', 'action-missing-owner'])
      assert.ok(seen.has(rule), `${rule} found`);
  });

  it("lists a version's actions once for the index and the analysis, again only for another year or job pattern", () => {
    const text =
      '---\ntype: minutes\nclient: Acme\nmeeting: 3 March 10:00\n---\n\n# Minutes\n\n## Next actions\n\n- [ ] Send the deck @alice due 5 March\n';
    const doc = buildDocument('m.md', text);
    const first = actionsOf(doc, options);
    assert.equal(first.length, 1);
    analyzeDocument(doc, options);
    assert.equal(actionsOf(doc, options), first, 'the same list, not a second reading');
    // A year without a date of its own comes from today: another today's year reads the due date again.
    const nextYear = { ...options, today: { ...options.today, year: options.today.year + 1 } };
    const again = actionsOf(doc, nextYear);
    assert.notEqual(again, first);
    assert.equal(again[0].due?.date?.year, first[0].due!.date!.year + 1);
    const otherJobs = { ...options, config: { ...options.config, jobPattern: /JOB-\d+/u } };
    assert.notEqual(actionsOf(doc, otherJobs), first);
  });

  it('keeps no earlier version of a long document alive while typing', () => {
    // A cached chunk used to hold a slice of the version it came from, and with it that whole text:
    // about 1 MB for this log (UTF-16), on every keystroke, up to the cache's capacity.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }), fileExists: () => false });
    const lines = benchDocument(10000).split('\n');
    const path = '/tmp/log.md';
    const textLines = lines.map((_, i) => i).filter((i) => i > 20 && /^- /.test(lines[i]));
    session.update(path, lines.join('\n'), 1);
    session.analysis(path);
    gc();
    const before = process.memoryUsage().heapUsed;
    const random = rng(7);
    const edits = 60;
    for (let v = 2; v < 2 + edits; v++) {
      const i = textLines[Math.floor(random() * textLines.length)];
      lines[i] += 'e';
      session.update(path, lines.join('\n'), v);
      session.analysis(path);
    }
    gc();
    const grownMb = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    // Kept by design: the cache's earlier chunks (a few KB of text and their trees each). Before the fix: about 60 MB.
    assert.ok(grownMb < 20, `the heap grew by ${grownMb.toFixed(1)} MB over ${edits} edits`);
  });

  it("lets an earlier version's headings and chunk list go while typing (what each version keeps of the one before)", async () => {
    // A version keeps which headings and chunks are its previous version's (headingsKept, chunksKept); that record
    // used to keep the one before it too, and so every version's headings and chunk list since the document was
    // opened: about 0.7 MB an edit at 100,000 lines, more for the collector to mark on every keystroke.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }), fileExists: () => false });
    const lines = benchDocument(1000).split('\n');
    const path = '/tmp/log.md';
    const textLines = lines.map((_, i) => i).filter((i) => i > 20 && /^- /.test(lines[i]));
    const random = rng(11);
    let text = lines.join('\n');
    session.update(path, text, 1);
    session.analysis(path);
    let first: { headings: WeakRef<object>; chunks: WeakRef<object> } | undefined;
    for (let v = 2; v < 12; v++) {
      const i = textLines[Math.floor(random() * textLines.length)];
      const at = lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0) + lines[i].length;
      lines[i] += 'e';
      text = lines.join('\n');
      session.update(path, text, v, { start: at, oldEnd: at, newEnd: at + 1 });
      const doc = session.analysis(path)!.doc;
      assert.ok(headingsKept(doc.headings), 'the headings are taken over from the last version');
      first ??= { headings: new WeakRef(doc.headings), chunks: new WeakRef(doc.chunks) };
    }
    // A WeakRef holds its target until the current job ends.
    await new Promise((resolve) => setImmediate(resolve));
    gc();
    assert.equal(first!.headings.deref(), undefined, "the first edited version's headings are still kept");
    assert.equal(first!.chunks.deref(), undefined, "the first edited version's chunk list is still kept");
  });
});
