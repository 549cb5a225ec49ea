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
 * written outside agencies (`# Agenda`, `# Status`, `# Brief history of…`):
 * every club, school, company and open-source project keeps meeting minutes,
 * actas, 会议纪要, agendas, status reports and research summaries, so those
 * names say "agency" no more than `# Agenda` does. A type's names and aliases
 * that are one Latin word count as everyday too. A title made of one of these
 * types the document only with another sign. The names left out (`Creative
 * brief`, `Contact report`, `客户会议报告`…) are the agency's own.
 */
export const EVERYDAY_TITLES: Readonly<Record<TypeId, readonly string[]>> = {
  strategy: ['Strategy', 'Estrategia', 'Communication strategy', 'Estrategia de comunicación'],
  brief: ['Brief', 'Briefing'],
  'media-brief': [],
  agenda: ['Agenda', 'Meeting agenda', 'Orden del día', '会议议程', '会议日程'],
  minutes: [
    'Minutes',
    'Meeting notes',
    'Meeting summary',
    'Meeting minutes',
    'Minutes of meeting',
    'Minutes of the meeting',
    'Meeting report',
    'Acta',
    'Actas',
    'Minuta',
    'Acta de reunión',
    'Acta de la reunión',
    'Minuta de reunión',
    'Notas de la reunión',
    'Notas de reunión',
    '会议记录',
    '会议纪要',
    '通话记录',
    // (`# Call Report Summary`: a bank's regulatory call report.)
    'Call report',
  ],
  status: [
    'Status',
    'Status report',
    'Status update',
    'Weekly report',
    'Weekly update',
    'Weekly status report',
    'Estado',
    'Informe semanal',
    'Informe de estado',
    '周报',
    '进度报告',
    '工作进度报告',
  ],
  // (`# Job Card for Vehicle Service`: garages and printers keep job cards and job tickets too.)
  job: ['Job', 'Work order', 'Orden de trabajo', '工作单', 'Job card', 'Job ticket'],
  research: ['Research', 'Investigación', 'Research summary', 'Resumen de investigación', '调研报告摘要'],
  competitor: ['Competitor', 'Competitors', 'Competitor review', 'Análisis de la competencia'],
  // (`# Fact Book 2023 – Beloit College`: colleges publish fact books; `# XX系统客户手册` is a system's user manual.)
  factbook: ['Factbook', 'Fact book', 'Libro de datos', '客户手册'],
  // (`# Sales Account Plan`: every sales team keeps one; `Plan de cuenta contable` is a chart of accounts.)
  'account-plan': ['Account plan', 'Plan de cuenta'],
  proposal: ['Proposal', 'Propuesta', 'Pitch', 'Presentation plan', 'Plan de presentación'],
  estimate: ['Estimate', 'Presupuesto', 'Quote', 'Cotización', 'Cost estimate', '报价单'],
  memo: ['Memo', 'Memorándum', 'Memorandum', '备忘录'],
};

/**
 * Words that, right before an everyday name (or right after it, as Spanish puts them: `# Estrategia SEO`,
 * `# Estrategia de pruebas`), make the title another kind of document: an auditor's, a lawyer's
 * or an engineer's brief (`# Full UX & Correctness Audit Brief`, `# Policy brief`), a newsroom's daily brief, a
 * build's status page (`# Service status`). Such a title types nothing.
 */
