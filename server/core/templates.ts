/**
 * Templates of every document type in every language, generated from the
 * catalog. The same generator writes the CLI's `new`, the editor snippets
 * (with tab stops) and the skeletons of quick fixes.
 */
import { fieldById, fieldKey } from './catalog';
import { DATE_PLACEHOLDER, OWNER_PLACEHOLDER, SAMPLE_ACTION } from './placeholders';
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

const DUE_WORD: Record<Lang, string> = { en: 'due', zh: '截止', es: 'fecha límite:' };

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
    else if (kind === 'datetime') value = tab(`${DATE_PLACEHOLDER} HH:mm`);
    else if (kind === 'date') value = tab(DATE_PLACEHOLDER);
    // Keys and hints in the template's language, as the examples write them (`客户:`, `cliente:`).
    else if (kind === 'list') value = `[${tab(`<${fieldKey(req.id, lang)}>`)}]`;
    else value = tab(`<${fieldKey(req.id, lang)}>`);
    lines.push(`${fieldKey(req.id, lang)}: ${value}`);
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
      return [
        prompt,
        `- [ ] ${tab(SAMPLE_ACTION[lang])} @${tab(OWNER_PLACEHOLDER[lang])} ${DUE_WORD[lang]} ${tab(DATE_PLACEHOLDER)}`,
      ];
    default:
      return [prompt];
  }
}
