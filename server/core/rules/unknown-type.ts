/** unknown-type: one rule, whole (check, fix, messages, reference). */
import { q } from '../l10n';
import { md } from './common/examples';
import { defineRule, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params { value: string; suggestion?: string }

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
  return [{ title: TITLES.replaceType[ctx.options.locale](id), edits: [{ start: finding.start, end: finding.end, newText: id }], isPreferred: true }];
}

export default defineRule({
  id: 'unknown-type',
  severity: 'error',
  appliesTo: 'any',
  check(ctx: RuleContext<Params>) {
    const u = ctx.doc.unknownType;
    if (u) ctx.report(u.start, u.end, { value: u.value, suggestion: u.suggestion }, u.suggestion ? { field: 'type', suggestion: u.suggestion } : { field: 'type' });
  },
  fix: replaceTypeFix,
  fixTitles: TITLES,
  messages: {
    en: (p) => p.suggestion
      ? `${q.en(p.value)} isn't a document type we know. Did you mean ${q.en(p.suggestion)}?`
      : `${q.en(p.value)} isn't a document type we know: use a type such as brief, minutes, agenda or job.`,
    zh: (p) => p.suggestion
      ? `${q.zh(p.value)}不是已知的文档类型，是不是想写${q.zh(p.suggestion)}？`
      : `${q.zh(p.value)}不是已知的文档类型，请改用 brief、minutes、agenda、job 等类型。`,
    es: (p) => p.suggestion
      ? `${q.es(p.value)} no es un tipo de documento conocido. ¿Quisiste decir ${q.es(p.suggestion)}?`
      : `${q.es(p.value)} no es un tipo de documento conocido: usa un tipo como brief, minutes, agenda o job.`,
  },
  doc: {
    title: { en: 'Unknown document type', zh: '未知的文档类型', es: 'Tipo de documento desconocido' },
    description: {
      en: 'The `type:` in the front matter names no document type the checker knows, so none of the checks for briefs, minutes or job cards run. Use one of the type ids (brief, minutes, agenda, job…); the quick fix offers the closest one.',
      zh: '文档头部的 `type:` 写的不是已知的文档类型，简报、会议记录、工作卡等检查都不会运行。请改用一个类型 id（brief、minutes、agenda、job 等），快速修复会给出最接近的一个。',
      es: 'El `type:` de la cabecera no corresponde a ningún tipo de documento conocido, así que no se aplica ninguna comprobación de briefs, actas u órdenes de trabajo. Usa uno de los identificadores (brief, minutes, agenda, job…); la corrección rápida propone el más parecido.',
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
