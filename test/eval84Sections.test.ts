/**
 * A section form of the real minutes labelled in eval84 (2026-12-07): conclusions given as preliminary under a
 * bold label (`**初步结论**`). Written here in our own words, in the same form.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';

const missing = (text: string, lang: 'en' | 'zh' = 'zh') =>
  analyze(text, 'minutes.md', lang)
    .findings.filter((f) => f.rule === 'missing-section')
    .map((f) => f.data.section);

describe('eval84: preliminary conclusions are the decisions', () => {
  it('a bold label or a heading of preliminary conclusions, in Chinese and in English', () => {
    const zh = (label: string) =>
      `---\ntype: minutes\n---\n# 讨论记录\n\n## 讨论一\n\n内容。\n\n${label}\n\n1. 先做网页版。\n\n## 后续行动\n\n- [ ] @王 提交原型 截止 2026-12-20\n`;
    assert.deepEqual(missing(zh('**初步结论**')), []);
    assert.deepEqual(missing(zh('### 初步结论')), []);
    const en =
      '---\ntype: minutes\n---\n# Design sync\n\n## Discussion\n\nText.\n\n## Preliminary conclusions\n\n- Web first.\n\n## Next actions\n\n- [ ] @ana send the mock-up due 2026-12-20\n';
    assert.deepEqual(missing(en, 'en'), []);
  });
});
