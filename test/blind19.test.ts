/**
 * Failures a nineteenth blind set of agency documents found (blind19, 2026-12-07): a party named once after a
 * group of attendees, minutes started from an agenda whose last topic is the next steps, a section written twice
 * hiding another's order, and a header table's value that is itself a field's name. Written here in our own
 * words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { actionsOf, analyzeDocument, analyzeWhole } from '../server/core/analyze';
import { scanSummary } from '../server/core/scan';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { summarize } from '../server/core/workspaceIndex';
import { minutesFromAgenda } from '../server/core/workflow/minutes';
import { ChunkCache } from '../server/core/markdown';
import { workspaceFindingLines, workspaceOptions } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 7 };
const JOBS = new RegExp(DEFAULT_JOB_PATTERN, 'u');
const CONFIG = JSON.stringify({
  agency: { name: 'Quarry & Finch', aliases: ['Quarry'] },
  clients: [
    { name: 'Tidewater Mills', aliases: ['Tidewater'] },
    { name: '松石饮品', aliases: ['松石'] },
  ],
  team: [
    { name: 'Nadia Brooks', aliases: ['Nadia'] },
    { name: 'Felix Moran', aliases: ['Felix'] },
    { name: '陶然' },
    { name: '韩雪' },
  ],
});

/** Each document's findings of a rule, as `path:line` (1-based), in a workspace of these files. */
const findings = (files: Record<string, string>, rule: string, config = CONFIG) =>
  workspaceFindingLines(files, rule, config, TODAY);

describe('blind19: a party named once after a group of attendees', () => {
  const report = (attendees: string, actions: string) =>
    `---\ntype: minutes\nclient: Tidewater Mills\nmeeting: 2026-12-03 11:00\nissued: 2026-12-03 16:00\nattendees: ${attendees}\ndistribution: attendees\n---\n\n# Contact report\n\n## Decisions\n\n- The flour bag redesign goes ahead.\n\n## Next actions\n\n${actions}`;
  const actions =
    '- [ ] Oscar Lindqvist to send the print specs by 2026-12-10\n- [ ] Oscar to confirm the paper stock by 2026-12-10\n- [ ] Greta Hall to approve the proofs by 2026-12-11\n- [ ] Wilma to book the photographer by 2026-12-11\n';

  it('the party in brackets after the last name of a group is every name’s of the group', () => {
    // Oscar and Greta are the client's, named in one group; Wilma is nobody's.
    assert.deepEqual(
      findings(
        {
          'cr.md': report(
            'Oscar Lindqvist, Greta Hall (Tidewater); Nadia Brooks, Felix Moran (Quarry & Finch)',
            actions,
          ),
        },
        'unknown-owner',
      ),
      ['cr.md:21'],
    );
    // In Chinese, the names apart by 、 and the groups by ；.
    const zh =
      '---\ntype: minutes\n客户: 松石饮品\n会议时间: 2026-12-03 14:00\n发出日期: 2026-12-03 18:00\n参会人员: 邵青、彭越（松石）；陶然、韩雪（鹊石广告）\n抄送: 陶然\n---\n\n# 会议纪要\n\n## 会议结论\n\n- 通过包装方案B。\n\n## 行动项\n\n| 行动项 | 负责人 | 截止日期 |\n|---|---|---|\n| 提供产品照片 | 邵青 | 2026-12-10 |\n| 确认瓶身文字 | 彭越 | 2026-12-10 |\n| 预订摄影棚 | 姜宁 | 2026-12-10 |\n';
    assert.deepEqual(findings({ 'zh.md': zh }, 'unknown-owner'), ['zh.md:22']);
  });

  it('without semicolons between groups, or with a bracket of its own, a name keeps only its own', () => {
    // `Oscar Lindqvist, Greta Hall (Tidewater)` alone: Oscar may be anyone's.
    assert.deepEqual(
      findings({ 'cr.md': report('Oscar Lindqvist, Greta Hall (Tidewater), Nadia Brooks', actions) }, 'unknown-owner'),
      ['cr.md:18', 'cr.md:19', 'cr.md:21'],
    );
    // Oscar's own bracket names his role: the group's party is not given to him.
    assert.deepEqual(
      findings(
        { 'cr.md': report('Oscar Lindqvist (photographer), Greta Hall (Tidewater); Nadia Brooks', actions) },
        'unknown-owner',
      ),
      ['cr.md:18', 'cr.md:19', 'cr.md:21'],
    );
  });

  it('the chunk-local check reads the groups as the whole document does', () => {
    const text = report('Oscar Lindqvist, Greta Hall (Tidewater); Nadia Brooks', actions);
    const options = workspaceOptions(new Map([['cr.md', text]]), 'en', CONFIG, TODAY);
    const doc = buildDocument('cr.md', text, { agencyWorkspace: true });
    const pick = (fs: readonly { rule: string; start: number }[]) =>
      fs.filter((f) => f.rule === 'unknown-owner').map((f) => f.start);
    assert.deepEqual(pick(analyzeDocument(doc, options)), pick(analyzeWhole(doc, options)));
  });
});

