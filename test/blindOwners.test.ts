/**
 * Owners, done marks and action blocks as a second blind sample of real minutes wrote them (issue 16:
 * 343 documents from 53 projects not read before, every finding labelled by hand; docs/types.md, "Action
 * items"). Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findDue, findOwners, makeRoster, rosterOf } from '../server/core/actions';
import { scanSummary } from '../server/core/scan';
import { analyze } from './helpers/analyze';

const owners = (text: string, roster?: string[]) =>
  findOwners(text, 0, roster ? makeRoster(roster) : undefined).map((o) => o.name);

/** Minutes with the given attendees and actions section; the findings of `rules` as `rule:line`. */
function minutes(actions: string, attendees = 'Ana, Lee, Tomás', extra = ''): string {
  return `---\ntype: minutes\nclient: Harbor Bank\nmeeting: 2026-11-20\nissued: 2026-11-21\ndistribution: [Ana]\n---\n\n# Weekly sync\n\n## Attendees\n\n- ${attendees}\n\n## Decisions\n\n- Keep the Friday slot.\n${extra}\n## Action items\n\n${actions}\n`;
}
const found = (text: string, prefix = 'action-') =>
  analyze(text)
    .findings.filter((f) => f.rule.startsWith(prefix))
    .map((f) => `${f.rule}:${f.range.start.line + 1}`);

