/**
 * Issue 21, item 6: nothing the analysis remembers between documents keeps a
 * document's text alive. The memo caches (heading names, section matches,
 * action words) once kept slices of each document as keys, and a slice holds
 * its whole text: the CLI's workers then held thousands of texts at 10,000
 * documents, and the language server as many as it had seen.
 */
import { strict as assert } from 'node:assert';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { analyzeDocument } from '../server/core/analyze';
import { typeById } from '../server/core/catalog/index';
import { matchHeading, normalizeHeading, sectionTable } from '../server/core/headings';
import { short } from '../server/core/rules/common/openActions';
import { parseOnce } from '../server/cli/project';
import { workspaceOptions } from './helpers/analyze';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The heap kept after `run` (two collections either side), in MB. */
function heldAfter(run: () => void): number {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  run();
  gc();
  gc();
  return (process.memoryUsage().heapUsed - before) / 2 ** 20;
}

/** A text of about 2 MB (two bytes a character) holding `piece` at its start, different for each `i`. */
function bigTextWith(piece: string, i: number): string {
  return `${piece}\n${`会议纪要 ${i} `.repeat(150_000)}`;
}

describe('memory: caches keep no document text alive (issue 21)', () => {
  it('the heading, section and action-word caches keep copies, not slices of the text', () => {
    const brief = typeById('brief')!;
    const table = sectionTable(brief);
    const held = heldAfter(() => {
      for (let i = 0; i < 30; i++) {
        const text = bigTextWith(`## Background ${i}`, i);
        const heading = text.slice(3, text.indexOf('\n'));
        assert.equal(normalizeHeading(heading), `background ${i}`);
        matchHeading(table, heading);
        assert.ok(short(text.slice(0, 40)).length > 0);
      }
    });
    // 30 texts of 2 MB: slices kept as keys would hold 60 MB; the copies are a few kB.
    assert.ok(held < 8, `${held.toFixed(1)} MB held after 30 documents`);
  });

  it('analysing documents one after another keeps none of their texts', () => {
    const options = workspaceOptions(new Map());
    const held = heldAfter(() => {
      for (let i = 0; i < 12; i++) {
        // A brief with headings and actions, and a long note (about 2 MB) at the end.
        const text = [
          '---',
          'type: brief',
          'client: Northwind Coffee',
          '---',
          '',
          `# Creative brief ${i}`,
          '',
          `## Background ${i}`,
          '',
          `- [ ] Send the deck to the client @ana ${i}`,
          '',
          `## Next steps ${i}`,
          '',
          `- [ ] Book the studio ${i}`,
          '',
          '```',
          `${`会议纪要 ${i} `.repeat(20)}\n`.repeat(7_000),
          '```',
          '',
        ].join('\n');
        analyzeDocument(parseOnce(`brief-${i}.md`, text, 'en'), options);
      }
    });
    // 12 texts of about 2 MB each: 24 MB if any cache kept a slice of each.
    assert.ok(held < 8, `${held.toFixed(1)} MB held after 12 documents`);
  });
});
