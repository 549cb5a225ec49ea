/**
 * Forms of the real briefs, strategies, media briefs and agendas labelled in eval88 (2026-12-08), written here in
 * our own words, in the same forms: section names not read before (`## 📅 整体时间线`, `## Ad Copy: Conversion-Focused`,
 * `### 3. **Messaging Library**`, `## 🚫 避免的坑`, `## Objetivo del Flyer`, `## Archivos a Entregar`).
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

type Lang = 'en' | 'zh' | 'es';
const rules = (text: string, rule: string, lang: Lang = 'en') =>
  analyze(text, 'doc.md', lang).findings.filter((f) => f.rule === rule);
const missing = (text: string, lang: Lang = 'en') =>
  rules(text, 'missing-section', lang).map((f) => f.data.section as string);
const doc = (type: string, title: string, ...parts: [string, string][]) =>
  [
    '---',
    `type: ${type}`,
    '---',
    `# ${title}`,
    '',
    ...parts.flatMap(([heading, body]) => [`## ${heading}`, '', body, '']),
  ].join('\n');

describe('eval88: section names of real briefs and plans', () => {
  it('a Chinese media plan: `整体时间线` is its timing, `整体预期成果` its objective, `广告创意` its formats', () => {
    const text = doc(
      'media-brief',
      '茶饮新店两周推广方案',
      ['📅 整体时间线', '| 天数 | 任务 |\n|---|---|\n| 第1天 | 上线门店页 |\n| 第2天 | 投放短视频 |'],
      ['目标人群', '- 写字楼白领，25-35岁'],
      ['投放区域', '- 杭州、苏州'],
      ['广告创意', '- 15秒门店短视频\n- 朋友圈九宫格图片'],
      ['🎉 整体预期成果', '### 📈 14天核心指标预期\n\n- 到店新客 3000 人'],
    );
    assert.deepEqual(missing(text, 'zh'), []);
  });

  it('`## Ad Copy: Conversion-Focused` over the ads gives a media brief its creative formats', () => {
    const text = doc(
      'media-brief',
      'Search ads for the tide-table app',
      ['Objective', 'Turn free users into paying ones.'],
      ['Target consumer', 'Weekend sailors who already use the free tables.'],
      ['Markets', 'UK coastal counties.'],
      ['Timing', 'From 2027-03-01 to 2027-05-31.'],
      ['Ad Copy: Conversion-Focused', '### Ad 1\n\nHeadline: Know the tide before you leave.'],
    );
    assert.deepEqual(missing(text), []);
  });

  it('a strategy’s `### 3. **Messaging Library**` or `### 7. Core Communications Pillars` is its button', () => {
    for (const heading of ['3. **Messaging Library**', '7. Core Communications Pillars']) {
      const text = doc('strategy', 'Trail trust communications', [heading, '- Land kept open for everyone.']);
      assert.ok(!missing(text).includes('button'), heading);
    }
  });

  it('a Chinese strategy’s `## 🚫 避免的坑` is its mandatories', () => {
    const text = doc('strategy', '开源工具推广策略', ['🚫 避免的坑', '- 不要刷星\n- 不要在无关帖子里打广告']);
    assert.ok(!missing(text, 'zh').includes('mandatories'));
  });

  it('a Spanish brief’s `## 🎯 Objetivo del Flyer` is its objective, `## 📎 Archivos a Entregar` its deliverables', () => {
    const text = doc(
      'brief',
      'Brief del volante de la feria',
      ['🎯 Objetivo del Flyer', 'Llevar visitantes al puesto 14 de la feria.'],
      ['📎 Archivos a Entregar', '- PDF para imprenta\n- PNG para redes'],
    );
    const found = missing(text, 'es');
    assert.ok(!found.includes('objective'), found.join());
    assert.ok(!found.includes('deliverables'), found.join());
  });

  it('an agenda’s `## Objetivo del cliente` is no purpose (only the piece of a brief or plan is read so)', () => {
    const text = doc(
      'agenda',
      'Reunión de arranque',
      ['Objetivo del cliente', 'Vender más en verano.'],
      ['Temas', '1. Calendario'],
    );
    assert.ok(missing(text, 'es').includes('purpose'));
  });
});

describe('eval88: an agenda that keeps its minutes below', () => {
  const agenda = (...lines: string[]) =>
    ['---', 'type: agenda', '---', '# Studio crew sync 4', '', ...lines, ''].join('\n');

  it('`### Outcomes` under `## Minute` is what the meeting came to, not its purpose', () => {
    const text = agenda(
      '## Agenda',
      '',
      '1. Poster draft (10 min)',
      '2. Print quotes (10 min)',
      '',
      '## Minute',
      '',
      '### Outcomes',
      '',
      '1. Poster draft: approved with the blue band.',
    );
    assert.ok(missing(text).includes('purpose'));
  });

  it('`### Outcomes` under `## Notes` with no topics heading above is not its purpose either', () => {
    const text = agenda('## Notes', '', '### Outcomes', '', '- Quotes to be compared next week.');
    assert.ok(missing(text).includes('purpose'));
  });

  it('`## Outcome` or `## Desired outcome` atop the agenda still states its purpose', () => {
    for (const heading of ['Outcome', 'Desired outcome']) {
      const text = agenda(`## ${heading}`, '', 'Choose the poster printer.', '', '## Agenda', '', '1. Print quotes');
      assert.ok(!missing(text).includes('purpose'), heading);
    }
  });
});

describe('eval88: fields given in the body', () => {
  const fields = (text: string, lang: Lang = 'en') =>
    rules(text, 'missing-field', lang).map((f) => f.data.field as string);
  const agenda = (front: string, ...lines: string[]) =>
    [
      '---',
      'type: agenda',
      'client: Lumen Guild',
      'meeting: 2026-12-20 10:00',
      front,
      '---',
      '# 版式研讨会',
      '',
      '## 会议目的',
      '',
      '确定年刊版式。',
      '',
      '## 议程',
      '',
      '1. 版式',
      '',
      ...lines,
      '',
    ].join('\n');

  it('`## 参会人员 Attendees` over the names in two languages gives the attendees', () => {
    const text = agenda(
      'location: Room 4',
      '## 参会人员 Attendees',
      '',
      '1. 周岚（Lumen） Lan Zhou (Lumen)',
      '1. 高睿（Lumen） Rui Gao (Lumen)',
    );
    assert.ok(!fields(text, 'zh').includes('attendees'));
  });

  it('a Logistics section naming the video platform gives the agenda its place; a chat channel alone does not', () => {
    const logistics = (platform: string) =>
      agenda(
        'attendees: Lan Zhou, Rui Gao',
        '## 接入工具及交流方式 Logistics',
        '',
        `* ${platform}`,
        `  * We will use ${platform} for the talks; how to join goes out by e-mail.`,
      );
    assert.ok(!fields(logistics('Zoom'), 'zh').includes('location'));
    assert.ok(fields(logistics('IRC'), 'zh').includes('location'));
  });

  it('`Presupuesto de prueba (…)` over `- Total: ARS 4.800.000` gives a media brief its budget', () => {
    const text = [
      '---',
      'type: media-brief',
      'client: Dulces Ona',
      'brand: Ona',
      'job: ONA-4',
      'date: 2026-12-01',
      '---',
      '# Plan de medios de verano',
      '',
      'Presupuesto piloto (mensual, en ARS)',
      '- Total: ARS 2.500.000',
      '  - Meta: 70%',
      '  - YouTube: 30%',
      '',
    ].join('\n');
    assert.ok(!fields(text, 'es').includes('budget'));
    assert.ok(fields(text.replace('- Total: ARS 2.500.000', '- Meta primero'), 'es').includes('budget'));
  });

  it('`**Marcas**: …`, the brands in the plural, gives the brand', () => {
    const text = [
      '---',
      'type: media-brief',
      'client: Grupo Ona',
      'job: ONA-5',
      'date: 2026-12-01',
      'budget: 1000 USD',
      '---',
      '# Plan de medios de la feria',
      '',
      '**Marcas**: Ona Dulces + Ona Café',
      '',
    ].join('\n');
    assert.ok(!fields(text, 'es').includes('brand'));
  });
});

describe('eval88: whose work a title names', () => {
  const fields = (text: string, lang: Lang = 'en') =>
    rules(text, 'missing-field', lang).map((f) => f.data.field as string);
  const titled = (type: string, title: string, body: string) =>
    ['---', `type: ${type}`, '---', `# ${title}`, '', body, ''].join('\n');

  it('a count between the name and a Chinese title keeps the name (`# 🚀 LumaDesk 14天推广计划`)', () => {
    const found = fields(titled('media-brief', '🚀 LumaDesk 14天推广计划', '两周内把新用户翻一倍。'), 'zh');
    assert.ok(!found.includes('client'), found.join());
    assert.ok(!found.includes('brand'), found.join());
  });

  it('`# Creative Brief: Launch Campaign for Tidewell` names the client when the body names Tidewell too', () => {
    const text = titled(
      'brief',
      'Creative Brief: Launch Campaign for Tidewell',
      'Tidewell helps sailors read the tide.',
    );
    assert.ok(!fields(text).includes('client'));
    // `for Small Businesses` in title case, written in lower case below: a kind of customer, not a name.
    const described = titled(
      'brief',
      'Creative Brief: Ad Campaign for Small Businesses',
      'An offer for small businesses that keep their books by hand.',
    );
    assert.ok(fields(described).includes('client'));
  });

  it('a campaign or a subject after the title’s mark is no client or brand', () => {
    for (const title of [
      '🎨 Brief Creativo del Volante — Promo Sello Azul',
      '🔵 Campaña: PROMO SELLO AZUL',
      'Brief de Marketing: Estrategia de Expansión Regional',
    ]) {
      const found = fields(titled('brief', title, 'Una pieza para las tiendas.'), 'es');
      assert.ok(found.includes('client') && found.includes('brand'), `${title}: ${found.join()}`);
    }
  });

  it('`Name — what it is` still names the client and the brand', () => {
    for (const title of ['Estrategia de Redes — Norvia', 'Pancora — Brand strategy', 'Maple & Rye — Campaign brief']) {
      const found = fields(titled('strategy', title, 'Lo que haremos este año.'), 'es');
      assert.ok(!found.includes('client') && !found.includes('brand'), `${title}: ${found.join()}`);
    }
  });
});

describe('eval88: parts as plain lines in a document with no headings below its title', () => {
  const plain = (type: string, ...lines: string[]) =>
    ['---', `type: ${type}`, '---', '# Plan de pauta digital — Norvia', '', ...lines, ''].join('\n');

  it('`Objetivos` and `Segmentación y pruebas`, each over its list, give a media brief its objective and target', () => {
    const text = plain(
      'media-brief',
      'Objetivos',
      '- Vender más en la temporada alta.',
      '',
      'Segmentación y pruebas',
      '- Públicos similares a los compradores.',
    );
    const found = missing(text, 'es');
    assert.ok(!found.includes('objective') && !found.includes('target-consumer'), found.join());
    assert.ok(found.includes('markets'), found.join());
  });

  it('`Métricas a medir` over its list gives a strategy its marketing objective', () => {
    const text = plain(
      'strategy',
      'Plataformas',
      '- Instagram y TikTok.',
      '',
      'Métricas a medir',
      '- Alcance y clics.',
    );
    assert.ok(!missing(text, 'es').includes('marketing-objective'));
  });

  it('not one such line alone, nor under headings of the document’s own', () => {
    const one = plain('media-brief', 'Objetivos', '- Vender más en la temporada alta.');
    assert.ok(missing(one, 'es').includes('objective'));
    const headed = plain(
      'media-brief',
      '## Contexto',
      '',
      'Objetivos',
      '- Vender más.',
      '',
      'Segmentación y pruebas',
      '- Públicos similares.',
    );
    assert.ok(missing(headed, 'es').includes('objective'));
  });
});