describe('owners of a second blind sample of real minutes', () => {
  it('a date in brackets closing the item, before the people after a dash, is its due date', () => {
    const due = (t: string) => findDue(t, 0, 2026).due?.text;
    assert.equal(due('everyone add their sizes to the sheet before the shoot ( Aug 11th) -- all'), 'Aug 11th');
    assert.equal(due('Send the deck (2026-12-20) — Ana Ruiz'), '2026-12-20');
    assert.equal(due('Review 2026-12-20 - and more text here to read'), undefined);
  });

  it('a bold topic label leading the item is no owner; the person the rest names is', () => {
    assert.deepEqual(owners('**Planificación:** Definir las tareas del sprint.'), []);
    assert.deepEqual(owners('**Seguridad:** Explicar las medidas tomadas.'), []);
    assert.deepEqual(owners('**Print tracking:** Check the proofs on Monday.'), []);
    assert.deepEqual(owners('Deployment: set up the preview server'), []);
    assert.deepEqual(owners('**Venue investigation:** Rohit will call the two hotels'), ['Rohit']);
    assert.deepEqual(owners('**Fundraising:** Yorik needs to send the bank forms'), ['Yorik']);
    // People written the same way stay owners.
    for (const name of ['Nadia', 'Xiaoming', 'Jianping', 'Soledad', 'Carlos', 'Clement'])
      assert.deepEqual(owners(`**${name}:** send the deck`), [name], name);
    assert.deepEqual(owners('**Nadia**: send the deck'), ['Nadia']);
  });

  it('the roster’s people lead the item with a colon, a dash, or several before "to"', () => {
    const roster = ['Ana', 'Lee', 'Tomás'];
    assert.deepEqual(owners('ana: send the revised storyboard', roster), ['ana']);
    assert.deepEqual(owners('tomas & ana: Book the studio', roster), ['tomas', 'ana']);
    assert.deepEqual(owners('tomas - Draft the radio script', roster), ['tomas']);
    assert.deepEqual(owners('ana - chase the printer quote', roster), ['ana']);
    assert.deepEqual(owners('gsnedders + jgraham Review the copy', ['gsnedders', 'jgraham']), ['gsnedders', 'jgraham']);
    // Without the roster: several handles before `to` and a verb; one handle, a dash and a capital.
    assert.deepEqual(owners('ana and lee to review the media plan'), ['ana', 'lee']);
    assert.deepEqual(owners('lee & tomas to visit the venue'), ['lee', 'tomas']);
    assert.deepEqual(owners('jcscottiii - Use the diff view'), ['jcscottiii']);
    // Look-alikes: a label, a topic with a dash, ordinary words before `to`.
    for (const text of ['note: check the colours', 'docs - Update the readme', 'things and ideas to check'])
      assert.deepEqual(owners(text), [], text);
    assert.deepEqual(owners('status: send the deck', roster), [], 'status is no person');
  });

  it('the roster’s people after a clause, and who closes the item after a dash', () => {
    const roster = ['Ana Ruiz', 'Lee'];
    assert.deepEqual(owners('If the client has not replied by Monday, we resend. lee to call them', roster), ['lee']);
    assert.deepEqual(owners('[ ] if legal agrees, ana to publish the post', ['Ana', 'Lee']), ['ana']);
    assert.deepEqual(owners('Update the asset tracker by 2026-12-20 - lee', roster), ['lee']);
    // A double dash sets the author off: a name as written follows it, or a group.
    assert.deepEqual(owners('Show the demo at the next meeting. -- Xia wenzong'), ['Xia wenzong']);
    assert.deepEqual(owners('Collect the forms -- Ana Ruiz/Prof. Lee'), ['Ana Ruiz', 'Prof. Lee']);
    assert.deepEqual(owners('整理客户反馈意见 ---王芳 2026-12-20'), ['王芳']);
    assert.deepEqual(owners('add your requirements to the wiki -- all'), ['all']);
    // A single dash and a word that is not one of the people: no owner.
    assert.deepEqual(owners('Review the draft - final', roster), []);
  });

  it('HackMD’s author tag, `owner 李雷`, mentions that only mention, and `@name` run into a verb', () => {
    assert.deepEqual(owners('[name=Priya] Prepare the Q1 media laydown'), ['Priya']);
    assert.deepEqual(owners('确认纸张规格 owner 李雷 截止 2026-12-20'), ['李雷']);
    assert.deepEqual(owners('准备报价单 --owner 王芳'), ['王芳']);
    assert.deepEqual(owners('汇总投放数据 2026-12-20 @张鑫认领'), ['张鑫']);
    assert.deepEqual(owners('Compare the two cuts. Notes from @lee: check the grade'), []);
    assert.deepEqual(owners('ana - Compare the two cuts. Notes from @lee: check', ['Ana', 'Lee']), ['ana']);
    assert.deepEqual(owners('cc @lee'), []);
    assert.deepEqual(owners('send it @ana'), ['ana']);
  });

  it('speakers who open two lines or more are people of the roster', () => {
    const text = 'jgraham: the patch landed.\n\nsam: we have RFCs for that.\n\njgraham: fine.\n\nnote: later\n';
    const roster = rosterOf(text);
    assert.ok(roster);
    assert.ok(roster.names.has('jgraham'));
    assert.ok(!roster.names.has('sam'), 'one turn is not enough');
    assert.ok(!roster.names.has('note'));
  });

  it('a `Done?` column answering Y, a `- DONE` mark, and owner cells with two people', () => {
    const table = (done: string, who = '王芳，李雷') =>
      `| Done? | Item | Responsible | Due Date |\n| --- | --- | --- | --- |\n| ${done} | Split the milestones | ${who} | 2026-11-27 |`;
    // Done: an owner-less row asks for nothing; open, it does.
    assert.deepEqual(found(minutes(table('Y', ''))), []);
    assert.deepEqual(found(minutes(table('', ''))), ['action-missing-owner:23']);
    assert.deepEqual(
      found(minutes('* AI: Ana to send the call sheet - DONE\n* AI: Lee to confirm the talent. - DONE in tracker.')),
      [],
    );
    // The scan of the workspace reads the same.
    const s = scanSummary('m.md', minutes(table('Y')), { today: { year: 2026 }, jobPattern: /[A-Z]+-\d+/ });
    assert.deepEqual(
      s?.actions.map((a) => [a.owners, a.done]),
      [[['王芳', '李雷'], true]],
    );
  });

  it('a date ending the task before `@owner` is its due date; `TODO` alone is a blank, no action', () => {
    assert.deepEqual(found(minutes('- Send the quote 2026-12-20 @ana\n- Send the quote @lee 2026-12-20')), []);
    assert.deepEqual(found(minutes('* [ ] TODO'), ''), ['empty-section:19']);
  });

  it('`Action items` alone on its line leads the list of actions, also as a bullet over its items', () => {
    const extra =
      '\n## Topics\n\n### Radio spot\n\nAction items\n1. ana to book the studio due 2026-12-20\n2. Send the script to legal\n';
    const doc = minutes('- @ana send the deck due 2026-12-20', 'Ana, Lee', extra).replace(
      '## Action items\n\n- @ana send the deck due 2026-12-20\n',
      '',
    );
    assert.deepEqual(found(doc, ''), ['action-missing-due:25', 'action-missing-owner:25']);
    const bullet = minutes('- x', 'Ana, Lee', '').replace(
      '## Action items\n\n- x\n',
      '## Notes\n\n* Discussed the launch\n* Action Items\n    * Ana: Create the shot list due 2026-12-20\n    * Send the brief to the photographer due 2026-12-20\n',
    );
    assert.deepEqual(found(bullet, ''), ['action-missing-owner:24']);
  });

  it('in an actions section that labels its actions, a list under another bold label is not actions', () => {
    const doc = minutes(
      '**Action Items**\n\n1. Fill in the landing copy @ana due 2026-12-20\n\n**Writing principles**\n\n1. No paragraph over three lines.\n2. No superlatives.\n',
    );
    assert.deepEqual(found(doc), []);
    // Without the label, the lists of the section are its actions.
    assert.deepEqual(found(minutes('1. Fill in the landing copy @ana due 2026-12-20\n2. No superlatives.\n')), [
      'action-missing-due:22',
      'action-missing-owner:22',
    ]);
  });

  it('`AI:` is an action only where it names who does it', () => {
    const extra =
      '\n## Agenda review\n\n- Open pull requests\n  - AI: define what "autonomous" means\n  - AI: Lee to ask the studio due 2026-12-20\n';
    assert.deepEqual(found(minutes('- @ana send the deck due 2026-12-20', 'Ana, Lee', extra)), []);
    assert.equal(
      analyze(minutes('- @ana send the deck due 2026-12-20', 'Ana, Lee', extra)).findings.filter(
        (f) => f.rule === 'action-overdue',
      ).length,
      0,
    );
  });

  it('a retrospective’s start / stop / continue lists are the team’s resolutions, not tasks', () => {
    const retro = minutes('- x', 'Ana, Lee').replace(
      '## Action items\n\n- x\n',
      '## Plan de acción\n\n### Empezar\n\n- Estimar las piezas antes de repartirlas.\n\n### Dejar de hacer\n\n- Usar el chat como único canal.\n\n### Next\n\n- Book the studio\n',
    );
    assert.deepEqual(found(retro), ['action-missing-due:31', 'action-missing-owner:31']);
    // The workspace scan reads the same actions.
    const s = scanSummary('r.md', retro, { today: { year: 2026 }, jobPattern: /[A-Z]+-\d+/ });
    assert.deepEqual(
      s?.actions.map((a) => a.text),
      ['Book the studio'],
    );
  });

  it('a handle opening a later sentence, and one of the people with someone else before a colon', () => {
    assert.deepEqual(owners('If not merged by then, will merge. jgraham to review in between.'), ['jgraham']);
    assert.deepEqual(owners('It is done. data to be migrated later'), []);
    assert.deepEqual(owners('Sam & jbedard: read through the RFC', ['sam', 'lee']), ['Sam', 'jbedard']);
    const text = 'jcscott: maybe not.\n\n- jcscott - Do full runs\n- jcscott - ping philip\n';
    assert.ok(rosterOf(text)?.names.has('jcscott'), 'a handle leading items with a dash is one of the people');
  });
});
