/** frontmatter-syntax: one rule, whole (check, fix, messages, reference). */
import { md } from './common/examples';
import { clip, q } from '../l10n';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  reason: string;
  unclosed?: boolean;
  /** A value with a second colon: its key. */
  colonInValue?: { key: string };
}

const TITLES = {
  quoteValue: {
    en: () => 'Put the value in quotes',
    zh: () => '给值加上引号',
    es: () => 'Poner el valor entre comillas',
  },
};

/** The quote that can wrap a value as it is: `"`, else `'`; none when it holds both. */
function quoteFor(value: string): string | undefined {
  if (!value.includes('"')) return '"';
  if (!value.includes("'")) return "'";
  return undefined;
}

/** Quotes inserted around a value that holds a second colon: nothing written is changed. */
function quoteValueFix(_finding: Finding, ctx: FixContext): Fix[] {
  const c = ctx.doc.frontMatter?.error?.colonInValue;
  if (!c) return [];
  const quote = quoteFor(ctx.doc.text.slice(c.valueStart, c.valueEnd));
  if (!quote) return [];
  return [
    {
      title: TITLES.quoteValue[ctx.options.locale](),
      edits: [
        { start: c.valueStart, end: c.valueStart, newText: quote },
        { start: c.valueEnd, end: c.valueEnd, newText: quote },
      ],
      isPreferred: true,
    },
  ];
}

/** A parser's reason, on one line, without its trailing period, not too long. */
function reasonText(reason: string): string {
  const first = (reason ?? '')
    .split(/\r?\n/)[0]
    .trim()
    .replace(/[.。:：]+$/, '');
  return clip(first, 80);
}

export default defineRule({
  id: 'frontmatter-syntax',
  severity: 'error',
  appliesTo: 'any',
  check(ctx: RuleContext<Params>) {
    // With broken YAML no type is read from it, so the body is checked only when the file name or title gives one (docs/types.md#how-the-type-is-found).
    const fm = ctx.doc.frontMatter;
    if (fm?.error && (ctx.doc.type || ctx.doc.typeInBrokenFrontMatter)) {
      const c = fm.error.colonInValue;
      ctx.report(fm.error.start, Math.max(fm.error.end, fm.error.start + 1), {
        reason: fm.error.reason[ctx.options.locale],
        unclosed: fm.error.unclosed,
        colonInValue: c ? { key: c.key } : undefined,
      });
    }
  },
  fix: quoteValueFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.colonInValue
        ? `The value of ${q.en(p.colonInValue.key)} has a second colon, which YAML cannot read (other tools will stumble on it): put the whole value in quotes.`
        : p.unclosed
          ? 'The front matter never closes: add a line with --- after the last field.'
          : `The front matter can't be read: check for a missing colon, quote or bracket${reasonText(p.reason) ? ` (${reasonText(p.reason)})` : ''}.`,
    zh: (p) =>
      p.colonInValue
        ? `${q.zh(p.colonInValue.key)}的值里还有一个冒号，YAML 无法读取（其他工具会出错）：请给整个值加上引号。`
        : p.unclosed
          ? '文档头部（front matter）没有结束：请在最后一个字段后面加一行 ---。'
          : `文档头部（front matter）无法读取，请检查是否漏了冒号、引号或括号${reasonText(p.reason) ? `（${reasonText(p.reason)}）` : ''}。`,
    es: (p) =>
      p.colonInValue
        ? `El valor de ${q.es(p.colonInValue.key)} tiene un segundo «:», que YAML no puede leer (otras herramientas fallarán): pon todo el valor entre comillas.`
        : p.unclosed
          ? 'La cabecera (front matter) no se cierra: añade una línea con --- después del último campo.'
          : `No se puede leer la cabecera (front matter): revisa que no falten dos puntos, comillas o corchetes${reasonText(p.reason) ? ` (${reasonText(p.reason)})` : ''}.`,
  },
  doc: {
    title: { en: 'Front matter cannot be read', zh: '文档头部无法读取', es: 'Cabecera ilegible' },
    description: {
      en: 'The block between the `---` lines at the top is not valid YAML (an unclosed bracket or quote, a missing colon, or no closing `---`), so its fields cannot be read. The rest of the document is still checked; fix the block so dates, client and job number count again.',
      zh: '文件开头两行 `---` 之间的内容不是有效的 YAML（括号或引号没闭合、漏了冒号，或缺少结尾的 `---`），其中的字段都读不出来。正文仍会检查；请修正这一段，日期、客户、单号等字段才能生效。',
      es: 'El bloque entre las líneas `---` del principio no es YAML válido (un corchete o unas comillas sin cerrar, falta de dos puntos o falta del `---` final), así que sus campos no se pueden leer. El resto del documento se sigue revisando; corrige el bloque para que cuenten las fechas, el cliente y el número de trabajo.',
    },
    bad: md`
      ---
      type: minutes
      client: Acme Foods
      attendees: [Tom Baker, Ana Ruiz, Li Wei
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      attendees: [Tom Baker, Ana Ruiz, Li Wei]
      ---
      # Contact report: winter campaign review
    `,
  },
});
