/**
 * Robustness: fuzzed and hostile documents never crash or hang the analysis,
 * every range lies inside the text, every finding has a known rule, and
 * fixes only ever insert. FUZZ_RUNS raises the number of cases (npm run fuzz).
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, fixesFor } from '../server/core/analyze';
import { applyEdits } from '../server/core/edits';
import { fixAllEdits } from '../server/core/fixall';
import { isRuleId } from '../server/core/rules/index';
import { workspaceOptions } from './helpers/analyze';
import { checkSettings, parseConfigText, resolveConfig, type AgencyConfig } from '../server/core/config';
import { jobNumberAtStart, jobNumbersAnywhere } from '../server/core/jobPattern';
import { allMatches } from '../server/core/text';
import { problemSpans } from '../server/lsp/configProblems';
import { Session } from '../server/core/session';
import { codeActions } from '../server/lsp/codeActions';
import { Positions, encodedDocuments, toDiagnostic } from '../server/lsp/convert';
import { applyEdits as applyLspEdits, positionAt, type Encoding } from './helpers/encodedClient';
import type { CodeAction, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { markdownFiles } from './helpers/random';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

const EXAMPLES = markdownFiles(join(__dirname, '..', 'examples')).map((p) => readFileSync(p, 'utf8'));
const options = workspaceOptions(new Map([['a.md', EXAMPLES[0]]]));

const INSERTS = [
  '中文内容，',
  '😀',
  '👩‍💻',
  '\t',
  '\r\n',
  '\uFEFF',
  '\u0000',
  '---\n',
  '# ',
  '## 按钮\n',
  '## Next actions\n',
  '- [ ] ',
  '@',
  'due ',
  '2026-02-30',
  '31/12/2026',
  '| a | b |\n|---|---|\n',
  '```\n',
  '<!--',
  '-->',
  '>',
  '* ',
  '\\',
  '[x]: /u\n',
  'type: brief\n',
  ': : :',
  '"',
  '[',
  '{',
];

/** A document made from an example: cut, shuffled by lines, with hostile pieces inserted. */
const documents = fc
  .record({
    base: fc.constantFrom(...EXAMPLES),
    cutFrom: fc.nat(),
    cutLen: fc.nat(),
    inserts: fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INSERTS)), { maxLength: 8 }),
    shuffle: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    noise: fc.string({ maxLength: 20, unit: 'binary' }),
  })
  .map((r) => {
    let text = r.base;
    const from = r.cutFrom % (text.length + 1);
    text = text.slice(0, from) + text.slice(from + (r.cutLen % 200));
    const lines = text.split('\n');
    for (const [a, b] of r.shuffle) {
      const i = a % lines.length,
        j = b % lines.length;
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    text = lines.join('\n');
    for (const [at, piece] of r.inserts) {
      const i = at % (text.length + 1);
      text = text.slice(0, i) + piece + text.slice(i);
    }
    text += r.noise;
    if (r.crlf) text = text.replace(/\r?\n/g, '\r\n');
    if (r.bom) text = '\uFEFF' + text;
    return text;
  });

function checkDocument(text: string): void {
  const started = Date.now();
  const doc = buildDocument('fuzz/doc.md', text);
  const findings = analyzeDocument(doc, options);
  // Not a benchmark: a bound far above normal, to catch hangs.
  assert.ok(Date.now() - started < 3000, `analysis took ${Date.now() - started} ms`);
  for (const f of findings) {
    assert.ok(isRuleId(f.rule), f.rule);
    assert.ok(
      f.start >= 0 && f.start <= f.end && f.end <= text.length,
      `${f.rule} range ${f.start}-${f.end} outside 0-${text.length}`,
    );
    assert.ok(f.range.start.line < doc.lines.lineCount && f.range.end.line < doc.lines.lineCount);
    assert.ok(f.message.length > 0 && !/undefined|NaN|\[object/.test(f.message), f.message);
  }
}

function checkFixes(text: string): void {
  const doc = buildDocument('fuzz/doc.md', text);
  const findings = analyzeDocument(doc, options);
  const ctx = { doc, options };
  for (const f of findings) {
    for (const fix of fixesFor(f, ctx)) {
      if (f.rule === 'unknown-type' && fix.isPreferred) continue;
      // The one rewrite allowed: an ambiguous date to the ISO reading the user picks, exactly over the date.
      if (
        f.rule === 'ambiguous-date' &&
        fix.edits.length === 1 &&
        fix.edits[0].start === f.start &&
        fix.edits[0].end === f.end
      ) {
        assert.match(fix.edits[0].newText, /^\d{4}-\d{2}-\d{2}(?: \d{2}:\d{2})?$/, fix.title);
        continue;
      }
      assert.ok(
        fix.edits.every((e) => e.start === e.end),
        `${f.rule}: “${fix.title}” replaces text`,
      );
      const fixed = applyEdits(text, fix.edits);
      let i = 0;
      for (let k = 0; k < fixed.length; k++) if (i < text.length && fixed[k] === text[i]) i++;
      assert.equal(i, text.length, `${f.rule}: “${fix.title}” lost text`);
    }
  }
  const edits = fixAllEdits(doc, findings);
  if (edits.length === 0) return;
  const fixed = applyEdits(text, edits);
  const doc2 = buildDocument('fuzz/doc.md', fixed);
  const after = analyzeDocument(doc2, options);
  const left = after.filter((f) => f.rule === 'missing-section' || f.rule === 'missing-field');
  assert.deepEqual(
    left.map((f) => f.rule + ' ' + (f.data.section ?? f.data.field)),
    [],
    fixed,
  );
  assert.deepEqual(fixAllEdits(doc2, after), [], 'fix-all twice changes nothing more');
}

/** Configurations: near-valid ones with random wrong values mixed in, and anything at all. */
const anything = fc.jsonValue({ maxDepth: 3 });
const maybe = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 3, arbitrary: good }, { weight: 1, arbitrary: anything });
const member = fc.record(
  {
    name: maybe(fc.string({ maxLength: 8 })),
    aliases: maybe(fc.array(maybe(fc.string({ maxLength: 8 })), { maxLength: 3 })),
    role: maybe(fc.string()),
  },
  { requiredKeys: [] },
);
const levels = fc.constantFrom('error', 'warning', 'information', 'hint', 'off', 'loud', '');
const configurations = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record(
      {
        team: maybe(fc.array(maybe(member), { maxLength: 4 })),
        clients: maybe(fc.array(maybe(member), { maxLength: 3 })),
        rules: maybe(
          fc.dictionary(
            fc.oneof(
              fc.constantFrom('missing-section', 'broken-link', 'x', '__proto__', 'constructor'),
              fc.string({ maxLength: 6 }),
            ),
            maybe(levels),
            { maxKeys: 4 },
          ),
        ),
        jobPattern: maybe(fc.constantFrom('[A-Z]{2}-\\d{4}', '(a?){30}a{30}', '(a)\\1', '(', '')),
        locale: maybe(fc.constantFrom('en', 'zh-cn', 'es', 'xx', '')),
        maxFileSize: maybe(fc.oneof(fc.integer(), fc.double())),
        enable: maybe(fc.boolean()),
        debounce: maybe(fc.integer({ min: -10, max: 9000 })),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: anything },
);
const jobPatterns = fc.stringMatching(/^[a\\d()?*+{}[\]|0-9,^$.-]{0,24}$/);

