/**
 * Forms of the blind sets eval67 (agency documents) and eval65 (English minutes) read in the twenty-seventh
 * session. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

describe('a twenty-eighth blind set of sections (eval65, eval67)', () => {
  it('an agenda titled as one whose front matter types it has its one numbered list as its topics', () => {
    const agenda = (body: string) => `---\ntype: agenda\n---\n# Harbour Trust board, spring 2026: Agenda\n\n${body}\n`;
    const list = agenda('1. Opening words (Rosa)\n2. Budget for the summer fair (Ivo) 10 min\n3. Any other business\n');
    assert.deepEqual(found(list, 'missing-section'), ['3 purpose']);
    // The title is the document's heading itself: `doc.title` is one of `doc.headings`.
    const { doc } = analyze(list);
    assert.ok(doc.title && doc.headings.includes(doc.title));
    // Another heading over the list: the list is that part's, not the topics.
    const headed = agenda('## Notes\n\n1. Opening words\n2. Budget for the summer fair\n');
    assert.deepEqual(found(headed, 'missing-section'), ['3 purpose', '3 topics']);
  });

  it('one line left in Chinese makes no English document Chinese: the fix writes the English name', () => {
    const review = `---\ntype: competitor\n---\n# Northside Bakery — Competitor Analysis\n\n## Market Context\n\nThe district has a dozen bakeries, most of them open before seven and priced alike.\n\n## Notes\n\n- Opens at six every day\n- 周末有现烤面包\n- Sells coffee from a local roaster at a small counter by the door\n`;
    const { doc, findings } = analyze(review);
    assert.equal(doc.lang, 'en');
    const message = findings.find((f) => f.rule === 'missing-section')?.message ?? '';
    assert.match(message, /“Brand and product”/u);
    // A Chinese body with a few English words is Chinese still.
    const zh = `---\ntype: competitor\n---\n# 北城面包店竞品分析\n\n## 市场背景\n\n本区有十几家面包店，大多七点前开门，价格相近，顾客以上班族为主，早上排队买 croissant 和 coffee。\n`;
    assert.equal(analyze(zh).doc.lang, 'zh');
  });

  it('names of eval67: plans with their prices, a detailed budget, direct competitors, the content mission', () => {
    headsSection('estimate', ['Planes y Precios', 'Plans and pricing', 'Presupuesto Detallado'], 'line-items');
    headsSection('competitor', ['Direct Competitors', 'Competidores directos', '直接竞品'], 'brand-and-product');
    headsSection('strategy', ['Content Mission'], 'role-of-communication');
    headsSection('strategy', ['4. Messaging Rules', 'Content Guidelines'], 'mandatories');
    headsSection('brief', ['Creative Tone Rules', 'Tone guidelines'], 'tone');
    // The brand's name where the names say `it`.
    headsSection('brief', ['🎯 Who Harbour Lights Is For', 'Who the workshop is for'], 'target-consumer');
    headsSection('brief', ['⚖️ What Makes Harbour Lights Stand Out', 'What makes us different'], 'support-points');
    // A page's buttons are components of its design: the Button is one.
    headsNone('brief', ['4.2 Buttons', 'Botones']);
    headsSection('brief', ['Button', 'Key message'], 'button');
  });

  it('plans each with its price ask no total; the page’s job to be done is the objective', () => {
    const estimate = `---\ntype: estimate\nclient: Peluquería Sol\n---\n# Propuesta: reservas en línea\n\n## Planes y Precios\n\n| Concepto | Monto |\n|---|---|\n| Plan Base (1 sillón) | $12.000 ARS/mes |\n| Plan Pro (hasta 4 sillones) | $20.000 ARS/mes |\n`;
    assert.ok(!found(estimate, 'missing-section').some((f) => / (?:total|line-items)$/u.test(f)));
    const brief = `---\ntype: brief\n---\n# Harbour Lights — Homepage Brief\n\n**Job to be done by the homepage:** turn a visitor into a booked tasting.\n\n## Audience\n\nCouples planning a weekend by the sea.\n`;
    assert.ok(!found(brief, 'missing-section').some((f) => f.endsWith(' objective')));
  });

  it('a numbered line that is the whole name of a part, over its bullets, gives the part in minutes', () => {
    const minutes = (body: string) => `---\ntype: minutes\n---\n# Sprint review, 2 December\n\n${body}\n`;
    const numbered = minutes(
      '1. Attendees\n\n* Ana, Ben, Carla\n\n2. Decisions Made\n\n* Keep the weekly release.\n* Move the demo to Friday.\n\n3. Action Items\n\n* Ana to send the notes by 2026-12-04.\n',
    );
    assert.deepEqual(found(numbered, 'missing-section'), []);
    // A numbered point of the meeting in other words is no name of a part.
    const point = minutes(
      '1. Decisions on the release\n\n* Keep it weekly.\n\n3. Action Items\n\n* Ana to send the notes by 2026-12-04.\n',
    );
    assert.deepEqual(found(point, 'missing-section'), ['3 decisions']);
    // Its lines of text right under it, with no bullets, are its items too.
    const lines = minutes(
      '1. Decisions Made\nThe release stays weekly.\nThe demo moves to Friday.\n2. Action Items\n\n* Ana to send the notes by 2026-12-04.\n',
    );
    assert.deepEqual(found(lines, 'missing-section'), []);
    // A numbered list of the parts' names alone, one under the other, gives none of them.
    const names = minutes('1. Attendees\n2. Decisions Made\n3. Action Items\n');
    assert.deepEqual(found(names, 'missing-section'), ['3 decisions', '3 next-actions']);
  });

  it('a brief saying in a sentence whom it speaks to has its target consumer', () => {
    const brief = (body: string) =>
      `---\ntype: brief\n---\n# Harbour Lights — Campaign Brief\n\n## Summary\n\n${body}\n`;
    const said = brief('Harbour Lights sells weekend stays. The target audience is couples of 30–50 from the city.');
    assert.ok(!found(said, 'missing-section').some((f) => f.endsWith(' target-consumer')));
    // Speaking of the audience is not saying who it is.
    const spoken = brief('The audience will love the sea views, and the tone stays warm.');
    assert.ok(found(spoken, 'missing-section').some((f) => f.endsWith(' target-consumer')));
  });

  it('names of eval65: votes, AIs, responsibilities taken, the focus of the week', () => {
    headsSection('minutes', ['Vote: Move the docs into the organization', 'Votes', 'Votaciones'], 'decisions');
    headsSection(
      'minutes',
      ['AIs', '4. RESPONSIBILITIES TAKEN', '⏩ What will be the focus this week?', "This week's focus"],
      'next-actions',
    );
  });
});