export const OTHER_TRADES: Readonly<Partial<Record<TypeId, readonly string[]>>> = {
  brief: [
    'audit',
    'policy',
    'legal',
    'amicus',
    'security',
    'technical',
    'tech',
    'engineering',
    'implementation',
    'architecture',
    'coding',
    'task',
    'agent',
    'mission',
    'intelligence',
    'threat',
    'incident',
    'news',
    'daily',
    'morning',
  ],
  status: ['build', 'service', 'system', 'server', 'cluster', 'deployment', 'ci', 'api', 'uptime'],
  // An engineer's or a researcher's proposal: `# Propuesta de implementación: …`, `# Technical proposal`, `# Grant proposal`.
  proposal: [
    'implementation',
    'implementación',
    'technical',
    'técnica',
    'design',
    'diseño',
    'architecture',
    'arquitectura',
    'feature',
    'api',
    'rfc',
    'research',
    'grant',
    'thesis',
    'tesis',
  ],
  // A search, test or trading plan: `# Estrategia SEO inicial`, `# Testing strategy`, `# A Simple Diagnostic Strategy`.
  strategy: [
    'seo',
    'sem',
    'testing',
    'test',
    'pruebas',
    'deployment',
    'despliegue',
    'branching',
    'migration',
    'migración',
    'release',
    'backup',
    'caching',
    'cache',
    'git',
    'database',
    'security',
    'seguridad',
    'engineering',
    'technical',
    'cloud',
    'trading',
    'investment',
    'inversión',
    'diagnostic',
    'exit',
    'negotiation',
    'negociación',
    // A company raising money: `# Estrategia de levantamiento de capital`, `# Fundraising strategy`.
    'fundraising',
    'levantamiento',
    'capital',
    'investor',
    'investors',
    'inversores',
    'inversionistas',
    // A company's hiring or partner programme: `# Partner Recruitment Strategy`.
    'recruitment',
    'reclutamiento',
    'hiring',
    'partnership',
    // A company's plans, not a campaign's communication: `# Go-to-Market (GTM) Strategy`, `# Data Strategy`,
    // `# Pricing strategy`; a game's genre, `# Real-time Strategy`.
    'market',
    'mercado',
    // (`# Estrategia Go-to-Market`: the word after the name is the `go` of go-to-market; `de salida al mercado`.)
    'go',
    'salida',
    'gtm',
    'data',
    'pricing',
    'product',
    'sales',
    'growth',
    'business',
    'time',
    'datos',
    'precios',
    'producto',
    'ventas',
    'negocio',
    'crecimiento',
    // One person's own plan: `# Personal Brand Strategy`, `# Career strategy`, `# Estrategia personal`.
    'personal',
    'career',
    'carrera',
    'learning',
    'study',
    'estudio',
  ],
};

/** After a name leading the title, software named for the type, not a document: `# Meeting Agenda App`, `# Contact Report API`. */
export const SOFTWARE_TITLE_WORDS: readonly string[] = [
  'app',
  'apps',
  'application',
  'api',
  'sdk',
  'cli',
  'plugin',
  'bot',
  'generator',
  'builder',
  'widget',
  'component',
];

/**
 * Where instructions to an AI assistant live, not documents: a prompt folder (`prompts/03_ad_copy_and_creative_brief.md`),
 * an assistant's settings folder (`.claude/`, `.cursor/`, `.github/prompts/`), a skill or an agent
 * (`SKILL.md`, `x.prompt.md`). Read on the file's name and the two folders above it only, never on where the
 * workspace itself sits. A title there types nothing (a `type:` or a file name of ours still does).
 */
export const AI_INSTRUCTION_FOLDERS: readonly string[] = [
  'prompts',
  'prompt',
  'skills',
  'agents',
  '.claude',
  '.cursor',
  '.windsurf',
  '.codex',
  '.gemini',
  '.kiro',
  '.github',
];
export const AI_INSTRUCTION_FILE =
  /^(?:SKILL|AGENTS|CLAUDE|GEMINI)\.md$|\.(?:prompt|instructions|agent|chatmode)\.md$/i;

/**
 * Everyday phrases that are no name of the type in the specification, only what people also write
 * (`# Meeting notes – platform team`, `# Weekly update: what shipped`): in an agency workspace they type a
 * document only with another sign (an agency field, the type's sections), since the folder also holds a
 * team's own notes and posts.
 */
export const LOOSE_TITLES: Readonly<Partial<Record<TypeId, readonly string[]>>> = {
  minutes: [
    'Meeting notes',
    'Meeting summary',
    'Notas de la reunión',
    'Notas de reunión',
    'Minuta',
    'Minuta de reunión',
  ],
  status: ['Status update', 'Weekly update', 'Weekly report'],
};

/**
 * Sections that every meeting, study or essay has (decisions, action items, topics,
 * method, findings, an introduction and a conclusion): finding them under a title says nothing about an
 * agency, so they add no points. A market study's respondents and fieldwork,
 * or a status report's jobs in progress, still do.
 */
