/**
 * Templates of every document type in every language, generated from the
 * catalog. The same generator writes the CLI's `new`, the editor snippets
 * (with tab stops) and the skeletons of quick fixes.
 */
import { fieldById } from './catalog';
import type { DocumentTypeDef, Lang, SectionDef } from './catalog/schema';
import { toIsoDate, type CalendarDate } from './dates';

export interface TemplateOptions {
  readonly today: CalendarDate;
  /** Produce a VS Code snippet body: tab stops on what to write, `$CURRENT_…` for today. */
  readonly snippet?: boolean;
}

/** Escapes text for a snippet body. */
function esc(s: string, snippet: boolean): string {
  return snippet ? s.replace(/[$}\\]/g, '\\$&') : s;
}

const EXAMPLE_ACTION: Record<Lang, string> = {
  en: 'What needs doing',
  zh: '需要完成的事项',
  es: 'Qué hay que hacer',
};
const OWNER_PLACEHOLDER: Record<Lang, string> = { en: 'owner', zh: '负责人', es: 'responsable' };
const DUE_WORD: Record<Lang, string> = { en: 'due', zh: '截止', es: 'fecha límite:' };

const SAMPLE_ACTIONS = new Set(Object.values(EXAMPLE_ACTION).map((t) => t.toLowerCase()));
const OWNER_PLACEHOLDERS = new Set(Object.values(OWNER_PLACEHOLDER).map((t) => t.toLowerCase()));

/** True for the owner a template or the "add owner" fix writes (`@owner`, `@负责人`, `@responsable`), not a person. */
export function isOwnerPlaceholder(name: string): boolean {
  return OWNER_PLACEHOLDERS.has(name.toLowerCase());
}

/** True when an action's words (its text without owners and dates) are a template's sample action, not a task. */
export function isSampleAction(words: string): boolean {
  return SAMPLE_ACTIONS.has(words.trim().toLowerCase());
}

/** Renders a new document of `type` in `lang`. */
export function renderTemplate(type: DocumentTypeDef, lang: Lang, options: TemplateOptions): string {
  const snippet = options.snippet ?? false;
  let stop = 1;
  const tab = (placeholder: string) => (snippet ? `\${${stop++}:${esc(placeholder, true)}}` : placeholder);
  const todayText = snippet ? '$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE' : toIsoDate(options.today);
  const lines: string[] = ['---', `type: ${type.id}`];
  for (const req of type.fields) {
    if (req.optional) continue;
    const def = fieldById(req.id);
    const kind = req.kind ?? def?.kind ?? 'text';
    let value: string;
    if (['date', 'issued', 'opened', 'updated'].includes(req.id)) value = todayText;
    else if (req.id === 'status') value = snippet ? `\${${stop++}|open,in-progress,delivered,closed|}` : 'open';
    else if (req.id === 'year') value = snippet ? '$CURRENT_YEAR' : String(options.today.year);
    else if (kind === 'datetime') value = tab('YYYY-MM-DD HH:mm');
    else if (kind === 'date') value = tab('YYYY-MM-DD');
    else if (kind === 'list') value = `[${tab(req.id)}]`;
    else value = tab(`<${req.id}>`);
    lines.push(`${req.id}: ${value}`);
  }
  lines.push('---', '', `# ${esc(type.names[lang], snippet)}`, '');
  for (const s of type.sections) {
    if (s.optional) continue;
    lines.push(`## ${esc(s.names[lang], snippet)}`, '', ...sectionBody(s, lang, tab, snippet), '');
  }
  return lines.join('\n');
}

function sectionBody(s: SectionDef, lang: Lang, tab: (p: string) => string, snippet: boolean): string[] {
  const prompt = `<!-- ${esc(s.prompt[lang], snippet)} -->`;
  switch (s.kind) {
    case 'button':
      // In a snippet the prompt is selected text to type over; a printed template keeps the section empty.
      return snippet ? [prompt, tab(s.prompt[lang])] : [prompt];
    case 'actions':
      return [prompt, `- [ ] ${tab(EXAMPLE_ACTION[lang])} @${tab(OWNER_PLACEHOLDER[lang])} ${DUE_WORD[lang]} ${tab('YYYY-MM-DD')}`];
    default:
      return [prompt];
  }
}
