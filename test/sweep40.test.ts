/**
 * What a fortieth sweep of ordinary Markdown found (sweep40, 104 public repositories, 2026-12-07): minutes named by a
 * dotted date (`2022.05.11.Minutes.md`) typed by our file-name convention, and an engineer's implementation
 * proposal with a table of contents and an objective typed as a presentation plan. Written here in our own words.
 */
import { strict as assert } from 'node:assert';
import { buildDocument, typeFromFileName } from '../server/core/document';

const typeOf = (path: string, text: string) => buildDocument(path, text, { agencyWorkspace: false }).type?.id;

describe('sweep40: the file-name convention', () => {
  it('types `name.<id>.md` with the id as written', () => {
    assert.equal(typeFromFileName('work/acme-q3.brief.md')?.id, 'brief');
    assert.equal(typeFromFileName('2026-12-03-harbor.minutes.md')?.id, 'minutes');
    assert.equal(typeFromFileName('2026-12-03.minutes.md')?.id, 'minutes');
    assert.equal(typeFromFileName('copperline-2027.account-plan.md')?.id, 'account-plan');
    // (Any character before the dot, a line break too.)
    assert.equal(typeFromFileName('odd\nname.brief.md')?.id, 'brief');
  });
  it('not a dotted date or version before the word, nor the word in capitals', () => {
    assert.equal(typeFromFileName('minutes/2022.05.11.Minutes.md'), undefined);
    assert.equal(typeFromFileName('2022.05.11.minutes.md'), undefined);
    assert.equal(typeFromFileName('v1.2.memo.md'), undefined);
    assert.equal(typeFromFileName('Weekly.Status.md'), undefined);
    const notes = '# Community call\n\n## Attendees\n\n- Ravi\n\n## Notes\n\n- Release went out.\n';
    assert.equal(typeOf('2022.05.11.Minutes.md', notes), undefined);
  });
});

describe('sweep40: an engineer’s proposal', () => {
  const design =
    '# Propuesta de implementación: inicio de sesión con roles\n\n## Índice\n\n1. Objetivo\n2. Diseño\n\n### Objetivo principal\n\nQue cada usuario entre con su rol.\n\n## Roles y permisos\n\n| Rol | Permiso |\n|---|---|\n| admin | todo |\n';
  it('an implementation proposal with a table of contents and an objective stays ordinary Markdown', () => {
    assert.equal(typeOf('docs/propuesta-login.md', design), undefined);
    assert.equal(
      typeOf(
        'docs/cache.md',
        '# Propuesta: caché de la API\n\n## Índice\n\n1. Objetivo\n\n### Objetivo\n\nMenos latencia.\n',
      ),
      undefined,
    );
  });
  it('a pitch plan still types by its own sections', () => {
    const pitch =
      '# Propuesta: Nuvia, presentación de enero\n\n## Objetivo\n\nGanar la cuenta.\n\n## Roles\n\n- Ana abre.\n\n## Ensayo\n\n- Lunes 10:00.\n\n## Equipo técnico\n\n- Proyector.\n';
    assert.equal(typeOf('pitch.md', pitch), 'proposal');
  });
});

describe('sweep41: one person’s own strategy', () => {
  const sections =
    '\n\n## Target Audience\n\nFounders.\n\n## Brand Positioning\n\nPlain.\n\n## Competitive Positioning\n\nFew.\n\n## Brand Personality\n\nWarm.\n\n## Unique Value Proposition\n\nSpeed.\n';
  it('a personal brand strategy with the sections of a strategy stays ordinary Markdown', () => {
    assert.equal(typeOf('identity/brand.md', `# Personal Brand Strategy${sections}`), undefined);
    assert.equal(typeOf('career.md', `# Career Strategy${sections}`), undefined);
  });
  it('a client’s brand strategy is still one, said by its client', () => {
    // (Its parts alone no longer type a title whose one word closes it: sweep43's startup plans.)
    assert.equal(typeOf('acme.md', `**Client:** Acme Foods\n\n# Acme Brand Strategy${sections}`), 'strategy');
    assert.equal(typeOf('acme.md', `# Acme Brand Strategy${sections}`), undefined);
  });
});
