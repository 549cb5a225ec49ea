/** The invalid and ambiguous dates of a document, gathered once for the two rules that report them. */
import type { Nodes, Root } from 'mdast';
import { fieldById } from '../../catalog';
import { findDates, type DateToken } from '../../dates';
import type { AgencyDocument } from '../../document';
import { occursIn } from '../../markdown';
import type { Facts } from '../rule';

/** What the gathering reads of a check's context. */
interface DateContext {
  readonly doc: AgencyDocument;
  readonly facts: Facts;
}

const DEADLINE_CUE =
  /(?:\b(?:by|on|due|until|till|before|from|para el|antes del?|hasta el|el)|截止|期限|前|于|在)\s*(?:[:：]\s*)?$/iu;

/**
 * `agreement by 2/3`, `passed by 3/4 of the members`: a share of a vote, not a date (a common fraction, with a
 * vote, a majority or a share of the members around it).
 */
const FRACTION = /^(?:1\/[234]|2\/3|3\/4)$/;
const VOTE_BEFORE =
  /\b(?:votes?|voting|voted|majority|agreement|quorum|approval|approved|consensus|passed|carried)\b[^.;]*$/i;
const SHARE_AFTER =
  /^\s*(?:(?:super)?majority\b|of\s+(?:the\s+)?(?:votes?|members|voters|present|attendees|board|committee)\b)/i;
function isShare(text: string, start: number, end: number, token: string): boolean {
  return (
    FRACTION.test(token) &&
    (VOTE_BEFORE.test(text.slice(Math.max(0, start - 80), start)) || SHARE_AFTER.test(text.slice(end, end + 40)))
  );
}

/** Invalid and ambiguous date tokens in the text of one parsed chunk (not code), relative to the chunk; kept while the chunk is. */
const CHUNK_DATES = new WeakMap<Root, { year: number; tokens: DateToken[] }>();
const DIGIT = /[0-9]/g;

function chunkDateTokens(tree: Root, chunkText: string, year: number): DateToken[] {
  const memo = CHUNK_DATES.get(tree);
  if (memo && memo.year === year) return memo.tokens;
  const tokens: DateToken[] = [];
  // Every date has an ASCII digit: a node with none in its source is skipped.
  const hasDigit = occursIn(chunkText, DIGIT);
  const inProse = { defaultYear: year };
  const withYearless = { defaultYear: year, yearlessNumeric: true };
  const visit = (node: Nodes, headingStart = false) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'yaml') return;
    const s = node.position?.start.offset ?? 0;
    const e = node.position?.end.offset ?? 0;
    if (!hasDigit(s, e)) return;
    if (node.type === 'text') {
      const text = chunkText.slice(s, e);
      // The rules report only on invalid and ambiguous dates: valid ones are not kept (a long text has many).
      for (const t of findDates(text, inProse))
        if (t.kind !== 'date') tokens.push({ ...t, start: t.start + s, end: t.end + s } as DateToken);
      // `by 12/03`: a year-less day/month after a deadline word is a date; `24/7` in prose is not.
      if (/\d[/.]\d/.test(text)) {
        for (const t of findDates(text, withYearless)) {
          if (
            t.kind !== 'date' &&
            t.form === 'numeric' &&
            ((DEADLINE_CUE.test(text.slice(Math.max(0, t.start - 16), t.start)) &&
              !isShare(text, t.start, t.end, t.text)) ||
              // `05/07` (both parts written with two digits), and a heading led by its date (`# 3/12 sync`).
              /^\d\d\/\d\d$/.test(t.text) ||
              (headingStart && text.slice(0, t.start).trim() === ''))
          )
            tokens.push({ ...t, start: t.start + s, end: t.end + s } as DateToken);
        }
      }
      return;
    }
    if ('children' in node)
      (node.children as Nodes[]).forEach((c, i) => {
        visit(c, node.type === 'heading' && i === 0);
      });
  };
  for (const block of tree.children) visit(block);
  CHUNK_DATES.set(tree, { year, tokens });
  return tokens;
}

/** The date-like tokens of a document with absolute offsets — front matter values, action due dates, and the invalid or ambiguous ones of the body text (not code). */
export function documentDateTokens(ctx: DateContext): DateToken[] {
  // Two rules read them: gathered once per analyzed document.
  let tokens = DOC_TOKENS.get(ctx.doc);
  if (!tokens) DOC_TOKENS.set(ctx.doc, (tokens = gatherDateTokens(ctx)));
  return tokens;
}
const DOC_TOKENS = new WeakMap<object, DateToken[]>();

function gatherDateTokens(ctx: DateContext): DateToken[] {
  const { doc } = ctx;
  const year = ctx.facts.defaultYear;
  // The first token read at an offset wins; only the ones the rules report on (not valid dates) are kept and placed.
  const seen = new Set<number>();
  const out: DateToken[] = [];
  const add = (t: DateToken, start: number, end: number) => {
    if (seen.has(start)) return;
    seen.add(start);
    if (t.kind !== 'date') out.push({ ...t, start, end } as DateToken);
  };
  for (const f of doc.frontMatter?.fields ?? []) {
    if (f.valueEnd <= f.valueStart) continue;
    const kind = f.id ? fieldById(f.id)?.kind : undefined;
    const dateLike = kind === 'date' || kind === 'datetime';
    for (const t of findDates(doc.text.slice(f.valueStart, f.valueEnd), {
      defaultYear: year,
      yearlessNumeric: dateLike,
    }))
      add(t, t.start + f.valueStart, t.end + f.valueStart);
  }
  for (const a of ctx.facts.actions) {
    const due = a.due;
    // (A heading's deadline over its tasks is the heading's text, read with the chunks below.)
    if (due && !due.over) add(due.token, due.start, due.end);
  }
  for (const c of doc.chunks)
    for (const t of chunkDateTokens(c.tree, c.text, year)) add(t, t.start + c.offset, t.end + c.offset);
  return out.sort((a, b) => a.start - b.start);
}
