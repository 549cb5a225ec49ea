/**
 * Failures a fifth blind set of agency documents found (eval28/blind5, 2026-12-05, nineteenth session): a job
 * card's number written as a body line, a client still a placeholder, owners the roster does not list, and the
 * minutes-late message at the limit. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, analyzeWhole } from '../server/core/analyze';
import { scanSummary } from '../server/core/scan';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { summarize } from '../server/core/workspaceIndex';
import { analyze, workspaceFindingLines, workspaceOptions } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 5 };
const CONFIG = JSON.stringify({
  agency: { name: 'Lumen & Co', aliases: ['Lumen'] },
  clients: [
    { name: 'Brightwell Foods', aliases: ['Brightwell'] },
    { name: 'Bodegas Altamira', aliases: ['Altamira'] },
    { name: '青禾乳业', aliases: ['青禾'] },
  ],
  team: [
    { name: 'Sam Ortiz', aliases: ['sam', 'Sam'] },
    { name: 'Priya Shah', aliases: ['priya', 'Priya'] },
    { name: '李娜' },
  ],
});

/** Each document's findings of a rule, as `path:line` (1-based), in a workspace of these files. */
const findings = (files: Record<string, string>, rule: string, config = CONFIG) =>
  workspaceFindingLines(files, rule, config, TODAY);

describe('a fifth blind set of agency documents', () => {
  describe('a job card’s number written as a body field line', () => {
    const bodyCard = (job: string) =>
      `# Job card: social cut-downs\n\n**Job number:** ${job}\n**Client:** Brightwell Foods\n**Status:** open\n\n## Request\n\nSix cut-downs of the winter film for social.\n\n## Deliverables\n\n- Six 6-second cut-downs\n`;
    const fmCard =
      '---\ntype: job\njob: BW-2026-041\nclient: Brightwell Foods\nstatus: open\n---\n\n# Job card: winter flight\n\n## Request\n\nThe winter TV flight.\n\n## Deliverables\n\n- One 30-second film\n';
    const status =
      '---\ntype: status\nclient: Brightwell Foods\nweek: 2026-W49\n---\n\n# Weekly status, week 49\n\n## Jobs in progress\n\n| Job | Owner | Next step | Due |\n|---|---|---|---|\n| BW-2026-045 | @sam | First cut to the client | 2026-12-10 |\n';

    it('is the card’s number for duplicate-job-number, on both cards', () => {
      assert.deepEqual(
        findings(
          { 'winter.job.md': fmCard, 'sub/social-cutdowns-job-card.md': bodyCard('BW-2026-041') },
          'duplicate-job-number',
        ),
        ['winter.job.md:3', 'sub/social-cutdowns-job-card.md:3'],
      );
      // A number of its own: nothing; a number in words or a placeholder is no number.
      for (const job of ['BW-2026-042', 'TBD', '<job number>', 'Winter social'])
        assert.deepEqual(
          findings({ 'winter.job.md': fmCard, 'sub/card.md': bodyCard(job) }, 'duplicate-job-number'),
          [],
          job,
        );
    });

    it('is known to the status report (no unknown-job)', () => {
      assert.deepEqual(findings({ 'status.md': status, 'sub/card.md': bodyCard('BW-2026-045') }, 'unknown-job'), []);
      assert.deepEqual(findings({ 'status.md': status, 'sub/card.md': bodyCard('BW-2026-046') }, 'unknown-job'), [
        'status.md:13',
      ]);
    });

    it('the scan indexes the number the analysis does', () => {
      const jobPattern = new RegExp(DEFAULT_JOB_PATTERN, 'u');
      for (const text of [bodyCard('BW-2026-041'), bodyCard('BW-2026-041 (social)'), bodyCard('TBD'), fmCard]) {
        const scanned = scanSummary('card.md', text, { today: TODAY, jobPattern, agencyWorkspace: true });
        const doc = buildDocument('card.md', text, { agencyWorkspace: true });
        assert.deepEqual(scanned?.job, summarize(doc, [], jobPattern, 2026).job, text);
      }
      const doc = buildDocument('card.md', bodyCard('BW-2026-041 (social)'), { agencyWorkspace: true });
      assert.deepEqual(summarize(doc, [], jobPattern, 2026).job, { id: 'BW-2026-041', line: 3 });
    });
  });
});

