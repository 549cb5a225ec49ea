/**
 * The job-number pattern (`jobPattern` in the configuration). Our own default
 * runs on JavaScript's regex engine; a pattern written by the user runs on
 * RE2JS, a pure-JavaScript port of RE2 whose matching time grows linearly with
 * the text, so no pattern can hang the checker or the server (docs/robustness.md).
 * RE2 has no back-references and no look-around: a pattern that uses them is
 * refused with a plain reason.
 *
 * Callers get ordinary `RegExp` objects: a user pattern is a `LinearRegExp`,
 * a RegExp whose `exec` (and so `test`, `matchAll`, `replace`) runs on RE2JS.
 * Its `source` is not the user's pattern, so patterns are composed only here.
 */
import { RE2JS } from 're2js';
import { regExpFor } from './text';

const MAX_PATTERN_LENGTH = 200;

/** How a match of the RE2 program maps onto a RegExp match. */
interface Shape {
  /** The capture group that is the match (`[0]`); 0 for the whole match. */
  readonly match: number;
  /** Extra groups reported as `[1]`, `[2]`… */
  readonly groups: readonly number[];
  /** The program consumes one character before the match (a look-behind stand-in): search from one character earlier. */
  readonly lookBehind: boolean;
  /** `[0]` runs from the whole match's start (for leading forms such as `^\s*\[?(…)`). */
  readonly fromWholeStart: boolean;
}

/** A RegExp whose matching runs on RE2JS (linear time). Only `exec` is used by the RegExp protocol. */
export class LinearRegExp extends RegExp {
  constructor(
    private readonly program: RE2JS,
    flags: string,
    private readonly shape: Shape,
    readonly userPattern: string,
  ) {
    // The native part never matches anything: every match goes through exec below.
    super('(?!)', flags);
  }

  override exec(text: string): RegExpExecArray | null {
    const text2 = String(text);
    const moving = this.global || this.sticky;
    const from = moving ? this.lastIndex : 0;
    if (from > text2.length) {
      if (moving) this.lastIndex = 0;
      return null;
    }
    const m = this.program.matcher(text2);
    const searchFrom = this.shape.lookBehind && from > 0 ? from - 1 : from;
    if (!m.find(searchFrom) || (this.sticky && m.start(this.shape.match) !== from)) {
      if (moving) this.lastIndex = 0;
      return null;
    }
    const start = this.shape.fromWholeStart ? m.start() : m.start(this.shape.match);
    const end = m.end(this.shape.match);
    const result = [
      text2.slice(start, end),
      ...this.shape.groups.map((g) => m.group(g) ?? undefined),
    ] as unknown as RegExpExecArray;
    result.index = start;
    result.input = text2;
    if (moving) this.lastIndex = end;
    return result;
  }

  /** `matchAll` would copy the RegExp through its constructor: collect the matches here instead. */
  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpExecArray> {
    const saved = this.lastIndex;
    const found: RegExpExecArray[] = [];
    this.lastIndex = 0;
    for (let m = this.exec(text); m; m = this.global ? this.exec(text) : null) {
      found.push(m);
      if (m[0] === '') this.lastIndex += (text.codePointAt(this.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
    this.lastIndex = saved;
    return found[Symbol.iterator]() as unknown as RegExpStringIterator<RegExpExecArray>;
  }
}

/** A user's job pattern checked and compiled, or the reason it is refused (in plain words, English; the caller translates). */
export type CompiledJobPattern =
  | { ok: true; pattern: LinearRegExp }
  | { ok: false; reason: 'too-long' | 'unsupported' | 'invalid'; detail?: string };

/** Compiles a user's pattern on RE2JS. */
export function compileJobPattern(source: string): CompiledJobPattern {
  if (source.length > MAX_PATTERN_LENGTH) return { ok: false, reason: 'too-long' };
  if (/\\[1-9]|\\k</.test(source) || /\(\?<?[=!]/.test(source)) return { ok: false, reason: 'unsupported' };
  let program: RE2JS;
  try {
    program = RE2JS.compile(source);
  } catch (e) {
    return { ok: false, reason: 'invalid', detail: (e as Error).message };
  }
  return {
    ok: true,
    pattern: new LinearRegExp(
      program,
      'gu',
      { match: 0, groups: [], lookBehind: false, fromWholeStart: false },
      source,
    ),
  };
}

const LINEAR_FORMS = new Map<string, LinearRegExp>();
function linearForm(key: string, source: string, flags: string, shape: Shape, user: string): LinearRegExp {
  let re = LINEAR_FORMS.get(key);
  if (!re) {
    if (LINEAR_FORMS.size > 200) LINEAR_FORMS.clear();
    LINEAR_FORMS.set(key, (re = new LinearRegExp(RE2JS.compile(source), flags, shape, user)));
  }
  return re;
}

/** Every job number in a text: the pattern not glued to letters or digits (global). */
export function jobNumbersAnywhere(jobPattern: RegExp): RegExp {
  if (!(jobPattern instanceof LinearRegExp))
    return regExpFor('(?<![\\p{L}\\p{N}-])(?:' + jobPattern.source + ')(?![\\p{L}\\p{N}])', 'gu');
  // RE2 has no look-around: one character (or the text's edge) is consumed on each side instead.
  const user = jobPattern.userPattern;
  return linearForm(
    'any/' + user,
    '(?:^|[^\\p{L}\\p{N}-])((?:' + user + '))(?:[^\\p{L}\\p{N}]|$)',
    'gu',
    { match: 1, groups: [], lookBehind: true, fromWholeStart: false },
    user,
  );
}

/**
 * What may name the job number before it: `OT SOL-118:`, `Job HC-019 –`, `Job no. NW-2026-014`, `工单号 XH-2026-044`
 * (no lookaround: the linear engine runs it too).
 */
export const JOB_LABEL =
  '(?:(?:OT|[Jj]ob(?:[ \\t]*(?:no\\.?|number|n[º°o]\\.?|#))?|N[º°o]\\.?[ \\t]*(?:de[ \\t]+)?OT|Orden[ \\t]+de[ \\t]+trabajo)(?:[ \\t]*[:#.][ \\t]*|[ \\t]+)|(?:工单号?|作业单号?)[ \\t]*[:#：]?[ \\t]*)?';

/**
 * A job number leading a text (`[NW-2026-014] Book the studio`), `[1]` the number. With `wordEnd`,
 * the number must not run on into letters or digits.
 */
export function jobNumberAtStart(jobPattern: RegExp, wordEnd: boolean): RegExp {
  if (!(jobPattern instanceof LinearRegExp)) {
    return regExpFor(
      '^\\s*' + JOB_LABEL + '\\[?(' + jobPattern.source + ')' + (wordEnd ? '(?![\\p{L}\\p{N}])' : ''),
      'u',
    );
  }
  const user = jobPattern.userPattern;
  return linearForm(
    `lead/${wordEnd}/` + user,
    '^[\\s\\p{Z}]*' + JOB_LABEL + '\\[?((?:' + user + '))' + (wordEnd ? '(?:[^\\p{L}\\p{N}]|$)' : ''),
    'u',
    { match: 1, groups: [1], lookBehind: false, fromWholeStart: true },
    user,
  );
}

/** The job pattern alone, global (hover and go-to-definition look along one line). */
export function jobNumbersPlain(jobPattern: RegExp): RegExp {
  return jobPattern instanceof LinearRegExp ? jobPattern : regExpFor(jobPattern.source, 'gu');
}
