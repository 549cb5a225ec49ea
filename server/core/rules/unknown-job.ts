/** unknown-job: one rule, whole (check, fix, messages, reference). */
import { itemText, listItems, rowCells, spanIn, tables } from '../content';
import { jobNumberAtStart } from '../jobPattern';
import { jobColumn } from '../actions';
import { jobKey } from '../workspaceIndex';
import { q } from '../l10n';
import type { Nodes } from 'mdast';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  job: string;
}

/** Job numbers a status report refers to: its job column, or leading a list item. */
function jobReferences(ctx: RuleContext<Params>): { id: string; start: number; end: number }[] {
  const refs: { id: string; start: number; end: number }[] = [];
  const lead = jobNumberAtStart(ctx.options.config.jobPattern, true);
  for (const s of ctx.doc.sections) {
    for (const item of listItems(s)) {
      const text = itemText(item.node);
      const m = lead.exec(text);
      if (!m) continue;
      const [a, b] = spanIn(item.node as Nodes, item.base);
      const src = ctx.doc.text.slice(a, b);
      const at = src.indexOf(m[1]);
      if (at >= 0) refs.push({ id: m[1], start: a + at, end: a + at + m[1].length });
    }
    for (const t of tables(s)) {
      const col = jobColumn(rowCells(t.node.children[0]), t.node.children.slice(1).map(rowCells));
      if (col < 0) continue;
      for (const row of t.node.children.slice(1)) {
        const cell = row.children[col];
        if (!cell) continue;
        const id = rowCells(row)
          [col].replace(/^\[|\]$/g, '')
          .trim();
        if (!id || !/[0-9]/.test(id)) continue;
        const [a, b] = spanIn(cell, t.base);
        const at = ctx.doc.text.slice(a, b).indexOf(id);
        refs.push({ id, start: a + Math.max(0, at), end: a + Math.max(0, at) + id.length });
      }
    }
  }
  return refs;
}

export default defineRule({
  id: 'unknown-job',
  severity: 'warning',
  appliesTo: ['status'],
  needs: 'workspace',
  waitsForIndex: true,
  check(ctx: RuleContext<Params>) {
    const ws = ctx.options.workspace;
    if (!ws) return;
    for (const r of jobReferences(ctx)) {
      if (ws.documentsWithJob(r.id).length === 0) ctx.report(r.start, r.end, { job: r.id }, { job: jobKey(r.id) });
    }
  },
  messages: {
    en: (p) => `No job card has the number ${q.en(p.job)}: check the number, or open a job card for it.`,
    zh: (p) => `没有哪张工作卡的单号是${q.zh(p.job)}，请核对单号，或为它开一张工作卡。`,
    es: (p) => `Ninguna orden de trabajo tiene el número ${q.es(p.job)}: revisa el número o abre una orden para él.`,
  },
  doc: {
    title: { en: 'Unknown job number', zh: '未知的工作单号', es: 'Número de trabajo desconocido' },
    description: {
      en: 'A status report lists a job number that no document in the workspace has as its `job:` (or, without one, on a line atop its body: `**Job number:** ACME-0457`). Either the number has a typo or the job was never opened: correct it, or open a job card. In the editor, the check waits until the workspace is indexed: a report opened as the editor starts shows no job as unknown before every job card has been read.',
      zh: '工作进度报告里的单号，在工作区里找不到哪份文件的 `job:` 是它（没有 `job:` 时，正文开头的 `**工作单号：** ACME-0457` 一行也算）。要么单号写错了，要么这项工作还没开单：请改正，或开一张工作卡。在编辑器里，这项检查要等工作区索引完成才进行：编辑器刚启动时打开的报告，在所有工作卡读完之前，不会把任何单号标为未知。',
      es: 'Un informe semanal cita un número de trabajo que no es el `job:` de ningún documento del espacio de trabajo (ni, a falta de este, el de una línea al principio de su cuerpo: `**Número de trabajo:** ACME-0457`). O el número tiene una errata o el trabajo nunca se abrió: corrígelo o abre una orden de trabajo. En el editor, la comprobación espera a que el espacio de trabajo esté indexado: un informe abierto al arrancar el editor no da ningún trabajo por desconocido antes de leer todas las órdenes de trabajo.',
    },
    bad: md`
      ---
      type: status
      client: Acme Foods
      week: 2026-W48
      issued: 2026-11-23
      ---
      ## Jobs in progress
      | Job | Next step | Owner | Due |
      |---|---|---|---|
      | ACME-0475 | Client approval of the storyboard | @ana | 2026-11-27 |
    `,
    good: md`
      ---
      type: status
      client: Acme Foods
      week: 2026-W48
      issued: 2026-11-23
      ---
      ## Jobs in progress
      | Job | Next step | Owner | Due |
      |---|---|---|---|
      | ACME-0457 | Client approval of the storyboard | @ana | 2026-11-27 |
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
