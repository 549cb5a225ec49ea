/**
 * Forms of a blind set of briefs, strategies, status reports, estimates and competitor reviews (eval31,
 * 2026-12-05, twentieth session): public repositories in en/es/zh, every finding labelled by hand before
 * any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findingsOf } from './helpers/minutes';
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

describe('a blind set of briefs, strategies, reviews and estimates (eval31)', () => {
  it('brief headings in a web brief’s own words name their parts', () => {
    heads('brief', ['Success criteria', 'App Goals'], 'objective');
    // Metrics to reach and a page's call-to-action button are no objective.
    none('brief', ['Success Metrics', 'Primary CTA', 'Success / CTA']);
    none('strategy', ['Metrics']);
    heads('brief', ['The one-line thesis', 'Core promise', 'Primary Message'], 'button');
    heads('brief', ['What makes it distinct', 'What sets us apart'], 'support-points');
    heads('brief', ['Desired feeling', 'Design Preferences'], 'tone');
    heads(
      'brief',
      [
        'Sections the landing page must include',
        'Non-goals for the first release',
        'Visual rules — agreed so far',
        'Required Features',
      ],
      'mandatories',
    );
    heads(
      'brief',
      [
        'Site structure — draft',
        'Required Pages',
        'Content Pieces Needed',
        'Estructura preliminar del sitio y su enfoque',
      ],
      'deliverables',
    );
  });

  it('strategy headings with a qualifier, a second part or a purpose after the name', () => {
    heads('strategy', ['Brand Position', 'Brand Purpose', 'Brand Personality & Voice'], 'brand-definition');
    heads('strategy', ['Business Outcome', 'Metrics to Track', '关键指标与目标'], 'marketing-objective');
    heads('strategy', ['Target Personas'], 'target-consumer');
    heads('strategy', ['Key Messages to Highlight', '核心价值主张'], 'button');
    heads('strategy', ['差异化竞争策略'], 'support-points');
    heads('strategy', ['品牌使命与愿景'], 'where-are-we-going');
    heads('strategy', ['品牌视觉识别'], 'mandatories');
    // A name's other number followed by another thing is a topic, not the section.
    none('brief', ['Buttons and banners']);
  });

  it('competitor, research, estimate, status and presentation headings in their writers’ words', () => {
    heads('competitor', ['How Competitors Position Themselves'], 'promise-and-support');
    heads('competitor', ['Messaging Comparison', '设计风格'], 'creative-concept-and-tone');
    heads('competitor', ['Content Frequency Comparison', 'Competitive Content Analysis', 'SEO 策略'], 'media');
    heads('competitor', ['竞品矩阵', '基本信息', '品牌特征'], 'brand-and-product');
    heads('research', ['The Assignment'], 'purpose');
    heads('research', ['综合评估'], 'findings');
    heads('research', ['改进建议（先做小的）'], 'recommended-actions');
    heads('estimate', ['Tasks & Timeline', 'Costo de Desarrollo (pago único)', 'Opciones / Paquetes'], 'line-items');
    heads('status', ['Actividades realizadas'], 'completed');
    heads('status', ['Acciones pendientes o planificadas'], 'next-week');
    heads('proposal', ['Objetivo de la demo'], 'objective');
  });

  it('a brief giving one section in two headings of its own words has no duplicate; a web form keeps its order', () => {
    const brief = `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n## Website Goals\nMore bookings.\n\n## Required Pages\n- Home\n\n## Required Features\n- Booking form\n\n## Design Preferences\nCalm and modern.\n\n## Non-goals for version one\n- No shop.\n\n## Visual rules\n- Two colours.\n`;
    assert.deepEqual(findingsOf(brief, 'duplicate-section'), []);
    assert.deepEqual(findingsOf(brief, 'section-order'), []);
    // The same words twice are still one section written twice.
    assert.deepEqual(findingsOf(`${brief}\n## Visual rules\n- Serif type.\n`, 'duplicate-section'), ['30 mandatories']);
    // Status reports keep one heading per section; a summary and a detail version told apart in brackets are two.
    const status = `---\ntype: status\nclient: Acme\nweek: 2026-11-16\nissued: 2026-11-20\n---\n# 周报\n\n## 本周进展（概要）\n- 上线\n\n## 本周进展（明细）\n- 上线测试\n`;
    assert.deepEqual(findingsOf(status, 'duplicate-section'), []);
    assert.deepEqual(findingsOf(status.replace('（明细）', '（概要）'), 'duplicate-section'), ['12 completed']);
  });

  it('a short brief written as label lines, and bold labels in a plan, give their sections', () => {
    const head =
      '---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Teaser video idea\n\n';
    const labels = `${head}Who it speaks to: parents of toddlers.\n\nTarget viewer: a parent short of time.\n\nTone: warm, quick, a little funny.\n\nWhat the viewer should understand: the app plans the week's meals.\n\nCall to action: Try the free week.\n\nWhat we want to avoid: guilt, diet talk.\n\nSupporting messages:\n- Ten-minute recipes\n\nDeliverables: one 30-second cut.\n\nApprovals: Ana Ruiz, 2026-11-03\n`;
    assert.deepEqual(findingsOf(labels, 'missing-section'), []);
    // A detail in a list (an image's specs) names no part of the brief.
    assert.deepEqual(
      findingsOf(`${head}## Images\n- Format: png\n- Style: flat, bright\n`, 'missing-section').includes('10 tone'),
      true,
    );
    const strategy = `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# Plan\n\n**The big idea: less is more.**\n\n## Voice\n**Do:**\n- Speak plainly\n\n**Don't:**\n- Shout\n\n**Primary objective:** 40 pre-orders by March.\n\n**Tone by channel:** see the voice guide.\n`;
    const missing = findingsOf(strategy, 'missing-section');
    assert.ok(!missing.includes('7 button'), missing.join());
    assert.ok(!missing.includes('7 mandatories'), missing.join());
    // `**Do:**` alone is no list of mandatories.
    assert.ok(findingsOf(strategy.replace("**Don't:**\n- Shout\n", ''), 'missing-section').includes('7 mandatories'));
  });

  it('a media plan labels its audiences and formats on lines of their own', () => {
    const plan = `---\ntype: media-brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\nbudget: USD 5,000\n---\n# Media plan\n\n## Instagram\nMessaging by audience:\n- Students → cheap and close\n\nFormats:\n• Reels • Stories\n`;
    const missing = findingsOf(plan, 'missing-section');
    assert.ok(!missing.includes('9 target-consumer'), missing.join());
    assert.ok(!missing.includes('9 creative-formats'), missing.join());
  });

  it('in an English document a one-word Spanish name that is also an English word or brand names nothing', () => {
    const plan = (h: string) =>
      `---\ntype: media-brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\nbudget: USD 5,000\n---\n# Paid social plan\n\n## ${h}\nThe carousel runs for two weeks and the reels run with it, for the students of the town and their parents.\n`;
    assert.ok(findingsOf(plan('Meta (Instagram + Facebook)'), 'missing-section').includes('9 objective'));
    // In a Spanish document it is the objective.
    const es = plan('Meta').replace(
      /The carousel.*\n/u,
      'La campaña es para los estudiantes de la ciudad y de la zona, con una pieza por semana para el mes de mayo.\n',
    );
    assert.ok(!findingsOf(es, 'missing-section').includes('9 objective'));
  });

  it('a competitor review written competitor by competitor covers the dimensions its rows and bold bullets name', () => {
    const head =
      '---\ntype: competitor\nclient: Acme\ndate: 2026-11-02\ncompetitor: Several\n---\n# Bakeries nearby\n\n';
    const byRows = `${head}## 1. Crumb & Co\n\n| 维度 | 描述 |\n|---|---|\n| **产品功能** | 面包、咖啡 |\n| **产品优势** | 位置好 |\n| **UI风格** | 暖色照片 |\n| **目标用户** | 上班族 |\n| **承诺** | 当天现烤 |\n| **制作质量** | 一般 |\n| **渠道** | 小红书 |\n`;
    assert.deepEqual(findingsOf(byRows, 'missing-section'), []);
    const byBullets = `${head}## Rolling Pin\n\n| Attribute | Details |\n|---|---|\n| **Services** | Cakes, catering |\n\n| Strengths | Weaknesses |\n|---|---|\n| Fast delivery | Few photos |\n\n- **Trust Signals:** reviews on the home page\n- **Design Quality:** a dated template\n- **Local SEO:** one page per suburb\n- **Audience:** office lunches\n- **Creative concept:** grandma's kitchen\n`;
    assert.deepEqual(findingsOf(byBullets, 'missing-section'), []);
    // Rows naming no dimension leave them missing.
    const other = `${head}## Rolling Pin\n\n| Attribute | Details |\n|---|---|\n| **Phone** | 555 0101 |\n`;
    assert.equal(findingsOf(other, 'missing-section').length, 7);
    // Rows of a table count in a competitor review only: a brief's table rows are not its sections.
    const brief = `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n| Tone | Calm |\n|---|---|\n`;
    assert.ok(findingsOf(brief, 'missing-section').includes('10 tone'));
  });

  it('fields given under other names, in a quote, a heading or on every amount', () => {
    const missing = (text: string) => findingsOf(text, 'missing-field').length;
    // A review dated as analysed or researched, in bold or in a quote.
    const review = (body: string) =>
      `---\ntype: competitor\nclient: Acme\ncompetitor: Crumb\n---\n# 竞品分析\n\n${body}\n## 品牌与产品\n- 面包\n`;
    assert.equal(missing(review('')), 1);
    assert.equal(missing(review('**分析日期:** 2026-03-02\n')), 0);
    assert.equal(missing(review('> 调研日期：2026年3月2日\n')), 0);
    // A heading that opens with the month alone dates it; a heading about something else that happens to hold a month does not.
    assert.equal(missing(review('# 2026年3月 / 市场：华东\n')), 0);
    assert.equal(missing(review('## 2026年3月的新品发布回顾\n')), 1);
    // The product's or business's name is the brand.
    const brief = (body: string) =>
      `---\ntype: brief\nclient: Acme\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Brief\n\n${body}`;
    assert.equal(missing(brief('')), 1);
    assert.equal(missing(brief('Product name: Fern Planner\n')), 0);
    assert.equal(missing(brief('- Business Name: Fern Gardens\n')), 0);
    // A status report's week as `**Semanas:**` or a snake-case line.
    const status = (body: string) =>
      `---\ntype: status\nclient: Acme\nissued: 2026-11-20\n---\n# Informe\n\n${body}\n## Completado\n- Sitio.\n`;
    assert.equal(missing(status('')), 1);
    assert.equal(missing(status('**Semanas:** 3 y 4 de 12\n')), 0);
    assert.equal(missing(status('week_of: 2026-11-16\n')), 0);
    // The budget in a heading with its currency; a heading on the budget without an amount gives none.
    const plan = (h: string) =>
      `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\n---\n# Plan\n\n## ${h}\n- Ads\n`;
    assert.equal(missing(plan('Budget split ($400 AUD)')), 0);
    assert.equal(missing(plan('Budget split')), 1);
  });

  it('an estimate writing the dollar sign in its rows and the code on its totals has its currency', () => {
    const estimate = (rows: string) =>
      `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\n---\n# Cotización\n\n## Desglose\n\n| Concepto | Monto |\n|---|---|\n${rows}\n## Aprobación\n- Cliente: Rosa Vidal, 2026-11-03\n`;
    const currency = (rows: string) => findingsOf(estimate(rows), 'missing-field').length;
    assert.equal(currency('| Diseño | $300 |\n| Desarrollo | $500 |\n| **TOTAL** | **$800 USD** |\n'), 0);
    assert.equal(currency('| Plan mensual | $ 12, 000 MXN |\n| Plan anual | $ 100, 000 MXN |\n| Extra | $500 |\n'), 0);
    // Two codes named as often are two currencies: which one is unsaid.
    assert.equal(currency('| Diseño | $300 USD |\n| Desarrollo | $500 MXN |\n| Extra | $80 |\n'), 1);
  });

  it('an estimate of priced options needs no sum of them; a status report by workstream has its jobs and its done work', () => {
    const estimate = (h: string, body: string) =>
      `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\ncurrency: MXN\n---\n# Cotización\n\n## ${h}\n${body}\n## Aprobación\n- Cliente: Rosa Vidal, 2026-11-03\n`;
    const options =
      '1. **Plan básico**: *3 pagos de $ 15, 000 MXN*.\n2. **Plan completo**: *pago único $ 40, 000 MXN*.\n';
    assert.deepEqual(findingsOf(estimate('Planes / Paquetes', options), 'missing-section'), []);
    // Line items that are no options still need their total.
    assert.deepEqual(
      findingsOf(estimate('Desglose', '- Diseño $ 15, 000 MXN\n- Desarrollo $ 40, 000 MXN\n'), 'missing-section'),
      ['8 total'],
    );
    const status = (body: string) =>
      `---\ntype: status\nclient: Acme\nweek: 2026-11-16\nissued: 2026-11-20\n---\n# Weekly status\n\n## Next week\n- Interviews\n\n${body}`;
    const byStream = '## Stream: Setup\n\nstage: In Progress\n\n- [x] Shared drive ready\n- [ ] Kick-off deck\n';
    assert.deepEqual(findingsOf(status(byStream), 'missing-section'), []);
    // A stream not started, with no task ticked, has neither.
    assert.deepEqual(
      findingsOf(status('## Stream: Setup\n\nstage: Not Started\n\n- [ ] Kick-off deck\n'), 'missing-section'),
      ['7 jobs-in-progress', '7 completed'],
    );
  });

  it('checks of other blind sets stay: sub-headings of one section, code blocks, an agenda’s tasks', () => {
    // Parts of one section under its heading are not the section twice.
    const quote = `---\ntype: estimate\njob: Q-1\nclient: Acme\ndate: 2026-11-02\ncurrency: USD\n---\n# Quote\n\n## Services quoted\n\n### Primary service - gutters\n| Item | Amount |\n|---|---|\n| Clean | $200 |\n\n### Additional services\n| Item | Amount |\n|---|---|\n| Windows | $90 |\n\n## Total\n$290\n\n## Acceptance\n- Client: Rosa Vidal, 2026-11-03\n`;
    assert.deepEqual(findingsOf(quote, 'duplicate-section'), []);
    // A YAML block's keys are data, not the strategy's parts.
    const strategy = `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# 推广方案\n\n## 渠道\n\n\`\`\`yaml\n差异化:\n  - 知乎: 长文\n视觉识别:\n  - 头像: 统一\n\`\`\`\n`;
    const missing = findingsOf(strategy, 'missing-section');
    assert.ok(missing.includes('7 support-points') && missing.includes('7 mandatories'), missing.join());
    // Minutes keep their strict headings: `Agenda / Tasks` is the agenda, `Tasks and hours logged` no next actions.
    heads('minutes', ['Decisions / Action items'], 'decisions');
    none('minutes', ['Agenda / Tasks', 'Tareas asignadas y horas imputadas']);
  });
});