describe('a fifth blind set: a client still a placeholder', () => {
  const brief = (client: string) =>
    `---\ntype: brief\ncliente: ${client}\nmarca: Altamira Reserva\nfecha: 2026-12-03\n---\n\n# Brief de medios: Navidad\n\n## Objetivo\n\nDar a conocer Altamira Reserva en Navidad.\n`;

  it('names no client: the brand is nobody else’s (no other-client-mentioned)', () => {
    assert.deepEqual(findings({ 'brief.md': brief('<client>') }, 'other-client-mentioned'), []);
    // The placeholder is still reported, as a placeholder.
    assert.deepEqual(findings({ 'brief.md': brief('<client>') }, 'unfilled-placeholder'), ['brief.md:3']);
    // A real other client is still another client's name.
    assert.deepEqual(findings({ 'brief.md': brief('Brightwell Foods') }, 'other-client-mentioned'), [
      'brief.md:4',
      'brief.md:12',
    ]);
  });

  it('is not a workspace client that other documents could name', () => {
    const other =
      '---\ntype: brief\nclient: Brightwell Foods\ndate: 2026-12-03\n---\n\n# Creative brief\n\n## Objective\n\nReplace <client> in the template before it goes out.\n';
    assert.deepEqual(
      findings({ 'brief.md': brief('<client>'), 'other.md': other }, 'other-client-mentioned').filter((f) =>
        f.startsWith('other.md'),
      ),
      [],
    );
    const jobPattern = new RegExp(DEFAULT_JOB_PATTERN, 'u');
    const text = brief('<client>');
    assert.equal(scanSummary('brief.md', text, { today: TODAY, jobPattern, agencyWorkspace: true })?.client, undefined);
    assert.equal(
      summarize(buildDocument('brief.md', text, { agencyWorkspace: true }), [], jobPattern, 2026).client,
      undefined,
    );
  });
});

describe('a fifth blind set: a message at the limit says the excess', () => {
  const messages = (text: string, rule: string, locale: 'en' | 'zh' | 'es') =>
    analyze(text, 'doc.md', locale, CONFIG)
      .findings.filter((f) => f.rule === rule)
      .map((f) => f.message);
  const minutes = (issued: string) =>
    `---\ntype: minutes\nclient: Brightwell Foods\nmeeting: 2026-12-03 14:00\nissued: ${issued}\nattendees: [Sam Ortiz, Priya Shah]\n---\n\n# Contact report\n\n## Decisions\n\n- Script B approved.\n\n## Next actions\n\n- [ ] @sam to send the revised script by 2026-12-09\n`;

  it('minutes-late: 24 hours 1 minute after the meeting is more than 24 hours, and says so', () => {
    assert.deepEqual(messages(minutes('2026-12-04 14:01'), 'minutes-late', 'en'), [
      'The minutes went out 24 hours 1 minute after the meeting; send them within 24 hours.',
    ]);
    assert.deepEqual(messages(minutes('2026-12-04 14:01'), 'minutes-late', 'zh'), [
      '会议记录在会后 24 小时 1 分钟才发出，应在会后 24 小时内发出。',
    ]);
    assert.deepEqual(messages(minutes('2026-12-04 14:20'), 'minutes-late', 'es'), [
      'El acta se envió 24 horas y 20 minutos después de la reunión; envíala en las 24 horas siguientes.',
    ]);
    // Away from the limit, whole hours as before; at it, no finding.
    assert.deepEqual(messages(minutes('2026-12-04 17:50'), 'minutes-late', 'en'), [
      'The minutes went out 28 hours after the meeting; send them within 24 hours.',
    ]);
    assert.deepEqual(messages(minutes('2026-12-04 14:00'), 'minutes-late', 'en'), []);
  });

  it('agenda-late and schedule-late: 47 hours 59 minutes ahead, 24 hours 5 minutes after', () => {
    const agenda =
      '---\ntype: agenda\nclient: Brightwell Foods\nmeeting: 2026-12-10 10:00\nissued: 2026-12-08 10:01\n---\n\n# Agenda: campaign review\n\n## Objective\n\nAgree the media plan.\n\n## Topics\n\n1. Media plan — @sam 15 min\n';
    assert.deepEqual(messages(agenda, 'agenda-late', 'en'), [
      'The agenda went out only 47 hours 59 minutes before the meeting; send it at least 48 hours ahead.',
    ]);
    const card =
      '---\ntype: job\njob: BW-2026-050\nclient: Brightwell Foods\nstatus: open\nopened: 2026-12-01 09:00\nschedule-sent: 2026-12-02 09:05\n---\n\n# Job card: radio spot\n\n## Request\n\nOne 30-second radio spot.\n\n## Deliverables\n\n- One radio spot\n';
    assert.deepEqual(messages(card, 'schedule-late', 'en'), [
      'The schedule went out 24 hours 5 minutes after the job was opened; send it within 24 hours.',
    ]);
  });
});