describe('blind19: minutes started from an agenda whose last topic is the next steps', () => {
  const agendas = {
    en: '---\ntype: agenda\nclient: Tidewater Mills\nmeeting: 2026-12-09 10:00\nissued: 2026-12-04 09:00\nattendees: Oscar Lindqvist (Tidewater); Nadia Brooks\nlocation: Studio 2\n---\n\n# Agenda: bakery range packs\n\n## Purpose\n\nChoose the pack route.\n\n## Topics\n\n1. Pack routes — @nadia 20 min\n2. Print costs 10 min\n3. Next steps 10 min\n',
    zh: '---\ntype: agenda\n客户: 松石饮品\n会议时间: 2026-12-09 10:00\n发出日期: 2026-12-04 09:00\n参会人员: 邵青（松石）；陶然\n地点: 二楼会议室\n---\n\n# 议程：瓶身改版\n\n## 目的\n\n选定瓶身方案。\n\n## 议题\n\n1. 瓶身方案讲解 @陶然 20分钟\n2. 成本 10分钟\n3. 下一步安排 10分钟\n',
  };
  const decided = { en: '- Agreed to print on recycled board.\n', zh: '- 同意二月初上市。\n' };
  const action = {
    en: '- [ ] Felix to send the print quote by 2026-12-14\n',
    zh: '- [ ] @韩雪 发出报价，截止 2026-12-14\n',
  };

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: a numbered topic under the decisions is the decisions, not the actions`, () => {
      const made = minutesFromAgenda(buildDocument(`a.agenda.md`, agendas[lang], { agencyWorkspace: true })).text;
      // The AE writes what was decided under each topic, and the actions where the prompt says.
      const filled = made
        .replace(/<!-- [^>]*-->\n(?=\n###|\n##)/gu, decided[lang])
        .replace(/\n(- \[ \] [^\n]*@[^\n]*)\n?$/u, `\n${action[lang]}`);
      assert.match(filled, /### 3\. /u);
      const map = new Map([['m.minutes.md', filled]]);
      const options = workspaceOptions(map, 'en', CONFIG, TODAY);
      const doc = buildDocument('m.minutes.md', filled, { locale: 'en', agencyWorkspace: true });
      const rules = analyzeDocument(doc, options).map((f) => `${f.rule}:${f.range.start.line + 1}`);
      // (The chunk-local check reads the topics as the whole document does, cut at every heading too.)
      const cut = buildDocument('m.minutes.md', filled, { cache: new ChunkCache(100, 0), agencyWorkspace: true });
      assert.ok(cut.chunks.length > 3);
      for (const d of [doc, cut])
        assert.deepEqual(
          analyzeDocument(d, options).map((f) => `${f.rule}:${f.range.start.line + 1}`),
          analyzeWhole(d, options).map((f) => `${f.rule}:${f.range.start.line + 1}`),
        );
      assert.deepEqual(
        rules.filter((r) => /^(?:action-|empty-section)/.test(r)),
        [],
        filled,
      );
      // The index's line reader agrees: one action, the one under the actions heading.
      const lines = (as: readonly { line: number }[]) => as.map((a) => a.line);
      const full = summarize(doc, actionsOf(doc, options), JOBS, 2026);
      assert.equal(full.actions.length, 1);
      assert.deepEqual(
        lines(
          scanSummary('m.minutes.md', filled, { today: TODAY, jobPattern: JOBS, agencyWorkspace: true })?.actions ?? [],
        ),
        lines(full.actions),
      );
    });
  }

  it('a numbered sub-heading naming the actions stays the actions when its siblings name sections too', () => {
    // `### 1. Decisions` / `### 2. Action items` under a heading of both: the parts of the minutes, no topics.
    const text =
      '---\ntype: minutes\nclient: Tidewater Mills\nmeeting: 2026-12-03 11:00\nissued: 2026-12-03 16:00\nattendees: Nadia Brooks\ndistribution: attendees\n---\n\n# Contact report\n\n## Decisions\n\n### 1. Decisions\n\n- Recycled board.\n\n### 2. Action items\n\n- Send the quote.\n';
    assert.deepEqual(findings({ 'm.md': text }, 'action-missing-owner'), ['m.md:20']);
  });
});

