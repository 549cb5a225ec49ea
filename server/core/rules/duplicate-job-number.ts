/** duplicate-job-number: one rule, whole (check, fix, messages, reference). */
import { q } from '../l10n';
import { ownJob } from '../ownJob';
import { relativePath } from '../paths';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  job: string;
  otherFile: string;
}

export default defineRule({
  id: 'duplicate-job-number',
  severity: 'error',
  appliesTo: ['job'],
  needs: 'workspace',
  check(ctx: RuleContext<Params>) {
    const ws = ctx.options.workspace;
    // `job:`, or a body field line giving the card's number (`**Job number:** BW-2026-041`), as the index has it.
    const job = ownJob(ctx.doc.source, ctx.doc.frontMatter, ctx.options.config.jobPattern);
    if (!ws || !job) return;
    const others = ws.documentsWithJob(job.id).filter((d) => d.type === 'job' && d.path !== ctx.doc.path);
    if (others.length === 0) return;
    ctx.report(
      job.start,
      job.end,
      { job: job.id, otherFile: relativePath(ctx.doc.path, others[0].path) },
      { field: 'job', job: job.id, file: others[0].path },
    );
  },
  messages: {
    en: (p) => `Job number ${q.en(p.job)} is also used by ${p.otherFile}: give each job card its own number.`,
    zh: (p) => `工作单号${q.zh(p.job)}也用在了 ${p.otherFile}，每张工作卡都应有自己的单号。`,
    es: (p) =>
      `El número de trabajo ${q.es(p.job)} también lo usa ${p.otherFile}: cada orden de trabajo necesita su propio número.`,
  },
  doc: {
    title: { en: 'Job number used twice', zh: '工作单号重复', es: 'Número de trabajo repetido' },
    description: {
      en: 'Two job cards claim the same job number, so time, costs and invoices can end up on the wrong job. Give each job card its own number; other documents may refer to it freely. A card’s number is its `job:`, or without one a line atop the body giving it (`**Job number:** ACME-0457`).',
      zh: '两张工作卡用了同一个单号，工时、费用和发票都可能记错工作。每张工作卡都要有自己的单号；其他文件引用单号不受限制。工作卡的单号是它的 `job:`；没有时，正文开头写明单号的一行（`**工作单号：** ACME-0457`）也算。',
      es: 'Dos órdenes de trabajo tienen el mismo número, así que horas, costes y facturas pueden acabar en el trabajo equivocado. Da a cada orden su propio número; los demás documentos pueden citarlo sin problema. El número de una orden es su `job:` o, si no lo tiene, una línea al principio del cuerpo que lo dé (`**Número de trabajo:** ACME-0457`).',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      ---
      # Job card: Fresh Bite web banners
      <!-- acme-tv-spot.job.md also has job: ACME-0457 -->
    `,
    good: md`
      ---
      type: job
      job: ACME-0458
      client: Acme Foods
      ---
      # Job card: Fresh Bite web banners
    `,
    setting: {
      files: {
        'acme-tv-spot.job.md': md`
          ---
          type: job
          job: ACME-0457
          client: Acme Foods
          ---
          # Job card: winter TV spot
        `,
      },
    },
  },
});
