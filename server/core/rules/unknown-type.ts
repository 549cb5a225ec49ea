/** unknown-type: one rule, whole (check, fix, messages, reference). */
import { q } from '../l10n';
import { md } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  value: string;
  suggestion?: string;
}

/** Titles of its quick fixes. */
const TITLES = {
  replaceType: {
    en: (id: string) => `Change the type to ${q.en(id)}`,
    zh: (id: string) => `把类型改为${q.zh(id)}`,
    es: (id: string) => `Cambiar el tipo a ${q.es(id)}`,
  },
};

function replaceTypeFix(finding: Finding, ctx: FixContext): Fix[] {
  const id = finding.data.suggestion;
  if (!id) return [];
  return [
    {
      title: TITLES.replaceType[ctx.options.locale](id),
      edits: [{ start: finding.start, end: finding.end, newText: id }],
      isPreferred: true,
    },
  ];
}

export default defineRule({
  id: 'unknown-type',
  severity: 'error',
  appliesTo: 'any',
  check(ctx: RuleContext<Params>) {
    const u = ctx.doc.unknownType;
    if (u)
      ctx.report(
        u.start,
        u.end,
        { value: u.value, suggestion: u.suggestion },
        u.suggestion ? { field: 'type', suggestion: u.suggestion } : { field: 'type' },
      );
  },
  fix: replaceTypeFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.suggestion
        ? `${q.en(p.value)} isn't a document type we know. Did you mean ${q.en(p.suggestion)}?`
        : `${q.en(p.value)} isn't a document type we know: use a type such as brief, minutes, agenda or job.`,
    zh: (p) =>
      p.suggestion
        ? `${q.zh(p.value)}不是已知的文档类型，是不是想写${q.zh(p.suggestion)}？`
        : `${q.zh(p.value)}不是已知的文档类型，请改用 brief、minutes、agenda、job 等类型。`,
    es: (p) =>
      p.suggestion
        ? `${q.es(p.value)} no es un tipo de documento conocido. ¿Quisiste decir ${q.es(p.suggestion)}?`
        : `${q.es(p.value)} no es un tipo de documento conocido: usa un tipo como brief, minutes, agenda o job.`,
  },
  doc: {
    title: { en: 'Unknown document type', zh: '未知的文档类型', es: 'Tipo de documento desconocido' },
    description: {
      en: 'The `type:` in the front matter is a near miss of a document type (`breif`, `minuets`, `acta`) in a document that otherwise looks like an agency document, so the checks for that type may not run. Use the type id (brief, minutes, agenda, job…); the quick fix offers the closest one. A `type:` far from every type (`docs`, `bug`, `meeting`) belongs to another tool and is left alone.',
      zh: '文档头部的 `type:` 和某个文档类型只差几个字（如 `breif`、`minuets`、`acta`），而文档本身看起来是公司文档，所以该类型的检查可能不会运行。请改用类型 id（brief、minutes、agenda、job 等），快速修复会给出最接近的一个。与所有类型都相差很远的 `type:`（如 `docs`、`bug`、`meeting`）属于其他工具，不会提示。',
      es: 'El `type:` de la cabecera casi coincide con un tipo de documento (`breif`, `minuets`, `acta`) en un documento que por lo demás parece de agencia, así que puede que no se apliquen las comprobaciones de ese tipo. Usa el identificador (brief, minutes, agenda, job…); la corrección rápida propone el más parecido. Un `type:` lejano de todos los tipos (`docs`, `bug`, `meeting`) es de otra herramienta y no se señala.',
    },
    bad: md`
      ---
      type: mintues
      client: Acme Foods
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      ---
      # Contact report: winter campaign review
    `,
  },
});
