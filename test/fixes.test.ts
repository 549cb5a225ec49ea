/**
 * Every fix offered on every fixture: the fixed text is checked again — the
 * finding is gone, nothing the user wrote was removed, and the same fix is
 * not offered again. Fix-all leaves no missing section or field.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDocument } from '../server/core/document';
import { analyzeDocument, fixesFor, type Finding } from '../server/core/analyze';
import { applyEdits } from '../server/core/edits';
import { fixAllEdits } from '../server/core/fixall';
import type { TextEdit } from '../server/core/edits';
import { analyze, analyzeFolder, type Analyzed } from './helpers/analyze';

const ROOT = join(__dirname, 'fixtures', 'rules');
/** Fixes that replace a piece of text by design (docs/architecture.md#fixes); all others only insert. */
const REPLACING = new Set(['ambiguous-date', 'unknown-type']);

function reanalyze(a: Analyzed, text: string): Finding[] {
  return analyzeDocument(buildDocument(a.path, text, { locale: a.options.locale }), a.options);
}

/** True when the edits only insert, so the original text survives around them. */
function onlyInserted(edits: readonly TextEdit[]): boolean {
  return edits.every((e) => e.start === e.end);
}

/** Where an offset of the original text lands after the edits. */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  let delta = 0;
  for (const e of edits) {
    if (e.start <= offset && offset < e.end) return e.start + delta;
    if (e.end <= offset && !(e.start === e.end && e.start === offset)) delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

/** The same finding after the fix: same rule, same data, at the mapped place. */
function sameFinding(after: Finding, before: Finding, edits: readonly TextEdit[]): boolean {
  const data = (f: Finding) => JSON.stringify({ ...f.data, insertAt: 0 });
  return after.rule === before.rule && after.start === mapOffset(before.start, edits) && data(after) === data(before);
}

describe('fixes', () => {
  const all: Analyzed[] = readdirSync(ROOT)
    .sort()
    .flatMap((folder) => analyzeFolder(join(ROOT, folder)));

  it('are offered for every finding, at least "disable for this file"', () => {
    for (const a of all)
      for (const f of a.findings) assert.ok(fixesFor(f, { doc: a.doc, options: a.options }).length >= 1);
  });

  it('remove their finding, keep the user’s text, and are not offered twice', () => {
    let checked = 0;
    for (const a of all) {
      for (const f of a.findings) {
        for (const fix of fixesFor(f, { doc: a.doc, options: a.options })) {
          const where = `${a.path}: ${f.rule} at ${f.range.start.line + 1}: “${fix.title}”`;
          if (
            !REPLACING.has(f.rule) ||
            fix.title.includes('agency-docs') ||
            /disable|desactivar|禁用|停用|关闭/i.test(fix.title)
          ) {
            assert.ok(onlyInserted(fix.edits), `${where} deletes text`);
          }
          const fixed = applyEdits(a.text, fix.edits);
          if (fix.edits.every((e) => e.start === e.end)) {
            // Every character of the original is still there, in order.
            let i = 0;
            for (let k = 0; k < fixed.length; k++) if (i < a.text.length && fixed[k] === a.text[i]) i++;
            assert.equal(i, a.text.length, `${where} lost text`);
          }
          const after = reanalyze(a, fixed);
          const still = after.filter((g) => sameFinding(g, f, fix.edits));
          // “Add all sections” removes this finding too; a fix for one item must not leave it.
          assert.equal(still.length, 0, `${where} did not remove the finding:\n${fixed}`);
          assert.ok(
            !after.some((g) => g.rule === 'frontmatter-syntax') ||
              a.findings.some((g) => g.rule === 'frontmatter-syntax'),
            `${where} broke the front matter:\n${fixed}`,
          );
          checked++;
        }
      }
    }
    assert.ok(checked > 100, `only ${checked} fixes checked`);
  });

  it('fix-all leaves no missing section or field, and a second run changes nothing', () => {
    let fixedDocs = 0;
    for (const a of all) {
      const edits = fixAllEdits(a.doc, a.findings);
      if (edits.length === 0) continue;
      assert.ok(
        edits.every((e) => e.start === e.end),
        `${a.path}: fix-all must only insert`,
      );
      const fixed = applyEdits(a.text, edits);
      const doc2 = buildDocument(a.path, fixed, { locale: a.options.locale });
      const after = analyzeDocument(doc2, a.options);
      const left = after.filter((f) => f.rule === 'missing-section' || f.rule === 'missing-field');
      assert.deepEqual(
        left.map((f) => `${f.rule} ${f.data.section ?? f.data.field}`),
        [],
        `${a.path} after fix-all:\n${fixed}`,
      );
      assert.deepEqual(fixAllEdits(doc2, after), [], `${a.path}: fix-all is not idempotent`);
      fixedDocs++;
    }
    assert.ok(fixedDocs >= 5, `only ${fixedDocs} documents had safe fixes`);
  });
});

describe('fix details', () => {
  it('inserts a missing section at its canonical place, in the document’s language', () => {
    const text = '---\ntype: brief\n---\n# 创意简报\n\n## 目标\n\n提升知名度。\n\n## 支持点\n\n- 一\n';
    const a = analyze(text);
    const f = a.findings.find((x) => x.rule === 'missing-section' && x.data.section === 'button')!;
    const fix = fixesFor(f, { doc: a.doc, options: a.options })[0];
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('## 按钮\n'), fixed);
    assert.ok(
      fixed.indexOf('## 按钮') < fixed.indexOf('## 支持点') && fixed.indexOf('## 按钮') > fixed.indexOf('## 目标'),
      fixed,
    );
  });
  it('creates the front matter when there is none', () => {
    const text = '# Creative brief\n\n## Objective\n\nGrow.\n';
    const a = analyze(text);
    const fixed = applyEdits(text, fixAllEdits(a.doc, a.findings));
    assert.ok(fixed.startsWith('---\nclient: <client>\n'), fixed);
    assert.equal((fixed.match(/^---$/gm) ?? []).length, 2);
  });
  it('fills an empty table cell for a missing owner', () => {
    const text =
      '---\ntype: minutes\nclient: A\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n| Action | Owner | Due |\n|---|---|---|\n| Send deck |  | 2026-12-01 |\n';
    const a = analyze(text);
    const f = a.findings.find((x) => x.rule === 'action-missing-owner')!;
    const fixed = applyEdits(text, fixesFor(f, { doc: a.doc, options: a.options })[0].edits);
    assert.ok(fixed.includes('| Send deck | @owner  | 2026-12-01 |'), fixed);
  });
  it('keeps CRLF line ends', () => {
    const text = '---\r\ntype: brief\r\n---\r\n# Creative brief\r\n';
    const a = analyze(text);
    const fixed = applyEdits(text, fixAllEdits(a.doc, a.findings));
    assert.ok(!/[^\r]\n/.test(fixed), JSON.stringify(fixed));
  });
});

describe('fixes of labelled action lines', () => {
  it('put the owner and the date at the end of the action line, before the next line', () => {
    const text =
      '---\ntype: minutes\nclient: A\nmeeting: 2026-11-20\nissued: 2026-11-20\nattendees: [a]\ndistribution: [b]\n---\n# Minutes\n\n## Decisions\n\nGo.\n\n## Next actions\n\n- [ ] Send the deck @ana due 2026-12-01\n\n## 1. Film\n\n**Action:** Send the revised cut to the client.\nAction: none\n';
    const a = analyze(text);
    for (const rule of ['action-missing-owner', 'action-missing-due']) {
      const f = a.findings.find((x) => x.rule === rule);
      assert.ok(f, rule);
      const fixed = applyEdits(text, fixesFor(f, { doc: a.doc, options: a.options })[0].edits);
      assert.match(fixed, /\*\*Action:\*\* Send the revised cut to the client\. \S.*\nAction: none\n$/, fixed);
    }
  });
});
