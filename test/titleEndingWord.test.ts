/** An everyday type word only closing the title weighs as the bare word does (docs/types.md). */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';

const typeOf = (text: string) => buildDocument('notes.md', text, { agencyWorkspace: false }).type?.id;

describe('an everyday word at the end of a title', () => {
  it('a product note titled … Strategy with two everyday headings stays ordinary Markdown', () => {
    assert.equal(
      typeOf('# Brightmoor Roadmap Strategy\n\n## Target Audience\n\nTeams.\n\n## Key Differentiators\n\n- Fast\n'),
      undefined,
    );
  });
  it('a web page plan titled … Brief with two everyday headings stays ordinary Markdown', () => {
    assert.equal(
      typeOf('# Homepage Refresh Brief\n\n## Design Direction\n\nCalm.\n\n## Technical Requirements\n\nStatic.\n'),
      undefined,
    );
  });
  it('the same word leading the title still types it with two sections', () => {
    assert.equal(
      typeOf('# Strategy: Brightmoor\n\n## Target Audience\n\nTeams.\n\n## Key Differentiators\n\n- Fast\n'),
      'strategy',
    );
  });
  it('a named client at the top still types a title the word closes', () => {
    assert.equal(typeOf('# Brightmoor Spring Strategy\n\n**Client:** Brightmoor Foods\n\nText.\n'), 'strategy');
  });
});
