/** Tolerant heading matching (docs/types.md#section-names) and type detection (docs/types.md#how-the-type-is-found). */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { headingCandidates, normalizeHeading } from '../server/core/headings';
import { analyze } from './helpers/analyze';

function sectionOf(heading: string, type = 'strategy'): string | undefined {
  const doc = buildDocument('x.md', `---\ntype: ${type}\n---\n# T\n\n## ${heading}\n\ntext\n`);
  return doc.sections[0]?.def.id;
}

describe('heading matching', () => {
  const cases: [string, string][] = [
    ['Button', 'button'],
    ['button', 'button'],
    ['BUTTON', 'button'],
    ['1. Button', 'button'],
    ['1) Button', 'button'],
    ['(1) Button', 'button'],
    ['8. Button:', 'button'],
    ['一、按钮', 'button'],
    ['① 按钮', 'button'],
    ['A. Button', 'button'],
    ['Button：', 'button'],
    ['**Button**', 'button'],
    ['_Button_', 'button'],
    ['🎯 Button', 'button'],
    ['Button 🎯', 'button'],
    ['Button / 按钮', 'button'],
    ['按钮 / Button', 'button'],
    ['按钮（Button）', 'button'],
    ['Button (按钮)', 'button'],
    ['按钮 Button', 'button'],
    ['Button 按钮', 'button'],
    ['按钮 | Button', 'button'],
    ['Button – 按钮', 'button'],
    ['Botón', 'button'],
    ['boton', 'button'],
    ['BOTÓN', 'button'],
    ['Single-minded proposition', 'button'],
    ['SMP', 'button'],
    ['Support points', 'support-points'],
    ['  Support   points  ', 'support-points'],
    ['Reasons to believe', 'support-points'],
    ['支持点', 'support-points'],
    ['Puntos de apoyo', 'support-points'],
    ['9. 支持点 · Support points', 'support-points'],
    ['Where are we now?', 'where-are-we-now'],
    ['Dónde estamos', 'where-are-we-now'],
    ['Sign-off', 'sign-off'],
    ['签核', 'sign-off'],
    ['Button {#button}', 'button'],
    ['II. Support points {.important}', 'support-points'],
    ['¿Por qué deberían creernos?', 'support-points'],
    ['¿Dónde estamos?', 'where-are-we-now'],
  ];
  for (const [heading, id] of cases) {
    it(`“${heading}” is ${id}`, () => assert.equal(sectionOf(heading), id));
  }
  it('a name after another piece counts only when the first piece names the same section', () => {
    assert.equal(sectionOf('@deprecated on OBJECT - next steps (15m, Stephen)', 'minutes'), undefined);
    assert.equal(sectionOf('Next steps – 24 Nov', 'minutes'), 'next-actions');
    assert.equal(sectionOf('Button – Northwind'), 'button');
    assert.equal(sectionOf('Q3 – Button'), 'button');
    assert.equal(sectionOf('The single-minded proposition'), 'button');
  });
  it('a heading that lists two sections has both (`Decisión tomada y próximos pasos`), in the language of its name', () => {
    const missing = (heading: string) =>
      analyze(`---\ntype: minutes\n---\n# T\n\n## ${heading}\n\n- Ana Ruiz to send the deck due 2026-12-01\n`, 'm.md')
        .findings.filter((f) => f.rule === 'missing-section')
        .map((f) => f.data.section);
    assert.deepEqual(missing('Decisión tomada y próximos pasos'), []);
    assert.deepEqual(missing('Decisions and next steps'), []);
    assert.deepEqual(missing('Decisions / Action items'), []);
    assert.deepEqual(missing('Tone and manner'), ['decisions', 'next-actions']);
    const doc = buildDocument('m.md', '---\ntype: minutes\n---\n# Acta\n\n## 3. ACUERDOS Y DECISIONES\n\n- Sí.\n');
    assert.equal(doc.lang, 'es');
  });
  it('a summary of the tasks, new tasks, tasks with their dates are the next actions (eval78)', () => {
    for (const h of [
      'Resumen de las nuevas tareas, asignación y calendario.',
      'Nuevas tareas',
      'Resumen de tareas',
      'Summary of tasks',
      'Tasks and deadlines',
    ])
      assert.equal(sectionOf(h, 'minutes'), 'next-actions', h);
    // A summary of the meeting names no section.
    assert.equal(sectionOf('Resumen de la reunión', 'minutes'), undefined);
    assert.equal(sectionOf('Summary of the discussion', 'minutes'), undefined);
  });
  it('does not match unrelated headings', () => {
    // (A strategy's `Background` is where the brand stands now, eval47; a brief has no such part.)
    assert.equal(sectionOf('Background', 'brief'), undefined);
    assert.equal(sectionOf('Appendix'), undefined);
    assert.equal(sectionOf('Buttons and banners'), undefined);
  });
  it('normalizes numbering, colons and case', () => {
    assert.equal(normalizeHeading('3. Next Actions：'), 'next actions');
    assert.ok(headingCandidates('按钮 Button').includes('按钮'));
  });
});

