/**
 * What a twenty-third blind set of agency documents found (blind23, 2026-12-08: minutes, agendas, briefs, job
 * cards, estimates, status reports, memos, strategies in three languages). Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const AGENDA =
  '---\ntype: agenda\nclient: Bodegas Norte\nmeeting: 2026-12-10 10:00\nissued: 2026-12-08 09:00\nattendees: Ana Ruiz, Luis Gil\nlocation: Sala 2\n---\n\n# Orden del día\n\n## Objetivo\n\nCerrar la cata de Navidad.\n\n## Temas a tratar\n\n## Materiales\n\n- Muestras de etiqueta.\n';

describe('blind23: what the messages call things', () => {
  it('a section that is there is named as its heading is written, in the document’s own language too', () => {
    const message = (lang: 'en' | 'zh' | 'es') =>
      analyze(AGENDA, 'orden.md', lang).findings.find((f) => f.rule === 'empty-section')?.message ?? '';
    assert.match(message('es'), /La sección «Temas a tratar» está vacía/u);
    assert.match(message('en'), /“Temas a tratar” \(Topics\)/u);
    assert.match(message('zh'), /「Temas a tratar」/u);
  });

  it('a delivered job without an estimate is asked for the estimate the client signed, not one before work starts', () => {
    const card = (status: string) =>
      `---\ntype: job\njob: BN-2026-004\nclient: Bodegas Norte\nopened: 2026-11-02 09:00\nschedule-sent: 2026-11-02 16:00\nowner: Ana Ruiz\ndue: 2026-12-15\nstatus: ${status}\n---\n\n# Orden de trabajo BN-2026-004\n\n## Request\n\nA label.\n\n## Deliverables\n\n- Label artwork.\n`;
    const message = (status: string, lang: 'en' | 'zh' | 'es') =>
      analyze(card(status), 'job.md', lang).findings.find((f) => f.rule === 'estimate-missing')?.message ?? '';
    assert.match(message('delivered', 'en'), /add the estimate the client signed/u);
    assert.match(message('已交付', 'zh'), /请补上客户签核的估价/u);
    assert.match(message('entregado', 'es'), /añade el presupuesto que aprobó el cliente/u);
    assert.match(message('in-progress', 'en'), /before work starts/u);
  });
});

describe('blind23: a table row with empty cells', () => {
  const MINUTES =
    '---\ntype: minutes\nclient: Acme Foods\nmeeting: 2026-11-30\nissued: 2026-11-30\nattendees: Tom Baker\ndistribution: Tom Baker\n---\n\n# Minutes\n\n## Decisions\n\n- Go.\n\n## Next actions\n\n| Task | Owner | Due |\n|---|---|---|\n| Book the studio | | |\n| Send the deck | Tom Baker | 2026-12-20 |\n';
  it('asks for the owner and the date in their cells, not for @name or a due label in the task', () => {
    const messages = (lang: 'en' | 'zh' | 'es') =>
      analyze(MINUTES, 'minutes.md', lang)
        .findings.filter((f) => f.rule === 'action-missing-owner' || f.rule === 'action-missing-due')
        .map((f) => f.message)
        .sort();
    const [due, owner] = messages('en');
    assert.match(due, /write the date \(YYYY-MM-DD\) in the due cell of “Book the studio”/u);
    assert.match(owner, /write who owns “Book the studio” in its owner cell/u);
    assert.ok(
      messages('es').every((m) => /celda/u.test(m)),
      messages('es').join('\n'),
    );
    assert.ok(
      messages('zh').every((m) => /所在行的/u.test(m)),
      messages('zh').join('\n'),
    );
  });
});

describe('blind24: a brief asking what the advertising is meant to do', () => {
  it('names its Objective, and the fix adds no second one', () => {
    const brief =
      '---\ntype: brief\nclient: Brightwell Foods\nbrand: Brightwell\njob: BW-2026-031\ndate: 2026-11-02\ndue: 2026-12-15\nbudget: GBP 40,000\n---\n\n# Creative brief: winter range\n\n## What is this advertising meant to do?\n\nGet lapsed buyers back to the soup aisle.\n';
    const missing = analyze(brief, 'brief.md')
      .findings.filter((f) => f.rule === 'missing-section')
      .map((f) => f.data.section);
    assert.ok(!missing.includes('objective'), missing.join(', '));
  });
});

describe('blind25: the type’s name after the client’s in the title', () => {
  const typeOf = (text: string) => analyze(text, 'report.md').doc.type?.id;
  it('closing one part of the title, it names the type as it does closing the whole title', () => {
    assert.equal(
      typeOf(
        '---\n客户: 华悦乳业\n周: 2026-W49\n发出日期: 2026-12-04\n---\n# 华悦乳业 工作进度报告（第 49 周）\n\n## 进行中的工作\n\n- 海报\n',
      ),
      'status',
    );
    assert.equal(
      typeOf(
        '---\nclient: Brightwell Foods\nweek: 2026-W49\nissued: 2026-12-04\n---\n# Brightwell Foods Weekly status report, w/c 30 Nov\n\n## Jobs in progress\n\n- Poster\n',
      ),
      'status',
    );
    assert.equal(typeOf('# Acme Contact report – 20 Nov\n\n## Decisions\n\n- Go.\n'), 'minutes');
  });
  it('ordinary pages stay ordinary', () => {
    assert.equal(typeOf('# API – Project status\n\nAll green.\n'), undefined);
    assert.equal(typeOf('# Docs: Testing strategy\n\n## Goals\n\nCoverage.\n'), undefined);
  });
});
