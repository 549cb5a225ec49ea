/**
 * Failures a sixth blind set of agency documents found (eval32/blind6, 2026-12-05/06, twentieth session): a
 * team's own notes typed by the workspace alone, parties and initials taken for unknown owners, a decision read
 * as a task, owners and deadlines in everyday forms, body field labels, a client given on a body line, totals
 * written as lines of text, and section names. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { configuredFindings } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 5 };
const CONFIG = JSON.stringify({
  agency: { name: 'Harbour & Finch', aliases: ['H&F'] },
  clients: [
    { name: 'Brightwell Foods', aliases: ['Brightwell'] },
    { name: 'Marlow Bank', aliases: ['Marlow'] },
  ],
  team: [{ name: 'Tom Baker', aliases: ['Tom'] }, { name: 'Diego Ortega' }, { name: 'Priya Nair', aliases: ['Priya'] }],
});

/** Findings of a document in a workspace with CONFIG, as `line rule` (1-based), or only those of `rule`. */
function findings(text: string, rule?: string, path = 'doc.md'): string[] {
  return configuredFindings(text, CONFIG, TODAY, rule, path);
}

const MINUTES = (body: string, head = '') =>
  `---\ntype: minutes\nclient: Brightwell Foods\nmeeting: 2026-12-02 10:00\nissued: 2026-12-02 17:00\nattendees: Tom Baker, Rachel Moore (Brightwell Foods)\ndistribution: Tom Baker\n---\n# Contact report\n${head}\n## Decisions\n\n- Keep the launch date.\n\n## Next actions\n\n${body}\n`;

