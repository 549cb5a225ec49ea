/**
 * Forms of the blind sets eval58 (Spanish and Chinese minutes) and eval59 (agency documents) read in the
 * twenty-sixth session: parts written as boxes to tick, under names of their own, or as a labelled choice.
 * Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { ruleFindings } from './helpers/analyze';
import { headsNone, headsSection } from './helpers/headings';

const found = ruleFindings;

const minutes = (body: string) =>
  `---\ntype: minutes\nclient: Huerta Viva\nmeeting: 2026-12-02\n---\n# Acta de la reunión\n\n${body}\n`;

describe('a twenty-sixth blind set of sections (eval58, eval59)', () => {
  it('minutes keeping their to-dos as open boxes among the notes have their next actions', () => {
    const boxes = minutes(
      '## Acuerdos\n\n- Se mantiene el logo actual.\n\n## Notas\n\n- Hablamos del folleto de primavera.\n- [ ] Subir las fotos del huerto a la carpeta común.\n- [ ] Pedir dos presupuestos de imprenta.\n',
    );
    assert.deepEqual(found(boxes, 'missing-section'), []);
    // One box alone is no list of to-dos.
    const one = minutes('## Acuerdos\n\n- Se mantiene el logo.\n\n## Notas\n\n- [ ] Subir las fotos del huerto.\n');
    assert.deepEqual(found(one, 'missing-section'), ['5 next-actions']);
    // The boxes of a roll call are ticked for who came.
    const rollCall = minutes(
      '## Asistentes\n\n- [x] Marta Gil, Huerta Viva\n- [ ] Tomás Rey, Imprenta Sur\n- [ ] Inés Lago, Estudio Alba\n\n## Acuerdos\n\n- Se mantiene el logo.\n',
    );
    assert.deepEqual(found(rollCall, 'missing-section'), ['5 next-actions']);
    // Under a sub-heading of the roll call too (eval61: `## **Attendance**` over `##### 3 out of 5`).
    const underRollCall = minutes(
      '## **Attendance**\n\n##### 2 out of 3\n\n- [x] Marta Gil\n- [ ] Tomás Rey\n- [ ] Inés Lago\n\n## Acuerdos\n\n- Se mantiene el logo.\n',
    );
    assert.deepEqual(found(underRollCall, 'missing-section'), ['5 next-actions']);
    // Nor are the boxes of a plan's stages quoted, nested in the notes.
    const nested = minutes(
      '## Acuerdos\n\n- Se mantiene el logo.\n\n## Notas\n\n- Etapas del manual de marca:\n    - [ ] Borrador\n    - [ ] Revisión\n    - [ ] Publicación\n',
    );
    assert.deepEqual(found(nested, 'missing-section'), ['5 next-actions']);
  });

  it('the work asked of the team, proposals for the future and responsibilities name the next actions', () => {
    headsSection(
      'minutes',
      [
        'Propuestas de futuro',
        'Propuestas a futuro',
        'Future proposals',
        'Proposals for the future',
        '后续建议',
        'Responsabilidades:',
        'Responsibilities',
        '职责分配',
        '请完成以下设计文档',
        '请完成下列材料',
        'Please complete the following documents',
        'Por favor completar los siguientes documentos',
      ],
      'next-actions',
    );
    // Who is on which side of the team is their roles, not their tasks.
    headsNone('minutes', ['团队分工']);
    const future = minutes(
      '## Acuerdos\n\n- Se mantiene el logo.\n\n## Propuestas de futuro\n\n- Lucía: preparar la encuesta a socios antes del 15/12/2026.\n',
    );
    assert.deepEqual(found(future, 'missing-section'), []);
    assert.deepEqual(found(future, 'action-missing-owner'), []);
  });

  it('a labelled choice records a decision: `- Elección: …`, `- 选定：…`', () => {
    const choice = minutes(
      '## Reunión 1\n\n- Elección: folleto plegado en tres.\n- Papel: reciclado.\n\n## Tareas\n\n- Lucía: pedir presupuesto antes del 10/12/2026.\n',
    );
    assert.deepEqual(found(choice, 'missing-section'), []);
    const chosen = minutes('## 第一次会议\n\n- 选定：三折页\n\n## 后续行动\n\n- 王芳：12月10日前询价\n');
    assert.deepEqual(found(chosen, 'missing-section'), []);
    // An election held is no label of a choice made.
    const election = minutes(
      '## Orden del día\n\n- Elección de la junta directiva\n\n## Tareas\n\n- Lucía: convocar antes del 10/12/2026.\n',
    );
    assert.deepEqual(found(election, 'missing-section'), ['5 decisions']);
  });

  it('a decision only said in the notes leaves the Decisions part missing (as most labellers judge)', () => {
    const prose = minutes(
      '## Notas\n\nSe decidió imprimir el folleto en papel reciclado.\n\n## Tareas\n\n- Lucía: pedir presupuesto antes del 10/12/2026.\n',
    );
    assert.deepEqual(found(prose, 'missing-section'), ['5 decisions']);
  });

  it('an agency document’s problem statement, fixed quote and file inventory', () => {
    // Traditional characters of a progress tracker read as the simplified vocabulary (`進度追蹤`).
    headsSection('status', ['進度追蹤', '3. 內容進度追蹤 (Progress Tracker)'], 'jobs-in-progress');
    headsSection('strategy', ['Problem statement', 'Planteamiento del problema', '问题陈述'], 'where-are-we-now');
    // A problem alone is a slide of a deck or one pain point's label, not the situation today.
    headsNone('strategy', ['The problem', 'Problema']);
    headsSection(
      'estimate',
      ['Fixed quote', 'Fixed price', 'Precio cerrado', 'Cotización fija', '一口价', '固定报价'],
      'total',
    );
    headsSection(
      'brief',
      ['File inventory', 'Files delivered', 'Inventario de archivos', 'Archivos entregados', '交付文件清单'],
      'deliverables',
    );
    const quote = `---\ntype: estimate\njob: HV-0412\nclient: Huerta Viva\ndate: 2026-12-02\ncurrency: EUR\n---\n# Presupuesto: folleto de primavera\n\n## Partidas\n\n| Concepto | Importe |\n| --- | --- |\n| Diseño | 900 € |\n| Impresión | 600 € |\n\n## Precio cerrado\n\n1.500 €\n`;
    // Its total is there; only the client’s sign-off is not.
    assert.deepEqual(found(quote, 'missing-section'), ['7 sign-off']);
    assert.deepEqual(found(quote, 'estimate-total-mismatch'), []);
  });
});
