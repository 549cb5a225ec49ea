/** estimate-missing: one rule, whole (check, fix, messages, reference). */
import { enumValueOf } from '../catalog/fields';
import { fieldById } from '../catalog';
import { q } from '../l10n';
import { md } from './common/examples';
import { createEstimateFix, jobCardEstimate } from '../workflow/estimate';
import { defineRule, type RuleContext } from './rule';

interface Params {
  status: string;
  /** Delivered or closed: the work is over, so the estimate is added to the card, not before work starts. */
  finished: boolean;
}

export default defineRule({
  id: 'estimate-missing',
  severity: 'error',
  appliesTo: ['job'],
  check(ctx: RuleContext<Params>) {
    const status = ctx.doc.frontMatter?.field('status');
    if (!status || status.missing) return;
    const def = fieldById('status');
    const value = def && enumValueOf(def, status.text);
    if (!value || value === 'open') return;
    // The estimate as the status report reads it too.
    if (jobCardEstimate(ctx.doc) !== undefined) return;
    ctx.report(
      status.keyStart,
      Math.max(status.valueEnd, status.keyEnd),
      { status: status.text, finished: value === 'delivered' || value === 'closed' },
      { field: 'estimate' },
    );
  },
  // "Create the estimate": a new estimate beside the card, never applied by fix-all (docs/workflow.md).
  fix: createEstimateFix,
  messages: {
    en: (p) =>
      p.finished
        ? `This job is ${q.en(p.status)} but its card has no estimate: add the estimate the client signed.`
        : `This job is ${q.en(p.status)} but has no estimate: add one and get it signed before work starts.`,
    zh: (p) =>
      p.finished
        ? `这项工作状态为${q.zh(p.status)}，工作卡上却没有估价：请补上客户签核的估价。`
        : `这项工作状态为${q.zh(p.status)}，却还没有估价：开工前请补上估价并取得客户签核。`,
    es: (p) =>
      p.finished
        ? `Este trabajo figura como ${q.es(p.status)} y su orden no tiene presupuesto: añade el presupuesto que aprobó el cliente.`
        : `Este trabajo está en ${q.es(p.status)} y no tiene presupuesto: añádelo y consigue la aprobación antes de empezar.`,
  },
  doc: {
    title: { en: 'Work under way without an estimate', zh: '没有估价就开工', es: 'Trabajo en marcha sin presupuesto' },
    description: {
      en: 'No work starts before the client has an estimate. A job card whose status is past `open` needs an Estimate section with content or an `estimate:` field (a path to the estimate or an amount); a section that only says the estimate is still to come (`Awaiting print quotes.`) is no estimate. The status may be written in your own words: `In progress`, `进行中`, `en curso`, `delivered`, `已交付`, `entregado`, `closed`, `已关闭`, `cerrado`…',
      zh: '客户拿到估价之前不能开工。状态已不是 `open` 的工作卡，必须有写了内容的「估价」部分，或 `estimate:` 字段（估价单路径或金额）；只写着估价还没到（`待报价`、`等待印刷报价`）不算估价。状态可以照平时的写法：`进行中`、`已交付`、`已关闭`、`in-progress`……',
      es: 'Ningún trabajo empieza antes de que el cliente tenga un presupuesto. Una orden de trabajo cuyo estado ya no es `open` necesita una sección de presupuesto con contenido o un campo `estimate:` (ruta del presupuesto o importe); una sección que solo dice que el presupuesto está por llegar (`Pendiente de la imprenta.`) no es un presupuesto. El estado puede escribirse con tus palabras: `en curso`, `entregado`, `cerrado`, `in-progress`…',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: in-progress
      ---
      # Job card ACME-0457: winter TV spot

      ## Request
      A 30-second TV spot for the Fresh Bite winter campaign.
    `,
    good: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: in-progress
      estimate: USD 28,750
      ---
      # Job card ACME-0457: winter TV spot

      ## Request
      A 30-second TV spot for the Fresh Bite winter campaign.
    `,
  },
});
