/**
 * What a twentieth blind set of agency documents found (blind20, 2026-12-07): a memo to a client that names
 * another client, a Chinese mandatories heading in a mixed wording, and messages that quote an action cut
 * mid-word or call a date ambiguous without saying its two readings. Written here in our own words, in the
 * same forms.
 */
import { strict as assert } from 'node:assert';
import { workspaceFindingLines, analyze } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 7 };
const CONFIG = JSON.stringify({
  agency: { name: 'Lantern Row' },
  clients: [
    { name: 'Harrowgate Foods', aliases: ['Harrowgate'] },
    { name: 'Pinecrest Travel', aliases: ['Pinecrest'] },
    { name: '远川家电', aliases: ['远川'] },
    { name: '禾田', aliases: [] },
  ],
});

const findings = (files: Record<string, string>, rule: string) => workspaceFindingLines(files, rule, CONFIG, TODAY);

describe('blind20: a memo to a client is that client’s', () => {
  it('another client named in a memo whose recipient is a configured client is reported', () => {
    const zh =
      '---\ntype: 备忘录\n收件人: 周经理，远川家电品牌部\n发件人: 何静，灯巷广告\n日期: 2026年12月4日\n主题: 灯箱上线时间\n---\n\n# 备忘录：灯箱上线时间\n\n周经理：\n\n灯箱上线推迟一周。画面可参考我们为禾田做的站台灯箱。\n';
    assert.deepEqual(findings({ 'memo.md': zh }, 'other-client-mentioned'), ['memo.md:13']);
    const en =
      '---\ntype: memo\nto: Dana Okoro, Harrowgate Foods\nfrom: Theo Park, Lantern Row\ndate: 2026-12-04\nsubject: Shelf wobblers\n---\n\n# Shelf wobblers\n\nDana,\n\nThe wobblers ship on Friday. The die-cut we made for Pinecrest works well here too.\n';
    assert.deepEqual(findings({ 'memo.md': en }, 'other-client-mentioned'), ['memo.md:13']);
  });

  it('an internal memo, or one to two clients, names no client of its own', () => {
    const internal =
      '---\ntype: memo\nto: Creative team\nfrom: Theo Park\ndate: 2026-12-04\nsubject: Holidays\n---\n\n# Holidays\n\nThe Pinecrest and Harrowgate reviews move to January.\n';
    assert.deepEqual(findings({ 'memo.md': internal }, 'other-client-mentioned'), []);
    const both =
      '---\ntype: memo\nto: Harrowgate Foods; Pinecrest Travel\nfrom: Theo Park\ndate: 2026-12-04\nsubject: Joint promotion\n---\n\n# Joint promotion\n\nHarrowgate and Pinecrest run the winter promotion together.\n';
    assert.deepEqual(findings({ 'memo.md': both }, 'other-client-mentioned'), []);
  });

  it('a `client:` written wins over the recipient', () => {
    // Pinecrest's memo: its own name in the body is no finding, the other client it is sent to is.
    const text =
      '---\ntype: memo\nclient: Pinecrest Travel\nto: Dana Okoro, Harrowgate Foods\nfrom: Theo Park\ndate: 2026-12-04\nsubject: Shelf wobblers\n---\n\n# Shelf wobblers\n\nThe die-cut we made for Pinecrest works well here too.\n';
    assert.deepEqual(findings({ 'memo.md': text }, 'other-client-mentioned'), ['memo.md:4']);
  });
});

describe('blind20: a Chinese mandatories heading in a mixed wording', () => {
  it('`必须包含的执行要素` names the mandatories', () => {
    const text =
      '---\ntype: 传播策略\n客户: 远川家电\n---\n\n# 远川家电 2027 传播策略\n\n## 必须包含的执行要素\n\n- 品牌标志放在右下角。\n';
    const missing = analyze(text, 'strategy.md', 'zh', CONFIG).findings.filter(
      (f) => f.rule === 'missing-section' && f.data.section === 'mandatories',
    );
    assert.deepEqual(missing, []);
  });
});

describe('blind20: messages', () => {
  const minutes = (actions: string) =>
    `---\ntype: minutes\nclient: Harrowgate Foods\nmeeting: 2026-12-03 10:00\nissued: 2026-12-03 15:00\nattendees: Dana Okoro, Theo Park\n---\n\n# Contact report\n\n## Decisions\n\n- The wobblers go ahead.\n\n## Next actions\n\n${actions}`;

  it('an action quoted in a message is cut at the end of a word', () => {
    const a = analyze(
      minutes('- [ ] Confirm packaging timeline with the printer before the holidays due 2026-12-20\n'),
    );
    const owner = a.findings.find((f) => f.rule === 'action-missing-owner');
    assert.ok(owner);
    assert.match(owner.message, /“Confirm packaging timeline with the…”/u, owner.message);
  });

  it('an ambiguous date’s message says both readings', () => {
    const text = minutes('- [ ] Send the proofs @theo due 03/04/2027\n');
    const message = (lang: 'en' | 'es' | 'zh') =>
      analyze(text, 'cr.md', lang).findings.find((f) => f.rule === 'ambiguous-date')?.message ?? '';
    assert.match(message('en'), /2027-04-03 \(day first\) or 2027-03-04 \(month first\)/u);
    assert.match(message('es'), /2027-04-03 \(día primero\) o 2027-03-04 \(mes primero\)/u);
    assert.match(message('zh'), /2027-04-03（日在前）或 2027-03-04（月在前）/u);
  });

  it('the due label a message asks for is the one the document writes', () => {
    const zh =
      '---\ntype: 会议纪要\n客户: 远川家电\n会议时间: 2026-12-03 10:00\n发出日期: 2026-12-03 15:00\n参会人员: 周敏、何静\n---\n\n# 会议纪要\n\n## 会议决定\n\n- 灯箱方案通过。\n\n## 待办事项\n\n- [ ] 准备小红书文案 @何静\n';
    const due = (lang: 'en' | 'es' | 'zh') =>
      analyze(zh, 'zh.md', lang).findings.find((f) => f.rule === 'action-missing-due')?.message ?? '';
    assert.match(due('en'), /add a due date \(截止：YYYY-MM-DD\)/u, due('en'));
    assert.match(due('zh'), /（截止 YYYY-MM-DD）/u, due('zh'));
    // An English document keeps the English label in an English message.
    const en = analyze(minutes('- [ ] Send the proofs @theo\n')).findings.find((f) => f.rule === 'action-missing-due');
    assert.match(en?.message ?? '', /\(due YYYY-MM-DD\)/u);
  });
});
