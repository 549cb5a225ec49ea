/**
 * What a document's headings, all of them, say about the day/month numbers in one of them (rules/ambiguous-date.ts):
 * the order the headings of each level write their dates in (`# 2/9/26 Sync` beside a later `# 2/16/26 Sync`, a log
 * dated by one writer), and the numbers of an outline (`## 11. Accessibility` over `### 11.10 Acceptance`).
 * A document-level fact: the chunk-local checks see one chunk's headings only, so it is read here from the whole
 * list, and kept for the next version while an edit changes no heading's words (typing in a long log).
 */
import { writersDateOrder, type DateOrder } from './dates';
import type { HeadingLike, HeadingsSplice } from './headingDates';

export interface HeadingNumbers {
  /** Per heading depth, the order of the dates its headings write one way only (none the other way). */
  readonly orders: ReadonlyMap<number, DateOrder>;
  /** Per number opening a heading (`11` of `## 11. Accessibility`), the smallest depth it opens one at. */
  readonly outline: ReadonlyMap<string, number>;
  /** The two, as a short text (a chunk's findings are kept while it is the same). */
  readonly key: string;
}

const READ = new WeakMap<readonly HeadingLike[], HeadingNumbers>();
const NONE: HeadingNumbers = { orders: new Map(), outline: new Map(), key: '' };
/** `11. Accessibility`, `11 Accessibility`: a number, a dot or a space, then words. */
const OUTLINE_NUMBER = /^(\d{1,2})(?:\.|[ \t])[ \t]*\p{L}/u;

export function headingNumbers(headings: readonly HeadingLike[], kept: HeadingsSplice | undefined): HeadingNumbers {
  const known = READ.get(headings);
  if (known) return known;
  const before = kept && READ.get(kept.before);
  const value = before && sameWords(headings, kept) ? before : read(headings);
  READ.set(headings, value);
  return value;
}

/** Whether the headings the edit replaced (`hp` to `tail`, then `hp` to `hs` before) have the same depths and words. */
function sameWords(headings: readonly HeadingLike[], k: HeadingsSplice): boolean {
  if (k.tail - k.hp !== k.hs - k.hp) return false;
  for (let i = k.hp; i < k.tail; i++) {
    const a = headings[i];
    const b = k.before[i];
    if (a.depth !== b.depth || a.text !== b.text) return false;
  }
  return true;
}

function read(headings: readonly HeadingLike[]): HeadingNumbers {
  const byDepth = new Map<number, string[]>();
  const outline = new Map<string, number>();
  for (const h of headings) {
    if (!/\d/u.test(h.text)) continue;
    let texts = byDepth.get(h.depth);
    if (!texts) byDepth.set(h.depth, (texts = []));
    texts.push(h.text);
    const n = OUTLINE_NUMBER.exec(h.text);
    if (n) outline.set(n[1], Math.min(outline.get(n[1]) ?? h.depth, h.depth));
  }
  if (byDepth.size === 0) return NONE;
  const orders = new Map<number, DateOrder>();
  for (const [depth, texts] of byDepth) {
    const order = writersDateOrder(texts.join('\n'), 1, true);
    if (order) orders.set(depth, order);
  }
  const key = [
    [...orders].map(([d, o]) => `${d}${o}`).join(','),
    [...outline].map(([n, d]) => `${n}:${d}`).join(','),
  ].join(';');
  return { orders, outline, key };
}