/** The properties every configuration must keep (file and settings alike). */
function checkConfiguration(value: unknown): void {
  const text = JSON.stringify(value) ?? 'null';
  const file = parseConfigText(text);
  const settings = checkSettings(value);
  const sets = {
    kept: settings.settings as unknown,
    problems: settings.problems,
    again: (v: unknown) => checkSettings(v).problems,
  };
  for (const checked of [
    {
      kept: file.config as unknown,
      problems: file.problems,
      again: (v: unknown) => parseConfigText(JSON.stringify(v)).problems,
    },
    sets,
  ]) {
    // What is kept fits: checking it again finds nothing.
    if (checked.kept !== undefined) assert.deepEqual(checked.again(checked.kept), [], text);
    // Nothing is dropped silently: a value kept whole has no problem, a changed one has at least one.
    // (Settings of null are "no settings": nothing to report.)
    const whole =
      (checked.kept !== undefined && JSON.stringify(checked.kept) === JSON.stringify(value)) ||
      (checked === sets && value === null);
    assert.equal(
      checked.problems.length === 0,
      whole,
      `${text}: ${checked.problems.map((p) => p.message.en).join(' | ')}`,
    );
    // Each bad value once.
    const places = checked.problems.map((p) => JSON.stringify(p.path) + (p.atKey ? 'key' : ''));
    assert.equal(new Set(places).size, places.length, text);
    for (const p of checked.problems)
      for (const lang of ['en', 'zh', 'es'] as const) assert.ok(p.message[lang].length > 0);
    // Every problem is placed inside the file's text.
    for (const span of problemSpans(text, checked.problems))
      assert.ok(span.start >= 0 && span.end <= text.length && span.start <= span.end);
    const config = resolveConfig(checked.kept as AgencyConfig | undefined);
    analyzeDocument(buildDocument('m.md', FUZZ_MINUTES), { ...options, config });
  }
  // Even unchecked, resolving never throws.
  resolveConfig(value as AgencyConfig, value as AgencyConfig);
}
const FUZZ_MINUTES =
  '---\ntype: minutes\nclient: A\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo AB-2026-014.\n\n## Next actions\n\n- [ ] AB-2026-014 Send @alice due 2026-12-01\n- [ ] aaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n';
