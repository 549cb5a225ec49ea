/** Type detection from several signs, and the section vocabulary (docs/types.md). */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { scanSummary } from '../server/core/scan';
import { suggestType, titleSign } from '../server/core/typeDetection';
import { analyzeText } from '../server/core/analyze';
import { resolveConfig } from '../server/core/config';
import { fixAllEdits } from '../server/core/fixall';
import { applyEdits } from '../server/core/edits';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { Session } from '../server/core/session';

const typeOf = (text: string, path = 'notes.md', agencyWorkspace = false) =>
  buildDocument(path, text, { agencyWorkspace }).type?.id;
const scanType = (text: string, path = 'notes.md', agencyWorkspace = false) =>
  scanSummary(path, text, { today: { year: 2026 }, jobPattern: new RegExp(DEFAULT_JOB_PATTERN, 'u'), agencyWorkspace })
    ?.type;
const options = { locale: 'en' as const, today: { year: 2026, month: 11, day: 22 }, config: resolveConfig() };

describe('type detection', () => {
  describe('titles that name a type by a name only agencies use', () => {
    const cases: [string, string][] = [
      ['# Creative Brief: Copy Agency Launch', 'brief'],
      ['# BRIEF CREATIVO PARA DISEÑADORES', 'brief'],
      ['# Brief de Campaña', 'brief'],
      ['# Contact report – Brightwell – 20 Nov', 'minutes'],
      ['# Brightwell Q4 launch — Creative brief', 'brief'],
    ];
    for (const [title, id] of cases) {
      it(`${title} → ${id}, in the model and the scan`, () => {
        const text = `${title}\n\nSome text.\n`;
        assert.equal(typeOf(text), id);
        assert.equal(scanType(text), id);
      });
    }
  });

  describe('everyday titles need another sign', () => {
    it('a bare # Agenda or # Status in an unrelated repository is ordinary Markdown', () => {
      for (const t of [
        '# Agenda\n\nWe meet on Tuesdays.\n',
        '# Status\n\nAll green.\n',
        '# Brief history of the parser\n\nText.\n',
        '# Proposal: add a flag\n\nText.\n',
      ]) {
        assert.equal(typeOf(t), undefined, t);
        assert.equal(scanType(t), undefined, t);
        assert.deepEqual(analyzeText('notes.md', t, options).findings, []);
      }
    });
    it('meeting minutes, actas, 会议纪要 and agendas are kept by everyone: their names alone are not enough', () => {
      // Open-source triage minutes, a class project's acta, a community's 纪要: ordinary Markdown.
      for (const t of [
        '# Meeting Minutes: 2024-01-05\n\nSome text.\n',
        '# Compiler Team Triage Meeting Minutes\n\n## Action items\n\n* [ ] write it up (lena)\n\n## Resolutions\n',
        '# March 4, 2025 Meeting Notes\n\n## Agenda\n\n- x\n\n### Next steps\n\n- a\n\n#### Conclusion\n\n- b\n',
        '# Acta de Reunión 21/02\n\n**Fecha:** 2025-10-19\n\n## Tareas asignadas\n\n- a\n',
        '# 会议纪要：双十一复盘\n\n时间：2025年3月4日\n\n## 决定事项\n\n1. a\n\n## 行动事项\n\n- b\n',
        '# **1. Orden del día**\n\nSome text.\n',
        '# Research Summary: Dependency formats\n\n## Purpose\n\nx\n\n## Method\n\nx\n\n## Findings\n\nx\n',
        '---\nattendees: [Ana, Ben]\n---\n# Meeting notes\n\nText.\n',
      ]) {
        assert.equal(typeOf(t), undefined, t);
        assert.equal(scanType(t), undefined, t);
      }
    });
    it('a Client: line atop the body is an agency field too', () => {
      const cases: [string, string][] = [
        ['# Meeting Minutes: 2024-01-05\n\n**Client:** Harbor Mutual\n', 'minutes'],
        ['# Acta de Reunión 21/02\n\n- Cliente: Bodegas Altamira\n- Fecha: 21/02/2027\n', 'minutes'],
        ['# 会议纪要：双十一复盘\n\n客户：青禾乳业\n', 'minutes'],
        ['# **1. Orden del día**\n\n| **Cliente** | Bodegas Altamira |\n|---|---|\n', 'agenda'],
        ['# Status update\n\n**Job number:** BW-0412\n', 'status'],
      ];
      for (const [t, id] of cases) {
        assert.equal(typeOf(t), id, t);
        assert.equal(scanType(t), id, t);
      }
      // Inside a code block, or far down the page, it is an example, not the document's own field.
      assert.equal(typeOf('# Meeting minutes\n\n```\nClient: Acme\n```\n'), undefined);
      assert.equal(typeOf(`# Meeting minutes\n\n${'Text.\n\n'.repeat(20)}Client: Acme\n`), undefined);
    });
    it("an agency field, an agency workspace or the type's sections tip it over", () => {
      assert.equal(typeOf('---\nclient: Acme\n---\n# Agenda\n'), 'agenda');
      assert.equal(typeOf('# Agenda\n', 'notes.md', true), 'agenda');
      assert.equal(scanType('# Agenda\n', 'notes.md', true), 'agenda');
      assert.equal(
        typeOf(
          '---\nclient: Brightwell\n---\n# Minutes of the weekly call\n\n## Decisions made\n\nShip it.\n\n## Next steps\n\n- [ ] Tom to send the deck\n',
        ),
        'minutes',
      );
      assert.equal(typeOf('# Minutes of the weekly call\n\nText.\n'), undefined);
      // `Meeting notes` names no type (only what people also write): in an agency workspace a team's own notes
      // stay ordinary Markdown; with an agency field they are minutes.
      assert.equal(
        typeOf('# Meeting notes\n\n## Agreements\n\nx\n\n## Action items\n\n- a\n', 'notes.md', true),
        undefined,
      );
      assert.equal(
        typeOf(
          '# Meeting notes – platform team – 1 Dec\n\n## Decisions\n\nx\n\n## Action items\n\n- a\n',
          'n.md',
          true,
        ),
        undefined,
      );
      assert.equal(typeOf('# Weekly update: what shipped\n\nText.\n', 'post.md', true), undefined);
      assert.equal(
        typeOf(
          '---\nclient: Acme\n---\n# Meeting notes\n\n## Agreements\n\nx\n\n## Action items\n\n- a\n',
          'n.md',
          true,
        ),
        'minutes',
      );
      // A market study's own sections say "agency"; purpose, method and findings alone do not.
      assert.equal(typeOf('# Research summary\n\n## Respondents\n\nx\n\n## Fieldwork\n\nx\n'), 'research');
      assert.equal(
        typeOf('# Weekly status report\n\n## Jobs in progress\n\nx\n\n## Decisions needed\n\nx\n\n## Next week\n\nx\n'),
        'status',
      );
      // What any project's status page has (completed, next steps), a product strategy's (background, competitive
      // landscape) or a hand-off note's (success criteria, scope) does not count.
      assert.equal(
        typeOf('# Project status\n\n## In progress\n\nx\n\n## Completed\n\nx\n\n## Next steps\n\nx\n'),
        undefined,
      );
      assert.equal(
        typeOf('# Search strategy\n\n## Competitive landscape\n\nx\n\n## Where we are now\n\nx\n'),
        undefined,
      );
      assert.equal(typeOf('# Handoff brief\n\n## Success criteria\n\nx\n\n## Scope\n\nx\n'), undefined);
      // Two sections only add one point: a bare word still falls short.
      assert.equal(typeOf('# Agenda\n\n## Purpose\n\nx\n\n## Topics\n\n- a\n'), undefined);
    });
    it('the editor session types a bare # Agenda once the workspace has a .agency-docs.json', () => {
      const session = new Session({ today: () => ({ year: 2026, month: 11, day: 22 }) });
      session.update('/w/a.md', '# Agenda\n\nText.\n', 1);
      assert.equal(session.analysis('/w/a.md')!.doc.type, undefined);
      session.setConfiguration({}, undefined);
      assert.equal(session.analysis('/w/a.md')!.doc.type?.id, 'agenda');
    });
    it('a README line whose key only starts with a field name is no agency field (`Job/Queue management:`)', () => {
      const readme = '# Volcano Project Proposal\n\n- Job/Queue management: queues\n- Data management: cache\n';
      assert.equal(typeOf(readme), undefined);
      assert.equal(scanType(readme), undefined);
    });
    it('the meeting date written in the body of minutes counts as their meeting field', () => {
      for (const line of [
        '### Meeting Date/Time: Thursday 2026/11/19 at 14:00 UTC',
        '**Date & Time**: [Nov 19, 2026, 14:00 UTC](https://example.com/call)',
        '*Fecha:* 19/11/2026',
        '## Fecha: 19/11/2026',
        '* Meeting date: 2026-11-19',
      ]) {
        const text = `---\ntype: minutes\n---\n# Weekly call\n\n${line}\n\n## Decisions\n\n- Go.\n`;
        const found = analyzeText('m.md', text, options).findings.filter(
          (f) => f.rule === 'missing-field' && f.data.field === 'meeting',
        );
        assert.deepEqual(found, [], line);
      }
    });
    it('scores titles as documented', () => {
      assert.equal(titleSign('Creative brief')?.points, 3);
      assert.equal(titleSign('Meeting notes')?.points, 2);
      assert.equal(titleSign('Minutes of the weekly call')?.points, 2);
      assert.equal(titleSign('Agenda')?.points, 1);
      assert.equal(titleSign('Memoization'), undefined);
      assert.equal(titleSign('Getting started'), undefined);
    });
    it('a name joined to another word by a hyphen is a compound, not the type (a command reference page)', () => {
      for (const t of ['Debug-Job', 'Get-Job', 'Start-Job', 'Brief-Writer', 'Status-Page'])
        assert.equal(titleSign(t), undefined, t);
      const page =
        '---\ntitle: Debug-Job\nschema: 2.0.0\n---\n\n# Debug-Job\n\n## SYNOPSIS\nDebugs a job.\n\n## DESCRIPTION\nIt stops at breakpoints.\n\n## OUTPUTS\n\nNone.\n';
      assert.equal(typeOf(page), undefined);
      // With spaces around the dash it separates the title's parts.
      assert.equal(titleSign('Acme - Job')?.points, 2);
      // (`Job card` is everyday too: garages and printers keep job cards; sweep35.)
      assert.equal(titleSign('Job card - ACME-0457')?.points, 2);
      assert.equal(titleSign('Creative brief - ACME-0457')?.points, 3);
    });
    it('a product named atop a manual page is no agency sign (`product: Discovery`); a client is', () => {
      const page = (key: string) =>
        `---\ntitle: Set a deletion strategy\n${key}: Discovery\nrelease: spring\n---\n\n# Set a deletion strategy\n\n## Before you begin\n\nRole required: admin.\n\n## Procedure\n\n1. Open the form.\n`;
      assert.equal(typeOf(page('product')), undefined);
      assert.equal(scanType(page('product')), undefined);
      assert.equal(
        typeOf('# Set a deletion strategy\n\n**Product:** Discovery\n\n## Procedure\n\nOpen it.\n'),
        undefined,
      );
      assert.equal(typeOf(page('client')), 'strategy');
      assert.equal(scanType(page('client')), 'strategy');
    });
  });

  describe('type: values', () => {
    it("a near miss is suggested, other tools' values are not", () => {
      assert.equal(suggestType('breif'), 'brief');
      assert.equal(suggestType('minuets'), 'minutes');
      assert.equal(suggestType('acta'), 'minutes');
      assert.equal(suggestType('estimado'), 'estimate');
      for (const v of ['docs', 'home', 'bug', 'meeting', 'note', 'post', 'page', 'blog', 'task', 'guide', 'log'])
        assert.equal(suggestType(v), undefined, v);
    });
    it("another tool's type: makes the file ordinary Markdown, whatever its title", () => {
      const text = '---\ntype: meeting\nattendees: [Ana]\n---\n# Meeting minutes\n\n## Decisions\n\nx\n';
      assert.equal(typeOf(text), undefined);
      assert.deepEqual(analyzeText('n.md', text, options).findings, []);
    });
    it('a near miss is reported only where the document looks like an agency document', () => {
      assert.equal(buildDocument('a.md', '---\ntype: breif\n---\nText.\n').unknownType, undefined);
      assert.equal(
        buildDocument('a.md', '---\ntype: breif\n---\n## Objective\n\nx\n').unknownType?.suggestion,
        'brief',
      );
      assert.equal(
        buildDocument('a.md', '---\ntype: memorando\npara: Laura\nasunto: Rodaje\n---\nTexto.\n').unknownType
          ?.suggestion,
        'memo',
      );
    });
    it('a template file is no document by its title (with `type:` it is one)', () => {
      const form = '# Creative brief\n\n## Objective\n\n## Target audience\n';
      assert.equal(typeOf(form, 'skills/assets/01-creative-brief.template.md'), undefined);
      assert.equal(typeOf(form, 'docs/brief_template.md'), undefined);
      assert.equal(typeOf(form, 'plantillas/plantilla.md'), undefined);
      assert.equal(typeOf(`---\ntype: brief\n---\n${form}`, 'brief.template.md'), 'brief');
      assert.equal(typeOf(form, 'docs/acme-brief.md'), 'brief');
    });
    it('nor is a page whose title says it is a blank form or a page about the type', () => {
      const body = '\n\n## Objective\n\n## Target audience\n';
      for (const title of [
        '# Creative Brief Template',
        '# Creative Brief Canvas',
        '# Plantilla de brief creativo',
        '# 创意简报模板',
        '# How to write a creative brief',
      ])
        assert.equal(typeOf(title + body, 'docs/page.md'), undefined, title);
      assert.equal(typeOf(`---\ntype: brief\n---\n# Creative Brief Template${body}`, 'docs/page.md'), 'brief');
      assert.equal(typeOf(`# Creative brief: Sampling tour${body}`, 'docs/page.md'), 'brief');
    });
    it('nor is another trade’s brief or status page, whatever its fields', () => {
      const body = '\n\n**Client:** Northwind\n\n## Objective\n\nx\n';
      for (const title of [
        '# Full UX & Correctness Audit Brief',
        '# Policy brief',
        '# Service status',
        '# Estrategia SEO inicial',
        '# Estrategia de migración',
        '# When Diversification Works: A Simple Diagnostic Strategy',
      ])
        assert.equal(typeOf(title + body, 'docs/page.md'), undefined, title);
      assert.equal(typeOf(`# Northwind campaign brief${body}`, 'docs/page.md'), 'brief');
      assert.equal(typeOf(`# Status report: security brief${body}`, 'docs/page.md'), 'status');
      assert.equal(typeOf(`# Estrategia de comunicación 2027${body}`, 'docs/page.md'), 'strategy');
    });
    it('a citation’s `issued: {date-parts: …}` (CSL) is no agency field', () => {
      const title = '# When Diversification Works: A Strategy\n\nText.\n';
      for (const issued of ['issued: {date-parts: [[2026, 7, 13]]}', 'issued:\n  date-parts:\n    - [2026, 7, 13]'])
        assert.equal(typeOf(`---\ntitle: x\n${issued}\n---\n${title}`, 'papers/p.md'), undefined, issued);
      assert.equal(typeOf(`---\ntitle: x\nissued: 2026-07-13\n---\n${title}`, 'papers/p.md'), 'strategy');
    });
    it('nor is an AI assistant’s prompt or skill, named by its folder or file name (`type:` still decides)', () => {
      const page = '# Ad Copy and Creative Brief\n\n## Objective\n\nWrite the copy.\n\n## Target audience\n\nx\n';
      for (const path of [
        'frameworks/paid-media/prompts/03_ad_copy_and_creative_brief.md',
        '.claude/commands/brief.md',
        '.github/prompts/brief.md',
        'skills/briefing/SKILL.md',
        'docs/brief.prompt.md',
      ])
        assert.equal(typeOf(page, path), undefined, path);
      assert.equal(typeOf(page, 'clients/prompts-and-co/brief.md'), 'brief');
      assert.equal(typeOf(page, 'clients/acme/brief.md'), 'brief');
      assert.equal(typeOf(`---\ntype: brief\n---\n${page}`, 'prompts/brief.md'), 'brief');
    });
    it('the file name decides alone', () => {
      assert.equal(typeOf('Text.\n', 'acme.brief.md'), 'brief');
    });
    it('the file name does not, on a page with another tool’s front matter and nothing of ours (a Dendron note)', () => {
      const dendron =
        '---\nid: 3f0c\ntitle: Status\ndesc: ""\nupdated: 1623882588321\n---\n\nWhat each status sign means.\n';
      assert.equal(typeOf(dendron, 'notes.tags.status.md'), undefined);
      // With an agency field, or two of the type's sections, it is ours again; generic keys are anyone's.
      assert.equal(typeOf(dendron.replace('desc: ""', 'client: Acme'), 'notes.tags.status.md'), 'status');
      assert.equal(
        typeOf(`${dendron}\n## Decisions needed\n\nx\n\n## Next week\n\ny\n`, 'notes.tags.status.md'),
        'status',
      );
      // One heading that happens to be a section's name (`## Status` on a page about status badges) is not enough (sweep35).
      assert.equal(typeOf(`${dendron}\n## Status\n\nx\n`, 'dendron._ref.status.md'), undefined);
      assert.equal(typeOf('---\ntitle: Week 48\ntags: [acme]\n---\nText.\n', 'acme.status.md'), 'status');
    });
  });
});

