/**
 * A year-less due date (`by Mar 19`, `due 3/19`) takes the document's own year, which real minutes give in
 * their title, on a `Date:` line or in the file name more often than in the front matter (issue 16: a 2023
 * document's `Mar 19` read as this year's made its actions overdue by the wrong number of days).
 */
import { strict as assert } from 'node:assert';
import { documentYear, yearOfPath } from '../server/core/documentYear';
import { actionsOf } from '../server/core/analyze';
import { scanSummary } from '../server/core/scan';
import { analyze } from './helpers/analyze';

const minutes = (top: string, body = '## Action items\n\n- Ana to send the deck by Mar 19\n') =>
  `---\ntype: minutes\n---\n${top}\n\n${body}`;

const dues = (text: string, path = 'notes.md') => {
  const a = analyze(text, path);
  return actionsOf(a.doc, a.options).map((x) =>
    x.due?.date ? `${x.due.date.year}-${x.due.date.month}-${x.due.date.day}` : '-',
  );
};
const scanned = (text: string, path = 'notes.md') =>
  scanSummary(path, text, { today: { year: 2026 }, jobPattern: /[A-Z]+-\d+/ })?.actions.map((a) => a.due ?? '-');

describe("the document's year for its year-less dates", () => {
  it('from the title, a Date line atop the body, or the path', () => {
    assert.deepEqual(dues(minutes('# Weekly sync – 2023-03-16')), ['2023-3-19']);
    assert.deepEqual(dues(minutes('# Weekly sync\n\n**Date:** March 16, 2023')), ['2023-3-19']);
    assert.deepEqual(dues(minutes('# Reunión semanal\n\n- Fecha: 16/03/2023')), ['2023-3-19']);
    assert.deepEqual(dues(minutes('# 周会\n\n日期：2023年3月16日')), ['2023-3-19']);
    assert.deepEqual(dues(minutes('# Weekly sync'), 'minutes/2023-03-16-sync.md'), ['2023-3-19']);
    assert.deepEqual(dues(minutes('# Weekly sync'), 'minutes/2023/03-16.md'), ['2023-3-19']);
    // The workspace scan reads the same year.
    assert.deepEqual(scanned(minutes('# Weekly sync – 2023-03-16')), ['2023-03-19']);
    assert.deepEqual(scanned(minutes('# Weekly sync'), 'minutes/2023/03-16.md'), ['2023-03-19']);
  });

  it('the front matter wins; without any sign, or with two years in the title, this year', () => {
    const withField =
      '---\ntype: minutes\ndate: 2024-05-02\n---\n# Sync – 2023-03-16\n\n## Action items\n\n- Ana to send the deck by Mar 19\n';
    assert.deepEqual(dues(withField), ['2024-3-19']);
    assert.deepEqual(dues(minutes('# Weekly sync')), ['2026-3-19']);
    assert.deepEqual(dues(minutes('# Plan 2023 vs 2024')), ['2026-3-19']);
  });

  it('reads only dates written with their year, and only whole dates or year folders in paths', () => {
    assert.equal(documentYear({ title: 'Sync – Mar 16', body: '', path: 'a.md' }), undefined);
    assert.equal(documentYear({ title: 'Sync', body: 'Date: 16/03/2023\n', path: 'a.md' }), 2023);
    // A date further down the body, after the first lines, says nothing of the document's year.
    assert.equal(
      documentYear({ title: 'Sync', body: `${'text\n'.repeat(40)}Date: 2023-03-16\n`, path: 'a.md' }),
      undefined,
    );
    assert.equal(yearOfPath('notes/meeting_20230316.md'), 2023);
    assert.equal(yearOfPath('v2020-migration/notes.md'), undefined);
    assert.equal(yearOfPath('notes/release-2023.md'), undefined);
    assert.equal(yearOfPath('a/2023/b/c/notes.md'), undefined);
  });
});