const PIECES = [
  '中文',
  'é',
  'ñ',
  '😀',
  '👩‍💻',
  '\n',
  '\r\n',
  ' ',
  '25/12/2026',
  '## Next actions\n',
  '- [ ] x @bob due ',
  '',
];

/** Random edits: where (as a fraction of the text), how much to remove, what to insert; grouped into didChange events. */
const editSequences = fc.record({
  text: documents,
  events: fc.array(
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 }), fc.constantFrom(...PIECES)), { minLength: 1, maxLength: 4 }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** A string index moved off the middle of a surrogate pair or of a CRLF (no LSP position names those). */
function snap(text: string, i: number): number {
  if (i <= 0 || i >= text.length) return i;
  const inPair = /[\uD800-\uDBFF]/.test(text[i - 1]) && /[\uDC00-\uDFFF]/.test(text[i]);
  return inPair || (text[i - 1] === '\r' && text[i] === '\n') ? i - 1 : i;
}

/**
 * The server's copy (its TextDocuments configuration, reading ranges in `enc`) and the
 * client's (test/helpers/encodedClient.ts, its own position arithmetic) stay equal through
 * random edits; every quick fix and the fix-all, as LSP edits in `enc` applied by the
 * client, give exactly the text the core's own edits give, and lose no character.
 */