describe('blind19: a section written twice and the order of the others', () => {
  const plan = (body: string) =>
    `---\ntype: account-plan\nclient: Tidewater Mills\nyear: 2027\nowner: Nadia Brooks\n---\n\n# Account plan: Tidewater Mills 2027\n\n## Annual goals\n\nTwo launches.\n\n## Milestones\n\n- 2027-04-01: spring range\n\n## Strategy\n\nOwn the baking aisle.\n\n${body}`;

  it('a section repeated in the same words is judged where it first stands', () => {
    // Revenue, Team, Revenue again: Team still comes after Revenue's first heading.
    const text = plan(
      '## Revenue and profit\n\nFees of 90,000.\n\n## Team and resources\n\nNadia, Felix.\n\n## Revenue and profit\n\nMargin 20%.\n',
    );
    assert.deepEqual(findings({ 'p.md': text }, 'section-order'), ['p.md:26']);
    assert.deepEqual(findings({ 'p.md': text }, 'duplicate-section'), ['p.md:30']);
  });

  it('minutes reviewing last meeting’s actions at the top keep their actions judged after the decisions', () => {
    const text =
      '---\ntype: minutes\nclient: Tidewater Mills\nmeeting: 2026-12-03 11:00\nissued: 2026-12-03 16:00\nattendees: Nadia Brooks\ndistribution: attendees\n---\n\n# Contact report\n\n## Open action items\n\n- [x] Nadia to send the brief by 2026-11-30\n\n## Decisions\n\n- Recycled board.\n\n## Action items\n\n- [ ] Felix to send the quote by 2026-12-14\n';
    assert.deepEqual(findings({ 'm.md': text }, 'section-order'), []);
  });
});

describe('blind19: a header table whose value is a field’s name', () => {
  const minutes = (table: string) =>
    `# Contact report: Tidewater weekly\n\n${table}\n## Decisions\n\n- Recycled board.\n\n## Next actions\n\n- [ ] Felix to send the quote by 2026-12-14\n`;
  const rows =
    '| Client | Tidewater Mills |\n| Meeting | 2026-12-03 11:00 |\n| Issued | 2026-12-03 16:00 |\n| Attendees | Oscar Lindqvist (Tidewater); Nadia Brooks |\n';

  it('a row under the others gives its value, though the value is a key’s word', () => {
    for (const value of ['attendees', 'Client', 'owner'])
      assert.deepEqual(
        findings(
          { 'm.minutes.md': minutes(`| | |\n|---|---|\n${rows}| Distribution | ${value} |\n`) },
          'missing-field',
        ),
        [],
        value,
      );
  });

  it('a table’s header whose second cell is a key is still no value', () => {
    // `| Distribution | Attendees |` over the rule heads the table: the distribution is not given.
    assert.deepEqual(
      findings({ 'm.minutes.md': minutes(`| Distribution | Attendees |\n|---|---|\n${rows}`) }, 'missing-field'),
      ['m.minutes.md:1'],
    );
  });
});

describe('blind19: a competitor review’s creative and tone under an ampersand', () => {
  it('`## Creative & tone` (and its Spanish and Chinese words) names the creative concept and tone', () => {
    for (const heading of ['Creative & tone', 'Creatividad y tono', '创意与语气']) {
      const text = `---\ntype: competitor\nclient: Tidewater Mills\ndate: 2026-11-20\ncompetitor: Millstone Co\n---\n\n# Millstone Co\n\n## ${heading}\n\nWarm kitchen scenes, a grandmother's voice-over.\n`;
      const doc = buildDocument('c.md', text, { agencyWorkspace: true });
      assert.deepEqual(
        doc.sections.map((s) => s.def.id),
        ['creative-concept-and-tone'],
        heading,
      );
    }
  });
});

describe('blind19: an office extension in a fact book’s directory', () => {
  it('`ext. 2231` is a phone number; a title alone still lacks one', () => {
    const book = (entries: string) =>
      `---\ntype: factbook\nclient: Tidewater Mills\nupdated: 2026-11-20\n---\n\n# Tidewater fact book\n\n## Client directory\n\n${entries}`;
    assert.deepEqual(
      findings(
        {
          'f.md': book(
            '- Greta Hall, Category Manager, ext. 2231\n- Oscar Lindqvist (Buyer) — extensión 114\n- 邵青，市场经理，分机 8021\n- Wilma Price, Pack Designer\n\n| Name | Role | Contact |\n|---|---|---|\n| Ivo Sand | Legal | ext 57 |\n',
          ),
        },
        'directory-entry-incomplete',
      ),
      ['f.md:14'],
    );
  });
});