describe('a sixth blind set of agency documents', () => {
  it('a team’s own meeting notes in the agency’s folder are ordinary Markdown', () => {
    const notes =
      '# Meeting notes – platform team – 1 Dec 2026\n\nAttendees: Kai, Rosa\n\n## Decisions\n\n- Move the queue.\n\n## Action items\n\n- [ ] Write the post-mortem\n- [ ] Rosa to draft the runbook by 12/03\n';
    assert.deepEqual(findings(notes, undefined, 'notes/platform.md'), []);
  });

  it('a party is no unknown owner, and a member’s initials are the member', () => {
    const text = MINUTES(
      '- [ ] Agency to send two routes by 2026-12-10\n- [ ] Brightwell to approve the budget by 2026-12-10\n- [ ] Send the cut-downs by 2026-12-10 (TB)\n- [ ] Send the stills by 2026-12-10 (Kevin)\n',
    );
    assert.deepEqual(findings(text, 'unknown-owner'), ['20 unknown-owner']);
  });

  it('what the decisions say someone will do is a decision, not a task to date', () => {
    const text = MINUTES('- [ ] @tom send the deck by 2026-12-10\n').replace(
      '- Keep the launch date.',
      '- Keep the launch date.\n- Agency to come back with two routes in the second week of December.',
    );
    assert.deepEqual(findings(text, 'action-missing-due'), []);
  });

  it('owners as people write them: a full name then a present verb, `queda en`, `请…于`', () => {
    for (const item of [
      '- [ ] Diego Ortega ajusta el plan de medios, antes del 11 de diciembre',
      '- [ ] Diego queda en enviar el titular antes del 11 de diciembre',
      '- [ ] 请陈思于12月10日前完成主视觉修改',
    ])
      assert.deepEqual(findings(MINUTES(item), 'action-missing-owner'), [], item);
  });

  it('deadlines as people write them: `EOD Tuesday 8 December`, `COB 8 Dec`, `截至…`, a `时间节点` column', () => {
    for (const item of [
      '- [ ] Tom to send the script, EOD Tuesday 8 December',
      '- [ ] Tom to send the script, COB 8 Dec',
      '- [ ] @tom 整理物料清单，截至2026年12月8日',
      '| 事项 | 跟进人 | 时间节点 |\n|---|---|---|\n| 整理物料清单 | Tom | 12月8日 |',
    ])
      assert.deepEqual(findings(MINUTES(item), 'action-missing-due'), [], item);
  });

  it('`**Sent:**`, `**Enviado:**` and `**Fecha y hora:**` atop the body give issued and meeting', () => {
    const en =
      '# Contact report\n\n**Client:** Brightwell Foods\n**Meeting date:** 2 Dec 2026, 10:00\n**Sent:** 4 Dec 2026, 09:00\n**Attendees:** Tom Baker\n**Distribution:** Tom Baker\n\n## Decisions\n\n- Keep it.\n\n## Next actions\n\n- [ ] @tom send the deck by 2026-12-10\n';
    assert.deepEqual(findings(en, 'missing-field'), []);
    assert.deepEqual(findings(en, 'minutes-late'), ['5 minutes-late']);
    const es =
      '# Orden del día – balance de Navidad\n\n**Cliente:** Brightwell Foods\n**Fecha y hora:** jueves 10 de diciembre de 2026, 11:00\n**Enviado:** 4 de diciembre de 2026\n**Asistentes:** Tom Baker\n**Lugar:** Oviedo\n\n## Objetivo\n\nCerrar el balance.\n\n## Temas\n\n1. Resultados\n';
    assert.deepEqual(findings(es, 'missing-field'), []);
  });

  it('another client is named in a document whose client is a body line', () => {
    const text =
      '# Contact report\n\n**Client:** Brightwell Foods\n**Meeting date:** 2 Dec 2026, 10:00\n**Issued:** 2 Dec 2026, 17:00\n**Attendees:** Tom Baker\n**Distribution:** Tom Baker\n\n## Decisions\n\n- Reuse the set from the Marlow work.\n\n## Next actions\n\n- [ ] @tom send the deck by 2026-12-10\n';
    assert.deepEqual(findings(text, 'other-client-mentioned'), ['11 other-client-mentioned']);
  });

  it('a Total written as lines (`Subtotal` / `VAT (20%)` / `Total`) is checked; a total with VAT unwritten is not', () => {
    const estimate = (total: string) =>
      `---\ntype: estimate\njob: BWF-2026-121\nclient: Brightwell Foods\ndate: 2026-12-01\ncurrency: GBP\n---\n# Estimate\n\n## Line items\n\n| Item | Cost |\n|---|---|\n| Shoot | £10,000.00 |\n| Edit | £8,950.00 |\n\n## Total\n\n${total}\n\n## Sign-off\n\nApproved by Rachel Moore (Brightwell Foods), 2026-12-02.\n`;
    assert.deepEqual(
      findings(estimate('Subtotal £18,950.00\nVAT (20%) £3,790.00\n**Total £23,740.00**'), 'estimate-total-mismatch'),
      ['21 estimate-total-mismatch'],
    );
    assert.deepEqual(
      findings(estimate('Subtotal £18,950.00\nVAT (20%) £3,790.00\n**Total £22,740.00**'), 'estimate-total-mismatch'),
      [],
    );
    assert.deepEqual(
      findings(estimate('Net total: £18,950.00\nGrand total incl. VAT: £22,740.00'), 'estimate-total-mismatch'),
      [],
    );
    // A subtotal that is not the items' sum is reported on its own line; the total then adds up from it.
    assert.deepEqual(
      findings(estimate('Subtotal £19,950.00\nVAT (20%) £3,990.00\n**Total £23,940.00**'), 'estimate-total-mismatch'),
      ['19 estimate-total-mismatch'],
    );
  });

  it('a column of day/month dues shows its order without a year (`15/12` over `11/12`)', () => {
    const status =
      '---\ntype: status\nclient: Brightwell Foods\nweek: 2026-W49\nissued: 2026-12-04\n---\n# Weekly status\n\n## Jobs in progress\n\n| Owner | Due | Job | Next step |\n|---|---|---|---|\n| Tom Baker | 15/12 | BWF-2026-118 | Record the radio scripts |\n| Tom Baker | 11/12 | BWF-2026-121 | Leaflet artwork to print |\n\n## Completed\n\n- Stills signed off.\n\n## Next week\n\n- Radio session.\n';
    assert.deepEqual(findings(status, 'ambiguous-date'), []);
  });
});
