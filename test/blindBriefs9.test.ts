/**
 * Forms of a blind set of briefs, strategies, competitor reviews, estimates and status reports (eval47,
 * 2026-12-06, twenty-third session): public repositories in en/es/zh, every finding labelled by hand before
 * any fix. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, missingFieldsOf } from './helpers/analyze';
import { findingsOf } from './helpers/minutes';
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

const missingFields = missingFieldsOf;

describe('a blind set of briefs, strategies, reviews and reports (eval47)', () => {
  it('a heading with a word before the name: brand-new, a span of days, a figure expected, a re-done part', () => {
    heads('strategy', ['🎨 全新品牌定位策略', '品牌定位策略'], 'brand-definition');
    heads(
      'strategy',
      ['**关键指标提升预期**', '📈 **14天核心指标预期**', '📊 KPIs We Will Track', 'Success metrics we should track'],
      'marketing-objective',
    );
    heads('strategy', ['3. **目标人群重新细分**', '用户细分'], 'target-consumer');
    heads('strategy', ['2. **信任建立矩阵**'], 'support-points');
    // A number before a span of days is no numbering; one before a name still is.
    heads('strategy', ['2. 核心指标'], 'marketing-objective');
  });

  it('the situation, named as a diagnosis or a background', () => {
    heads(
      'strategy',
      ['🎯 当前问题诊断', '现状诊断', '2. El Diagnóstico (Qué no funcionó en la campaña anterior)', 'Background'],
      'where-are-we-now',
    );
    // A brief has no such part: its background names nothing.
    none('brief', ['Background']);
  });

  it('a part for social media, and a visual identity on the networks', () => {
    heads('strategy', ['🎯 Objetivos de Redes Sociales', 'Social media goals'], 'marketing-objective');
    heads('strategy', ['🎨 Identidad Visual en Redes', 'Visual identity on social media'], 'mandatories');
  });

  it('a brief’s mood words, what it must avoid, its technical specs and its lengths', () => {
    heads('brief', ['Mood keywords', '情绪关键词', 'Palabras clave de tono'], 'tone');
    heads('brief', ['Must avoid', '📱 ESPECIFICACIONES TÉCNICAS', 'Technical specs', '必须避免'], 'mandatories');
    heads('brief', ['Lengths', 'Duraciones'], 'deliverables');
    const brief = (body: string) =>
      `---\ntype: brief\nclient: Acme\nbrand: Fern\njob: AC-1\ndate: 2026-11-02\ndue: 2026-12-01\nbudget: USD 5,000\n---\n# Music brief\n\n## Spec\n\n${body}\n`;
    const labels = '- **Mood Keywords:** sunny, brave, warm\n- **Must Avoid:** glossy chart pop\n';
    const missing = findingsOf(brief(labels), 'missing-section');
    assert.ok(!missing.includes('10 tone') && !missing.includes('10 mandatories'), missing.join());
  });

  it('a media brief’s ads, its segmentation and its location as bold labels', () => {
    heads('media-brief', ['2. Los Anuncios (Creativos)', 'Ad creatives'], 'creative-formats');
    heads('media-brief', ['Segmentación', 'Audience segments'], 'target-consumer');
    heads('media-brief', ['Ubicación', 'Geo-targeting'], 'markets');
  });

  it('a competitor review’s list of competitors, its SWOT tables and the design patterns across them', () => {
    heads('competitor', ['Competidores Principales', 'Main competitors', '主要竞品'], 'brand-and-product');
    heads('competitor', ['SWOT（SaaS 与插件）', 'Análisis FODA'], 'product-appeal');
    heads('competitor', ['Design Patterns Across Competitors'], 'creative-concept-and-tone');
  });

  it('a measure beside the brand and a call-to-action button name no part', () => {
    none('strategy', ['Brand & Awareness', '品牌与知名度', 'CTA按钮', 'CTA button']);
    heads('strategy', ['Brand & voice'], 'brand-definition');
    heads('strategy', ['Button'], 'button');
  });

  it('labels that are no part: a CTA button tested, a palette colour, a network’s posting rules', () => {
    const strategy = (body: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# Growth plan\n\n## Tests\n\n${body}\n`;
    const missing = (body: string) => findingsOf(strategy(body), 'missing-section');
    assert.ok(missing('3. **CTA按钮**: 换颜色和文案\n').includes('7 button'));
    assert.ok(!missing('3. **核心信息**: 半小时出方案\n').includes('7 button'));
    assert.ok(missing('- **Apoyo:** Gris claro (#EEEEEE), Negro (#111111)\n').includes('7 support-points'));
    assert.ok(!missing('- **Apoyos:** Diez años en el barrio, recetas propias\n').includes('7 support-points'));
    const rules = '**Rules:**\n- Be useful first\n- Reply to comments\n';
    assert.ok(missing(`### Reddit Strategy (FORUMS)\n\n${rules}`).includes('7 mandatories'));
    assert.ok(!missing(rules).includes('7 mandatories'));
  });

  it('a strategy’s objective as a label atop it', () => {
    const strategy = (top: string, below = '') =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# Fase 1\n${top}\n\n## Plan\n\nTexto.\n${below}`;
    assert.ok(
      !findingsOf(strategy('**Objetivo:** Ganar confianza antes de vender.'), 'missing-section').includes(
        '7 marketing-objective',
      ),
    );
    assert.ok(findingsOf(strategy('**Cliente:** Acme'), 'missing-section').includes('7 marketing-objective'));
    // Far down, under a part of its own, it is that part's goal.
    const far = `${'\nTexto largo del plan, con detalle.\n'.repeat(30)}\n**Objetivo:** Ganar confianza.\n`;
    assert.ok(findingsOf(strategy('', far), 'missing-section').includes('7 marketing-objective'));
  });

  it('a list item whose label is a whole name of a part, once', () => {
    const strategy = (body: string) =>
      `---\ntype: strategy\nclient: Acme\nbrand: Fern\ndate: 2026-11-02\n---\n# 账号运营方案\n\n## 账号定位\n\n${body}\n`;
    const missing = (body: string) => findingsOf(strategy(body), 'missing-section');
    assert.ok(!missing('- 价值承诺：把难懂的方法写成能照做的清单。\n- 人设：爱折腾的工程师\n').includes('7 button'));
    // Each post's own label, written again and again, is no part of the plan.
    assert.ok(
      missing(
        '- 价值承诺：第一条视频讲清楚能做什么事\n\n文字。\n\n- 价值承诺：第二条视频讲清楚怎么复盘结果\n',
      ).includes('7 button'),
    );
    // A short value is a detail of the list it is in.
    assert.ok(missing('- 价值承诺：省时间\n- 渠道：小红书\n').includes('7 button'));
  });

  it('a comparison table’s column of user counts is no target consumer', () => {
    const review = (users: string) =>
      `---\ntype: competitor\nclient: Acme\ndate: 2026-11-02\ncompetitor: Several\n---\n# Review\n\n| App | Users | Price |\n|---|---|---|\n| Alpha | ${users} | $3 |\n| Beta | Unknown | $5 |\n`;
    assert.ok(findingsOf(review('300K+ users'), 'missing-section').includes('7 target-consumer'));
    assert.ok(!findingsOf(review('Waiters and bar staff'), 'missing-section').includes('7 target-consumer'));
  });

  it('the client as the company line atop the body (not an estimate’s)', () => {
    const doc = (type: string, line: string) => `---\ntype: ${type}\n---\n# Plan\n\n**Versión:** 2\n${line}\n`;
    assert.ok(!missingFields(doc('strategy', '**Empresa:** Casa Norte - Cocina de autor')).includes('client'));
    assert.ok(!missingFields(doc('strategy', '**Company:** Brightline Ltd')).includes('client'));
    assert.ok(!missingFields(doc('brief', '公司：青禾乳业')).includes('client'));
    assert.ok(missingFields(doc('strategy', '**Empresa:** [Tu empresa]')).includes('client'));
    assert.ok(missingFields(doc('estimate', '**Empresa:** Estudio Faro')).includes('client'));
    // Named only in the title, beside what the document is: a strategy's is its client, an estimate's may be the agency.
    assert.ok(!missingFields('---\ntype: strategy\n---\n# Casa Norte – plan de redes\n\nTexto.\n').includes('client'));
    assert.ok(missingFields('---\ntype: estimate\n---\n# Casa Norte – presupuesto web\n\nTexto.\n').includes('client'));
  });

  it('a client heading over another template’s bracketed blank is still to fill in', () => {
    const brief = (value: string) =>
      `---\ntype: brief\n---\n# Brief creativo\n\n### **Cliente:**\n${value}\n\n### **Presupuesto:**\n$900 MXN\n`;
    const client = (value: string) =>
      analyze(brief(value), 'doc.md').findings.filter((f) => f.rule === 'missing-field' && f.data?.field === 'client');
    assert.equal(client('[Nombre de tu empresa]').length, 1);
    assert.equal(client('[Your company name]').length, 1);
    assert.equal(client('Panadería Sol').length, 0);
  });

  it('the brand as the client’s own: said in brackets, or the campaign in the subject named for it', () => {
    const brief = (lines: string) => `---\ntype: brief\n---\n# Brief\n\n${lines}\n`;
    assert.ok(!missingFields(brief('- **Client:** Nightjar (Candle Brand)')).includes('brand'));
    assert.ok(!missingFields(brief('- **Cliente:** Alma (marca de café)')).includes('brand'));
    assert.ok(missingFields(brief('- **Client:** Nightjar Holdings')).includes('brand'));
    const mail = (subject: string) =>
      brief(`\`\`\`\nFrom: Rita\nSubject: ${subject}\n\`\`\`\n\n- **Client:** Nordwind Germany`);
    assert.ok(!missingFields(mail('Nordwind Winter Campaign 2026')).includes('brand'));
    assert.ok(missingFields(mail('Music for the winter film')).includes('brand'));
  });

  it('a competitor review naming its competitors in headings, under a heading over them, or in a table', () => {
    const review = (body: string) =>
      `---\ntype: competitor\nclient: Acme\ndate: 2026-11-02\n---\n# Review\n\n${body}\n`;
    assert.ok(
      !missingFields(review('## Agencia 1: Faro Creativo\n\nTexto.\n\n## Agencia 2: Norte\n')).includes('competitor'),
    );
    assert.ok(
      !missingFields(
        review('### Competidores principales\n\n#### Quill.io (USA)\nx\n\n#### Inkwell (UK)\ny\n'),
      ).includes('competitor'),
    );
    assert.ok(
      !missingFields(review('### 独立 SaaS 竞品\n\n- Snapfoto（在线证件照）\n- Cutout.pro（抠图）\n')).includes(
        'competitor',
      ),
    );
    assert.ok(
      !missingFields(review('| App | Rating |\n|---|---|\n| **Tallyo** | 4.1 |\n| **Stackr** | 3.9 |\n')).includes(
        'competitor',
      ),
    );
    assert.ok(missingFields(review('## Mercado\n\nTexto.\n')).includes('competitor'));
  });

  it('a report’s delivery date atop it, its ISO week in the title, and a brief’s final approval', () => {
    const report = (top: string) =>
      `---\ntype: status\nclient: Acme\n---\n# Informe de optimización\n\n${top}\n\n## En curso\n- Web.\n`;
    const fields = missingFields(report('**Fecha de Entrega:** 14 de Noviembre de 2026'));
    assert.ok(!fields.includes('issued') && !fields.includes('week'), fields.join());
    assert.ok(missingFields(report('**Proyecto:** Web')).includes('issued'));
    const week = missingFields('---\ntype: status\nclient: Acme\n---\n# 本周作战卡（2026W7）\n\n## 进行中\n- 视频。\n');
    assert.ok(!week.includes('week'), week.join());
    const brief = (line: string) =>
      `---\ntype: brief\nclient: Acme\n---\n# Brief\n\n## Timeline\n- **Kick-off:** June 2\n${line}\n`;
    assert.ok(!missingFields(brief('- **Final Approval:** June 30')).includes('due'));
    assert.ok(missingFields(brief('- **Final Approval:** with the CMO')).includes('due'));
  });
});
