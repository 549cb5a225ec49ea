/** button-not-single: one rule, whole (check, fix, messages, reference). */
import { listItems, sectionText } from '../content';
import { sectionTable, type AgencyDocument, type Section } from '../document';
import { plainText } from '../markdown';
import { countHan, countLatinWords } from '../text';
import { holdsOnlyTemplateBlanks } from '../placeholders';
import { num, plural } from '../l10n';
import { sectionsOfKind, typesWithSection } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  reason: 'items' | 'sentences' | 'words';
  count: number;
}

/** Sentences in a text: split after . ! ? (followed by a space or the end) and after 。！？. */
export function countSentences(text: string): number {
  // Abbreviations and initials end with a dot but not a sentence: vs. e.g. Dr. U.S.
  const masked = text
    .replace(
      /\b(?:vs|etc|approx|incl|dept|e\.g|i\.e|p\.ej|Dr|Mr|Mrs|Ms|Sr|Sra|Srta|Dra|St|No|Nº|Co|Inc|Ltd|Corp|aprox)\./giu,
      (m) => m.slice(0, -1) + '\u2024',
    )
    .replace(/\b(\p{Lu})\.(?=\s*\p{Lu}\.|\s+\p{Ll})/gu, '$1\u2024');
  return masked
    .split(/(?<=[。！？])|(?<=[.!?])(?=\s|$)/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s)).length;
}

/** One short sentence: what a button is (at most 30 words or 60 Chinese characters). */
function single(text: string): boolean {
  return countSentences(text) === 1 && countLatinWords(text) <= 30 && countHan(text) <= 60;
}

/**
 * The section's first paragraph when it is one bold sentence (`**Curated, credible signal.**`), or opens with one
 * (`**Consent before alarm.** The app asks first…`), or a quote of its own first (`> Acme gives …`): the button,
 * stated; what follows it explains it or lists its support.
 */