describe('section vocabulary', () => {
  const minutes = (sections: string) =>
    `---\ntype: minutes\nclient: Acme\nmeeting: 2026-11-18\nissued: 2026-11-18\nattendees: [Ana]\ndistribution: [Ana]\n---\n# Meeting minutes\n\n${sections}`;
  const sectionIds = (text: string) => buildDocument('m.md', text).sections.map((s) => s.def.id);
  const names: [string, string, string][] = [
    ['minutes', 'Conclusion', 'decisions'],
    ['minutes', 'Decisions made', 'decisions'],
    ['minutes', 'Agreements', 'decisions'],
    ['minutes', 'Outcomes', 'decisions'],
    ['minutes', 'Acuerdos', 'decisions'],
    ['minutes', 'Puntos acordados', 'decisions'],
    ['minutes', 'Resumen de acuerdos y decisiones', 'decisions'],
    ['minutes', '决策事项', 'decisions'],
    ['minutes', '会议决定', 'decisions'],
    ['minutes', 'Summary of action items', 'next-actions'],
    ['minutes', 'Next steps', 'next-actions'],
    ['minutes', 'Follow-ups', 'next-actions'],
    ['minutes', 'Tasks', 'next-actions'],
    ['minutes', 'Tareas asignadas', 'next-actions'],
    ['minutes', 'Acciones pendientes', 'next-actions'],
    ['minutes', 'Próximos pasos', 'next-actions'],
    ['minutes', 'Próximo paso', 'next-actions'],
    ['minutes', '行动事项', 'next-actions'],
    ['minutes', '待办事项', 'next-actions'],
    ['minutes', '下一步', 'next-actions'],
    ['minutes', 'To-dos', 'next-actions'],
    ['brief', 'Objectives', 'objective'],
    ['brief', 'Key message', 'button'],
    ['brief', 'Single-minded proposition', 'button'],
    ['brief', 'Proposition', 'button'],
    ['brief', 'SMP', 'button'],
    ['brief', 'Mensaje clave', 'button'],
    ['brief', '核心信息', 'button'],
    ['brief', 'Reasons to believe', 'support-points'],
    ['brief', 'RTB', 'support-points'],
    ['brief', 'Proof points', 'support-points'],
    ['brief', 'Target audience', 'target-consumer'],
    ['brief', 'Audience', 'target-consumer'],
    ['brief', 'Audiencia objetivo', 'target-consumer'],
    ['brief', 'Público objetivo', 'target-consumer'],
    ['brief', '目标受众', 'target-consumer'],
    ['brief', 'Tone & voice', 'tone'],
    ['brief', 'Tone of voice', 'tone'],
    ['brief', '3. Deliverable:', 'deliverables'],
  ];
  for (const [type, heading, id] of names) {
    it(`${type}: "${heading}" is ${id}`, () => {
      assert.deepEqual(sectionIds(`---\ntype: ${type}\n---\n# Title\n\n## ${heading}\n\nText.\n`), [id]);
    });
  }
  it('any heading level counts, a level-1 heading too', () => {
    assert.deepEqual(
      sectionIds(minutes('# Decisions\n\nShip it.\n\n#### Action items\n\n- [ ] Tom to send the deck\n')),
      ['decisions', 'next-actions'],
    );
  });
  it('fix-all adds no second section where one is there under a synonym', () => {
    const text = minutes(
      '## Agreements\n\nShip it.\n\n# Summary of action items\n\n- [ ] Send the deck @tom due 2026-11-25\n',
    );
    const { doc, findings } = analyzeText('m.md', text, options);
    assert.deepEqual(
      findings.filter((f) => f.rule === 'missing-section'),
      [],
    );
    const fixed = applyEdits(text, fixAllEdits(doc, findings));
    assert.equal(fixed, text);
  });
});

