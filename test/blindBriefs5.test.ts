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
      ['Campaign Objectives', '一、推广目标', 'Objetivo de campaña', '8. 成功指标'],
      'marketing-objective',
    );
    heads(
      'strategy',
      ['1. Análisis de marca', 'Posicionamiento', '3. 定位与信息（Positioning & Messaging）'],
      'brand-definition',
    );
    heads('strategy', ['目标客户'], 'target-consumer');
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
});
