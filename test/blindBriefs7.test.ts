/**
 * Forms of a blind set of briefs, strategies, status reports, estimates and competitor reviews (eval37,
 * 2026-12-06, twenty-first session): public repositories in en/es/zh, every finding labelled by hand before
 * any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findingsOf } from './helpers/minutes';
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

const BRIEF_HEAD =
  '---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n';
const STRATEGY_HEAD = '---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n';

describe('a blind set of briefs, strategies, reviews and estimates (eval37)', () => {
  it('a web or video brief names its parts in its own words', () => {
    heads('brief', ['Shot list', 'PAGE STRUCTURE', 'Concise page architecture', 'Scope'], 'deliverables');
    heads(
      'brief',
      [
        'Compliance flags',
        'Always exclude',
        'Rules for video',
        'Image Generation Guidelines',
        'Restricciones de claims',
      ],
      'mandatories',
    );
    heads('brief', ['Brand tone', 'Tone words to use', 'VISUAL DIRECTION (V2, not built yet)', 'Look'], 'tone');
    heads('brief', ['The emotional message'], 'button');
    // What to keep out of the tone is no tone but a thing to avoid, a mandatory (eval63); `Out of scope` stays the
    // mandatories.
    heads('brief', ['Tone words to avoid'], 'mandatories');
    heads('brief', ['Out of scope'], 'mandatories');
  });

  it('a strategy names its parts with a count, quotes, a time before the name or a verb that settles it', () => {
    heads(
      'strategy',
      [
        '七、两个"千万别"',
        '〇、上线前的硬性前提（第 1~2 周）',
        'Words we never use',
        'Reglas de pauta',
        'Regla de oro editorial',
      ],
      'mandatories',
    );
    heads(
      'strategy',
      ['一、产品定位', '一、先定一句话定位（每条内容都用它）', 'Estética de marca'],
      'brand-definition',
    );
    heads('strategy', ['Métrica maestra'], 'marketing-objective');
    heads('strategy', ['Mensajes de apoyo', '竞争差异点（主打卖点）'], 'support-points');
    heads('strategy', ['一、目标用户定位与分析'], 'target-consumer');
    // A section's name in brackets after the heading's own words.
    heads('strategy', ['3. Ventajas del producto (Propuesta de valor)'], 'button');
    // Brackets naming no section, and the rules of how to write (the voice's), name nothing.
    none('strategy', ['Plan de lanzamiento (Marketing)', 'Reglas de copy (tono cercano)']);
  });

  it('status, estimate and competitor headings in their writers’ words', () => {
    heads('status', ['三、七日进度明细'], 'completed');
    heads('status', ['五、下周完成标准', '📋 ACTION ITEMS'], 'next-week');
    heads('estimate', ['5.1 Costo Total'], 'total');
    heads('estimate', ['5.2 Costo Desagregado (referencial)', 'Soluciones ofrecidas'], 'line-items');
    heads('competitor', ['2. 对比矩阵', '3. 功能对比矩阵'], 'brand-and-product');
    heads('competitor', ['2.“颜值”'], 'production-quality');
    heads('competitor', ['Tone'], 'creative-concept-and-tone');
  });

  it('a competitor matrix names its dimensions in its header cells', () => {
    const review = (table: string) =>
      `---\ntype: competitor\nclient: Acme\ndate: 2026-11-02\ncompetitor: Several\n---\n# 竞品分析\n\n## 竞品一览\n\n${table}`;
    const matrix =
      '| 竞品 | 产品形态 | 核心定位 |\n|------|------|------|\n| 甲 | App | 记账工具 |\n| 乙 | 小程序 | 理财社区 |\n';
    assert.ok(!findingsOf(review(matrix), 'missing-section').includes('7 promise-and-support'));
    // A column of each site's author's role (`定位` alone) is no promise.
    const sites = '| 网站 | 作者 | 定位 |\n|---|---|---|\n| a.com | 张三 | 前端工程师 |\n';
    assert.ok(findingsOf(review(sites), 'missing-section').includes('7 promise-and-support'));
  });

  it('an estimate’s priced table under a bold label is its line items', () => {
    const estimate = (body: string) =>
      `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\ncurrency: USD\n---\n  **Estimate**\n${body}\n## Approval\n- Client: Rosa Vidal, 2026-11-03\n`;
    const priced =
      '  | Work | Hours | Cost |\n  |---|---:|---:|\n  | Home page | 10 | $600 |\n  | Contact page | 4 | $240 |\n';
    assert.deepEqual(findingsOf(estimate(priced), 'missing-section'), ['8 total']);
    // A table without prices is not the costs.
    const unpriced = '  | Work | Hours |\n  |---|---:|\n  | Home page | 10 |\n  | Contact page | 4 |\n';
    assert.deepEqual(findingsOf(estimate(unpriced), 'missing-section'), ['8 line-items', '8 total']);
  });

  it('a button stated in one bold sentence, or in one sentence under a label elsewhere, is single', () => {
    const lead = `${BRIEF_HEAD}# Brief\n\n## The value proposition\n\n**Fresh bread, baked at dawn.**\n\nPeople are tired of day-old loaves. What we offer:\n- **Early** — out of the oven by six\n- **Local** — flour from the valley\n- **Honest** — no additives\n`;
    assert.deepEqual(findingsOf(lead, 'button-not-single'), []);
    // Without the bold sentence the list is the button.
    assert.deepEqual(findingsOf(lead.replace('**Fresh bread, baked at dawn.**\n\n', ''), 'button-not-single'), [
      '12 button',
    ]);
    const strategy = (more: string) =>
      `${STRATEGY_HEAD}# Estrategia\n\n## Idea central\n\nLos datos fríos no mueven a nadie.\n\nNosotros los contamos como historias que invitan a actuar.\n\n## Sistema de mensaje\n\n${more}`;
    assert.deepEqual(
      findingsOf(strategy('Mensaje central:\nLa gente cambia cuando entiende a quién le pasa.\n'), 'button-not-single'),
      [],
    );
    assert.deepEqual(findingsOf(strategy('Ideas sueltas:\n- Historias\n'), 'button-not-single'), ['9 button']);
  });

  it('a target label holding a web address, or Targets beside KPIs, is no audience', () => {
    const plan = (target: string) =>
      `${STRATEGY_HEAD}# Search campaign plan\n\n**Date:** 2026-11-02\n**Target:** ${target}\n\n## Phase 1\n- Fix the titles.\n`;
    assert.ok(findingsOf(plan('fern-bakery.com'), 'missing-section').includes('7 target-consumer'));
    assert.ok(!findingsOf(plan('young parents in the valley'), 'missing-section').includes('7 target-consumer'));
    // `KPIs & Targets`: the figures beside the measures.
    const kpis = `${STRATEGY_HEAD}# Plan\n\n## KPIs & Targets\n- 40 leads a month\n`;
    assert.ok(findingsOf(kpis, 'missing-section').includes('7 target-consumer'));
    assert.ok(!findingsOf(kpis.replace('KPIs', 'Audience'), 'missing-section').includes('7 target-consumer'));
  });

  it('names from a blind set on the fixed build (eval39): 品牌人格, Concepto central', () => {
    heads('strategy', ['品牌人格', 'Personalidad de marca'], 'brand-definition');
    heads('brief', ['2. Concepto Central', 'Central concept'], 'button');
  });

  it('a label line in a quote under the title gives its part (`> Objective: …`)', () => {
    const quoted = `${BRIEF_HEAD}# Campaign page\n\n> Objective: more sign-ups from the campaign page.\n`;
    const plain = quoted.replace('> Objective: more sign-ups from the campaign page.\n', 'Some words.\n');
    assert.ok(!findingsOf(quoted, 'missing-section').some((f) => f.endsWith(' objective')));
    assert.ok(findingsOf(plain, 'missing-section').some((f) => f.endsWith(' objective')));
  });
});
