import { strict as assert } from 'node:assert';
import { LANGS, type Lang } from '../server/core/catalog/schema';
import {
  RULES,
  RULE_BY_ID,
  RULE_IDS,
  formatMessage,
  type MessageParams,
  type RuleId,
} from '../server/core/rules/index';
import { UI } from '../server/core/l10n';
import { analyze } from './helpers/analyze';

const MESSAGES = Object.fromEntries(RULES.map((r) => [r.id, r.messages])) as unknown as Record<
  RuleId,
  Record<Lang, (p: never) => string>
>;
const RULE_DOCS = Object.fromEntries(RULES.map((r) => [r.id, r.doc])) as Record<RuleId, (typeof RULES)[number]['doc']>;

/** Representative parameters for every rule, covering each variant. */
const SAMPLES: { [R in RuleId]: MessageParams[R][] } = {
  'unknown-type': [{ value: 'mintues', suggestion: 'minutes' }, { value: 'xyz' }],
  'frontmatter-syntax': [
    {
      reason:
        'Flow sequence in block collection must be sufficiently indented and end with a ]\n\n  at line 4, column 12',
    },
    { reason: '', unclosed: true },
    { reason: '' },
    { reason: '', colonInValue: { key: 'lugar' } },
  ],
  'empty-document': [{ type: 'Creative brief' }],
  'missing-field': [
    { field: 'client', type: 'Creative brief' },
    { field: 'issued', type: 'Meeting minutes', placeholder: true },
  ],
  'missing-section': [
    { section: 'Button', type: 'Creative brief' },
    { section: '结论', type: 'Meeting minutes', inUi: 'Decisions' },
  ],
  'empty-section': [
    { section: 'Decisions' },
    { section: 'Topics', what: 'topics' },
    { section: 'Calidad de producción', inUi: 'Production quality' },
  ],
  'duplicate-section': [
    { section: 'Next actions', firstLine: 12 },
    { section: 'Hitos', inUi: 'Milestones', firstLine: 12 },
  ],
  'section-order': [
    { section: 'Button', shouldPrecede: 'Support points' },
    { section: 'Tono', inUi: 'Tone', shouldPrecede: 'Entregables', shouldPrecedeInUi: 'Deliverables' },
  ],
  'button-not-single': [
    { reason: 'items', count: 3 },
    { reason: 'sentences', count: 2 },
    { reason: 'words', count: 42 },
  ],
  'support-points-count': [
    { count: 0, max: 5 },
    { count: 6, max: 5 },
    { count: 1, max: 0 },
  ],
  'missing-signoff': [
    { role: 'Client', lacks: 'both' },
    { role: 'Account director', lacks: 'name' },
    { role: 'Creative director', lacks: 'date' },
  ],
  'action-missing-owner': [
    { action: 'Send the revised storyboard to the client for approval before the shoot' },
    { action: 'Book studio' },
    { action: '' },
    { action: 'Book studio', cell: true },
  ],
  'action-missing-due': [
    { action: '把修改后的分镜脚本发给客户确认，并预订拍摄棚和演员，确保下周一可以按原计划在河畔摄影棚开拍' },
    { action: 'Reservar el estudio' },
    { action: '   ' },
    { action: 'Reservar el estudio', cell: true },
  ],
  'action-due-before-meeting': [{ due: '2026-10-27', meeting: '2026-11-24' }],
  'action-overdue': [
    { due: '2026-11-10', days: 12 },
    { due: '2026-11-21', days: 1 },
  ],
  'invalid-date': [{ text: '2026-02-30' }],
  'ambiguous-date': [
    { text: '30/11/2026', iso: '2026-11-30' },
    { text: '03/04/2026' },
    { text: 'Nov 30 14:00', iso: '2026-11-30 14:00' },
  ],
  'minutes-late': [
    { meeting: '2026-11-24 10:00', issued: '2026-11-25 16:00', hours: 30 },
    { meeting: '2026-11-24', issued: '2026-11-27', days: 3 },
    { meeting: '2026-11-24', issued: '2026-11-27' },
  ],
  'agenda-late': [
    { meeting: '2026-11-27 10:00', issued: '2026-11-26 16:00', hours: 18 },
    { meeting: '2026-11-27 10:00', issued: '2026-11-27 11:00', hours: -1 },
    { meeting: '2026-11-27', issued: '2026-11-26', days: 1 },
    { meeting: '2026-11-27', issued: '2026-11-27', days: 0 },
    { meeting: '2026-11-27', issued: '2026-11-28', days: -1 },
    { meeting: '2026-11-27', issued: '2026-11-26' },
  ],
  'schedule-late': [
    { opened: '2026-11-02 09:00', sent: '2026-11-04 11:00', hours: 50 },
    { opened: '2026-11-02', sent: '2026-11-05', days: 3 },
    { opened: '2026-11-02 09:00', hours: 30 },
    { opened: '2026-11-02', days: 20 },
    { opened: '2026-11-02' },
    { opened: '2026-11-02', sent: '2026-11-05' },
  ],
  'estimate-missing': [
    { status: 'in-progress', finished: false },
    { status: '已交付', finished: true },
  ],
  'estimate-total-mismatch': [{ sum: '$28,750.00', total: '$27,750.00' }],
  'directory-entry-incomplete': [
    { name: 'Tom Baker', lacks: 'title' },
    { name: '王芳', lacks: 'contact' },
    { name: 'Lucía Pérez', lacks: 'both' },
    { name: '', lacks: 'both' },
  ],
  'stale-factbook': [{ updated: '2026-03-02', days: 265 }],
  'memo-too-long': [
    { words: 420, cjk: 0 },
    { words: 12, cjk: 900 },
    { words: 350, cjk: 700 },
  ],
  'duplicate-job-number': [{ job: 'ACME-0457', otherFile: 'jobs/acme-tv-spot.job.md' }],
  'unknown-job': [{ job: 'ACME-0475' }],
  'broken-link': [{ target: '../strategy/fresh-bite.strategy.md', field: 'strategy' }, { target: 'estimate.md' }],
  'unknown-owner': [{ owner: 'anna' }],
  'other-client-mentioned': [{ mentioned: 'Globex', client: 'Acme Foods' }],
  'unfilled-placeholder': [
    { text: '<budget>', kind: 'value', field: 'budget' },
    { text: 'YYYY-MM-DD', kind: 'value' },
    { text: '@owner', kind: 'owner' },
    { text: 'YYYY-MM-DD', kind: 'date' },
    { text: 'What needs doing', kind: 'action' },
  ],
};

