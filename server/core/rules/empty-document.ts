/** empty-document: one rule, whole (check, fix, messages, reference). */
import { LANGS, type Lang } from '../catalog/schema';
import { renderTemplate } from '../templates';
import { q } from '../l10n';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';
import type { TextSource } from '../text';

interface Params {
  type: string;
}

/** A language's own name, shown beside a template in another language than the user's. */
const LANG_NAME: Record<Lang, string> = { en: 'English', zh: '中文', es: 'Español' };

const TITLES = {
  insertTemplate: {
    en: (type: string) => `Insert the ${q.en(type)} template`,
    zh: (type: string) => `插入${q.zh(type)}模板`,
    es: (type: string) => `Insertar la plantilla de ${q.es(type)}`,
  },
  insertTemplateIn: {
    en: (type: string, lang: string) => `Insert the ${q.en(type)} template (${lang})`,
    zh: (type: string, lang: string) => `插入${q.zh(type)}模板（${lang}）`,
    es: (type: string, lang: string) => `Insertar la plantilla de ${q.es(type)} (${lang})`,
  },
};

/** Whether a document has nothing written in it yet (whitespace only). */
export function isBlankDocument(text: TextSource): boolean {
  if (typeof text === 'string') return text.trim() === '';
  // The editor's pieces: read from the start until something is written (not the whole text, copied).
  for (let at = 0, n = 256; at < text.length; at += n, n *= 2) if (text.slice(at, at + n).trim() !== '') return false;
  return true;
}

/** The template in the user's language first (preferred), then in the other languages. */
function templateFixes(_finding: Finding, ctx: FixContext): Fix[] {
  const type = ctx.doc.type;
  if (!type || !isBlankDocument(ctx.doc.text)) return [];
  const user = ctx.options.locale;
  return [user, ...LANGS.filter((l) => l !== user)].map((lang, i) => ({
    title:
      i === 0
        ? TITLES.insertTemplate[user](type.names[lang])
        : TITLES.insertTemplateIn[user](type.names[lang], LANG_NAME[lang]),
    // Inserted before whatever blank lines are there: nothing written is replaced. Never part of fix-all: the user picks the language.
    edits: [{ start: 0, end: 0, newText: renderTemplate(type, lang, { today: ctx.options.today }) }],
    isPreferred: i === 0,
  }));
}

export default defineRule({
  id: 'empty-document',
  severity: 'hint',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    // The analysis runs only this rule on a blank document (server/core/analyze.ts): one hint, not a finding per missing part.
    if (isBlankDocument(ctx.doc.source)) ctx.report(0, 0, { type: ctx.type.names[ctx.options.locale] });
  },
  fix: templateFixes,
  fixTitles: TITLES,
  messages: {
    en: (p) => `This ${p.type} is empty: start from the template (quick fix).`,
    zh: (p) => `这份${p.type}还是空的：可以从模板开始（快速修复）。`,
    es: (p) => `Este documento (${p.type}) está vacío: empieza con la plantilla (corrección rápida).`,
  },
  doc: {
    title: { en: 'Empty document', zh: '空白文档', es: 'Documento vacío' },
    description: {
      en: 'A new document whose file name gives its type (`launch.brief.md`) has nothing in it yet. Instead of listing every missing field and section, the checker offers one hint: insert the template of that type, in your language or another one.',
      zh: '新建的文档已由文件名确定类型（如 `launch.brief.md`），但还没有任何内容。这时不会逐一列出缺少的字段和部分，只给出一条提示：插入该类型的模板，可选你的语言或其他语言。',
      es: 'Un documento nuevo cuyo nombre de archivo indica su tipo (`lanzamiento.brief.md`) aún no tiene nada. En lugar de enumerar cada campo y sección que falta, se ofrece una sola pista: insertar la plantilla de ese tipo, en tu idioma o en otro.',
    },
    bad: '\n',
    good: '---\ntype: memo\nto: Ana Ruiz\nfrom: Tom Baker\ndate: 2026-11-20\nsubject: Shoot dates\n---\n# Memo\n\nThe shoot moves to 3 December.\n',
    setting: { path: 'shoot.memo.md' },
  },
});
