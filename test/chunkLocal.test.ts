/**
 * Chunk-local findings (server/core/analyze.ts, docs/architecture.md): the
 * action, date and placeholder rules run per chunk and their findings are
 * kept with the chunk's parse. On random edit sequences — inserts and
 * deletes anywhere (chunk boundaries included), headings added and removed,
 * front matter edits, CJK and emoji — the findings of the incremental path
 * (the previous model, a shared chunk cache, findings kept per chunk) must
 * deep-equal those of every rule run over the whole, freshly parsed document,
 * and so must the diagnostics made of them in each position encoding. The
 * incremental path is told where the text changed (as the editor's
 * incremental changes tell the server; one to three edits composed between
 * two analyses, sometimes none told), and its chunks must be those of a
 * fresh parse.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument, type AgencyDocument } from '../server/core/document';
import { analyzeDocument, analyzeWhole, chunkLocalStats, type Finding } from '../server/core/analyze';
import { ChunkCache } from '../server/core/markdown';
import { composeChanges, setExecWindow, type TextChange } from '../server/core/text';
import { PieceText } from '../server/core/pieces';
import { resolveConfig } from '../server/core/config';
import { Positions, toDiagnostic, type PositionEncoding } from '../server/lsp/convert';
import { benchDocument, CONFIG } from '../bench/generate';
import { workspaceOptions } from './helpers/analyze';
import { changeBetween, rng, markdownFiles, TYPED_BASICS } from './helpers/random';

/** Pieces typed into the text: structure (headings, lists, fences, comments), actions, dates, CJK and emoji. */
const PIECES = [
  ...TYPED_BASICS,
  '\n## Next actions\n',
  '\n## Action items\n',
  '\n### Notes\n',
  '\n# Minutes\n',
  '\n## 下一步行动\n',
  '\n## Próximos pasos\n',
  '- [ ] ',
  '\n- [ ] Send the deck @alice due 2026-12-01\n',
  '\n- [x] Book the studio @bob due 2026-11-01\n',
  '\n- 准备提案 @王芳 截止 2026-11-20\n',
  '\n- Enviar el presupuesto @Pablo fecha límite: 03/12/2026\n',
  '\n| Action | Owner | Due |\n|---|---|---|\n| Call the client | @carol | 2026-11-02 |\n',
  '@alice ',
  '@owner ',
  '@zed ',
  'due 2026-12-01',
  '2026-02-30',
  '31/12/2026 ',
  '04/05/2026 ',
  'YYYY-MM-DD',
  'What needs doing',
  '中文',
  '截止 11月30日',
  '😀',
  '👩🏽‍💻',
  '|',
  '```\n',
  '<!--',
  '-->',
  '<!-- agency-docs-disable-next-line -->\n',
  '<!-- agency-docs-disable action-missing-due -->\n',
  '---\n',
  'TBD',
  '\n## Attendees\n\n- Alice Martin\n- Zed Moor\n',
  '\n### Participants\n\n| Name | Role |\n|---|---|\n| Bob Stone | Producer |\n',
  '\n| Task | Owner | Due |\n|---|---|---|\n| Send the deck | Carol Ruiz | 2026-12-03 |\n',
  '\n- [ ] Call the client\n',
  '\n- [ ] Zed Moor prepara el guion\n',
];

/** Edits to the front matter: the fields the facts read (date, meeting, lang, type, owner). */
const FRONT_MATTER_LINES = [
  'date: 2026-11-03\n',
  'meeting: 2026-11-20 10:00\n',
  'meeting: 2026-12-20\n',
  'lang: es\n',
  'lang: zh-cn\n',
  'type: minutes\n',
  'type: agenda\n',
  'owner: @zed\n',
  'owner: <owner>\n',
  'attendees: [Alice Martin, Bob Stone]\n',
  'attendees: Carol Ruiz, 王芳, Zed Moor\n',
  'attendees: []\n',
  'date: 03/04/2026\n',
];

function key(f: Finding): string {
  return JSON.stringify([f.rule, f.start, f.end, f.severity, f.message, f.data, f.range]);
}

const ENCODINGS: PositionEncoding[] = ['utf-8', 'utf-16', 'utf-32'];

