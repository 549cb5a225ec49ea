/**
 * Forms of a blind set of briefs, strategies, research and competitor reviews and estimates (eval42,
 * 2026-12-06, twenty-second session): public repositories in en/es/zh, every finding labelled by hand before
 * any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findingsOf } from './helpers/minutes';
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

describe('a blind set of briefs, strategies, reviews and estimates (eval42)', () => {
  it('an accepted name with qualifiers before it, or the part analysed, names its section', () => {
    heads('research', ['🧭 COMPREHENSIVE AUDIT FINDINGS', 'Audit findings'], 'findings');
    heads('research', ['⚡ IMMEDIATE ACTION PRIORITIES', 'Priority actions'], 'recommended-actions');
    heads('strategy', ['1. Competitive Landscape Analysis'], 'competitive-environment');
    heads('competitor', ['Análisis de positioning', 'Analisis de positioning'], 'promise-and-support');
    // `Key metrics to track`: both `Key metrics` and `Metrics to track` are names; `Success metrics for year 1`:
    // the year they are for; `Measurement & KPIs`: the measures.
    heads(
      'strategy',
      ['Key Metrics to Track', 'Success Metrics for Year 1:', '8. Measurement & KPIs', 'KPIs for 2027'],
      'marketing-objective',
    );
    // `Metrics` alone (a proof line's label) and the kinds of metrics name nothing.
    none('strategy', ['Metrics', 'Engagement metrics']);
  });

  it('an estimate’s parts with a qualifier, an option, a remark in brackets or a second word', () => {
    heads('estimate', ['DESGLOSE DETALLADO POR OPCIÓN', 'Desglose por opciones'], 'line-items');
    heads('estimate', ['3.1 Costos de Desarrollo e Implementación (Inversión Inicial)'], 'line-items');
    heads('estimate', ['4. Resumen de Inversión', 'Resumen de la inversión'], 'total');
    heads('estimate', ['7. Validez y Aceptación'], 'sign-off');
    // A first investment in brackets alone is no total.
    none('estimate', ['Inversión inicial']);
  });

  it('a Chinese heading with a verb before the name or a span of time, and a subtitle after a colon', () => {
    heads('strategy', ['**定义目标受众：茶馆里的老茶客**', '锁定目标用户'], 'target-consumer');
    heads('strategy', ['长期愿景：做社区里最被信任的茶铺（一年以上）'], 'where-are-we-going');
    // A Latin word inside a Chinese phrase splits it into no names: `保护FernTea品牌` is about the trademark.
    none('strategy', ['知识产权：保护FernTea品牌']);
    heads('strategy', ['按钮Button', '按钮 Button'], 'button');
  });

  it('a heading that is one share of a whole (a content pillar with its percentage) is no section', () => {
    none('strategy', ['2. Brand Personality (25%)', '品牌故事（30%）']);
    heads('strategy', ['Brand personality'], 'brand-definition');
    const strategy = (pillar: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# Instagram plan\n\n## Content pillars\n\n### ${pillar}\n- Behind the counter, the team laughing.\n`;
    assert.ok(findingsOf(strategy('Brand personality (25%)'), 'missing-section').includes('7 brand-definition'));
    assert.ok(!findingsOf(strategy('Brand personality'), 'missing-section').includes('7 brand-definition'));
  });
});