describe('broken front matter of ordinary Markdown', () => {
  const rules = (text: string) =>
    analyzeText('proposal.md', text, {
      locale: 'en',
      today: { year: 2026, month: 11, day: 22 },
      config: resolveConfig(),
    }).findings.map((f) => f.rule);
  it('a second colon next to a `type:` written for another tool is no finding; next to an agency type it is', () => {
    assert.deepEqual(
      rules('---\ntitle: Parallel builds: a proposal\ntype: docs\n---\n\n## Motivation\n\nFaster builds.\n'),
      [],
    );
    assert.deepEqual(rules('---\nTitle: Parallel builds: a proposal\nType: Standard\n---\n\n## Motivation\n'), []);
    assert.ok(
      rules('---\ntitle: Kickoff: round two\ntype: minutes\n---\n\n# Minutes\n').includes('frontmatter-syntax'),
    );
    // A near miss of an agency type is an agency document with a typo in it.
    assert.ok(
      rules('---\ntitle: Kickoff: round two\ntype: minuets\n---\n\n# Minutes\n').includes('frontmatter-syntax'),
    );
  });

  describe('ordinary pages of public repositories (sweep35: 18,361 files, 9 with findings)', () => {
    const sections = '\n## Target audience\n\nShop owners.\n\n## Key message\n\nLaunch in a day.\n';
    it('a README or a changelog is the project’s page, whatever its title', () => {
      const readme = '# Job Card for Vehicle Service\n\nA web app for garages.\n\n## Install\n\nnpm i\n';
      assert.equal(typeOf(readme, 'garage/README.md'), undefined);
      assert.equal(typeOf('# Creative brief: Copy launch\n\nText.\n', 'docs/README.es.md'), undefined);
      assert.equal(typeOf('# Creative brief: Copy launch\n\nText.\n', 'CHANGELOG.md'), undefined);
      // Its `type:` still decides; elsewhere the same title types the page.
      assert.equal(typeOf(`---\ntype: brief\n---\n# Creative brief: Copy launch\n`, 'README.md'), 'brief');
      assert.equal(typeOf('# Creative brief: Copy launch\n\nText.\n', 'copy-launch.md'), 'brief');
    });
    it('a blank form in a templates folder, or named *-tmpl.md, is no document', () => {
      const brief = `# Launch Brief${sections}`;
      assert.equal(typeOf(brief, 'skills/launch/templates/launch-brief.md'), undefined);
      assert.equal(typeOf(brief, 'plantillas/brief.md'), undefined);
      assert.equal(typeOf('# Creative brief: [Product]\n\nText.\n', 'research/competitor-brief-tmpl.md'), undefined);
      assert.equal(typeOf('# Creative brief: Copy launch\n\nText.\n', 'clients/acme/briefs/copy.md'), 'brief');
    });
    it('a step of a procedure is no document (`# Step 4: Differentiation Strategy`)', () => {
      const step = `# Step 4: Differentiation Strategy\n${sections}\n## Support points\n\n- Fast.\n`;
      assert.equal(typeOf(step, 'workflows/steps/step-04.md'), undefined);
      // Without the step, the same page with its client is the agency's strategy (a plan's one word closing the
      // title and its parts alone are any trade's: sweep43).
      assert.equal(typeOf(step.replace('Step 4: ', ''), 'strategy.md'), undefined);
      assert.equal(typeOf(`---\nclient: Acme\n---\n${step.replace('Step 4: ', '')}`, 'strategy.md'), 'strategy');
    });
    it('names other trades use too are everyday: they need another sign', () => {
      for (const t of ['Fact Book 2023 – Beloit College', 'Call Report Summary', 'Sales Account Plan', 'Job ticket'])
        assert.equal(typeOf(`# ${t}\n\nText.\n\n## Install\n\nx\n`), undefined, t);
      assert.equal(typeOf('---\nclient: Harbour Dairy\n---\n# Fact book 2027\n\nText.\n'), 'factbook');
      assert.equal(typeOf('# Job card – HD-2026-031\n\n**Client:** Harbour Dairy\n\nText.\n'), 'job');
    });
  });

  describe('ordinary pages of public repositories (sweep37: 20,539 files, 10 wrongly typed)', () => {
    const strategySections =
      '\n## Target audience\n\nShop owners.\n\n## Competitive landscape\n\nTwo rivals.\n\n## Value proposition\n\nFast.\n';
    it('a company’s plan or a game’s genre ending in Strategy is no communication strategy', () => {
      for (const t of ['Go-to-Market Strategy', 'Go-to-Market (GTM) Strategy', 'Data Strategy', 'Real-time Strategy'])
        assert.equal(typeOf(`# ${t}\n${strategySections}`), undefined, t);
      assert.equal(typeOf(`# Estrategia de datos\n${strategySections}`), undefined);
      // The agency's own stays one.
      assert.equal(typeOf(`# Communication strategy: winter range\n${strategySections}`), 'strategy');
      assert.equal(typeOf(`# Harbour Dairy (Q3) Strategy\n${strategySections}`), 'strategy');
    });
    it('software named for a type is no document of it (`# Meeting Agenda App`)', () => {
      const app = (title: string) =>
        `# ${title}\n\n- **Client:** React SPA\n- **Server:** Express\n\n## Setup\n\nnpm i\n`;
      assert.equal(typeOf(app('Meeting Agenda App')), undefined);
      assert.equal(typeOf(app('Contact Report API')), undefined);
      assert.equal(typeOf(app('Meeting agenda: launch review')), 'agenda');
    });
    it('a label gives a field atop the body only, with a value (`- **Client:** …` in a blank form’s part is none)', () => {
      const form =
        '# Client Kickoff Agenda\n\nOne-page agenda for the kickoff call.\n\n## 2. Roles and contact (5 min)\n\n- **Agency:** Primary contact.\n- **Client:** Who approves posts.\n';
      assert.equal(typeOf(form), undefined);
      assert.equal(typeOf('# Book Club Agenda\n\n- **Client:** none\n\n## Books\n\n- Dune\n'), undefined);
      assert.equal(typeOf('# Kickoff agenda\n\n**Client:** Harbour Dairy\n\n## Topics\n\n- Scope\n'), 'agenda');
    });
    it('a client said in words, a portfolio’s project header or a quoted label is no agency sign (sweep38)', () => {
      // A design proposal naming what it serves; a value proposition naming its customers.
      assert.equal(
        typeOf('# Proposal: lazy plugin loading\n\nClient: the desktop shell\n\n## Motivation\n\nSlow.\n'),
        undefined,
      );
      assert.equal(
        typeOf('# Propuesta de valor\n\nCliente: familias con niños pequeños\n\n## Canales\n\nWeb.\n'),
        undefined,
      );
      // A designer’s case study: the client over the designer’s role and the year.
      const caseStudy = (title: string) =>
        `# ${title}\n\nClient: Osprey Kayaks\nRole: Product designer\nYear: 2023\n\n## Overview\n\nA new booking flow.\n`;
      assert.equal(typeOf(caseStudy('Status of the redesign')), undefined);
      assert.equal(typeOf(caseStudy('Research')), undefined);
      // A slide deck's aside in a quotation.
      assert.equal(
        typeOf('# Propuesta de trabajo\nUn repaso a la web.\n> cliente: Conservas Ría\n\n---\n\n## Plan\n\n- Todo\n'),
        undefined,
      );
      // A client named as a company atop the page still types it.
      assert.equal(typeOf('# Status update\n\nClient: Osprey Kayaks\n\n## Jobs in progress\n\n- Site\n'), 'status');
      assert.equal(typeOf('# Propuesta\n\nCliente: Conservas Ría\n\n## Objetivo\n\nGanar.\n'), 'proposal');
    });
    it('a note-taking app’s link is no agency value (`meeting: "[[Weekly sync]]"`)', () => {
      assert.equal(typeOf('---\nmeeting: "[[Weekly sync]]"\n---\n\n# Minutes\n\n- nothing\n'), undefined);
      assert.equal(typeOf('---\nmeeting: 2026-11-20 10:00\n---\n\n# Minutes\n\n- nothing\n'), 'minutes');
    });
  });
});
