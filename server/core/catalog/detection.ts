/**
 * What tells an agency document from ordinary Markdown, as data: the words
 * that name a type in titles but also mean other things, the fields only
 * agency documents carry, and the points each sign is worth. The rule that
 * adds them up is server/core/typeDetection.ts; docs/types.md ("How the type
 * is found") explains it to users.
 */
import type { TypeId } from './schema';

/**
 * Everyday words and phrases that name a type in a title but are also
 * written outside agencies (`# Agenda`, `# Status`, `# Brief history of…`).
 * A type's names and aliases that are one Latin word count as everyday too.
 * A title made of one of these types the document only with another sign.
 */
export const EVERYDAY_TITLES: Readonly<Record<TypeId, readonly string[]>> = {
  'strategy': ['Strategy', 'Estrategia'],
  'brief': ['Brief', 'Briefing'],
  'media-brief': [],
  'agenda': ['Agenda', 'Meeting agenda'],
  'minutes': ['Minutes', 'Meeting notes', 'Meeting summary', 'Acta', 'Actas', 'Minuta', 'Notas de la reunión', 'Notas de reunión'],
  'status': ['Status', 'Status report', 'Status update', 'Weekly report', 'Weekly update', 'Estado'],
  'job': ['Job'],
  'research': ['Research', 'Investigación'],
  'competitor': ['Competitor', 'Competitors'],
  'factbook': ['Factbook'],
  'account-plan': [],
  'proposal': ['Proposal', 'Propuesta', 'Pitch'],
  'estimate': ['Estimate', 'Presupuesto', 'Quote', 'Cotización'],
  'memo': ['Memo', 'Memorándum', 'Memorandum'],
};

/** Front-matter fields only agency documents carry (their aliases count too). */
export const AGENCY_FIELDS: readonly string[] = ['client', 'brand', 'job', 'meeting', 'issued', 'attendees'];

/** Points of each sign; a document is typed from its title when they add up to TYPED_AT. */
export const TYPE_POINTS = {
  /** The title names the type with a name nobody uses for anything else (`Creative brief`, `Acta de reunión`, `会议纪要`). */
  specificTitle: 3,
  /** An everyday phrase (`Meeting notes`), or an everyday word with more words, a date or a separator (`Minutes of the weekly call`). */
  everydayTitle: 2,
  /** The title is one everyday word and nothing else (`# Agenda`). */
  bareTitle: 1,
  /** A front-matter field of AGENCY_FIELDS. */
  agencyField: 2,
  /** The folder has a `.agency-docs.json`. */
  agencyWorkspace: 2,
  /** `type:` is a near miss of this very type (`breif` under `# Brief de campaña`). */
  nearMissType: 2,
  /** Two sections of the type under their names; three or more count twice. */
  sections: 1,
} as const;

export const TYPED_AT = 3;