function checkEncodedEdits(enc: Encoding, input: { text: string; events: [number, number, string][][] }): void {
  const config = encodedDocuments(() => enc);
  const uri = 'file:///fuzz/edit.md';
  let mine = input.text;
  let server = config.create(uri, 'markdown', 1, mine);
  let version = 1;
  for (const event of input.events) {
    const changes = event.map(([at, len, piece]) => {
      const start = snap(mine, at % (mine.length + 1));
      const end = snap(mine, Math.min(mine.length, start + len));
      const change = { range: { start: positionAt(mine, start, enc), end: positionAt(mine, end, enc) }, text: piece };
      mine = mine.slice(0, start) + piece + mine.slice(end); // LSP applies the changes of one event in order
      return change;
    });
    server = config.update(server, changes, ++version);
    assert.equal(server.getText(), mine, `after event ${version - 1} (${enc})`);
  }
  const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }) });
  session.update('/fuzz/edit.md', mine, version);
  const analysis = session.analysis('/fuzz/edit.md')!;
  const positions = new Positions(analysis.doc.lines, enc);
  const diagnostics = analysis.findings.map((f) => toDiagnostic(f, positions, analysis.version));
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const actions: CodeAction[] = [
    ...codeActions({ textDocument: { uri }, range, context: { diagnostics } }, session, enc),
    ...codeActions(
      { textDocument: { uri }, range, context: { diagnostics: [], only: ['source.fixAll.agencyDocs'] } },
      session,
      enc,
    ),
  ];
  for (const action of actions) {
    const edits: LspTextEdit[] = [
      ...(action.edit?.changes?.[uri] ?? []),
      ...(action.edit?.documentChanges ?? []).flatMap((d) => ('edits' in d ? (d.edits as LspTextEdit[]) : [])),
    ];
    const fixed = applyLspEdits(mine, edits, enc);
    const rewrite =
      action.isPreferred && action.diagnostics?.some((d) => d.code === 'ambiguous-date' || d.code === 'unknown-type');
    if (rewrite) continue; // the one rewrite a user chooses (to an ISO date, to the suggested type)
    let i = 0;
    for (let k = 0; k < fixed.length && i < mine.length; k++) if (fixed[k] === mine[i]) i++;
    assert.equal(i, mine.length, `“${action.title}” (${enc}) lost text`);
  }
}

