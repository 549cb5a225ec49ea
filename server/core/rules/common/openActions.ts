/** What the four action-item rules share: the open items, and an item's words for a message. */
import type { ActionItem } from '../../actions';
import type { Facts } from '../rule';
import { detached } from '../../text';
import { clip } from '../../l10n';

/** The action's words for a message: without owners and due dates, shortened. */
export function short(text: string): string {
  // Remembered: an action reported once is reported again on every keystroke elsewhere in the document.
  let words = SHORT.get(text);
  if (words === undefined) {
    if (SHORT.size >= 10000) SHORT.clear();
    // A copy as the key: the action's text is a slice of its document, which the slice would keep alive.
    SHORT.set(detached(text), (words = shorten(text)));
  }
  return words;
}
const SHORT = new Map<string, string>();

function shorten(text: string): string {
  // Only the start is shown (about 40 characters), so only the start is cleaned.
  const t =
    text
      .slice(0, 160)
      .replace(/(?<![\p{L}\p{N}_.+-])@[\p{L}\p{N}_][\p{L}\p{N}_.'-]*/gu, ' ')
      .replace(
        // (`**Due April 19th:** Complete the notes`: a month's name and its day are the date's two words; `para el
        // mié. 9/12`, `due Fri 12/11`: a weekday and the date are its words, the date whole.)
        /(?<![\p{L}])(?:due(?:\s+date)?|deadline|截止(?:日期|时间)?|期限|fecha\s+l[ií]mite|para\s+el)\s*(?:[:：]\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun|lun|mar|mi[eé]|jue|vie|s[aá]b|dom)\p{L}*\.?,?\s+\d{1,2}(?:[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\s+(?:de\s+)?\p{L}{3,10}\.?)(?![\p{L}\p{N}])|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?(?![\p{L}\p{N}])|\S*)/giu,
        ' ',
      )
      .replace(/\s+/g, ' ')
      .trim()
      // `Lola manda el brief, fecha límite: vie 11/12.`: the comma before the date taken out, the full stop kept.
      .replace(/[ \t]*[,，;；][ \t]*([.。])$/u, '$1')
      // `@ana: Join the call`: the colon (or dash) that followed the owner taken out.
      .replace(/^[:：,，—–-][ \t]*/u, '') || text.trim();
  // Cut at a word's end, as every message's quote is (not `…de la promoc…`).
  return [...t].length > 40 ? clip(t) : t;
}

/** The open action items, computed once per analysis for the four rules that read them. */
export function open(ctx: { readonly facts: Facts }): readonly ActionItem[] {
  let list = OPEN.get(ctx.facts);
  if (!list) OPEN.set(ctx.facts, (list = ctx.facts.actions.filter((a) => !a.done)));
  return list;
}
const OPEN = new WeakMap<object, readonly ActionItem[]>();
