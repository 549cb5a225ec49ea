/** Placeholders of templates and fixes (`unfilled-placeholder`), and fixes in the document's key style (issue 16). */
import { strict as assert } from 'node:assert';
import { analyzeText, fixesFor, actionsOf } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { fixAllEdits } from '../server/core/fixall';
import { applyEdits } from '../server/core/edits';
import { renderTemplate } from '../server/core/templates';
import { DOCUMENT_TYPES } from '../server/core/catalog';
import { LANGS, type Lang } from '../server/core/catalog/schema';
import { Session } from '../server/core/session';
import { documentStatus, statusLine } from '../server/lsp/codeLens';

const today = { year: 2026, month: 11, day: 22 };
const options = (locale: Lang = 'en') => ({
  locale,
  today,
  config: resolveConfig({ team: [{ name: 'Ana Ruiz', aliases: ['ana'] }] }),
});
const rules = (text: string, path = 'd.md') =>
  analyzeText(path, text, options()).findings.map((f) => `${f.range.start.line + 1} ${f.rule}`);

describe('unfilled-placeholder', () => {
  it('points at each placeholder the templates and fixes write', () => {
    const text =
      '---\ntype: brief\nclient: <client>\nbrand: Oat\njob: ND-2026-1\ndate: 2026-11-16\ndue: YYYY-MM-DD\nbudget: <budget>\n---\n# Creative brief\n';
    const found = rules(text).filter((r) => r.endsWith('unfilled-placeholder'));
    assert.deepEqual(found, ['3 unfilled-placeholder', '7 unfilled-placeholder', '8 unfilled-placeholder']);
    // Still present for missing-field: fix-all must leave none of those.
    assert.ok(!rules(text).some((r) => r.endsWith('missing-field')));
  });
  it('TBD-style values stay missing-field, not placeholders', () => {
    const r = rules(
      '---\ntype: brief\nclient: TBD\nbrand: 待定\njob: ND-2026-1\ndate: 2026-11-16\ndue: 2026-12-01\nbudget: por definir\n---\n# Creative brief\n',
    );
    assert.equal(r.filter((x) => x.endsWith('missing-field')).length, 3);
    assert.ok(!r.some((x) => x.endsWith('unfilled-placeholder')));
  });
  it("a template's sample action is one placeholder and not an action", () => {
    for (const lang of LANGS) {
      const text = renderTemplate(DOCUMENT_TYPES.find((t) => t.id === 'minutes')!, lang, { today });
      const { doc, findings } = analyzeText('m.md', text, options());
      assert.deepEqual(actionsOf(doc, options()), [], lang);
      assert.ok(
        !findings.some((f) => f.rule.startsWith('action-') || f.rule === 'unknown-owner'),
        `${lang}: ${findings.map((f) => f.rule)}`,
      );
      const sample = findings.filter(
        (f) => f.rule === 'unfilled-placeholder' && doc.lines.lineText(f.range.start.line).startsWith('- [ ]'),
      );
      assert.equal(sample.length, 1, lang);
    }
  });
  it('an @owner written by the add-owner fix is a placeholder, not an unknown owner', () => {
    const text =
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-18\nissued: 2026-11-18\nattendees: [Ana]\ndistribution: [Ana]\n---\n# Meeting minutes\n\n## Decisions\n\nShip it.\n\n## Next actions\n\n- [ ] Send the deck @owner due 2026-11-25\n';
    assert.deepEqual(rules(text), ['17 unfilled-placeholder']);
  });
  it('ignores code and inline code', () => {
    const text =
      '---\ntype: memo\nto: Ana\nfrom: Tom\ndate: 2026-11-20\nsubject: Dates\n---\n# Memo\n\nWrite dates as `YYYY-MM-DD`.\n\n```\ndue: YYYY-MM-DD\n```\n';
    assert.deepEqual(rules(text), []);
  });
  it('the completeness lens and status bar count placeholders as not done', () => {
    const session = new Session({ today: () => today });
    const text = renderTemplate(DOCUMENT_TYPES.find((t) => t.id === 'minutes')!, 'en', { today });
    session.update('/w/m.md', text, 1);
    const s = documentStatus(session.analysis('/w/m.md')!, session);
    assert.ok(s.placeholders >= 4, String(s.placeholders));
    assert.equal(s.sectionsFilled, 0);
    assert.match(statusLine(s, 'en'), /placeholders to fill in/);
    assert.doesNotMatch(statusLine(s, 'en'), /complete/);
  });
  it('fix-all on any template leaves no missing-section or missing-field', () => {
    for (const t of DOCUMENT_TYPES)
      for (const lang of LANGS) {
        const text = '# ' + t.names[lang] + '\n';
        const { doc, findings } = analyzeText(`x.${t.id}.md`, text, options(lang));
        const fixed = applyEdits(text, fixAllEdits(doc, findings));
        const after = analyzeText(`x.${t.id}.md`, fixed, options(lang)).findings;
        assert.ok(
          !after.some((f) => f.rule === 'missing-section' || f.rule === 'missing-field'),
          `${t.id}/${lang}: ${after.map((f) => f.rule)}`,
        );
        assert.ok(
          after.some((f) => f.rule === 'unfilled-placeholder') ||
            t.fields.every(
              (f) => f.optional || ['date', 'issued', 'opened', 'updated', 'status', 'year', 'week'].includes(f.id),
            ),
          `${t.id}/${lang}`,
        );
      }
  });
});

