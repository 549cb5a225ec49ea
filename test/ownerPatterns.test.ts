/**
 * The owner reader runs its costly name patterns only where a plain test finds what they need
 * (actions.ts GuardedPattern; bench/README.md, "The owner reader's first use"). These tests check that the
 * plain tests never pass over a match, on every line of the fixtures and on lines built from the owner forms,
 * and that the 100-line minutes the cold-open figures open make none of the name patterns.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GUARDED_PATTERNS, isStatement, isStatementReadingEveryName } from '../server/core/actions';
import { markdownFiles, rng } from './helpers/random';

const FIXTURES = join(__dirname, 'fixtures');

/** Lines built from the forms the patterns read, with a character put in or taken out now and then. */
function formLines(seed: number, count: number): string[] {
  const next = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)];
  const word = ['Ana', 'Marta Gil', 'Jean-Luc', "O'Neil", 'J.', 'JD', 'Élodie', 'Ze\u0301', '𝐀na', 'Check', 'Thanks'];
  const names = () => pick(word) + (next() < 0.4 ? pick([', ', ' & ', ' and ', ' y ', '/']) + pick(word) : '');
  const han = ['张伟', '欧阳娜', '小王', '王磊、李娜', '方案'];
  const link = [
    'to',
    'will',
    'needs to',
    'is going to',
    'va a',
    'debe',
    'se encarga de',
    'enviará',
    'noted',
    'taking',
    'is',
    'argued',
    'comentó',
    'thinks',
  ];
  const emph = ['', '', '**', '_'];
  const words = () => pick(['send the deck', 'the print proofs', 'review', 'el plan', 'notes', 'the client']);
  const forms: (() => string)[] = [
    () => `${pick(emph)}${names()}${pick(['', '**'])}${pick([' ', ': ', '：', '\t'])}${pick(link)} ${words()}`,
    () =>
      `${words()}${pick(['. ', ', ', '; ', ' que ', ' that ', ' when ', ' and '])}${names()} ${pick(link)} ${words()}`,
    () =>
      `${words()} ${pick(['(', '（', '['])}${pick([names(), pick(han), 'todos', 'everyone'])}${pick([')', '）', ']'])}${pick(['', '.', '。'])}`,
    () =>
      `${words()}${pick([' — ', ' – ', ' - ', ' -- ', ' → ', ' -> ', ' => ', ' | ', ' ——'])}${pick([names(), pick(han)])}`,
    () => `${pick(['A cargo de ', 'In charge: ', '**A cargo de '])}${names()}${pick([': ', ', ', '：'])}${words()}`,
    () =>
      `${pick(['All', 'Everyone', 'TSC members', 'Lang team', 'Geth team', '**Web Team**', 'El equipo', 'Todos', '全体', 'Section owners', 'New volunteers'])}${pick([': ', ' to ', ' will ', ' va a ', '：', '- Please ', ' – please '])}${words()}`,
    () => `${pick(['由', ''])}${pick(han)}${pick(['负责', '跟进', '：', '将'])}整理纪要`,
    () => `${pick(['通信组', '视觉组', '每组', '设计团队', '**前端小组**'])}${pick(['需要', '根据', '', ' '])}整理纪要`,
    () =>
      `${pick(['Rough agreement', 'Consensus', 'Se acordó', 'acordado', '一致同意'])}${pick([' to ', ': ', ' on '])}${words()}`,
    () =>
      `${words()}${pick([', due 2026-11-30', ', by 30/11', '，截止 11月30日', ', 12月1日前', ', fecha límite: 2026-12-02'])}`,
    () => `${words()} que ${names()} ${pick(['notifique', 'revise', 'para'])} ${words()}`,
    () => `${words()} ${pick(['assigned to', 'asignada a', 'asignados a', 'encargado a', 'Assigned to'])} ${names()}`,
    () =>
      `${pick(emph)}${names()}${pick(['', '**'])} ${pick(['(CD)', '(Halcyon & Reed)', '（客户）', '(cliente)'])} ${pick(link)} ${words()}`,
    () =>
      `${pick(['', '**'])}${pick(['Action items for ', 'Tareas para ', 'Next steps for ', 'TODOs for ', 'acciones para '])}${pick([names(), 'me', 'mí'])}${pick([':', '：', ':**', '**:', ''])}`,
    () =>
      `${pick(['Para ', '**Para ', 'para '])}${pick([names(), 'todos', 'todo el equipo'])}${pick(['', ':', '**:'])}`,
    () => `${words()} ${pick(['owner', 'Owner', 'OWNER', 'owners'])} ${pick([names(), pick(han)])}`,
  ];
  const marks = [' ', '\t', ',', '.', ':', '(', ')', '—', '-', '|', '*', 'A', 'a', '\u212A', 'ſ', '\n'];
  return Array.from({ length: count }, () => {
    let s = pick(forms)();
    if (next() < 0.4) {
      const at = Math.floor(next() * (s.length + 1));
      s = next() < 0.5 ? s.slice(0, at) + pick(marks) + s.slice(at) : s.slice(0, at) + s.slice(at + 1);
    }
    return s;
  });
}

/** The fixtures' lines (and their list items' and table cells' text), and the built lines. */
function lines(): string[] {
  const out = new Set<string>();
  for (const f of markdownFiles(FIXTURES))
    for (const raw of readFileSync(f, 'utf8').split(/\r?\n/)) {
      if (!raw.trim()) continue;
      out.add(raw);
      out.add(raw.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\[[ xX]\]\s+)?/, ''));
      if (raw.includes('|')) for (const c of raw.split('|')) if (c.trim()) out.add(c.trim());
    }
  for (const l of formLines(21, 20000)) out.add(l);
  return [...out];
}

describe('owner patterns: the plain test before each', () => {
  // The lines are made in each test, not kept by the suite: the suite's closures live as long as mocha, and
  // 60,000 strings held that long move the heap figures of later tests (test/scan.test.ts).
  it('every match has what its plain test needs, and each pattern matches somewhere', () => {
    const all = lines();
    assert.ok(GUARDED_PATTERNS.length >= 18, `${GUARDED_PATTERNS.length} guarded patterns`);
    for (const p of GUARDED_PATTERNS) {
      // A copy, so that a global pattern's lastIndex is its own.
      const re = new RegExp(p.pattern.source, p.pattern.flags.replace('g', ''));
      let matched = 0;
      for (const line of all)
        if (re.test(line)) {
          matched++;
          assert.ok(p.needs(line), `${p.name} matches ${JSON.stringify(line)}, its plain test says it cannot`);
        }
      assert.ok(matched > 0, `${p.name} matched no line: the test says nothing about it`);
    }
  });

  it('a statement is found as well without reading the names of items that state and say nothing', () => {
    const all = lines();
    let statements = 0;
    for (const line of all) {
      const first = line.split('\n')[0];
      const full = isStatementReadingEveryName(first);
      if (full) statements++;
      assert.equal(isStatement(first), full, JSON.stringify(first));
    }
    assert.ok(statements > 50, `${statements} statements`);
  });

  it('the 100-line minutes of the cold-open figures make none of the name patterns', () => {
    // A fresh process: the patterns made by other tests in this one do not count.
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'helpers', 'patternsMade.ts')], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    });
    const { made, findings } = JSON.parse(out) as { made: string[]; findings: number };
    assert.ok(findings > 0, 'the minutes were checked');
    assert.deepEqual(made, []);
  });
});
