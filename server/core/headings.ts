/**
 * Tolerant heading matching (SPEC §2): numbering, trailing colons, emphasis,
 * emoji, case and accents are ignored, and a heading may carry several
 * names (`## 按钮 Button`, `## Button / 按钮`, `## 按钮（Button）`).
 */
import { fold } from './text';

const NUMBERING = [
  /^\(?\d+(?:[.．]\d+)*[.)．、)]?\s*/u,          // 1. 1) (1) 1.2 1、
  /^\(?[一二三四五六七八九十百]+[、.．)）]\s*/u,   // 一、
  /^第[一二三四五六七八九十百\d]+[部分章节条]?[、.．:：\s]*/u,
  /^[\u2460-\u2473\u2776-\u277f\u24eb-\u24f4]\s*/u, // ① ❶
  /^[A-Za-z][.)]\s+/u,                            // A. a)
  /^[IVXLC]+[.)]\s+/u,                            // IV.
  /^[\u2160-\u216b][.、．]?\s*/u,                  // Ⅳ
];
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u200d\ufe0e\ufe0f\u20e3]/gu;

/** A heading's text reduced for comparison: no numbering, colon, emoji, case or accents. */
export function normalizeHeading(text: string): string {
  // Headings and table headers repeat (every edit, every table): normalized once each.
  let n = NORMALIZED.get(text);
  if (n === undefined) {
    n = normalizeUncached(text);
    if (NORMALIZED.size > 10000) NORMALIZED.clear();
    NORMALIZED.set(text, n);
  }
  return n;
}
const NORMALIZED = new Map<string, string>();

function normalizeUncached(text: string): string {
  let s = text.replace(EMOJI, ' ').replace(/[*_`~]+/g, ' ').replace(/\s+/g, ' ').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of NUMBERING) {
      const next = s.replace(re, '');
      if (next !== s && next.trim() !== '') { s = next.trim(); changed = true; }
    }
  }
  s = s.replace(/[:：?？!！.。]+\s*$/u, '').trim();
  return fold(s).replace(/\s+/g, ' ');
}

const SPLIT = /\s*(?:[/|｜·•–—]|\s-\s|[()（）【】\[\]])\s*/u;

/** The parts a heading may name, most specific first: the whole, then pieces split by separators and script changes. */
export function headingCandidates(text: string): string[] {
  const whole = normalizeHeading(text);
  const out = new Set<string>([whole]);
  const pieces = whole.split(SPLIT).flatMap((p) => p.split(/\s*-\s*/).length > 1 ? [p, ...p.split(/\s*-\s*/)] : [p]);
  for (const piece of pieces) {
    const p = normalizeHeading(piece);
    if (!p) continue;
    out.add(p);
    // A change between Han and other scripts also separates names: 按钮 Button.
    for (const run of p.split(/(?<=\p{Script=Han})(?=[^\p{Script=Han}\s])|(?<=[^\p{Script=Han}\s])(?=\p{Script=Han})|(?<=\p{Script=Han})\s+(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])\s+(?=\p{Script=Han})/u)) {
      const r = normalizeHeading(run);
      if (r) out.add(r);
    }
  }
  return [...out];
}

/** Matches heading candidates against a table of normalized names. */
export class NameTable<T> {
  private map = new Map<string, T>();
  add(name: string, value: T): void {
    const key = normalizeHeading(name);
    if (key && !this.map.has(key)) this.map.set(key, value);
  }
  get(normalized: string): T | undefined { return this.map.get(normalized); }
  /** The value for the first candidate of `text` that names something. */
  match(text: string): T | undefined {
    for (const c of headingCandidates(text)) {
      const v = this.map.get(c);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  /** Every value named by some candidate, in candidate order, without repeats. */
  matchAll(text: string): T[] {
    const out: T[] = [];
    for (const c of headingCandidates(text)) {
      const v = this.map.get(c);
      if (v !== undefined && !out.includes(v)) out.push(v);
    }
    return out;
  }
  keys(): IterableIterator<string> { return this.map.keys(); }
}