export const EVERYDAY_SECTIONS: Readonly<Partial<Record<TypeId, readonly string[]>>> = {
  agenda: ['purpose', 'topics', 'materials'],
  minutes: ['decisions', 'next-actions'],
  // Any essay or design proposal opens with an introduction and ends with its conclusions, and states its objective
  // after a table of contents (`## Índice`, `### Objetivo principal`).
  proposal: ['opening', 'closing', 'objective', 'outline'],
  research: ['purpose', 'method', 'findings', 'recommended-actions'],
  // A product strategy in a handbook, a design proposal: background, competitive landscape, non-goals.
  strategy: ['where-are-we-now', 'competitive-environment', 'mandatories'],
  // A software task's hand-off note: success criteria and scope.
  brief: ['objective', 'deliverables'],
  // Any project's status page: completed, next steps (its work in progress is read as jobs only with them).
  status: ['completed', 'next-week'],
};

/**
 * Front-matter fields only agency documents carry (their aliases count too).
 * `attendees` is left out: note-taking apps put it on every meeting note.
 */
export const AGENCY_FIELDS: readonly string[] = ['client', 'brand', 'job', 'meeting', 'issued'];

/**
 * Front-matter keys that site generators and editors write on any page (`title`, `tags`, `layout`, …): they say
 * nothing of whose front matter it is. A key neither one of these nor a field of the catalog is another tool's
 * (`github_issue`, `projects`, Dendron's `desc`): see typeDetection.ts, "another tool's front matter".
 */
export const GENERIC_FRONT_MATTER_KEYS: ReadonlySet<string> = new Set(
  (
    'type title subtitle author authors date lastmod last_modified updated created modified tags tag categories category ' +
    'layout permalink slug draft weight description summary excerpt keywords lang language locale toc sidebar ' +
    'sidebar_position sidebar_label nav_order parent has_children aliases image cover featured published id time'
  ).split(' '),
);

/**
 * Fields that, written as a `Key: value` line near the top of the body
 * (`**Client:** Acme`, `Cliente: Bodegas Altamira`, `| 客户 | 青禾乳业 |`),
 * say "agency" as much as in the front matter. `Date:` or `Attendees:` lines
 * are in every set of minutes, so only these count.
 */
export const AGENCY_BODY_FIELDS: readonly string[] = ['client', 'brand', 'job'];

/**
 * A type's own header, all of it or all but one field given (in the front matter or as `Key: value` lines at the
 * top of the body): a memo's `to`, `from` and `subject` (`收件人` / `发件人` / `主题`, `para` / `de` / `asunto`). No
 * other kind of page writes that header under a title naming the type (`# Memo — Leeds radio test`); a memo that
 * forgot its subject is still one.
 */
export const HEADER_FIELDS: Readonly<Record<string, readonly string[]>> = { memo: ['to', 'from', 'subject'] };

/** How many lines after the front matter are read for AGENCY_BODY_FIELDS. */
export const BODY_FIELD_LINES = 30;

/** Points of each sign; a document is typed from its title when they add up to TYPED_AT. */
export const TYPE_POINTS = {
  /** The title names the type with a name nobody uses for anything else (`Creative brief`, `Acta de reunión`, `会议纪要`). */
  specificTitle: 3,
  /** An everyday phrase (`Meeting notes`), or an everyday word leading more words, a date or a separator (`Minutes of the weekly call`). */
  everydayTitle: 2,
  /** The title is one everyday word and nothing else (`# Agenda`). */
  bareTitle: 1,
  /** A front-matter field of AGENCY_FIELDS, or a body line of AGENCY_BODY_FIELDS. */
  agencyField: 2,
  /** The folder has a `.agency-docs.json`. */
  agencyWorkspace: 2,
  /** `type:` is a near miss of this very type (`breif` under `# Brief de campaña`). */
  nearMissType: 2,
  /** Two sections of the type under their names; three or more count twice. */
  sections: 1,
  /** The type's header, all of it or all but one field (HEADER_FIELDS). */
  headerFields: 1,
} as const;

export const TYPED_AT = 3;
