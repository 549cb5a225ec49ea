/**
 * Forms of a blind set of non-minutes agency writing (eval24, 2026-12-05, nineteenth session): briefs,
 * strategies, status reports and estimates of public repositories in en/es/zh, every finding of the
 * session-start build labelled by hand before any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';
import { findingsOf } from './helpers/minutes';

const heads = (type: string, headings: string[], id: string) => {
  const table = sectionTable(typeById(type)!);
  for (const h of headings) assert.equal(matchHeading(table, h)?.section.id, id, `${type}: ${h}`);
};

describe('a blind set of briefs, strategies, status reports and estimates', () => {
  it('status headings with a time qualifier or a synonym name their parts', () => {
    heads(
      'status',
      [
        'Achievements thus far',
        'Accomplishments so far',
        'The work done so far',
        '✅ 已完成的工作',
        '一、本周工作总结',
        'Progress to date',
      ],
      'completed',
    );
    heads(
      'status',
      [
        'Goals for next week',
        'Plans for next week',
        '二、下周进度展望',
        '六、后续计划',
        'Remaining work to be done',
        '⏳ 剩余步骤（需要客户确认）',
        '✅ Acciones recomendadas para esta semana',
      ],
      'next-week',
    );
  });

  it('strategy headings in the words real plans use name their parts', () => {
    heads(
      'strategy',
      [
        'Campaign Objectives',
        '一、推广目标',
        'Objetivo de campaña',
        '8. 成功指标',
        'KPIs for the spring launch campaign',
      ],
      'marketing-objective',
    );
    // A bare `Goal` or `Objetivo` is too often what the document or one tactic is for.
    assert.equal(matchHeading(sectionTable(typeById('strategy')!), 'Objetivo'), null);
    heads(
      'strategy',
      ['1. Análisis de marca', 'Posicionamiento', '3. 定位与信息（Positioning & Messaging）'],
      'brand-definition',
    );
    heads('strategy', ['目标客户'], 'target-consumer');
    heads('brief', ['Aesthetic', 'Visual style'], 'tone');
    heads('strategy', ['项目现状'], 'where-are-we-now');
    heads('strategy', ['Diferenciador defendible'], 'support-points');
  });

  it('estimate headings with emoji, bold, an amount or a grouping name their parts', () => {
    heads(
      'estimate',
      ['📊 **Total del Proyecto**', 'INVERSIÓN NORMAL: $9,500 MXN', 'Resumen de Precios', 'Price summary'],
      'total',
    );
    heads(
      'estimate',
      [
        '🧾 DESGLOSE POR CONCEPTOS',
        '💻 **DETAILED COST BREAKDOWN BY PHASE**',
        'Fees by deliverable',
        '💡 Productos/Servicios Ofrecidos',
        'Paquetes Disponibles',
      ],
      'line-items',
    );
    heads('estimate', ['✍️ **AGREEMENT**'], 'sign-off');
  });

  it('a total table whose last row is the total, in a quote writing `$1,200` for twelve hundred, adds up', () => {
    const text = `---\ntype: estimate\njob: Q-7\nclient: Jardines Sur\ndate: 2026-11-02\ncurrency: MXN\n---\n# Cotización: sitio web\n\n## Desglose de costos\n\n| Concepto | Subtotal |\n|---|---|\n| Diseño | $1,200 |\n| Desarrollo | $2,050 |\n\n## 📊 **Total del Proyecto**\n\n| Concepto | Monto |\n|---|---|\n| Fase 1 | $1,200 |\n| Fase 2 | $2,050 |\n| **TOTAL** | **$3,250** |\n\n## Aprobación\n- Cliente: Rosa Vidal, 2026-11-03\n`;
    assert.deepEqual(findingsOf(text, 'estimate-total-mismatch'), []);
    assert.deepEqual(findingsOf(text, 'missing-section'), []);
    // A wrong total is still one.
    assert.deepEqual(findingsOf(text.replace('**$3,250**', '**$3,350**'), 'estimate-total-mismatch'), ['23 total']);
  });

  it('a bold `Target:` followed by a figure is a KPI, not the target consumer', () => {
    const strategy = (body: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# Spring launch\n\n${body}`;
    const kpi = strategy('### Week 1\n**Target:** 120 newsletter sign-ups\n\n**Week 2 targets:**\n- 40 orders\n');
    assert.ok(findingsOf(kpi, 'missing-section').includes('7 target-consumer'));
    const audience = strategy('**Target:** mothers of toddlers who shop online\n');
    assert.ok(!findingsOf(audience, 'missing-section').includes('7 target-consumer'));
  });

  it('a report without section headings names its parts on lines numbered 一、 二、', () => {
    const text = `---\ntype: status\nclient: Acme\nweek: 2026-11-16\nissued: 2026-11-20\n---\n## 2026\n\n一、本周进展/完成\n\n1、完成接口联调；\n\n二、下周计划\n\n1、上线测试版本。\n\n三、进行中\n\n1、数据迁移。\n`;
    assert.deepEqual(findingsOf(text, 'missing-section'), []);
  });

  it('a status report dated in its title or a line atop it has its week and issue date', () => {
    const fields = (body: string) =>
      findingsOf(`---\ntype: status\nclient: Acme\n---\n${body}\n## Completed\n- Site live.\n`, 'missing-field').length;
    assert.equal(fields('# Weekly status\n'), 2);
    assert.equal(fields('# Weekly status as of March 3rd\n'), 0);
    assert.equal(fields('# Informe semanal · 14/09/2026\n'), 0);
    assert.equal(fields('# ⭐20260914周报⭐\n'), 0);
    assert.equal(fields('## 2026\n\n2026年9月14周报\n'), 0);
    // A period atop it gives the week, not the day it was issued.
    assert.equal(fields('# 项目进度报告\n\n> 项目周期：第3周 — 第9周\n'), 1);
    assert.equal(fields('# ⭐202609 工作总结⭐\n'), 1);
    // Two days are the period reported on, not the day the report went out.
    assert.equal(fields('2026-9-7到2026-9-13\n===\n'), 1);
    assert.equal(fields('## WEEK 37 (SEP 7 - Sep 13)\n'), 1);
    // A list item or a `Key: value` line with a date is no date of the report.
    assert.equal(fields('# Weekly status\n\n- Launch moved to 2026-10-02\n'), 2);
    // Its update time or its `**Date:**` line is its issue date.
    assert.equal(fields('# 构建进度报告\n\n**更新时间**: 2026-09-14 18:30\n\n> 第37周\n'), 0);
    assert.equal(fields('# Weekly status\n\n**Date:** 2026-09-14\n\n Week 37\n'), 0);
  });

  it('a brief dated as generated, last updated or at its very end has its date', () => {
    const date = (body: string) =>
      findingsOf(
        `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n${body}`,
        'missing-field',
      ).length;
    assert.equal(date('\nNo date here.\n'), 1);
    assert.equal(date('\n**Generated:** 2026-05-12\n'), 0);
    assert.equal(date('\n> **Last updated:** February 25, 2026\n'), 0);
    assert.equal(date(`\n${'Body line.\n\n'.repeat(60)}---\n\n*创建时间：2026-03-01*\n`), 0);
    assert.equal(date(`\n${'Body line.\n\n'.repeat(60)}---\n\n*最后更新：2026年4月*\n`), 0);
    // A blank is none.
    assert.equal(date('\n**Generated:** TBD\n'), 1);
    assert.equal(date(`\n${'Body line.\n\n'.repeat(60)}---\n\n*最后更新: [TIMESTAMP]*\n`), 1);
  });

  it('an estimate names its client by `To:`, its number in a table row and its currency in a column', () => {
    const head = '---\ntype: estimate\ndate: 2026-11-02\n---\n# Quotation\n\n';
    const items = (column: string) =>
      `## Line items\n| Item | ${column} |\n|---|---|\n| Design | 30,000.00 |\n\n## Total\n30,000.00\n`;
    assert.equal(findingsOf(`${head}${items('Price')}`, 'missing-field').length, 3); // job, client, currency
    const given = `${head}**To:** Bole Pharma\n\n| | |\n|---|---|\n| **Cotización #** | 2026-07 |\n\n${items('Price (ETB)')}`;
    assert.deepEqual(findingsOf(given, 'missing-field'), []);
  });

  it('minutes list their attendees under a plain label, and date each meeting in a heading', () => {
    const head = '---\ntype: minutes\nclient: Acme\nissued: 2026-09-01\ndistribution: Ana\n---\n';
    const body = '## Decisions\n- Go.\n\n## Next steps\n- Ana to book the room by 2026-09-10\n';
    assert.deepEqual(findingsOf(`${head}Call notes\n\n${body}`, 'missing-field').length, 2);
    assert.deepEqual(
      findingsOf(
        `${head}Call notes\nCall attendees:\nHead of Data\nData Lead\n\n#### Monday, 31 August 2026\n\n${body}`,
        'missing-field',
      ),
      [],
    );
  });
});