function boldLead(s: Section): string | undefined {
  const first = s.nodes.find((p) => p.node.type !== 'html' && p.node.type !== 'thematicBreak');
  // (`> Acme gives …` quoted alone, then the writer's note on it: the quote is the statement.)
  if (
    first?.node.type === 'blockquote' &&
    first.node.children.length === 1 &&
    first.node.children[0].type === 'paragraph'
  )
    return plainText(first.node.children[0]).trim();
  if (first?.node.type !== 'paragraph') return undefined;
  const parts = first.node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  // (`**Consent before alarm.** The app never acts alone…`: the bold sentence opens the paragraph that explains it.)
  if (parts.length === 0 || parts[0].type !== 'strong') return undefined;
  const text = plainText(parts[0]).trim();
  return /[.!?。！？]["'”’»」]?$/u.test(text) ? text : undefined;
}

/**
 * A label line naming the button with one short sentence after it or on the next line (`Mensaje central:` over
 * `La educación no falla por falta de datos…`): the document says its button in one sentence there.
 */
function labelledSingleButton(doc: AgencyDocument): boolean {
  if (!doc.type) return false;
  const table = sectionTable(doc.type).table;
  const lines = doc.text.slice(doc.frontMatter?.end ?? 0).split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const m = BUTTON_LABEL.exec(lines[i]);
    if (!m || !table.matchAll(m[1]).some((d) => d.kind === 'button')) continue;
    let text = m[2].trim();
    if (!text) {
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      // Its text on the next line, as a paragraph (not a list, a table or a heading: the label heads a list).
      if (!next || /^[ \t]*(?:[-*+•#|>]|\d{1,3}[.)])/u.test(next)) continue;
      text = next.trim();
    }
    text = text.replace(/[*_`]+/gu, '').trim();
    if (text && single(text)) return true;
  }
  return false;
}
/** `Mensaje central: …`, `**Key message:** …`, `核心信息：…` at the start of a line (group 1 the label, 2 its text). */
const BUTTON_LABEL =
  /^[ \t]*(?:\*\*|__)?(\p{L}[\p{L}\p{M} '’-]{1,40}?)[ \t]*(?:(?:\*\*|__)[ \t]*)?[:：][ \t]*(?:\*\*|__)?(.*)$/u;

export default defineRule({
  id: 'button-not-single',
  severity: 'warning',
  appliesTo: typesWithSection('button'),
  check(ctx: RuleContext<Params>) {
    let elsewhere: boolean | undefined;
    for (const s of sectionsOfKind(ctx, 'button')) {
      // `1. [Core message 1]` / `2. [Core message 2]`: another template's blanks, empty-section's to report.
      if (holdsOnlyTemplateBlanks(s)) continue;
      const lead = boldLead(s);
      if (lead && single(lead)) continue;
      const items = listItems(s);
      const report = (reason: 'items' | 'sentences' | 'words', count: number) => {
        // The document says its button in one sentence under a label elsewhere: this part is its explanation.
        elsewhere ??= labelledSingleButton(ctx.doc);
        if (!elsewhere) ctx.report(s.heading.start, s.heading.end, { reason, count }, { section: s.def.id });
      };
      if (items.length > 1) {
        report('items', items.length);
        continue;
      }
      const text = sectionText(s).trim();
      const sentences = countSentences(text);
      if (sentences > 1) {
        report('sentences', sentences);
        continue;
      }
      const han = countHan(text);
      const words = countLatinWords(text);
      if (words > 30 || han > 60) report('words', han > 60 ? han : words);
    }
  },
  messages: {
    en: (p) =>
      p.reason === 'items'
        ? `The button lists ${plural(p.count, 'idea', 'ideas')}; keep one single-minded statement.`
        : p.reason === 'sentences'
          ? `The button has ${plural(p.count, 'sentence', 'sentences')}; boil it down to one single-minded sentence.`
          : 'The button is too long: say it in one short statement (at most 30 words or 60 Chinese characters).',
    zh: (p) =>
      p.reason === 'items'
        ? `按钮里列了 ${num(p.count)} 条，请只保留一个单一诉求。`
        : p.reason === 'sentences'
          ? `按钮写了 ${num(p.count)} 句话，请浓缩成一句单一诉求。`
          : '按钮太长了，请用一句简短的话说清楚（不超过 60 个汉字或 30 个英文单词）。',
    es: (p) =>
      p.reason === 'items'
        ? `El botón reúne ${plural(p.count, 'idea', 'ideas')}; quédate con una sola.`
        : p.reason === 'sentences'
          ? `El botón tiene ${plural(p.count, 'frase', 'frases')}; resúmelo en una sola idea.`
          : 'El botón es demasiado largo: dilo en una frase corta (30 palabras o 60 caracteres chinos como máximo).',
  },
  doc: {
    title: { en: 'Button is not single-minded', zh: '按钮不够单一', es: 'Botón con más de una idea' },
    description: {
      en: 'The button (key proposition) must be one single-minded statement the creative team can build on: one sentence, no list, at most 30 words or 60 Chinese characters. Pick the one thing that matters most and move the rest to the support points. A button part that opens with one sentence in bold, or quoted on its own (`> …`), is that sentence (what follows explains or supports it), and a document that states its button in one sentence under a label elsewhere (`Key message: …`) has its single button.',
      zh: '按钮（单一诉求）必须是创意团队可以据以发想的一个单一陈述：一句话，不分条，不超过 30 个英文单词或 60 个汉字。只留最重要的一点，其余的放到支持点里。按钮部分以一句加粗的话或单独一段引用（`> …`）开头时，按这句话判断（后面是解释或支持）；文档另有一个标签行用一句话写出按钮（`核心信息：…`）时，也算已有单一的按钮。',
      es: 'El botón (propuesta única) debe ser una sola idea sobre la que trabaje el equipo creativo: una frase, sin lista, de 30 palabras o 60 caracteres chinos como máximo. Quédate con lo más importante y pasa el resto a los puntos de apoyo. Si la sección del botón empieza con una frase en negrita, o citada aparte (`> …`), el botón es esa frase (lo que sigue la explica o la apoya), y un documento que dice su botón en una frase bajo una etiqueta en otro lugar (`Mensaje central: …`) ya tiene su botón único.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Button
      - Fresh Bite is the healthiest snack bar.
      - It tastes great.
      - It costs less than the competition.
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Button
      Fresh Bite keeps you going until dinner.
    `,
  },
});