describe("fixes in the document's key style", () => {
  const fixAll = (text: string, lang: Lang = 'en') => {
    const { doc, findings } = analyzeText('b.md', text, options(lang));
    return applyEdits(text, fixAllEdits(doc, findings));
  };
  it('a Spanish brief keyed cliente/marca/fecha gets presupuesto, not budget', () => {
    const text =
      '---\ntype: brief\ncliente: Valle\nmarca: Clara\nOT: CV-2026-1\nfecha: 2026-11-16\nfecha límite: 2026-12-04\n---\n# Brief creativo\n';
    const fixed = fixAll(text);
    assert.match(fixed, /\npresupuesto: <presupuesto>\n---/);
    assert.doesNotMatch(fixed, /budget/);
  });
  it('Chinese keys for a Chinese document, capitals where the keys have them', () => {
    assert.match(
      fixAll('---\ntype: minutes\n客户: 青山茶饮\n会议时间: 2026-11-20 14:00\n---\n# 会议纪要\n'),
      /发出日期: YYYY-MM-DD\n参会人员: \[<参会人员>\]\n抄送: \[<抄送>\]/,
    );
    assert.match(fixAll('---\nType: memo\nTo: Ana\nFrom: Tom\n---\n# Memo\n'), /Date: YYYY-MM-DD\nSubject: <subject>/);
  });
  it('a written document’s missing dates are placeholders, never today (blind16: minutes fixed days later read as sent late)', () => {
    const minutes =
      '---\ntype: minutes\nclient: Harbour Dairy\nmeeting: 2026-11-18\nattendees: [Ana]\ndistribution: [Ana]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- @ana to send the deck, due 2026-11-30\n';
    const fixed = fixAll(minutes);
    assert.match(fixed, /\nissued: YYYY-MM-DD\n/);
    const after = rules(fixed, 'm.md');
    assert.ok(!after.some((r) => r.endsWith('minutes-late') || r.endsWith('missing-field')), after.join('\n'));
    assert.ok(
      after.some((r) => r.endsWith('unfilled-placeholder')),
      after.join('\n'),
    );
  });
  it('a plan’s year is the one its title names, else a placeholder, never guessed from today (blind14)', () => {
    const plan = (title: string) =>
      `---\ntype: account-plan\nclient: Harbour Dairy\nowner: Ana Ruiz\n---\n\n# ${title}\n\n## Annual goals\n\nGrow.\n`;
    assert.match(fixAll(plan('Account plan 2027: Harbour Dairy')), /\nyear: 2027\n/);
    const undated = fixAll(plan('Account plan: Harbour Dairy'));
    assert.match(undated, /\nyear: <year>\n/);
    // Two years in the title: neither is guessed.
    assert.match(fixAll(plan('Account plan 2026–2027')), /\nyear: <year>\n/);
    const after = rules(undated, 'b.md');
    assert.ok(!after.some((r) => r.endsWith('missing-field')), after.join('\n'));
    assert.ok(
      after.some((r) => r.endsWith('unfilled-placeholder')),
      after.join('\n'),
    );
  });
  it('the add-field quick fix uses the same key', () => {
    const text =
      '---\ntype: brief\ncliente: Valle\nmarca: Clara\nOT: CV-2026-1\nfecha: 2026-11-16\nfecha límite: 2026-12-04\n---\n# Brief creativo\n';
    const { doc, findings } = analyzeText('b.md', text, options());
    const f = findings.find((x) => x.rule === 'missing-field')!;
    const fix = fixesFor(f, { doc, options: options() })[0];
    assert.match(applyEdits(text, fix.edits), /presupuesto: <presupuesto>/);
  });
  it('sections named with the vocabulary tell the language: a Spanish brief gets Spanish headings', () => {
    const text =
      '---\ncliente: Valle\nmarca: Clara\nfecha: 2026-11-16\n---\n# BRIEF CREATIVO PARA DISEÑADORES\n\n## Objetivos\n\nSubir la prueba.\n\n## Público objetivo\n\nAdultos.\n\n## Mensaje clave\n\nLa ligera con sabor.\n\n## Razones para creer\n\n- Malta\n\n## Tono de voz\n\nCercano.\n';
    const fixed = fixAll(text);
    assert.match(fixed, /## Requisitos obligatorios/);
    assert.match(fixed, /## Aprobaciones/);
    assert.doesNotMatch(fixed, /## (?:Mandatories|Objective|Button|Sign-off)/);
    assert.match(fixed, /^presupuesto: <presupuesto>$/m);
  });
  it('templates write keys in their language', () => {
    const zh = renderTemplate(DOCUMENT_TYPES.find((t) => t.id === 'minutes')!, 'zh', { today });
    assert.match(zh, /^客户: /m);
    assert.match(zh, /^会议时间: /m);
    const es = renderTemplate(DOCUMENT_TYPES.find((t) => t.id === 'brief')!, 'es', { today });
    assert.match(es, /^cliente: /m);
    assert.match(es, /^presupuesto: /m);
  });
});
