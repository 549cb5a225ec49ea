/**
 * What a sweep of ordinary Markdown from 136 public repositories found (sweep43, 2026-12-08): business plans,
 * course notes and forms kits typed as agency documents. Written here in our own words, modelled on the forms.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { resolveConfig } from '../server/core/config';
import { scanSummary } from '../server/core/scan';
import { TODAY } from './helpers/analyze';

const typeOf = (text: string, path = 'notes/plan.md') => buildDocument(path, text, { locale: 'en' }).type;
const scannedType = (text: string, path = 'notes/plan.md') =>
  scanSummary(path, text, { today: TODAY, jobPattern: resolveConfig().jobPattern })?.type;

/** A plan with three parts a communication strategy also has (objective, audience, key message). */
const planUnder = (title: string, level = '##') =>
  `# ${title}\n\n${level} Objetivo\n\nSer la referencia del sector.\n\n${level} Audiencia objetivo\n\n- Equipos de producto\n\n${level} Mensaje clave\n\nLa ética se diseña desde el principio.\n`;

describe('sweep43: plans titled the Spanish way are not communication strategies by their title', () => {
  for (const title of [
    'Estrategia de contenido: ética de la IA 2025',
    'Estrategia integral de crecimiento - Nubo',
    'Estrategia específica: SaaS para tiendas',
    'Propuesta de proyecto: huerto escolar',
  ])
    it(`“# ${title}” over three generic parts types nothing`, () => {
      assert.equal(typeOf(planUnder(title)), undefined);
      assert.equal(scannedType(planUnder(title)), undefined);
    });

  it('the same plan with a client is the agency’s strategy', () => {
    const text = `---\nclient: Bodegas Norte\n---\n${planUnder('Estrategia de contenido: Navidad 2026')}`;
    assert.equal(typeOf(text)?.id, 'strategy');
    assert.equal(scannedType(text), 'strategy');
  });

  it('the type’s own phrase, a date or a separator after the word still count as before', () => {
    for (const title of ['Estrategia de comunicación 2027', 'Estrategia – Bodegas Norte 2027'])
      assert.equal(typeOf(planUnder(title))?.id, 'strategy', title);
    // A meeting's notes name the meeting after the word (minutes need an agency sign besides).
    const acta = '---\nclient: Bodegas Norte\n---\n# Acta de la junta de producción\n\n## Acuerdos\n\n- Seguimos.\n';
    assert.equal(typeOf(acta)?.id, 'minutes');
  });
});

describe('sweep43: a plan whose one word closes the title needs an agency sign besides its parts', () => {
  const plan = (title: string) =>
    `# ${title}\n\n## Marketing objectives\n\nGrow.\n\n## Target audience\n\n- Founders\n\n## Key messages\n\nOne.\n`;
  it('its parts alone do not type it; a client, or the workspace’s configuration, does', () => {
    assert.equal(typeOf(plan('Brand & Marketing Strategy - AI Portfolio')), undefined);
    assert.equal(typeOf(plan('Partnership Marketing Strategy')), undefined);
    assert.equal(typeOf(`**Client:** Bodegas Norte\n\n${plan('Norte Brand Strategy')}`)?.id, 'strategy');
  });
});

describe('sweep43: other trades’ strategies', () => {
  for (const title of [
    'Estrategia de negociación con proveedores',
    'Estrategia Go-to-Market para 2026',
    'Estrategia de levantamiento de capital',
    'Estrategia de mercado latinoamericano',
    'Partner Recruitment Strategy',
    'Fundraising Strategy',
  ])
    it(`“# ${title}” types nothing`, () => {
      const text = `# ${title}\n\n## Objetivo\n\nCrecer.\n\n## Target audience\n\n- Inversores\n\n## Key message\n\nUno.\n\n## Brand definition\n\nMarca.\n`;
      assert.equal(typeOf(text), undefined);
      assert.equal(scannedType(text), undefined);
    });
});

describe('sweep43: forms kept by stage under templates/', () => {
  const form =
    '# Brief del cliente\n\n**Cliente:** {cliente}\n\n## Objetivo\n\n{objetivo}\n\n## Público objetivo\n\n{publico}\n\n## Tono\n\n{tono}\n';
  it('a form three folders below templates/ is a blank form, as one folder below is', () => {
    assert.equal(typeOf(form, 'kit/templates/production/01-pre/brief.md'), undefined);
    assert.equal(scannedType(form, 'kit/templates/production/01-pre/brief.md'), undefined);
    assert.equal(typeOf(form, 'kit/templates/brief.md'), undefined);
    // Filled in for a production, outside the forms' folder, it is the client's brief.
    const filled = form.replace('{cliente}', 'Bodegas Norte');
    assert.equal(typeOf(filled, 'kit/productions/spot/01-pre/brief.md')?.id, 'brief');
    assert.equal(typeOf(filled, 'kit/templates/production/01-pre/brief.md'), undefined);
  });
});

describe('sweep43: course notes titled with the word and a subject', () => {
  it('parts five levels down do not make `# Estrategia – …` a communication strategy; at level 3 they do', () => {
    const notes = (level: string) =>
      `# Estrategia – apuntes del curso\n\n## Chandler\n\nTexto.\n\n${level} Idea central\n\nUna.\n\n${level} Objetivos de marketing\n\nVender.\n\n${level} Audiencia objetivo\n\nTodos.\n`;
    assert.equal(typeOf(notes('#####')), undefined);
    assert.equal(scannedType(notes('#####')), undefined);
    assert.equal(typeOf(notes('###'))?.id, 'strategy');
    assert.equal(scannedType(notes('###')), 'strategy');
  });
});

describe('sweep43: an approval process beside the signatures', () => {
  const brief = (process: string, signatures: string) =>
    `---\ntype: brief\nclient: Bodegas Norte\nbrand: Norte\njob: BN-2026-004\ndate: 2026-11-02\ndue: 2026-12-15\nbudget: EUR 20.000\n---\n# Brief creativo: Navidad\n\n## Objetivo\n\nVender.\n\n## ${process}\n\nDos rondas de cambios; la directora de marca aprueba cada una.\n\n## ${signatures}\n\n| Rol | Nombre | Fecha |\n|---|---|---|\n| Cliente | Marta Gil (Bodegas Norte) | 2026-11-03 |\n`;
  const signOffs = (text: string) =>
    buildDocument('brief.md', text, { locale: 'es' })
      .sections.filter((s) => s.def.id === 'sign-off')
      .map((s) => s.heading.text);
  it('the signatures’ heading is the Sign-off, the process a topic', () => {
    assert.deepEqual(signOffs(brief('Proceso de aprobación', 'Aprobaciones')), ['Aprobaciones']);
    assert.deepEqual(signOffs(brief('Approval workflow', 'Sign-off')), ['Sign-off']);
  });
  it('alone, the process heading still holds the Sign-off', () => {
    assert.deepEqual(signOffs(brief('Proceso de aprobación', 'Notas')), ['Proceso de aprobación']);
  });
});

describe('sweep44: a prompt that carries a brief', () => {
  it('a text opening by telling an AI assistant who it is types nothing, whatever its title', () => {
    const brief =
      '# Briefing: Linfi case study\n\n## Audience\n\nCFOs.\n\n## Objective\n\nLeads.\n\n## Key message\n\nFaster close.\n';
    assert.equal(typeOf(`You are an expert content writer for Linfi.\n\n${brief}`), undefined);
    assert.equal(typeOf(`Eres una redactora experta.\n\n${brief}`), undefined);
    assert.equal(typeOf(`---\nclient: Linfi\n---\n${brief}`)?.id, 'brief');
  });
});
