/**
 * The deadlines given by headings of their own (server/core/deadlineSections.ts) while typing: a model made
 * from its previous version finds the headings naming a deadline from the last version's (those before the
 * edit as they were, the edited ones read, those after moved). After random edits of headings (a deadline's
 * heading renamed, added, removed, its depth changed) and of text, the deadlines must equal a reading of all
 * the headings of a fresh parse.
 */
import { strict as assert } from 'node:assert';
import { buildDocument, headingsKept, type AgencyDocument } from '../server/core/document';
import { deadlineSections } from '../server/core/deadlineSections';
import { ChunkCache } from '../server/core/markdown';
import { PieceText } from '../server/core/pieces';
import { changeBetween, rng } from './helpers/random';

/** A heading's text: one naming a deadline alone (in a few languages), or another. */
function headingText(random: () => number): string {
  const r = random();
  if (r < 0.15) return 'DDL';
  if (r < 0.25) return '关键节点';
  if (r < 0.32) return '**Deadline:**';
  if (r < 0.38) return 'Fecha límite';
  if (r < 0.5) return `第${1 + Math.floor(random() * 9)}次会议`;
  if (r < 0.65) return '本周任务';
  if (r < 0.75) return 'Deadlines and owners';
  return 'Notas';
}

/** What is under a heading: a date alone, a deadline's label and a date, or tasks. */
function body(random: () => number): string {
  const r = random();
  const m = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  if (r < 0.3) return `${m}月${d}日会议前`;
  if (r < 0.45) return `- 任务截止日期：${m}月${d}日`;
  if (r < 0.55) return `${d}/${m}`;
  return '- 整理需求文档并发给客户确认\n- 王芳：绘制登录页的原型图';
}

function logText(random: () => number, meetings: number): string {
  const parts: string[] = ['---\ntype: minutes\n---\n\n# 会议记录\n'];
  for (let i = 0; i < meetings; i++) {
    const depth = 2 + Math.floor(random() * 2);
    parts.push(`${'#'.repeat(depth)} 第${i + 1}次会议\n\n- 整理需求文档\n`);
    for (let k = Math.floor(random() * 3); k > 0; k--)
      parts.push(`${'#'.repeat(depth + 1)} ${headingText(random)}\n\n${body(random)}\n`);
  }
  return parts.join('\n');
}

/** One random edit: a heading renamed, its depth changed or its marks removed, a heading added, or text typed or removed. */
function edit(text: string, random: () => number): string {
  const r = random();
  const lines = text.split('\n');
  const headings = lines.flatMap((l, i) => (/^#{1,6} /.test(l) ? [i] : []));
  if (r < 0.4 && headings.length > 1) {
    const i = headings[1 + Math.floor(random() * (headings.length - 1))];
    const how = random();
    if (how < 0.5) lines[i] = lines[i].replace(/^(#+ ).*/, `$1${headingText(random)}`);
    else if (how < 0.75) lines[i] = lines[i].replace(/^#+/, '#'.repeat(1 + Math.floor(random() * 4)));
    else lines[i] = lines[i].replace(/^#+ /, '');
    return lines.join('\n');
  }
  if (r < 0.55) {
    const i = 1 + Math.floor(random() * (lines.length - 1));
    lines.splice(i, 0, '', `${'#'.repeat(2 + Math.floor(random() * 3))} ${headingText(random)}`, '', body(random), '');
    return lines.join('\n');
  }
  const at = Math.floor(random() * (text.length + 1));
  if (r < 0.7 && text.length > 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  return text.slice(0, at) + 'a 1\n'[Math.floor(random() * 4)] + text.slice(at);
}

describe('deadlines under headings of their own while typing', () => {
  it('equal a reading of all the headings after random edits', function () {
    this.timeout(600000);
    let spliced = 0;
    let found = 0;
    for (const seed of [3101, 3102, 3103]) {
      const random = rng(seed);
      let text = logText(random, 50);
      const cache = new ChunkCache(4000, 0);
      const pieces = new PieceText(text, 64);
      let previous: AgencyDocument | undefined;
      for (let step = 0; step < 150; step++) {
        const before = text;
        text = edit(text, random);
        const change = changeBetween(before, text);
        pieces.edit(change.start, change.oldEnd, text.slice(change.start, change.newEnd));
        const source = pieces.snapshot();
        const doc = buildDocument('/tmp/ddl.md', text, { cache, previous, change, source });
        const splice = headingsKept(doc.headings);
        if (splice) spliced++;
        const fresh = buildDocument('/tmp/ddl.md', text, { cache: new ChunkCache(4000, 0) });
        for (const order of [undefined, 'dmy'] as const) {
          const got = deadlineSections(doc.headings, source, 2026, order, splice);
          const want = deadlineSections(fresh.headings, text, 2026, order);
          assert.deepEqual(got, want, `seed ${seed}, edit ${step}, order ${order}`);
          found += want.length;
        }
        previous = doc;
      }
    }
    assert.ok(spliced > 200, `${spliced} edits followed`);
    assert.ok(found > 1000, `${found} deadlines compared`);
  });
});
