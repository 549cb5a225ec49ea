/** unfilled-placeholder: one rule, whole (check, messages, reference). The placeholders themselves: server/core/placeholders.ts. */
import { fieldById } from '../catalog';
import { q } from '../l10n';
import { findPlaceholders } from '../placeholders';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  text: string;
  kind: 'value' | 'owner' | 'date' | 'action';
  field?: string;
}

export default defineRule({
  id: 'unfilled-placeholder',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    const found = findPlaceholders(ctx.doc);
    // A template's sample action is one finding, not three (its words, `@负责人` and `YYYY-MM-DD`).
    const sampleLines = new Set(
      found.filter((p) => p.kind === 'action').map((p) => ctx.doc.lines.positionAt(p.start).line),
    );
    for (const p of found) {
      if (p.kind !== 'action' && sampleLines.has(ctx.doc.lines.positionAt(p.start).line)) continue;
      // The key as the document writes it (`presupuesto`) for the message, the field's id for fixes and tools.
      const id = p.field?.id && fieldById(p.field.id) ? p.field.id : p.field?.key;
      ctx.report(p.start, p.end, { text: p.text, kind: p.kind, field: p.field?.key }, id ? { field: id } : {});
    }
  },
  messages: {
    en: (p) =>
      p.kind === 'value'
        ? `${p.field ? `The ${q.en(p.field)} field still says` : 'This still says'} ${q.en(p.text)}: replace the placeholder with the real value.`
        : p.kind === 'owner'
          ? `${q.en(p.text)} is a placeholder: write the name of the person responsible.`
          : p.kind === 'date'
            ? `${q.en(p.text)} is a placeholder: write the real date.`
            : `${q.en(p.text)} is the template's sample action: write the real action, or delete the sample.`,
    zh: (p) =>
      p.kind === 'value'
        ? `${p.field ? `${q.zh(p.field)}字段` : '这里'}仍是占位内容${q.zh(p.text)}：请填上实际内容。`
        : p.kind === 'owner'
          ? `${q.zh(p.text)}是占位内容：请写上负责人的名字。`
          : p.kind === 'date'
            ? `${q.zh(p.text)}是占位内容：请写上实际日期。`
            : `${q.zh(p.text)}是模板里的示例行动：请写上实际的行动，或删除示例。`,
    es: (p) =>
      p.kind === 'value'
        ? `${p.field ? `El campo ${q.es(p.field)} todavía dice` : 'Aquí todavía dice'} ${q.es(p.text)}: cambia el marcador por el valor real.`
        : p.kind === 'owner'
          ? `${q.es(p.text)} es un marcador: escribe el nombre de la persona responsable.`
          : p.kind === 'date'
            ? `${q.es(p.text)} es un marcador: escribe la fecha real.`
            : `${q.es(p.text)} es la acción de ejemplo de la plantilla: escribe la acción real o borra el ejemplo.`,
  },
  doc: {
    title: { en: 'Placeholder not filled in', zh: '占位内容未填写', es: 'Marcador sin rellenar' },
    description: {
      en: 'Templates and fixes write placeholders so that nothing is missing: `<client>`, `<budget>`, `YYYY-MM-DD`, `@owner`, the sample action "What needs doing". Until you replace them the document only looks complete, so each one is pointed out and the completeness shown in the editor does not count it as done. Words such as TBD or 待定 are not placeholders of ours: they leave the field missing or the section empty.',
      zh: '模板和快速修复会写入占位内容，以免缺项：`<client>`、`<budget>`、`YYYY-MM-DD`、`@负责人`、示例行动“需要完成的事项”。在替换之前，文档只是看起来完整，所以每一处都会被指出，编辑器里的完整度也不会把它算作已完成。TBD、待定之类的词不属于这种占位内容：它们会使字段仍算缺失、部分仍算空白。',
      es: 'Las plantillas y las correcciones escriben marcadores para que no falte nada: `<client>`, `<budget>`, `YYYY-MM-DD`, `@responsable`, la acción de ejemplo «Qué hay que hacer». Hasta que los cambies, el documento solo parece completo; por eso se señala cada uno y el grado de avance que muestra el editor no lo cuenta como hecho. Palabras como TBD o pendiente no son marcadores nuestros: dejan el campo como ausente o la sección vacía.',
    },
    bad: md`
      ---
      type: memo
      to: Tom Baker, Acme Foods
      from: <from>
      date: 2026-11-20
      subject: Winter TV shoot
      ---
      # Memo: winter TV shoot

      We need your approval by Monday to move the shoot one week later.
    `,
    good: md`
      ---
      type: memo
      to: Tom Baker, Acme Foods
      from: Ana Ruiz
      date: 2026-11-20
      subject: Winter TV shoot
      ---
      # Memo: winter TV shoot

      We need your approval by Monday to move the shoot one week later.
    `,
  },
});
