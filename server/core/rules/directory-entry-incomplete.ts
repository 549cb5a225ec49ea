/** directory-entry-incomplete: one rule, whole (check, fix, messages, reference). */
import { columnNames, findColumn, listItems, rowCells, spanIn, tables } from '../content';
import { plainText } from '../markdown';
import { hasHan, isPlaceholder } from '../text';
import { q } from '../l10n';
import { sectionsOfKind, typesWithSection } from './common/sections';
import { md } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  name: string;
  lacks: 'title' | 'contact' | 'both';
}

const PHONE = /\+?\d[\d\s().-]{6,}\d/;
/** An office extension (`ext. 2231`, `extensión 114`, `分机 8021`): a number the switchboard puts through. */
const EXTENSION =
  /(?<![\p{L}])(?:ext|extension|extensi[oó]n|anexo)\.?[ \t]*[:：]?[ \t]*\d{2,6}(?!\d)|分机号?[ \t]*[:：]?[ \t]*\d{2,6}(?!\d)/iu;
/** Whether a text gives a way to reach the person: a phone, an extension or an email. */
const reachable = (text: string) => PHONE.test(text) || EXTENSION.test(text) || EMAIL.test(text);
// Full-width punctuation ends an address too: `刘明，总监，liuming@example.cn`.
const EMAIL = /[^\s@<>()，,;；、|｜]+@[^\s@<>()，,;；、|｜]+\.[^\s@<>()，,;；、|｜]+/;

export default defineRule({
  id: 'directory-entry-incomplete',
  severity: 'warning',
  appliesTo: typesWithSection('directory'),
  check(ctx: RuleContext<Params>) {
    for (const s of sectionsOfKind(ctx, 'directory')) {
      const judge = (name: string, hasTitle: boolean, hasContact: boolean, a: number, b: number) => {
        if (hasTitle && hasContact) return;
        const lacks = !hasTitle && !hasContact ? 'both' : !hasTitle ? 'title' : 'contact';
        ctx.report(a, b, { name, lacks }, { section: s.def.id });
      };
      for (const item of listItems(s)) {
        // The whole entry, nested details included; separators: commas, colons, slashes, bars, dashes.
        const text = plainText(item.node).replace(/\n+/g, ', ');
        const contact = reachable(text);
        const separators = hasHan(text)
          ? /\s*(?:[,，;；|｜、·•:：/]|\s[-–—]\s|[()（）]|\s+)\s*/u
          : /\s*(?:[,，;；|｜、·•:：]|\s[/-–—]\s|[()（）])\s*/u;
        const parts = text
          .replace(EMAIL, ' ')
          .replace(PHONE, ' ')
          .replace(EXTENSION, ' ')
          .split(separators)
          .map((p) => p.replace(/^(?:tel|phone|email|e-mail|电话|邮箱|手机|teléfono|correo)\s*[:：]?/iu, '').trim())
          .filter((p) => p && !isPlaceholder(p));
        const [a, b] = spanIn(item.node, item.base);
        judge(
          parts[0] ?? text,
          parts.length >= 2,
          contact,
          a,
          Math.min(b, ctx.doc.lines.lineEnd(ctx.doc.lines.positionAt(a).line)),
        );
      }
      for (const t of tables(s)) {
        const header = rowCells(t.node.children[0]);
        const nameCol = Math.max(
          0,
          findColumn(header, columnNames('Name', 'Contact', '姓名', '名称', '联系人', 'Nombre', 'Contacto')),
        );
        const titleCol = findColumn(
          header,
          columnNames('Title', 'Role', 'Position', 'Job title', '职位', '职务', '头衔', 'Cargo', 'Puesto'),
        );
        for (const row of t.node.children.slice(1)) {
          const cells = rowCells(row);
          if (cells.every((c) => c === '')) continue;
          const others = cells.filter((_, i) => i !== nameCol && i !== titleCol).join(' ');
          const contact = reachable(others);
          const hasTitle =
            titleCol >= 0
              ? !isPlaceholder(cells[titleCol] ?? '')
              : cells.filter((c, i) => i !== nameCol && c && !reachable(c)).length > 0;
          const [a, b] = spanIn(row, t.base);
          judge(cells[nameCol] ?? '', hasTitle, contact, a, b);
        }
      }
    }
  },
  messages: {
    en: (p) => {
      const who = p.name.trim() ? `The directory entry for ${q.en(p.name.trim())}` : 'This directory entry';
      return p.lacks === 'title'
        ? `${who} has no job title: add it.`
        : p.lacks === 'contact'
          ? `${who} has no phone or email: add one.`
          : `${who} has no job title and no phone or email: add them.`;
    },
    zh: (p) => {
      const who = p.name.trim() ? `名录中${q.zh(p.name.trim())}` : '这条名录';
      return p.lacks === 'title'
        ? `${who}缺少职务，请补上。`
        : p.lacks === 'contact'
          ? `${who}缺少电话或邮箱，请补上一项。`
          : `${who}缺少职务和电话/邮箱，请补上。`;
    },
    es: (p) => {
      const who = p.name.trim() ? `En el directorio, a ${q.es(p.name.trim())}` : 'A este contacto del directorio';
      return p.lacks === 'title'
        ? `${who} le falta el cargo: añádelo.`
        : p.lacks === 'contact'
          ? `${who} le falta un teléfono o correo electrónico: añade uno.`
          : `${who} le faltan el cargo y un teléfono o correo electrónico: añádelos.`;
    },
  },
  doc: {
    title: { en: 'Incomplete contact', zh: '联系人信息不全', es: 'Contacto incompleto' },
    description: {
      en: "Each contact in the fact book's client directory needs a job title and a phone number or email, so anyone covering the account can reach the right person. Complete the entry. An office extension (`ext. 2231`) is a phone number.",
      zh: '实情手册客户名录里的每位联系人都要写明职务，以及电话或邮箱，这样任何接手的同事都能找到对的人。请补全这一条。分机号（`分机 2231`）也算电话。',
      es: 'Cada contacto del directorio del libro de datos necesita su cargo y un teléfono o correo electrónico, para que cualquiera que cubra la cuenta llegue a la persona adecuada. Completa la entrada. Una extensión (`ext. 2231`) es un teléfono.',
    },
    bad: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      ## Client directory
      - Tom Baker, Marketing Director
    `,
    good: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      ## Client directory
      - Tom Baker, Marketing Director, tom.baker@acme.example, +1 555 0100
    `,
  },
});
