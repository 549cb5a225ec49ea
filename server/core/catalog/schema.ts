/**
 * Shapes of the catalog: the document types of the client-service handbook,
 * described as data. Everything user-facing (section names, prompts,
 * guidance, templates, snippets, completions, rule docs) derives from it.
 */

/** The three languages every name, prompt and message exists in. */
export type Lang = 'en' | 'zh' | 'es';
export const LANGS: readonly Lang[] = ['en', 'zh', 'es'];

/** A text in each of the three languages. */
export type Localized = Readonly<Record<Lang, string>>;

/** Ids of the 14 handbook document types (docs/types.md). */
export type TypeId =
  | 'strategy'
  | 'brief'
  | 'media-brief'
  | 'agenda'
  | 'minutes'
  | 'status'
  | 'job'
  | 'research'
  | 'competitor'
  | 'factbook'
  | 'account-plan'
  | 'proposal'
  | 'estimate'
  | 'memo';

/**
 * What a section holds, when a rule looks inside it. Sections without a kind
 * are free text (only presence, emptiness, order and duplication are checked).
 */
export type SectionKind =
  | 'actions' // action items: owner, due date, done state
  | 'topics' // agenda topics: one list item each
  | 'button' // the single-minded proposition
  | 'support-points' // 1..5 support points
  | 'signoff' // one entry per role with a name and a date
  | 'line-items' // estimate table with an amount column
  | 'total' // estimate total
  | 'directory' // fact-book contacts
  | 'milestones' // each with a date
  | 'figure' // needs a number
  | 'rehearsal'; // needs a date before the presentation

/** A section of a document type. */
export interface SectionDef {
  /** Canonical English name in kebab case (`Support points` → `support-points`). */
  readonly id: string;
  /** Canonical name in each language (the heading a fix or template inserts). */
  readonly names: Localized;
  /** Further names accepted in headings, any language (all of `vocabulary`). */
  readonly aliases: readonly string[];
  /** The same names by language: a heading using one tells the document's language. */
  readonly vocabulary: Readonly<Record<Lang, readonly string[]>>;
  /** One line inserted under a new heading: what to write there, in the AE's words. */
  readonly prompt: Localized;
  /** A short paragraph for hover and docs: what belongs here and why. */
  readonly guidance: Localized;
  /** Optional sections are recognised and ordered but never reported missing. */
  readonly optional?: boolean;
  readonly kind?: SectionKind;
}

/** How a front-matter field's value is read. */
export type FieldKind = 'text' | 'date' | 'datetime' | 'list' | 'path' | 'amount' | 'enum' | 'week' | 'year';

/** A front-matter field known to the product (docs/types.md#field-names). */
export interface FieldDef {
  readonly id: string;
  /**
   * Accepted keys besides the id, by the language they are written in (matched case-insensitively): the first
   * of a language is the key its templates and fixes write, and the name its messages give the field.
   */
  readonly aliases: Readonly<Partial<Record<Lang, readonly string[]>>>;
  readonly kind: FieldKind;
  /** What the field is for, in each language (hover, completion, docs). */
  readonly description: Localized;
  /** Allowed values for `enum` fields. */
  readonly values?: readonly string[];
  /** Other ways of writing each value, any language (`进行中`, `en curso` → `in-progress`), matched after folding. */
  readonly valueAliases?: Readonly<Record<string, readonly string[]>>;
}

/** A field a type asks for. */
export interface FieldRequirement {
  readonly id: string;
  readonly optional?: boolean;
  /** Overrides the field's default kind for this type (e.g. `meeting` is a date-time in agendas). */
  readonly kind?: FieldKind;
}

/** A sign-off role (docs/rules.md#missing-signoff). */
export interface RoleDef {
  /** kebab case: `account-director`. */
  readonly id: string;
  readonly names: Localized;
  readonly aliases: readonly string[];
}

/** A document type of the handbook. */
export interface DocumentTypeDef {
  readonly id: TypeId;
  readonly names: Localized;
  readonly aliases: readonly string[];
  /** One line: what the document is for (CLI `types`, completion, docs). */
  readonly summary: Localized;
  readonly fields: readonly FieldRequirement[];
  /** Sections in canonical order, optional ones flagged. */
  readonly sections: readonly SectionDef[];
  /** Roles that must sign, when the type has a Sign-off section. */
  readonly signoffRoles?: readonly string[];
}
