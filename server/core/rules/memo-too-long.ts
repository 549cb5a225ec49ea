/** memo-too-long: one rule, whole (check, fix, messages, reference). */
import { titleSpan } from '../document';
import { plainText } from '../markdown';
import { fieldIdForKey } from '../frontmatter';
import { countHan, countLatinWords } from '../text';
import type { Lang } from '../catalog/schema';
import { known, num, plural } from '../l10n';
import { md, MEMO_LONG } from './common/examples';
import { defineRule, type RuleContext } from './rule';

interface Params {
  words: number;
  cjk: number;
}
/** Whether a too-long memo is best described by its Chinese characters. */
function memoByChars(p: Params, lang: Lang): boolean {
  const overChars = known(p.cjk) && p.cjk > 600;
  const overWords = known(p.words) && p.words > 300;
  if (overChars && overWords) return lang === 'zh';
  if (overChars !== overWords) return overChars;
  // Neither over its limit (should not happen): the larger share of its limit.
  return (known(p.cjk) ? p.cjk / 600 : 0) > (known(p.words) ? p.words / 300 : 0);
}

/** A memo's header field written as a line of the body: `To: Ana Ruiz`, `Asunto: cierre`, `主题：年终`. */
function isHeaderLine(line: string): boolean {
  const m = /^[ \t]*([\p{L}][\p{L} ]{0,20}?)[ \t]*[:：]/u.exec(line);
  const id = m ? fieldIdForKey(m[1]) : undefined;
  return id !== undefined && MEMO_HEADER.has(id);
}
const MEMO_HEADER: ReadonlySet<string> = new Set(['to', 'from', 'date', 'subject', 'client']);

export default defineRule({
  id: 'memo-too-long',
  severity: 'information',
  appliesTo: ['memo'],
  check(ctx: RuleContext<Params>) {
    // What the reader reads as the memo: not its title, nor its header written as lines (`**Para:** Ana`).
    const title = ctx.doc.title?.node;
    const body = ctx.doc.nodes
      .filter((p) => p.node.type !== 'yaml' && p.node.type !== 'html' && p.node.type !== 'code' && p.node !== title)
      .map((p) =>
        plainText(p.node)
          .split('\n')
          .filter((line) => !isHeaderLine(line))
          .join('\n'),
      )
      .join('\n');
    const words = countLatinWords(body);
    const cjk = countHan(body);
    if (words > 300 || cjk > 600) {
      const [a, b] = titleSpan(ctx.doc);
      ctx.report(a, b, { words, cjk });
    }
  },
  messages: {
    en: (p) =>
      memoByChars(p, 'en')
        ? `This memo runs to ${num(p.cjk)} Chinese characters; keep it to one screen (about 600) and attach the details.`
        : `This memo runs to ${plural(p.words, 'word', 'words')}; keep it to one screen (about 300) and attach the details.`,
    zh: (p) =>
      memoByChars(p, 'zh')
        ? `备忘录有 ${num(p.cjk)} 个字，超过一屏：请控制在 600 字左右，细节放进附件。`
        : `备忘录有 ${num(p.words)} 个英文单词，超过一屏：请控制在 300 词左右，细节放进附件。`,
    es: (p) =>
      memoByChars(p, 'es')
        ? `El memorándum tiene ${num(p.cjk)} caracteres chinos; que quepa en una pantalla (unos 600) y adjunta los detalles.`
        : `El memorándum tiene ${plural(p.words, 'palabra', 'palabras')}; que quepa en una pantalla (unas 300) y adjunta los detalles.`,
  },
  doc: {
    title: { en: 'Memo too long', zh: '备忘录太长', es: 'Memorándum demasiado largo' },
    description: {
      en: 'A memo should fit on one screen: about 300 words or 600 Chinese characters. Say what you need from the reader first, keep the background short, and attach the details. The title and the header written as lines (`**To:** Ana Ruiz`, `Subject: …`) are not counted.',
      zh: '备忘录应在一屏之内：大约 300 个英文单词或 600 个汉字。先写清需要对方做什么，背景从简，细节放进附件。标题和写成正文行的抬头（`**致：** 王明`、`主题：…`）不计入。',
      es: 'Un memorándum debe caber en una pantalla: unas 300 palabras o 600 caracteres chinos. Di primero qué necesitas del lector, resume el contexto y adjunta los detalles. El título y la cabecera escrita como líneas (`**Para:** Ana Ruiz`, `Asunto: …`) no cuentan.',
    },
    bad: MEMO_LONG,
    good: md`
      ---
      type: memo
      to: Tom Baker, Acme Foods
      from: Ana Ruiz
      date: 2026-11-20
      subject: Winter TV shoot
      ---
      # Memo: winter TV shoot

      We need your approval by Monday to move the winter TV shoot one week later (the studio's large stage was double-booked).

      - The set, the opening shot and the approved estimate stay the same.
      - The spot is delivered five working days later, still a week before the media start.

      The options we considered are attached.

      ## Follow-up
      - [ ] Confirm the new studio dates @ana due 2026-11-24
    `,
  },
});