/** Names a heading may be given: sections of the actions kind and others, in the three languages. */
const HEADING_NAMES = ['Next actions', 'Notes', 'Decisions', '下一步行动', '会议记录', 'Próximos pasos', 'Week 2'];

/** Sets a front-matter field (its line replaced, or added after the opening fence). */
function setField(text: string, line: string): string | undefined {
  const open = /^---\r?\n/.exec(text);
  if (!open) return undefined;
  const close = text.indexOf('\n---', open[0].length - 1);
  const key = line.slice(0, line.indexOf(':') + 1);
  const lines = text.slice(open[0].length, close < 0 ? text.length : close + 1).split('\n');
  const i = lines.findIndex((l) => l.startsWith(key));
  if (i < 0) return text.slice(0, open[0].length) + line + text.slice(open[0].length);
  lines[i] = line.replace(/\n$/, '');
  return text.slice(0, open[0].length) + lines.join('\n') + text.slice(close < 0 ? text.length : close + 1);
}

/**
 * One random edit: a front-matter field set, a heading renamed or turned into
 * text (or a line into a heading), a character replaced by another, a
 * stretch deleted, or a piece typed.
 */
function edit(text: string, random: () => number): string {
  const r = random();
  if (r < 0.1) {
    const changed = setField(text, FRONT_MATTER_LINES[Math.floor(random() * FRONT_MATTER_LINES.length)]);
    if (changed !== undefined) return changed;
  }
  const attendees = /\nattendees:[^\n]*/.exec(text);
  if (r < 0.14 && attendees) {
    // A letter typed into (or taken out of) the attendees' names: the roster the owners are read with.
    const at = attendees.index + 12 + Math.floor(random() * (attendees[0].length - 11));
    return random() < 0.7
      ? text.slice(0, at) + 'abc, '[Math.floor(random() * 5)] + text.slice(at)
      : text.slice(0, at) + text.slice(at + 1);
  }
  if (r < 0.25) {
    // Headings decide the sections, and with them which lists are action items, in later chunks too.
    const lines = text.split('\n');
    const headings = lines.flatMap((l, i) => (/^#{1,6} /.test(l) ? [i] : []));
    const i =
      headings.length && random() < 0.8
        ? headings[Math.floor(random() * headings.length)]
        : Math.floor(random() * lines.length);
    const how = random();
    if (!lines[i].startsWith('#')) lines[i] = `${'#'.repeat(1 + Math.floor(random() * 3))} ${lines[i]}`;
    else if (how < 0.3) lines[i] = lines[i].replace(/^#+\s*/, '');
    else if (how < 0.7)
      lines[i] = lines[i].replace(/^(#+\s*).*/, `$1${HEADING_NAMES[Math.floor(random() * HEADING_NAMES.length)]}`);
    else lines[i] = lines[i].replace(/^#+/, '#'.repeat(1 + Math.floor(random() * 4)));
    return lines.join('\n');
  }
  const at = Math.floor(random() * (text.length + 1));
  // One character for another: a line break for a space and back moves the lines after it but no offset.
  if (r < 0.32 && at < text.length) {
    const by = text[at] === '\n' ? ' ' : random() < 0.7 ? '\n' : 'x';
    return text.slice(0, at) + by + text.slice(at + 1);
  }
  if (r < 0.45 && text.length > 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 30));
  return text.slice(0, at) + PIECES[Math.floor(random() * PIECES.length)] + text.slice(at);
}

/** Types `steps` random edits into `text`, comparing the incremental analysis with a whole one after each. */
function compareAlong(
  path: string,
  text: string,
  steps: number,
  random: () => number,
  options: ReturnType<typeof workspaceOptions>,
  minChunk: number,
  editing?: { spliced: number },
): number {
  const cache = new ChunkCache(4000, minChunk);
  let previous: AgencyDocument | undefined;
  let compared = 0;
  // The text as the server keeps it, in pieces (small ones here: reads run across them), read through them.
  const pieces = new PieceText(text, 64);
  for (let step = 0; step < steps; step++) {
    // One to three edits between two analyses (typing faster than the checks), their changes composed.
    let change: TextChange | undefined;
    const analyzed = text;
    for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
      const before = text;
      text = edit(text, random);
      const one = changeBetween(before, text);
      change = change ? composeChanges(change, one) : one;
      pieces.edit(one.start, one.oldEnd, text.slice(one.start, one.newEnd));
    }
    assert.equal(pieces.text(), text);
    // The composed change says truly what stayed (composeChanges).
    assert.equal(text.slice(0, change!.start), analyzed.slice(0, change!.start));
    assert.equal(text.slice(change!.newEnd), analyzed.slice(change!.oldEnd));
    assert.equal(text.length - change!.newEnd, analyzed.length - change!.oldEnd);
    // Sometimes the change is not known (a whole-text update): the chunks are then compared.
    if (random() < 0.1) change = undefined;
    const incremental = buildDocument(path, text, {
      cache,
      previous,
      change,
      locale: options.locale,
      source: pieces.snapshot(),
    });
    previous = incremental;
    const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, minChunk), locale: options.locale });
    // The chunks found again around the change are those of a fresh parse.
    assert.deepEqual(
      incremental.chunks.map((c) => [c.offset, c.text]),
      fresh.chunks.map((c) => [c.offset, c.text]),
      `${path} chunks after edit ${step}`,
    );
    // The line index made from the previous version's (LineIndex.after) is the one of the text.
    assert.deepEqual(incremental.lines.lineStarts, fresh.lines.lineStarts, `${path} line starts after edit ${step}`);
    // As the server (editing: every check notes its questions to the action context) or the command line.
    const got = analyzeDocument(incremental, step % 2 === 0 ? { ...options, editing: true } : options);
    if (editing && chunkLocalStats.visited < chunkLocalStats.chunks) editing.spliced++;
    const want = analyzeWhole(fresh, options);
    assert.deepEqual(got.map(key), want.map(key), `${path} after edit ${step}`);
    for (const encoding of ENCODINGS) {
      const a = new Positions(incremental.lines, encoding);
      const b = new Positions(fresh.lines, encoding);
      assert.deepEqual(
        got.map((f) => toDiagnostic(f, a, 1, options.locale)),
        want.map((f) => toDiagnostic(f, b, 1, options.locale)),
        `${path} after edit ${step}, ${encoding}`,
      );
    }
    compared++;
  }
  return compared;
}

describe('chunk-local findings', () => {
  // Reads through the pieces by small windows: a match cut by a window's end is read again (text.ts execFrom).
  before(() => setExecWindow(16));
  after(() => setExecWindow(4096));

  it('equal a whole-document analysis on random edit sequences over the examples (cut at every heading)', function () {
    this.timeout(300000);
    const docs = markdownFiles(join(__dirname, '..', 'examples')).filter((p) => !p.endsWith('EXPECTED.md'));
    const random = rng(2121);
    let compared = 0;
    for (const locale of ['en', 'zh', 'es'] as const) {
      const options = workspaceOptions(new Map(), locale);
      for (const path of docs) compared += compareAlong(path, readFileSync(path, 'utf8'), 12, random, options, 0);
    }
    assert.ok(compared > 500, `${compared} versions compared`);
  });

  it('equal a whole-document analysis while typing in a long mixed-language log with a team roster', function () {
    this.timeout(300000);
    const options = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG) };
    const random = rng(77);
    // Default chunk size and every heading: both ways of cutting are exercised.
    const compared =
      compareAlong('/tmp/contact-reports-log.md', benchDocument(1000), 60, random, options, 1500) +
      compareAlong('/tmp/contact-reports-log.md', benchDocument(400), 60, random, options, 0) +
      compareAlong('/tmp/crlf.md', benchDocument(300).replace(/\n/g, '\r\n'), 40, random, options, 0);
    assert.equal(compared, 160);
  });

  /**
   * Random edits typed as the server does into long logs (cut at 1,500 characters and at every heading, LF and
   * CR LF), each analysis compared with a whole one: how many were compared, and how many took findings over.
   */
  const typedAsServer = (seed: number) => {
    const options = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG) };
    const random = rng(seed);
    const editing = { spliced: 0 };
    const compared =
      compareAlong('/tmp/typed-log.md', benchDocument(1500), 80, random, options, 1500, editing) +
      compareAlong('/tmp/typed-log.md', benchDocument(500), 80, random, options, 0, editing) +
      compareAlong('/tmp/typed-crlf.md', benchDocument(300).replace(/\n/g, '\r\n'), 40, random, options, 0, editing);
    return { compared, spliced: editing.spliced };
  };

  it('equal a whole-document analysis while typing as the server does (the findings around the edit taken over)', function () {
    this.timeout(300000);
    // An analysis as the server's (editing) keeps its findings: the next one takes over those of the chunks
    // before and after the edit, moved, without visiting those chunks.
    const { compared, spliced } = typedAsServer(2326);
    assert.equal(compared, 200);
    // Many analyses took findings over (the others: the first chunk edited, the sections changed, another context).
    assert.ok(spliced > 15, `${spliced} analyses took findings over`);
  });

  it('equal a whole-document analysis while typing letters, spaces and line breaks into a long log (the server: findings taken over)', function () {
    this.timeout(300000);
    const options = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG), editing: true };
    const random = rng(2330);
    for (const [lines, minChunk] of [
      [2000, 1500],
      [600, 0],
    ] as const) {
      let text = benchDocument(lines);
      const path = `/tmp/typing-${lines}.md`;
      const cache = new ChunkCache(4000, minChunk);
      let previous = buildDocument(path, text, { cache });
      analyzeDocument(previous, options);
      const pieces = new PieceText(text, 256);
      let visited = 0;
      let chunks = 0;
      for (let step = 0; step < 60; step++) {
        // Where the benchmark types: after a letter, in the body; now and then a space, a line break or a deletion.
        let at = 0;
        while (!/[a-z]/.test(text[at - 1] ?? '')) at = 400 + Math.floor(random() * (text.length - 400));
        const r = random();
        const change: TextChange =
          r < 0.1 ? { start: at - 1, oldEnd: at, newEnd: at - 1 } : { start: at, oldEnd: at, newEnd: at + 1 };
        text =
          r < 0.1
            ? text.slice(0, at - 1) + text.slice(at)
            : text.slice(0, at) + (r < 0.8 ? 'e' : r < 0.9 ? ' ' : '\n') + text.slice(at);
        pieces.edit(change.start, change.oldEnd, text.slice(change.start, change.newEnd));
        const model = buildDocument(path, text, { cache, previous, change, source: pieces.snapshot() });
        previous = model;
        const got = analyzeDocument(model, options);
        visited += chunkLocalStats.visited;
        chunks += chunkLocalStats.chunks;
        const fresh = buildDocument(path, text, { cache: new ChunkCache(4000, minChunk) });
        assert.deepEqual(got.map(key), analyzeWhole(fresh, options).map(key), `${path} after edit ${step}`);
      }
      // Mostly only the chunks typed into were visited (all of them when the action context changed: a task typed into a table).
      assert.ok(visited < chunks / 4, `${visited} of ${chunks} chunks visited`);
    }
  });

  it('equal a whole-document analysis while editing a log of dated meetings (year-less dues read nearest their meeting)', function () {
    this.timeout(300000);
    const options = workspaceOptions(new Map());
    // Dated headings of three forms, each meeting's actions due without a year: edits rename, deepen and
    // remove the headings, so the dated sections a later chunk is in change.
    const meetings: string[] = [];
    for (let i = 0; i < 24; i++) {
      const year = 2024 + Math.floor(i / 8);
      const month = ['Jan', 'Mar', 'Jun', 'Sep', 'Oct', 'Nov', 'Dec', 'Dec'][i % 8];
      const heading =
        i % 3 === 0
          ? `# ${month}-${(i % 27) + 1}-${year}`
          : i % 3 === 1
            ? `## ${month} ${(i % 27) + 1}, ${year}`
            : `${month} ${(i % 27) + 1}${i % 6 === 2 ? '' : `, ${year}`}\n----------`;
      meetings.push(
        `${heading}\n\n### Action items\n\n- [ ] Ana to send the deck by 6 January\n- [ ] Bob to call the printer by Dec 22\n- [ ] Book the studio due 03/12\n`,
      );
    }
    const text = `---\ntype: minutes\nclient: Acme\n---\n\n# Team log\n\n${meetings.join('\n')}`;
    const random = rng(6565);
    const compared = compareAlong('/tmp/dated-log.md', text, 40, random, options, 0);
    assert.equal(compared, 40);
  });

  it('equal a whole-document analysis while editing a log whose meetings give their deadline under a heading of its own', function () {
    this.timeout(300000);
    const options = workspaceOptions(new Map());
    // `#### DDL` over `5月14日会议前` after each meeting's tasks (deadlineSections.ts): edits rename, move and
    // remove the headings, so the deadline a chunk's tasks get from another chunk changes.
    const meetings: string[] = [];
    for (let i = 0; i < 16; i++)
      meetings.push(
        `### 第${i + 1}次会议\n\n#### 本周任务\n\n- 整理需求文档并发给客户确认\n- 王芳：绘制登录页的原型图\n\n#### 说明\n\n只需完成接口调用。\n\n#### ${i % 2 ? 'DDL' : '关键节点'}\n\n${i % 2 ? `${(i % 11) + 1}月${(i % 27) + 1}日会议前` : `- 任务截止日期：${(i % 11) + 1}月${(i % 27) + 1}日`}\n`,
      );
    const text = `---\ntype: minutes\nclient: Acme\n---\n\n# 会议记录\n\n${meetings.join('\n')}`;
    const random = rng(6666);
    const compared = compareAlong('/tmp/ddl-log.md', text, 40, random, options, 0);
    assert.equal(compared, 40);
  });

  it('equal a whole-document analysis while editing a log whose tables close earlier meetings’ tasks and lists restate them', function () {
    this.timeout(300000);
    const options = workspaceOptions(new Map());
    // Each meeting's open rows are done in the next one's table, by the same owner, and restated by files in a
    // list (ActionContext.closed, summaries): edits change the statuses, owners and files another chunk reads.
    const meetings: string[] = [];
    for (let i = 0; i < 12; i++)
      meetings.push(
        `## Meeting ${i + 1}\n\n### Tasks\n\n| Task | Owner | Due | Status |\n|---|---|---|---|\n| Finish \`part-${i}.md\` | ${i % 2 ? 'Mara Quinn' : 'Copywriter'} | 2026-10-0${(i % 9) + 1} | Done |\n| Draft the next part (\`part-${i + 1}.md\`) | ${i % 2 ? 'Copywriter' : 'Mara Quinn'} | 2026-10-0${((i + 1) % 9) + 1} | Pending |\n\n### Open items\n\n- Write the next part (\`part-${i + 1}.md\`).\n`,
      );
    const text = `---\ntype: minutes\nclient: Acme\n---\n\n# Team log\n\n${meetings.join('\n')}`;
    const random = rng(7676);
    const compared = compareAlong('/tmp/closed-log.md', text, 40, random, options, 0);
    assert.equal(compared, 40);
    // A status changed in a later chunk re-opens the task of an earlier one.
    const cache = new ChunkCache(4000, 0);
    const first = buildDocument('/tmp/closed-log.md', text, { cache });
    const before = analyzeDocument(first, { ...options, editing: true }).filter((f) => f.rule === 'action-overdue');
    const reopened = text.replace(
      '| Finish `part-5.md` | Mara Quinn | 2026-10-06 | Done |',
      '| Finish `part-5.md` | Mara Quinn | 2026-10-06 | Pending |',
    );
    assert.notEqual(reopened, text);
    const doc = buildDocument('/tmp/closed-log.md', reopened, { cache, previous: first });
    const got = analyzeDocument(doc, { ...options, editing: true }).map(key);
    const want = analyzeWhole(
      buildDocument('/tmp/closed-log.md', reopened, { cache: new ChunkCache(4000, 0) }),
      options,
    ).map(key);
    assert.deepEqual(got, want);
    assert.equal(before.length + 2, got.filter((k) => JSON.stringify(k).includes('action-overdue')).length);
  });

  it('judge a chunk again when what it depends on outside it changes', () => {
    const options = workspaceOptions(new Map());
    // `### Week 2` starts a chunk of its own that is still in the Next actions section.
    const head = (meeting: string, date: string) =>
      `---\ntype: minutes\nclient: Acme\ndate: ${date}\nmeeting: ${meeting}\n---\n\n# Minutes\n\n## Attendees\n\nAlice\n\n`;
    const body = (actions: string) =>
      `## ${actions}\n\n- [ ] Send the deck @alice due 2026-12-01\n\n### Week 2\n\n- [ ] Book the studio due 03/12\n- [ ] Call the client @bob due 2026-11-10\n`;
    const prep = '## Next actions\n\n- [ ] Prepare the room @alice due 2026-12-01\n\n';
    const versions = [
      head('2026-11-20', '2026-11-20') + body('Next actions'),
      head('2026-11-20', '2026-11-20') + body('Notes'), // the later chunk's list is no longer action items
      head('2026-11-20', '2026-11-20') + body('Next actions'),
      head('2026-11-05', '2026-11-20') + body('Next actions'), // the meeting moves before a due date
      head('2026-11-05', '2025-11-20') + body('Next actions'), // year-less dates read in another year
      head('2026-11-05', '2025-11-20') + body('下一步行动'),
      // With actions elsewhere, the later chunk goes from a section of actions to one of another kind.
      head('2026-11-05', '2025-11-20') + prep + body('Next actions'),
      head('2026-11-05', '2025-11-20') + prep + body('Decisions'),
    ];
    const cache = new ChunkCache(4000, 0);
    let previous: AgencyDocument | undefined;
    const seen = new Set<string>();
    for (const [n, text] of versions.entries()) {
      const doc = buildDocument('/tmp/m.md', text, { cache, previous });
      previous = doc;
      assert.ok(doc.chunks.length >= 4, 'cut at every heading');
      const got = analyzeDocument(doc, options).map(key);
      const want = analyzeWhole(buildDocument('/tmp/m.md', text, { cache: new ChunkCache(4000, 0) }), options).map(key);
      assert.deepEqual(got, want, `version ${n}`);
      seen.add(JSON.stringify(want));
    }
    assert.equal(seen.size, versions.length - 1, 'each change changes the findings (the third version is the first)');
  });

  it('read an actions section over several chunks as a whole: its heading, labels, paragraph tasks and where another record starts', () => {
    const options = workspaceOptions(new Map());
    const head = `---\ntype: minutes\nclient: Acme\ndate: 2026-11-20\nmeeting: 2026-11-20\n---\n\n# Minutes\n\n## Attendees\n\nAlice Ruiz, Bob Stone\n\n`;
    // Each `###` starts a chunk of its own (cut at every heading) that is still in the actions section.
    const later =
      '### Week 2\n\n**Prep notes:**\n\n- Book the studio\n\n### Week 3\n\nCall the client\n\nSend the quote\n';
    const versions = [
      // A deadline in the section's heading (a chunk before) is every task's.
      `${head}## Next actions (due 2026-11-30)\n\n- [ ] Send the deck @alice\n\n${later}`,
      `${head}## Next actions\n\n- [ ] Send the deck @alice\n\n${later}`,
      // The section's heading says whose the tasks are.
      `${head}## Action Items for All Members\n\n- [ ] Send the deck due 2026-12-01\n\n${later}`,
      // A label over the actions in the first chunk: the list under `Prep notes:` in the next holds something else.
      `${head}## Next actions\n\n**Action items**\n\n- [ ] Send the deck @alice due 2026-12-01\n\n${later}`,
      // Another meeting's record starts in the first chunk: nothing after it is this section's.
      `${head}## Next actions\n\n- [ ] Send the deck @alice due 2026-12-01\n\n第二次会议记录：\n\n${later}`,
      `${head}## Next actions\n\n- [ ] Send the deck @alice due 2026-12-01\n\n#会议内容：回顾\n\n${later}`,
      // No list anywhere: one-line paragraphs are the tasks, in every chunk, up to a rule.
      `${head}## Next actions\n\nAlice Ruiz: send the deck\n\n### Week 3\n\nCall the client\n\nSend the quote\n`,
      `${head}## Next actions\n\nAlice Ruiz: send the deck\n\n---\n\n### Week 3\n\nCall the client\n\nSend the quote\n`,
    ];
    const cache = new ChunkCache(4000, 0);
    let previous: AgencyDocument | undefined;
    /** Per version, the actions reported without a due date (their first words). */
    const undated: string[][] = [];
    for (const [n, text] of versions.entries()) {
      const doc = buildDocument('/tmp/m.md', text, { cache, previous });
      previous = doc;
      assert.ok(doc.chunks.length >= 4, 'cut at every heading');
      const want = analyzeWhole(buildDocument('/tmp/m.md', text, { cache: new ChunkCache(4000, 0) }), options);
      for (const editing of [false, true])
        assert.deepEqual(analyzeDocument(doc, { ...options, editing }).map(key), want.map(key), `version ${n}`);
      undated.push(
        want
          .filter((f) => f.rule === 'action-missing-due')
          .map((f) =>
            text
              .slice(f.start, f.end)
              .replace(/^[-\s[\]]*/, '')
              .slice(0, 15),
          ),
      );
    }
    // What each version's whole reading is (the chunk-local one equals it, above).
    assert.deepEqual(undated, [
      [],
      ['Send the deck @', 'Book the studio'],
      ['Book the studio'],
      ['Book the studio'],
      [],
      [],
      ['Alice Ruiz: sen', 'Call the client', 'Send the quote'],
      ['Alice Ruiz: sen'],
    ]);
  });

  it('equal a whole-document analysis on the edit sequences that once differed (seeds 2323 and 2324)', function () {
    this.timeout(300000);
    // 2323: a deadline read from the actions heading, which is before the chunk; 2324: another meeting's record
    // (`###截止 …`, no space) ending the actions in an earlier chunk.
    for (const seed of [2323, 2324]) assert.equal(typedAsServer(seed).compared, 200);
  });

  it('judge a chunk again when the roster or a task handed out elsewhere changes, and only then', () => {
    const options = workspaceOptions(new Map());
    const doc = (attendees: string, task: string, date = '2026-11-03') =>
      `---\ntype: minutes\nclient: Acme\ndate: ${date}\nattendees: [${attendees}]\n---\n\n# Minutes\n\n` +
      `## Next actions\n\n- [ ] Moor prepara el guion due 2026-12-01\n\n` +
      `### Week 2\n\n- [ ] Call the client\n- [ ] Send the deck @alice due 2026-12-01\n\n` +
      `## Notes\n\n| Task | Owner | Due |\n|---|---|---|\n| ${task} | Carol Ruiz | 2026-12-02 |\n`;
    const versions = [
      doc('Zed Moor, Alice Martin', 'Call the client'),
      doc('Zed Mor, Alice Martin', 'Call the client'), // Zed is no longer one of the attendees: his item has no owner
      doc('Zed Moor, Alice Martin', 'Call the client'),
      doc('Zed Moor, Alice Martin', 'Call the agency'), // the table no longer hands the call out
      doc('Zed Moor, Alice Martin, Bob Stone', 'Call the client'), // Bob changes nothing any item asked
      // Every chunk judged again (another date), twice, the second time with the items read the first time
      // (same context): their questions must be those asked then. Then Zed goes.
      doc('Zed Moor, Alice Martin, Bob Stone', 'Call the client', '2026-11-04'),
      doc('Zed Moor, Alice Martin, Bob Stone', 'Call the client', '2026-11-05'),
      doc('Zed Mor, Alice Martin, Bob Stone', 'Call the client', '2026-11-05'),
    ];
    // As the command line analyzes (first checks depend on the whole context) and as the server does (editing).
    for (const editing of [false, true]) {
      const cache = new ChunkCache(4000, 0);
      let previous: AgencyDocument | undefined;
      const found: string[] = [];
      const checks: number[] = [];
      for (const [n, text] of versions.entries()) {
        const model = buildDocument('/tmp/r.md', text, { cache, previous });
        previous = model;
        let got: string[] = [];
        checks.push(countChecks(() => (got = analyzeDocument(model, { ...options, editing }).map(key))));
        const want = analyzeWhole(buildDocument('/tmp/r.md', text, { cache: new ChunkCache(4000, 0) }), options).map(
          key,
        );
        assert.deepEqual(got, want, `version ${n}${editing ? ', editing' : ''}`);
        // What is found and where, in lines (an edit of the front matter moves the offsets).
        found.push(JSON.stringify(want.map((k) => JSON.parse(k)).map((f) => [f[0], f[4], f[6].start.line])));
      }
      assert.notEqual(found[1], found[0], 'the roster decides the owner of the first item');
      assert.notEqual(found[3], found[0], 'the table decides the owner of the call');
      assert.equal(found[4], found[0]);
      assert.equal(found[7], found[1]);
      // Adding Bob changes the roster: only the front matter's chunk, and those that asked about Bob, are judged again.
      assert.ok(
        checks[4] < previous!.chunks.length - 1,
        `${checks[4]} of ${previous!.chunks.length} chunks judged again`,
      );
      assert.equal(checks[5], previous!.chunks.length, JSON.stringify(checks));
    }
  });

  it('re-checks only the chunks an edit touches', () => {
    const options = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG) };
    const cache = new ChunkCache(4000, 0);
    const text = benchDocument(1000);
    const before = buildDocument('/tmp/log.md', text, { cache });
    analyzeDocument(before, options);
    // One letter typed in the last chunk: every other chunk's findings are reused as they were.
    const last = before.chunks[before.chunks.length - 1];
    const at = last.offset + last.text.indexOf(' ') + 1;
    const after = buildDocument('/tmp/log.md', text.slice(0, at) + 'e' + text.slice(at), { cache, previous: before });
    const checked = countChecks(() => analyzeDocument(after, options));
    assert.ok(after.chunks.length > 20);
    assert.equal(checked, 1, `${checked} chunks checked again of ${after.chunks.length}`);
  });

  it('judges the chunks again when the analysis itself changes: locale, today, configuration (same model)', () => {
    // Nothing in the text changes, so every chunk's tree and the front matter are the same objects:
    // what the chunks were last found valid for must still include the options.
    const base = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG), editing: true };
    const model = buildDocument('/tmp/log.md', benchDocument(1000), { cache: new ChunkCache(4000, 0) });
    const variants = [
      base,
      { ...base, locale: 'es' as const },
      { ...base, locale: 'es' as const, today: { ...base.today, year: base.today.year + 1 } },
      { ...base, config: resolveConfig({ ...CONFIG, team: [] }) },
      base,
    ];
    const seen = new Set<string>();
    for (const [n, options] of variants.entries()) {
      const got = analyzeDocument(model, options).map(key);
      assert.deepEqual(got, analyzeWhole(model, options).map(key), `options ${n}`);
      seen.add(JSON.stringify(got));
    }
    assert.equal(seen.size, 4, 'each of the four analyses finds something else');
  });

  it('an edit of an attendee no item asked about re-checks the front matter only, while editing (issue 21, 10k p95)', () => {
    const options = { ...workspaceOptions(new Map()), config: resolveConfig(CONFIG), editing: true };
    const cache = new ChunkCache(4000, 0);
    let text = benchDocument(1000);
    let previous = buildDocument('/tmp/log.md', text, { cache });
    analyzeDocument(previous, options);
    // A letter typed at the end of each attendee's name in turn, as the benchmark's front matter edits do.
    const line = /^attendees:.*$/m.exec(text)!;
    const commas = [...line[0].matchAll(/,/g)].map((m) => line.index + m.index!);
    for (const [n, comma] of commas.entries()) {
      const at = comma + n;
      text = text.slice(0, at) + 'e' + text.slice(at);
      const model = buildDocument('/tmp/log.md', text, {
        cache,
        previous,
        change: { start: at, oldEnd: at, newEnd: at + 1 },
      });
      previous = model;
      let got: string[] = [];
      const checked = countChecks(() => (got = analyzeDocument(model, options).map(key)));
      const want = analyzeWhole(buildDocument('/tmp/log.md', text, { cache: new ChunkCache(4000, 0) }), options);
      assert.deepEqual(got, want.map(key), `edit ${n}`);
      assert.ok(model.chunks.length > 20);
      // The chunks whose items read owners once asked for the roster's key: each such edit judged them all again.
      assert.ok(checked <= 2, `edit ${n}: ${checked} chunks checked again of ${model.chunks.length}`);
    }
  });
});

/** How many chunks the analysis ran the chunk-local rules on. */
function countChecks(run: () => void): number {
  run();
  return chunkLocalStats.checked;
}
