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

describe('the third blind sets of agency documents and minutes (eval53–eval55)', () => {
  it('a known name with a word that only ranks or places it: Principal, General, of the campaign, to track', () => {
    heads('brief', ['Propuesta de valor principal', 'Mensaje clave principal', 'Idea central general'], 'button');
    heads('strategy', ['Propuesta de Valor Principal'], 'button');
    heads(
      'brief',
      ['Requisitos de la campaña', 'Restricciones del proyecto', 'Consideraciones técnicas'],
      'mandatories',
    );
    heads(
      'strategy',
      ['MÉTRICAS A SEGUIR', 'Métricas a trackear', 'KPIs a medir', '📈 预期效果'],
      'marketing-objective',
    );
    // A typographic apostrophe is the apostrophe.
    heads('brief', ['What’s the one thing we want to say'], 'button');
  });

  it('a brief’s one-line brief, its brand as a person, its product’s attributes and purpose', () => {
    heads('brief', ['04. One Line Brief', 'One-line brief', 'The single design principle'], 'button');
    heads('brief', ['03. Personificación - la marca como persona', 'Brand personification'], 'tone');
    heads('brief', ['Atributos clave', 'Key attributes', 'Product attributes'], 'support-points');
    heads('brief', ['Product Purpose', 'Website purpose'], 'objective');
    // Notes and a problem statement name no part.
    none('brief', ['Notas importantes', 'The problem']);
  });

  it('a status report’s done work under a question, an estimate’s projected total and its packages compared', () => {
    heads('status', ['What’s been completed', 'What has been completed'], 'completed');
    heads('estimate', ['Projected total', 'Total estimado'], 'total');
    heads('estimate', ['两档套餐对比', '套餐比较'], 'line-items');
    const quote = `---\ntype: estimate\njob: Q-7\nclient: Acme\ndate: 2026-11-02\ncurrency: USD\n---\n# Quote\n\n## Estimated hours and cost\n- **Design:** 10 h\n- **Build:** 20 h\n- **Projected total:** $2,400 – $3,000\n\n## Acceptance\n- Client: Rosa Vidal, 2026-11-03\n`;
    assert.ok(!missingSections(quote).includes('total'), missingSections(quote).join());
  });

  it('a brief’s site map beside its deliverables is one part of them, not the deliverables twice', () => {
    const brief = `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n## Deliverables\n- A five-page site\n\n## Navigation\nTop bar and footer.\n\n## Site Map\n| Page | Owner |\n|---|---|\n| Home | Ana |\n`;
    assert.deepEqual(
      analyze(brief, 'doc.md').findings.filter((f) => f.rule === 'duplicate-section'),
      [],
    );
    // The same words twice are still the section written twice.
    const twice = `${brief}\n## Deliverables\n- Two banners\n`;
    assert.equal(analyze(twice, 'doc.md').findings.filter((f) => f.rule === 'duplicate-section').length, 1);
  });

  it('a brief’s button stated by the bold sentence opening its paragraph is single', () => {
    const brief = `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n## Key message\n\n**Ask before acting.** The device never calls anyone alone. It asks the wearer first, and waits. That pause is the product.\n`;
    assert.deepEqual(
      analyze(brief, 'doc.md').findings.filter((f) => f.rule === 'button-not-single'),
      [],
    );
  });

  it('a strategy’s goals on one social network, and its plain objective line atop the body', () => {
    heads(
      'strategy',
      ['Objetivo de Instagram', 'Objetivos en TikTok', 'LinkedIn goals', 'Goals for Instagram'],
      'marketing-objective',
    );
    const strategy = `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# 推广手册\n\n> 目标：零预算拿下前 500 个付费用户。\n\n## 渠道\n- 小红书\n`;
    assert.ok(!missingSections(strategy).includes('marketing-objective'), missingSections(strategy).join());
    // Further down, a line of one channel's plan is no objective of the strategy.
    const later =
      strategy.replace('> 目标：零预算拿下前 500 个付费用户。\n\n', '') +
      `${'- 其他渠道说明\n'.repeat(80)}\n目标：每周发三篇。\n`;
    assert.ok(missingSections(later).includes('marketing-objective'), missingSections(later).join());
  });

  it('minutes: formal numerals, a numbered item before the name, a name alone over its list, a misspelt label', () => {
    heads('minutes', ['伍、主席結論', '貳、會議結論'], 'decisions');
    heads(
      'minutes',
      ['Item 3: Sprint Plan', 'Work to do', 'Commitment and Sprint Backlog', 'Pendientes al cierre de la sesión'],
      'next-actions',
    );
    heads('minutes', ['CONCLUCIONES'], 'decisions');
    const head = '---\ntype: minutes\n---\n# 會議記錄\n\n## 第一次會議\n\n';
    const notes = `${head}- 討論內容\n  - 介面改版\n\n- 會議結論\n  - 保留舊版首頁\n`;
    assert.ok(!missingSections(notes).includes('decisions'), missingSections(notes).join());
    // A point of the meeting in other words is no label of the part.
    const other = `${head}- 討論內容\n  - 介面改版\n\n- 首頁討論\n  - 保留舊版首頁\n`;
    assert.ok(missingSections(other).includes('decisions'), missingSections(other).join());
  });
});