const CJK = /[\u3400-\u9fff]/;

function assertClean(text: string, where: string): void {
  assert.equal(typeof text, 'string', where);
  assert.ok(text.trim().length > 0, `${where}: empty`);
  for (const bad of ['undefined', 'NaN', '[object', 'null', '${']) {
    assert.ok(!text.includes(bad), `${where}: contains ${bad}: ${text}`);
  }
  assert.ok(!/\{[\w.]*\}/.test(text), `${where}: unreplaced placeholder: ${text}`);
  assert.ok(!/\s[,.;:]/.test(text.replace(/ \(|\.\.\.|: \/\//g, '')), `${where}: space before punctuation: ${text}`);
  assert.equal(text, text.trim(), `${where}: surrounding spaces`);
}

/** The quotes each language uses, and those it must not. */
const FOREIGN_QUOTES: Record<Lang, RegExp> = { en: /[「」«»"]/, zh: /[«»"]/, es: /[「」"]/ };

describe('messages', () => {
  it('has a builder for every rule and language', () => {
    assert.deepEqual(Object.keys(MESSAGES).sort(), [...RULE_IDS].sort());
    for (const id of RULE_IDS)
      for (const lang of LANGS) assert.equal(typeof MESSAGES[id][lang], 'function', `${id} ${lang}`);
  });

  for (const id of RULE_IDS) {
    it(`builds clean ${id} messages`, () => {
      const samples = SAMPLES[id] as MessageParams[RuleId][];
      assert.ok(samples.length > 0);
      for (const params of samples) {
        for (const lang of LANGS) {
          const where = `${id} ${lang} ${JSON.stringify(params)}`;
          const text = formatMessage(id, params as never, lang);
          assertClean(text, where);
          assert.ok(!FOREIGN_QUOTES[lang].test(text), `${where}: wrong quotes: ${text}`);
          if (lang === 'zh') assert.ok(CJK.test(text), `${where}: no Chinese: ${text}`);
          if (lang !== 'zh' && !CJK.test(JSON.stringify(params)))
            assert.ok(!/[，。：；？（）]/.test(text), `${where}: CJK punctuation: ${text}`);
          assert.ok([...text].length <= 240, `${where}: too long: ${text}`);
        }
      }
    });
  }

  it('formatMessage uses the builders', () => {
    const p = { action: 'Book studio' };
    for (const lang of LANGS)
      assert.equal(formatMessage('action-missing-owner', p, lang), MESSAGES['action-missing-owner'][lang](p as never));
  });

  it('minutes-late says hours when given, else days', () => {
    const hours = formatMessage(
      'minutes-late',
      { meeting: '2026-11-24 10:00', issued: '2026-11-25 16:00', hours: 30 },
      'en',
    );
    assert.match(hours, /30 hours/);
    assert.match(hours, /24 hours/);
    const days = formatMessage('minutes-late', { meeting: '2026-11-24', issued: '2026-11-27', days: 3 }, 'en');
    assert.match(days, /3 days/);
    assert.match(formatMessage('minutes-late', { meeting: '2026-11-24', issued: '2026-11-27', days: 3 }, 'zh'), /3 天/);
    assert.match(
      formatMessage('minutes-late', { meeting: '2026-11-24 10:00', issued: '2026-11-25 16:00', hours: 30 }, 'es'),
      /30 horas/,
    );
  });

  it('agenda-late and schedule-late use the numbers they get', () => {
    assert.match(formatMessage('agenda-late', { meeting: 'm', issued: 'i', hours: 18 }, 'en'), /18 hours.*48 hours/);
    assert.match(formatMessage('schedule-late', { opened: '2026-11-02 09:00', hours: 30 }, 'en'), /30 hours/);
    assert.match(
      formatMessage('schedule-late', { opened: '2026-11-02 09:00', sent: '2026-11-04 11:00', hours: 50 }, 'es'),
      /50 horas/,
    );
  });

  it('singular and plural', () => {
    assert.match(formatMessage('action-overdue', { due: '2026-11-21', days: 1 }, 'en'), /\b1 day ago/);
    assert.match(formatMessage('action-overdue', { due: '2026-11-10', days: 12 }, 'en'), /12 days ago/);
    assert.match(formatMessage('action-overdue', { due: '2026-11-21', days: 1 }, 'es'), /hace 1 día\b/);
  });

  it('truncates long actions to about 40 characters', () => {
    const action = 'Send the revised storyboard to the client for approval before the shoot';
    for (const lang of LANGS) {
      for (const id of ['action-missing-owner', 'action-missing-due'] as const) {
        const text = formatMessage(id, { action }, lang);
        assert.ok(text.includes('…'), `${id} ${lang}: ${text}`);
        assert.ok(!text.includes('before the shoot'), `${id} ${lang}: ${text}`);
        assert.ok(text.includes('Send the revised storyboard'), `${id} ${lang}: ${text}`);
      }
    }
    const short = formatMessage('action-missing-owner', { action: 'Book studio' }, 'en');
    assert.ok(short.includes('“Book studio”') && !short.includes('…'), short);
    const zh = formatMessage(
      'action-missing-due',
      { action: '把修改后的分镜脚本发给客户确认，并预订拍摄棚和演员，确保下周一可以按原计划在河畔摄影棚开拍' },
      'zh',
    );
    assert.ok(zh.includes('…'), zh);
  });

  it('support-points-count: none vs too many', () => {
    const none = formatMessage('support-points-count', { count: 0, max: 5 }, 'en');
    const many = formatMessage('support-points-count', { count: 6, max: 5 }, 'en');
    assert.match(none, /no support point/);
    assert.match(many, /6 support points/);
    assert.match(many, /at most 5/);
    assert.notEqual(
      formatMessage('support-points-count', { count: 0, max: 5 }, 'zh'),
      formatMessage('support-points-count', { count: 6, max: 5 }, 'zh'),
    );
  });

  it('distinguishes variants', () => {
    const distinct = <R extends RuleId>(id: R, a: MessageParams[R], b: MessageParams[R]) => {
      for (const lang of LANGS)
        assert.notEqual(formatMessage(id, a, lang), formatMessage(id, b, lang), `${id} ${lang}`);
    };
    distinct(
      'missing-field',
      { field: 'client', type: 'Creative brief' },
      { field: 'client', type: 'Creative brief', placeholder: true },
    );
    distinct('frontmatter-syntax', { reason: 'bad indentation' }, { reason: 'bad indentation', unclosed: true });
    distinct('button-not-single', { reason: 'items', count: 2 }, { reason: 'sentences', count: 2 });
    distinct('button-not-single', { reason: 'sentences', count: 2 }, { reason: 'words', count: 2 });
    distinct('missing-signoff', { role: 'Client', lacks: 'name' }, { role: 'Client', lacks: 'date' });
    distinct('missing-signoff', { role: 'Client', lacks: 'date' }, { role: 'Client', lacks: 'both' });
    distinct('empty-section', { section: 'Topics' }, { section: 'Topics', what: 'topics' });
    distinct('ambiguous-date', { text: '30/11/2026', iso: '2026-11-30' }, { text: '30/11/2026' });
    distinct('directory-entry-incomplete', { name: 'Tom', lacks: 'title' }, { name: 'Tom', lacks: 'contact' });
    assert.match(formatMessage('ambiguous-date', { text: '30/11/2026', iso: '2026-11-30' }, 'en'), /2026-11-30/);
    assert.match(formatMessage('frontmatter-syntax', { reason: '', unclosed: true }, 'en'), /---/);
  });

  it('puts the params in the message', () => {
    assert.match(
      formatMessage('missing-section', { section: 'Button', type: 'Creative brief' }, 'en'),
      /“Button”.*“Creative brief”/,
    );
    assert.match(formatMessage('missing-section', { section: '按钮', type: '创意简报' }, 'zh'), /「按钮」.*创意简报/);
    assert.match(
      formatMessage('missing-section', { section: 'Botón', type: 'Brief creativo' }, 'es'),
      /«Botón».*«Brief creativo»/,
    );
    assert.match(formatMessage('estimate-total-mismatch', { sum: '28,750', total: '27,750' }, 'en'), /28,750.*27,750/);
    assert.match(formatMessage('duplicate-section', { section: 'Button', firstLine: 12 }, 'es'), /línea 12/);
    assert.match(formatMessage('other-client-mentioned', { mentioned: 'Globex', client: 'Acme' }, 'zh'), /Globex/);
  });
  it('names a section of a document in another language as its heading reads, then in the reader’s words (blind16)', () => {
    const brief =
      '---\ntype: competitor\ncliente: Ferretería Sol\nfecha: 2026-11-30\n---\n# Análisis de la competencia\n\n## 3. Calidad de producción:\n\nPendiente\n';
    const en = analyze(brief, 'c.md', 'en').findings.filter((f) => f.rule === 'empty-section');
    assert.deepEqual(
      en.map((f) => f.message),
      ['The section “Calidad de producción” (Production quality) is empty: fill it in before the document goes out.'],
    );
    // Read in its own language, the one name.
    const es = analyze(brief, 'c.md', 'es').findings.filter((f) => f.rule === 'empty-section');
    assert.match(es[0]?.message ?? '', /^La sección «Calidad de producción» está vacía/);
  });
  it('names a missing field by the key the fix writes in the document’s language, then in the reader’s (blind17)', () => {
    const agenda =
      '---\ntype: agenda\ncliente: Ferretería Sol\nfecha: 2026-12-10 10:00\nemitido: 2026-12-07\nasistentes: [Ana]\n---\n# Orden del día\n\n## Temas\n\n- Presupuesto\n';
    const messages = (locale: 'en' | 'es') =>
      analyze(agenda, 'a.md', locale)
        .findings.filter((f) => f.rule === 'missing-field')
        .map((f) => f.message);
    assert.deepEqual(messages('en'), [
      'Add the field “lugar” (location) to the front matter: “Meeting agenda” documents need it.',
    ]);
    assert.match(messages('es')[0] ?? '', /^Falta el campo «lugar» en la cabecera/);
    // A key written with no value is named as written.
    const empty = analyze(agenda.replace('asistentes: [Ana]', 'asistentes: [Ana]\nLugar:'), 'a.md', 'en').findings;
    assert.deepEqual(
      empty.filter((f) => f.rule === 'missing-field').map((f) => f.message),
      ['The field “Lugar” (location) is still empty or a placeholder like TBD: fill it in.'],
    );
  });
});

describe('English articles', () => {
  it('says an “Objective” and a “Button” (issue 16)', () => {
    assert.match(
      formatMessage('missing-section', { section: 'Objective', type: 'Creative brief' }, 'en'),
      /^Add an “Objective” section/,
    );
    assert.match(
      formatMessage('missing-section', { section: 'Button', type: 'Creative brief' }, 'en'),
      /^Add a “Button” section/,
    );
  });
});

describe('rule docs', () => {
  it('documents every rule and nothing else', () => {
    assert.deepEqual(Object.keys(RULE_DOCS).sort(), [...RULE_IDS].sort());
  });

  for (const id of RULE_IDS) {
    it(`documents ${id}`, () => {
      const doc = RULE_DOCS[id];
      for (const lang of LANGS) {
        assertClean(doc.title[lang], `${id} title ${lang}`);
        assertClean(doc.description[lang], `${id} description ${lang}`);
        assert.ok(
          doc.description[lang].length > doc.title[lang].length,
          `${id} ${lang}: description shorter than title`,
        );
      }
      assert.ok(CJK.test(doc.title.zh) && CJK.test(doc.description.zh), `${id}: Chinese`);
      assert.ok([...doc.title.en].length <= 40, `${id}: title too long`);
      // An empty document is the one example of empty-document that has no text.
      assert.ok(
        (doc.bad.trim().length > 0 || id === 'empty-document') && doc.good.trim().length > 0,
        `${id}: examples`,
      );
      assert.notEqual(doc.bad, doc.good, `${id}: bad and good are the same`);
      assert.ok(doc.bad.endsWith('\n') && doc.good.endsWith('\n'), `${id}: examples end with a newline`);
      for (const ex of [doc.bad, doc.good]) {
        assert.ok(!ex.includes('undefined') && !ex.includes('${'), `${id}: example`);
        assert.ok(!/^[ \t]+(---|#|type:)/m.test(ex), `${id}: example not dedented`);
        if (ex.startsWith('---')) assert.match(ex, /^---\n[\s\S]*?\n---\n/, `${id}: front matter closes`);
      }
      const applies = RULE_BY_ID.get(id)!.appliesTo;
      assert.ok(typeof applies === 'string' || applies.length > 0, `${id}: appliesTo`);
    });
  }
});

describe('fix titles', () => {
  /** Arguments for each title, by rule id and title key; `disable*` are the engine's, for every rule. */
  const calls: Record<string, unknown[]> = {
    'missing-section.addSection': ['Button'],
    'missing-section.addAllSections': [3],
    'missing-field.addField': ['client'],
    'action-missing-owner.addOwner': [],
    'action-missing-due.addDue': [],
    'ambiguous-date.dateToIso': ['2026-11-30'],
    'ambiguous-date.dateDayFirst': ['2026-04-03'],
    'ambiguous-date.dateMonthFirst': ['2026-03-04'],
    'unknown-type.replaceType': ['minutes'],
    'empty-document.insertTemplate': ['Creative brief'],
    'empty-document.insertTemplateIn': ['Creative brief', 'Español'],
    'broken-link.changeTo': ['cold-brew-strategy.md'],
    'frontmatter-syntax.quoteValue': [],
    'engine.disableLine': ['missing-field'],
    'engine.disableFile': ['missing-field'],
  };
  const titles = new Map<string, Record<Lang, (...a: never[]) => string>>();
  for (const r of RULES) for (const [key, t] of Object.entries(r.fixTitles ?? {})) titles.set(`${r.id}.${key}`, t);
  titles.set('engine.disableLine', UI.disableLine);
  titles.set('engine.disableFile', UI.disableFile);

  it('has every title in every language', () => {
    for (const [key, title] of titles) {
      for (const lang of LANGS) {
        const fn = title[lang] as (...a: unknown[]) => string;
        assert.equal(typeof fn, 'function', `${key} ${lang}`);
        const text = fn(...calls[key]);
        assertClean(text, `${key} ${lang}`);
        assert.ok(!FOREIGN_QUOTES[lang].test(text), `${key} ${lang}: quotes`);
        if (lang === 'zh') assert.ok(CJK.test(text), `${key} zh: ${text}`);
        for (const arg of calls[key]) assert.ok(text.includes(String(arg)), `${key} ${lang}: ${text}`);
      }
    }
    assert.deepEqual([...titles.keys()].sort(), Object.keys(calls).sort());
  });

  it('reads well', () => {
    const t = (key: string, ...args: unknown[]) => (titles.get(key)!.en as (...a: unknown[]) => string)(...args);
    assert.equal(t('missing-section.addSection', 'Button'), 'Add the “Button” section');
    assert.equal(t('missing-section.addAllSections', 3), 'Add all 3 missing sections');
    assert.ok(!t('missing-section.addAllSections', 1).includes('all 1'));
  });
});

describe('editor strings (core/l10n)', () => {
  /** Sample arguments by the number a phrase takes. */
  const args: unknown[][] = [[], [3], [9, 11]];
  it('has every phrase in every language, clean and in its own script', () => {
    for (const [key, phrase] of Object.entries(UI)) {
      for (const lang of LANGS) {
        const fn = (phrase as Record<Lang, (...a: unknown[]) => string>)[lang];
        assert.equal(typeof fn, 'function', `${key} ${lang}`);
        const text = fn(...args[fn.length]);
        assertClean(text, `${key} ${lang}`);
        if (lang === 'zh') assert.ok(CJK.test(text), `${key} zh: ${text}`);
        if (lang !== 'zh') assert.ok(!CJK.test(text), `${key} ${lang}: ${text}`);
      }
    }
  });
});
