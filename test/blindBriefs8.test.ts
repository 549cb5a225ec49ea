/**
 * Forms of a blind set of briefs, strategies, research and competitor reviews and estimates (eval42,
 * 2026-12-06, twenty-second session): public repositories in en/es/zh, every finding labelled by hand before
 * any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { findingsOf } from './helpers/minutes';
import { headsNone, headsSection } from './helpers/headings';
import { fieldIdForKey } from '../server/core/frontmatter';
import { matchHeading, sectionTable } from '../server/core/headings';
import { typeById } from '../server/core/catalog';

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

  it('a brief’s asset briefs and production calendar, its never-list and its core intent', () => {
    heads('brief', ['Image Generation Briefs', 'Creative production calendar'], 'deliverables');
    heads('brief', ['Never', 'Forbidden imagery (keep out of every image)', 'Nunca'], 'mandatories');
    heads('brief', ['Core intent'], 'objective');
  });

  it('a competitor review by competitor: a numbered competitor, a list of them, each one’s introduction', () => {
    heads(
      'competitor',
      ['2. 竞品一：甲品牌电动车', '一、竞品列表', '简介', 'Competitor analysis', 'Competitor 2: Acme Rides'],
      'brand-and-product',
    );
  });

  it('a Chinese plan’s phase, then what the part is about and `的` before its name', () => {
    heads('strategy', ['阶段二：在本地开茶铺的合规与法律框架', '合规'], 'mandatories');
  });

  it('an estimate’s total row still without its amount, an HTML price table, and a payment schedule', () => {
    const estimate = (body: string) =>
      `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\ncurrency: EUR\n---\n# Presupuesto\n\n${body}\n## Aprobación\n- Cliente: Rosa Vidal, 2026-11-03\n`;
    const items =
      '## Costos de desarrollo\n\n| Concepto | Horas | Importe |\n|---|---|---|\n| Web | 10 | 600 € |\n| Tienda | 4 | 240 € |\n';
    const totalRow = '| **TOTAL DESARROLLO** | | `[POR DEFINIR]` |\n';
    assert.deepEqual(findingsOf(estimate(items + totalRow), 'missing-section'), []);
    assert.deepEqual(findingsOf(estimate(items), 'missing-section'), ['8 total']);
    const html = (price: string) =>
      `<table>\n<tr><th>服务</th><th>${price}</th></tr>\n<tr><td>部署</td><td>50</td></tr>\n<tr><td>讲解</td><td>80</td></tr>\n</table>\n`;
    assert.ok(!findingsOf(estimate(html('建议零售价')), 'missing-section').includes('8 line-items'));
    assert.ok(findingsOf(estimate(html('备注')), 'missing-section').includes('8 line-items'));
    // The instalments the price is paid in are no line items.
    const schedule = (first: string) =>
      `## Plan de pagos\n\n| ${first} | Monto | Fecha |\n|---|---|---|\n| Primero | $500 USD | 2026-12-01 |\n| Segundo | $700 USD | 2026-12-15 |\n`;
    assert.ok(findingsOf(estimate(schedule('Hito')), 'missing-section').includes('8 line-items'));
    assert.ok(!findingsOf(estimate(schedule('Servicio')), 'missing-section').includes('8 line-items'));
  });

  it('a bold label with a remark in brackets, and a list item that labels the list under it', () => {
    const brief = (body: string) =>
      `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n## Look\n\n${body}`;
    const forbidden = '**Forbidden imagery (to keep out of every picture we brief):**\n- Stock smiles\n- Neon\n';
    assert.ok(!findingsOf(brief(forbidden), 'missing-section').includes('10 mandatories'));
    assert.ok(
      findingsOf(brief(forbidden.replace('Forbidden imagery', 'Loved imagery')), 'missing-section').includes(
        '10 mandatories',
      ),
    );
    const strategy = (item: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# 品牌框架\n\n## 回答\n\n${item}`;
    const label = '- 目标人群：\n\n  - 想把身体管好的上班族\n  - 爱尝鲜的学生\n';
    assert.ok(!findingsOf(strategy(label), 'missing-section').includes('7 target-consumer'));
    // An item with its value after the colon is a detail of the list it is in.
    assert.ok(
      findingsOf(strategy('- 目标人群：上班族\n- 渠道：小红书\n'), 'missing-section').includes('7 target-consumer'),
    );
  });

  it('names of a Chinese plan’s bold parts and a brief’s guiding sentence', () => {
    heads('strategy', ['定位策略'], 'brand-definition');
    heads('strategy', ['竞争态势', '竞争激烈程度与领先者打法'], 'competitive-environment');
    heads('brief', ['Guiding sentence', 'Guiding Design Sentence'], 'button');
  });

  it('the date in a byline, under another name without its accent; the currency of every amount; the display name', () => {
    const strategy = (line: string) =>
      `---\ntype: strategy\n---\n# 咖啡品牌运营计划\n\n        ${line}\n\n## 品牌定义\n文字。\n`;
    const missing = (text: string) =>
      analyze(text, 'doc.md')
        .findings.filter((f) => f.rule === 'missing-field')
        .map((f) => String(f.data?.field));
    assert.ok(!missing(strategy('编制：王小明2025.5.12')).includes('date'));
    assert.ok(!missing(strategy('编制：王小明2025年6月10日')).includes('date'));
    assert.ok(missing(strategy('编制：王小明')).includes('date'));
    assert.ok(!missing(strategy('Prepared by Ana Ruiz, 12 May 2025')).includes('date'));
    assert.ok(!missing(strategy('Elaborado por Ana Ruiz, 12 de mayo de 2025')).includes('date'));
    const review = (line: string) =>
      `---\ntype: competitor\nclient: Acme\ncompetitor: Several\n---\n# Análisis\n\n${line}\n`;
    assert.ok(!missing(review('**Fecha verificacion:** 2026-05-19')).includes('date'));
    assert.ok(missing(review('**Estado:** borrador')).includes('date'));
    const estimate = (amounts: string) =>
      `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\n---\n# Propuesta\n\n${amounts}\n`;
    assert.ok(!missing(estimate('Dominio: ARS 8.500 al año.\n\nTrabajo: USD 200 (pago único).')).includes('currency'));
    assert.ok(missing(estimate('Dominio: 8.500 pesos al año.\n\nTrabajo: USD 200 (pago único).')).includes('currency'));
    const plan = (line: string) =>
      `---\ntype: strategy\nclient: Acme\ndate: 2026-11-02\n---\n# Instagram plan\n\n${line}\n`;
    assert.ok(!missing(plan('**Display Name**: Fern Bakery')).includes('brand'));
    assert.ok(missing(plan('**Bio**: Fresh bread daily')).includes('brand'));
  });

  it('a research report’s label repeated under each campaign it proposes is no purpose of the research', () => {
    const campaign = (n: number) =>
      `### Campaign ${n}\n- **Objective**: more trials in the north\n- **Budget**: $10K over 6 weeks\n`;
    const report = (top: string) =>
      `---\ntype: research\nclient: Acme\ndate: 2026-11-02\n---\n# Onboarding review\n\n${top}## Proposed campaigns\n\n${[1, 2, 3].map(campaign).join('\n')}`;
    assert.ok(findingsOf(report(''), 'missing-section').includes('6 purpose'));
    assert.ok(!findingsOf(report('## Objective\nFind why trials stall.\n\n'), 'missing-section').includes('6 purpose'));
    // Said once, the label is the report's.
    const once = report('')
      .replace(/### Campaign [23][\s\S]*$/u, '')
      .replace('### Campaign 1', '### What we found');
    assert.ok(!findingsOf(once, 'missing-section').includes('6 purpose'));
    // A plan's objective under each of its phases is the plan's own.
    const phase = (n: number) => `### 阶段${n}\n* **核心目标**：把门店客流做起来\n* **衡量重点**：到店人数\n`;
    const plan = `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# 运营计划\n\n## 路线图\n\n${[1, 2, 3].map(phase).join('\n')}`;
    assert.ok(!findingsOf(plan, 'missing-section').includes('7 marketing-objective'));
  });

  it('in minutes, a point of the meeting labelling its list, or `X的Y`, names no section', () => {
    none('minutes', ['现阶段的工作安排']);
    heads('strategy', ['现阶段的目标受众'], 'target-consumer');
    const minutes =
      '---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-20\nissued: 2026-11-21\nattendees: Ana, Lee\ndistribution: Ana\n---\n# 第二次会议\n\n## 议程\n- 交流调研情况\n- 现阶段的工作安排：\n  - 界面设计\n  - 后端开发\n\n## 讨论结果\n- 确定了原型\n';
    assert.ok(findingsOf(minutes, 'missing-section').includes('9 next-actions'));
  });

  it('a weekly report whose heading is the week alone over numbered items has its completed work', () => {
    const report = (heading: string) =>
      `---\ntype: status\nclient: Acme\nweek: 2026-W03\nissued: 2026-01-16\n---\n# 周报\n## ${heading}\n\n1、 完成购物车页面\n2、 修好登录的问题\n`;
    assert.ok(!findingsOf(report('2026-1-12~~~2026-1-16'), 'missing-section').includes('7 completed'));
    assert.ok(!findingsOf(report('2026-01-12 ~ 2026-01-16'), 'missing-section').includes('7 completed'));
    assert.ok(findingsOf(report('杂项'), 'missing-section').includes('7 completed'));
  });

  it('a changelog whose revisions open with their day dates the document', () => {
    const missing = (text: string) =>
      analyze(text, 'doc.md')
        .findings.filter((f) => f.rule === 'missing-field')
        .map((f) => String(f.data?.field));
    const plan = (log: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\n---\n# 咖啡计划\n\n## 市场\n文字。\n\n## Changelog\n\n${log}`;
    assert.ok(!missing(plan('- 2018-11-09 整理思路\n- 2018-11-14 补充数据\n')).includes('date'));
    assert.ok(!missing(plan('**v1.2 — 2026-06-04**\n- Subtitle confirmed.\n')).includes('date'));
    assert.ok(missing(plan('- Subtitle confirmed.\n')).includes('date'));
    assert.ok(missing(plan('').replace('## Changelog', '## Notas') + '- 2018-11-09 整理思路\n').includes('date'));
  });

  it('the labels under one campaign of several describe that campaign', () => {
    const review = (heading: string) =>
      `---\ntype: competitor\nclient: Acme\ndate: 2026-11-02\ncompetitor: Rye & Co\n---\n# Search review\n\n## How to answer them\n\n### ${heading}\n**Budget:** 20% of total\n**Targets:**\n- Our own brand terms\n- Their brand terms\n`;
    assert.ok(findingsOf(review('Campaign 1: Brand defence'), 'missing-section').includes('7 target-consumer'));
    assert.ok(!findingsOf(review('Who they sell to'), 'missing-section').includes('7 target-consumer'));
  });

  it('eval44: `价格总计` is an estimate`s total; `制定日期` dates a plan and `生成时间` issues a report', () => {
    assert.equal(matchHeading(sectionTable(typeById('estimate')!), '价格总计')?.section.id, 'total');
    assert.equal(fieldIdForKey('制定日期'), 'date');
    assert.equal(fieldIdForKey('生成时间'), 'issued');
  });
});