describe('a fifth blind set: owners the roster does not list', () => {
  const report = (attendees: string, actions: string, body = '') =>
    `---\ntype: minutes\nclient: Brightwell Foods\nmeeting: 2026-12-03 14:00\nissued: 2026-12-03 18:00\n${attendees}---\n\n# Contact report\n${body}\n## Decisions\n\n- Script B approved.\n\n## Next actions\n\n${actions}`;
  const actions =
    '- [ ] Rachel to confirm the voice-over artist by 2026-12-09\n- [ ] Moore to sign off the script by 2026-12-09\n- [ ] Marcos to chase the edit by 2026-12-09\n- [ ] Kevin to book the studio by 2026-12-09\n';

  it('an attendee marked with the client’s name is a known owner; others stay unknown', () => {
    // Rachel and Moore are the client's attendee; Marcos (a typo) and Kevin (an attendee, not the client's) are not.
    for (const [attendees, lines] of [
      ['attendees: Rachel Moore (Brightwell Foods), Kevin Brown, Sam Ortiz\n', ['cr.md:19', 'cr.md:20']],
      ['attendees:\n  - Rachel Moore (Brightwell)\n  - Kevin Brown\n', ['cr.md:21', 'cr.md:22']],
      ['attendees: "Brightwell: Rachel Moore; Kevin Brown"\n', ['cr.md:19', 'cr.md:20']],
    ] as const)
      assert.deepEqual(findings({ 'cr.md': report(attendees, actions) }, 'unknown-owner'), lines, attendees);
    // Listed under an Attendees heading in the body.
    assert.deepEqual(
      findings(
        {
          'cr.md': report(
            '',
            actions,
            '\n## Attendees\n\n- Rachel Moore, Brightwell Foods\n- Kevin Brown\n- Sam Ortiz\n',
          ),
        },
        'unknown-owner',
      ),
      ['cr.md:24', 'cr.md:25'],
    );
    // Not marked with a client: unknown, as before.
    assert.deepEqual(
      findings({ 'cr.md': report('attendees: Rachel Moore, Kevin Brown\n', actions) }, 'unknown-owner'),
      ['cr.md:17', 'cr.md:18', 'cr.md:19', 'cr.md:20'],
    );
    // Chinese: 赵敏（青禾乳业）.
    const zh =
      '---\ntype: minutes\nclient: 青禾乳业\nmeeting: 2026-12-03 14:00\nissued: 2026-12-03 18:00\nattendees: 赵敏（青禾乳业）、李娜\n---\n\n# 客户会议报告\n\n## 结论\n\n- 通过脚本B。\n\n## 后续行动\n\n- [ ] @赵敏 确认配音人选，截止 2026-12-09\n- [ ] @王强 预订录音棚，截止 2026-12-09\n';
    assert.deepEqual(findings({ 'zh.md': zh }, 'unknown-owner'), ['zh.md:18']);
  });

  it('the chunk-local check reads the attendees as the whole document does', () => {
    const text = report('attendees: Rachel Moore (Brightwell Foods), Kevin Brown\n', actions);
    const options = workspaceOptions(new Map([['cr.md', text]]), 'en', CONFIG, TODAY);
    const doc = buildDocument('cr.md', text, { agencyWorkspace: true });
    const pick = (fs: readonly { rule: string; start: number }[]) =>
      fs.filter((f) => f.rule === 'unknown-owner').map((f) => f.start);
    assert.deepEqual(pick(analyzeDocument(doc, options)), pick(analyzeWhole(doc, options)));
  });

  it('an agenda topic’s owner and a memo follow-up’s owner are checked, in the clear forms only', () => {
    const agenda =
      '---\ntype: agenda\nclient: Brightwell Foods\nmeeting: 2026-12-10 10:00\nissued: 2026-12-07 09:00\n---\n\n# Agenda: campaign review\n\n## Purpose\n\nAgree the plan; @kevin asked for this meeting.\n\n## Topics\n\n1. TV edit — @sam 30 min\n2. Media plan update — @kevin 15 min\n3. Social cut-downs (owner: Kevin Brown) 15 min\n4. Feedback from @kevin on the edit 10 min\n5. Kevin walks us through the plan 10 min\n6. Styles in `@media print` 5 min\n';
    assert.deepEqual(findings({ 'agenda.md': agenda }, 'unknown-owner'), ['agenda.md:17', 'agenda.md:18']);
    const memo =
      '---\ntype: memo\nto: Rachel Moore\nfrom: Sam Ortiz\ndate: 2026-11-20\nsubject: Shoot date\n---\n\n# Memo: shoot date\n\nThe studio moved the shoot; @kevin has the details.\n\n## Next steps\n\n- [ ] Send the updated call sheet @kevin due 2026-12-09\n- [ ] Confirm the crew @sam due 2026-12-09\n';
    assert.deepEqual(findings({ 'memo.md': memo }, 'unknown-owner'), ['memo.md:15']);
    const zh =
      '---\ntype: agenda\nclient: 青禾乳业\nmeeting: 2026-12-10 10:00\nissued: 2026-12-07 09:00\n---\n\n# 会议议程\n\n## 会议目的\n\n确认投放排期。\n\n## 议题\n\n1. 电商主视觉 @李娜 20分钟\n2. 投放排期 @李明 10分钟\n';
    assert.deepEqual(findings({ 'zh.md': zh }, 'unknown-owner'), ['zh.md:17']);
  });
});
