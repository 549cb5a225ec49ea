/**
 * Forms of a second blind set of briefs, strategies, estimates and reports (eval50, 2026-12-06, twenty-third
 * session): public repositories in en/es/zh, every finding labelled by hand before any fix. Written here in our
 * own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, missingFieldsOf } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

const missingFields = missingFieldsOf;

/** The sections missing-section reports on a text. */
const missingSections = (text: string): string[] =>
  analyze(text, 'doc.md')
    .findings.filter((f) => f.rule === 'missing-section')
    .map((f) => String(f.data?.section));

describe('a second blind set of briefs, strategies, estimates and reports (eval50)', () => {
  it('a brief’s objective of the site or of the design, its visual style, its approval process', () => {
    heads('brief', ['Objetivo del sitio', 'Objetivos del sitio web', 'Website objective', '5.2 设计目标'], 'objective');
    heads('brief', ['Estilo visual', '视觉风格', 'Design Direction: "Calm Precision"', 'Dirección de diseño'], 'tone');
    heads('brief', ['Approval Process', 'Proceso de aprobación', '审批流程'], 'sign-off');
    heads('brief', ['5.7 交付物清单'], 'deliverables');
    heads('brief', ['Accessibility Standards', 'Requisitos de accesibilidad', '无障碍规范'], 'mandatories');
  });

  it('a strategy’s parts named with a qualifier: of the market, the ideal customer, against the competition', () => {
    heads('strategy', ['Posicionamiento de mercado', 'Market positioning'], 'brand-definition');
    heads('strategy', ['ICP — Cliente ideal', 'Ideal customer profile', '2. 理想客户画像（ICP）'], 'target-consumer');
    heads(
      'strategy',
      ['Diferenciación frente a la competencia', 'Differentiation from competitors', '与竞品的差异'],
      'competitive-environment',
    );
    heads(
      'strategy',
      ['Métricas estrella Norte Café', 'North star metrics for Lumo', '4. Métricas clave por canal', 'Métricas clave'],
      'marketing-objective',
    );
    heads('strategy', ['Frases prohibidas', 'Banned phrases', '禁用语'], 'mandatories');
    heads('strategy', ['📊 当前状态', 'Current state', 'Estado actual'], 'where-are-we-now');
    heads('strategy', ['One-liner'], 'button');
  });

  it('a web page’s buttons are components of the design, not the Button', () => {
    none('brief', ['#### Primary Button', 'Ghost button', '主按钮', 'Botón secundario']);
    heads('brief', ['Button', 'The Button', '按钮', 'Botón'], 'button');
  });

  it('a label in a deck written with a double hyphen names its part', () => {
    const brief = `---\ntype: brief\n---\n# Deck brief\n\n## Pages\n\n**Slide 4 -- Target Audience**\n\nNight-shift nurses who cook in batches on Sundays.\n`;
    assert.ok(!missingSections(brief).includes('target-consumer'));
  });

  it('a strategy’s table row or column holding a part', () => {
    const doc = (table: string) => `---\ntype: strategy\n---\n# 青禾 推广方案\n\n## 品牌定位\n\n${table}\n`;
    const row = '| 项目 | 内容 |\n|---|---|\n| 品牌承诺 | 每一杯都从当天清晨的牧场送到你手里 |\n| 品牌名 | 青禾 |\n';
    assert.ok(!missingSections(doc(row)).includes('button'));
    // A short value is a detail, not the part.
    const short = '| 项目 | 内容 |\n|---|---|\n| 品牌承诺 | 新鲜 |\n';
    assert.ok(missingSections(doc(short)).includes('button'));
    const column =
      '| 信息 | 证据点（数据/图片） |\n|---|---|\n| 够新鲜 | 牧场到门店四小时 |\n| 够安心 | 每批次第三方抽检报告 |\n';
    assert.ok(!missingSections(doc(column)).includes('support-points'));
    // A column with one filled row is not enough.
    const one = '| 信息 | 证据点 |\n|---|---|\n| 够新鲜 | 牧场到门店四小时 |\n| 够安心 | |\n';
    assert.ok(missingSections(doc(one)).includes('support-points'));
    // A column of key messages, one a post, is no single Button.
    const posts = '| 日期 | 核心信息 |\n|---|---|\n| 周一 | 清晨的牧场 |\n| 周三 | 四小时送达 |\n';
    assert.ok(missingSections(doc(posts)).includes('button'));
  });

  it('an estimate’s single price is its total; labelled priced items are its line items', () => {
    const est = (body: string) =>
      `---\ntype: estimate\nclient: 青禾\njob: QH-7\ndate: 2026-11-02\ncurrency: CNY\n---\n# 报价单\n\n${body}\n`;
    const single = missingSections(est('## 报价\n\n整站交付价：¥3,600\n\n## 服务范围\n\n- 页面设计。\n- 部署上线。'));
    assert.ok(!single.includes('total'), single.join());
    // Two prices are items, not a total.
    const two = missingSections(est('## 报价\n\n设计：¥1,600\n开发：¥2,000'));
    assert.ok(two.includes('total'), two.join());
    const items = (body: string) =>
      missingSections(
        `---\ntype: estimate\nclient: Lumo\njob: LM-3\ndate: 2026-11-02\ncurrency: COP\n---\n# Propuesta\n\n## Inversión propuesta\n\n${body}\n\n## Total\n\n$5.000.000 COP\n`,
      );
    assert.ok(
      !items('- **Contenido para redes:** $2.500.000 COP.\n- **Sitio web con dominio:** $2.500.000 COP.').includes(
        'line-items',
      ),
    );
    assert.ok(
      items('- **Contenido para redes:** $2.500.000 COP.\n- Soporte mensual por acordar.').includes('line-items'),
    );
    // The instalments of the price are not its items.
    assert.ok(
      items('- **Anticipo:** $2.500.000 COP.\n- **Saldo a la entrega:** $2.500.000 COP.').includes('line-items'),
    );
  });

  it('another tool’s front matter: the amount as `value:` and the client’s acceptance as `status: accepted`', () => {
    const est = (front: string) =>
      missingSections(
        `---\ntype: estimate\nclient: lumo\n${front}---\n\n## Scope\n\n- Landing page\n\n## Terms\n\nHalf upfront.\n`,
      );
    const done = est('value: 9800\nstatus: accepted\n');
    assert.ok(!done.includes('total') && !done.includes('sign-off'), done.join());
    const draft = est('value: TBD\nstatus: draft\n');
    assert.ok(draft.includes('total') && draft.includes('sign-off'), draft.join());
  });

  it('a byline in emphasis atop a brief, with the month after a bar, dates it', () => {
    const brief = (line: string) =>
      `---\ntype: brief\n---\n# Creative brief — Lumo\n\n${line}\n\n## Objective\n\nSell.\n`;
    assert.ok(!missingFields(brief('*Ana Ruiz, Creative Director | May 2026*')).includes('date'));
    assert.ok(!missingFields(brief('_Equipo de cuentas — 12/05/2026_')).includes('date'));
    assert.ok(missingFields(brief('*Ana Ruiz, Creative Director | Lisbon*')).includes('date'));
    assert.ok(missingFields(brief('*Calm, warm | bright*')).includes('date'));
  });
});