describe('robustness', () => {
  for (const enc of ['utf-8', 'utf-16', 'utf-32'] as const) {
    it(`random edits under ${enc}: the server's text is the client's, and fixes applied by the client lose nothing (${Math.ceil(RUNS / 5)} sequences)`, () => {
      fc.assert(
        fc.property(editSequences, (input) => {
          checkEncodedEdits(enc, input);
        }),
        { numRuns: Math.ceil(RUNS / 5), seed: SEED + 7 },
      );
    });
  }

  it(`the analysis never throws, and ranges and rule ids are sound (${RUNS} fuzzed documents)`, () => {
    fc.assert(
      fc.property(documents, (text) => {
        checkDocument(text);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it(`fixes only insert, are not offered twice, and fix-all leaves no missing section or field (${RUNS} fuzzed documents)`, () => {
    fc.assert(fc.property(documents, checkFixes), { numRuns: Math.ceil(RUNS / 2), seed: SEED + 1 });
  });

  it(`random configuration shapes: never a crash, each bad value reported once, what is kept fits (${RUNS} configurations)`, () => {
    fc.assert(
      fc.property(configurations, (value) => {
        checkConfiguration(value);
      }),
      { numRuns: RUNS, seed: SEED + 2 },
    );
  });

  it(`random job patterns: compiled or refused in plain words, and matched in bounded time (${Math.ceil(RUNS / 5)} patterns)`, () => {
    fc.assert(
      fc.property(jobPatterns, (pattern) => {
        const c = resolveConfig({ jobPattern: pattern });
        for (const p of c.problems) assert.match(p.message.en, /^“jobPattern” is not used: /);
        const text = 'a'.repeat(40) + ' ' + '1'.repeat(120) + ' AB-2026-014 ' + 'aX1-'.repeat(30);
        const started = Date.now();
        allMatches(jobNumbersAnywhere(c.jobPattern), text, 1001);
        jobNumberAtStart(c.jobPattern, true).exec(text);
        assert.ok(Date.now() - started < 1000, `${pattern}: ${Date.now() - started} ms`);
      }),
      { numRuns: Math.ceil(RUNS / 5), seed: SEED + 3 },
    );
  });

  describe('regressions found by fuzzing', () => {
    const dir = join(__dirname, 'fixtures', 'fuzz');
    for (const name of readdirSync(dir).sort()) {
      it(name, () => {
        const text = readFileSync(join(dir, name), 'utf8');
        checkDocument(text);
        checkFixes(text);
      });
    }
  });

  describe('hostile inputs', () => {
    const head =
      '---\ntype: minutes\nclient: A\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n';
    const cases: Record<string, () => string> = {
      'YAML alias bomb': () =>
        '---\ntype: brief\na: &a ["x","x","x","x","x","x","x","x","x"]\n' +
        Array.from(
          { length: 12 },
          (_, i) =>
            `l${i + 1}: &l${i + 1} [${Array(9)
              .fill(i ? `*l${i}` : '*a')
              .join(',')}]`,
        ).join('\n') +
        '\n---\n# Creative brief\n',
      'deeply nested YAML': () =>
        '---\ntype: brief\nx: ' + '['.repeat(3000) + ']'.repeat(3000) + '\n---\n# Creative brief\n',
      '10,000 nested block quotes': () => head + '>'.repeat(10000) + ' deep\n',
      '10,000 nested list levels': () => head + '- '.repeat(10000) + 'x\n',
      '1,500 list levels by indentation': () =>
        head + Array.from({ length: 1500 }, (_, i) => ' '.repeat(i * 2) + '- item').join('\n') + '\n',
      'a 1 MB single line': () => head + '- [ ] word 2026-11-30 @bob '.repeat(40000) + '\n',
      'NUL bytes and binary junk': () => head + '\u0000\u0001\u0002\uFFFD\uFFFE'.repeat(1000) + '\n',
      'front matter that never closes': () => '---\ntype: minutes\nclient: A\n\n# Minutes\n\n## Next actions\n\n- x\n',
      'unbalanced brackets': () => head + '['.repeat(50000) + '\n',
      'lone surrogates': () => head + '\ud800 \udfff x\n',
      // Items padded with spaces and tabs: every pattern that reads an item must stay linear in them.
      'items padded with 3,000 spaces': () => {
        const sp = ' '.repeat(3000);
        const tab = '\t'.repeat(3000);
        return (
          head +
          [
            `- Ana to send the deck ${sp} by 2026-12-10 ${sp}`,
            `- Send the deck ${tab}(Ana${tab}`,
            `- Send the deck ${sp}(Ana${sp}`,
            `1、任务1：${sp}`,
            `- ${sp}Owner: Ana${sp}`,
            `- **Owner:**${sp}x`,
            `- ${'_'.repeat(3000)}Owner: Ana${'_'.repeat(3000)}`,
          ].join('\n') +
          '\n'
        );
      },
      // A table exported from a notes app: every cell padded with spaces to the widest one (13,000 characters).
      'rows padded to 13,000 characters': () => {
        const pad = (cell: string) => cell + ' '.repeat(6500 - cell.length);
        const row = (a: string, b: string) => `| ${a.padEnd(22)} | ${pad(b)} | ${pad('')} |`;
        return (
          '---\ntype: minutes\n---\n# Meeting minutes\n\n' +
          `| Discussion Point       | ${pad('Notes / Action Items')} | ${pad('Actions: Responsible / Note')} |\n` +
          `| ---------------------- | ${'-'.repeat(6500)} | ${'-'.repeat(6500)} |\n` +
          Array.from({ length: 30 }, (_, i) =>
            row(
              i % 2 ? '<p><br></p>' : `Update ${i}`,
              '<ul><li>Vote on the framework.</li><li>Draft a plan.</li></ul>',
            ),
          ).join('\n') +
          '\n'
        );
      },
    };
    for (const [name, make] of Object.entries(cases)) {
      it(`${name}: no crash, no hang`, () => {
        const text = make();
        const started = Date.now();
        const doc = buildDocument('hostile.md', text);
        const findings = analyzeDocument(doc, options);
        assert.ok(Date.now() - started < 10000, `${name} took ${Date.now() - started} ms`);
        for (const f of findings) assert.ok(f.end <= text.length);
      });
    }
    it('an alias bomb and a never-closing block get a clear finding', () => {
      for (const name of ['YAML alias bomb', 'front matter that never closes']) {
        const findings = analyzeDocument(buildDocument('h.md', cases[name]()), options);
        assert.ok(
          findings.some((f) => f.rule === 'frontmatter-syntax'),
          name,
        );
      }
    });
  });
});