describe('type detection', () => {
  it('reads type: from front matter, case-insensitively, with names and the doctype alias', () => {
    assert.equal(buildDocument('a.md', '---\ntype: Brief\n---\n').type?.id, 'brief');
    assert.equal(buildDocument('a.md', '---\ntype: Creative brief\n---\n').type?.id, 'brief');
    assert.equal(buildDocument('a.md', '---\ntype: 会议记录\n---\n').type?.id, 'minutes');
    assert.equal(buildDocument('a.md', '---\ndoctype: minutes\n---\n').type?.id, 'minutes');
    assert.equal(buildDocument('a.md', '---\nTYPE: media-brief\n---\n').type?.id, 'media-brief');
  });
  it('falls back to the file name, then the title', () => {
    assert.equal(buildDocument('acme-q3.brief.md', 'text').type?.id, 'brief');
    assert.equal(buildDocument('notes/x.job.md', 'text').typeSource, 'filename');
    assert.equal(buildDocument('a.md', '# Creative Brief\n').type?.id, 'brief');
    assert.equal(buildDocument('a.md', '# Contact report\n').type?.id, 'minutes');
    // Names everyone uses for minutes need an agency sign besides (docs/types.md).
    assert.equal(buildDocument('a.md', '# 会议记录\n').type, undefined);
    assert.equal(buildDocument('a.md', '# 会议记录\n\n客户：青禾乳业\n').type?.id, 'minutes');
    assert.equal(buildDocument('a.md', '# Acta de reunión\n\n**Cliente:** Bodegas Altamira\n').type?.id, 'minutes');
  });
  it('leaves ordinary Markdown untyped', () => {
    assert.equal(buildDocument('README.md', '# Project notes\n\nSome text.\n').type, undefined);
    assert.equal(buildDocument('a.md', '---\ntitle: x\n---\n# Hello\n').type, undefined);
  });
  it('keeps an unknown type: value with a suggestion', () => {
    const doc = buildDocument('a.md', '---\ntype: breif\nclient: Acme\n---\n');
    assert.equal(doc.type, undefined);
    assert.equal(doc.unknownType?.suggestion, 'brief');
    // Nothing else agency-like: another tool's value, not ours to report.
    assert.equal(buildDocument('a.md', '---\ntype: breif\n---\n').unknownType, undefined);
  });
  it('takes the language from the headings, else lang:, else the locale', () => {
    assert.equal(buildDocument('a.md', '---\ntype: brief\n---\n## 目标\n## 按钮\n## Tone\n').lang, 'zh');
    assert.equal(buildDocument('a.md', '---\ntype: brief\n---\n## Objetivo\n## Tono\n').lang, 'es');
    assert.equal(buildDocument('a.md', '---\ntype: brief\nlang: es\n---\n').lang, 'es');
    assert.equal(buildDocument('a.md', '---\ntype: brief\n---\n', { locale: 'es' }).lang, 'es');
  });
});
