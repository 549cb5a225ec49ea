/**
 * Money amounts as they appear in estimates, budgets and account plans
 * (docs/rules.md#estimate-total-mismatch): `¥12,000.50`, `12.000,50 €`, `RMB 3,000`,
 * `1 234,5`, `(500)`, `1.2万元`. Pure and dependency-free.
 *
 * Reading a number:
 * - Thousands separators: `,` `.` and spaces (U+0020, U+00A0, U+202F,
 *   U+2009); groups after the first must have exactly three digits.
 * - When both `.` and `,` appear, the last one is the decimal mark.
 * - A single `,` (en/zh) or `.` (es) followed by exactly three digits is a
 *   thousands separator (`12,000` in English, `12.000` in Spanish), unless
 *   the integer part is `0` (`0,500` is a half); any other single separator
 *   is the decimal mark (`1,5`, `12.5`, and `12.000` in English is twelve).
 * - Repeated separators of one kind are thousands separators (`1.234.567`).
 * - Malformed groupings (`1,23,456`, versions like `1.2.3`) are not amounts.
 * - Multipliers: `千` ×1,000, `万`/`萬` ×10,000, `百万` ×1,000,000, `千万`
 *   ×10,000,000, `亿`/`億` ×100,000,000 (these are exact Chinese numerals),
 *   and `k`/`K` (glued), `M`/`MM` (glued), `bn`, `thousand`, `million(s)`,
 *   `billion`, `mil`, `millón`/`millones`, `mil millones`.
 */
import type { Lang } from './catalog/schema';
import { findDates } from './dates';

/**
 * A money amount found in text. `value` is signed (negative for a leading
 * minus or accounting parentheses) and already multiplied (`1.2万` → 12000).
 * `currency` is the sign, code or word as written (`¥`, `$`, `€`, `RMB`,
 * `USD`, `元`, `美元`, `euros`), with the full-width `￥` folded to `¥`; when
 * both a sign and a code are written (`$12.000 MXN`) the code wins. `text`
 * is `source.slice(start, end)` and covers sign, currency and parentheses.
 */
export interface Amount {
  value: number;
  currency?: string;
  start: number;
  end: number;
  text: string;
}

const CODES = [
  'RMB',
  'CNY',
  'USD',
  'EUR',
  'MXN',
  'GBP',
  'JPY',
  'HKD',
  'TWD',
  'SGD',
  'CAD',
  'AUD',
  'COP',
  'ARS',
  'CLP',
  'PEN',
  'BRL',
  'INR',
];
/** Currency written before the number (longest first). */
const PREFIXES = [
  '人民币',
  '美元',
  '欧元',
  '港币',
  'US$',
  'HK$',
  'MX$',
  'NT$',
  'R$',
  'S$',
  'C$',
  'A$',
  ...CODES,
  '¥',
  '￥',
  '$',
  '€',
  '£',
  '₹',
  // The Ghanaian cedi (`GH₵55,000`) and the naira (`₦120,000`).
  'GH₵',
  '₵',
  '₦',
].sort((a, b) => b.length - a.length);
/** Currency written after the number: signs, Chinese words and codes (case-sensitive)… */
const RE_SUFFIX_SIGN = new RegExp(
  `[ \\t\\u00A0\\u202F]*(?:(元|人民币|美元|欧元|港元|港币|日元|英镑|比索|块钱|块|€|¥|￥|\\$|£|₹)|(${CODES.join('|')})(?![A-Za-z]))`,
  'y',
);
/** …and words (any case; `1,5 millones de euros`). */
const RE_SUFFIX_WORD =
  /[ \t\u00A0\u202F]*(?:de[ \t]+)?(euros?|pesos?|d[oó]lar(?:es)?|dollars?|yuan|libras?)(?![\p{L}])/iuy;
/** Multipliers directly after the number; the value is the power of ten. */
const MULTIPLIERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/[ \t]*(?:千万|千萬)/y, 7],
  [/[ \t]*(?:百万|百萬)/y, 6],
  [/[ \t]*(?:亿|億)/y, 8],
  [/[ \t]*(?:万|萬)/y, 4],
  [/[ \t]*千/y, 3],
  [/MM(?![A-Za-z])/y, 6],
  [/[kK](?![A-Za-z])/y, 3],
  [/M(?![A-Za-z])/y, 6],
  [/[ \t]*mil[ \t]+millones(?![\p{L}])/iuy, 9],
  [/[ \t]*(?:bn|billions?)(?![\p{L}])/iuy, 9],
  [/[ \t]*(?:millones|mill[oó]n|millions?)(?![\p{L}])/iuy, 6],
  [/[ \t]*(?:thousand|mil)(?![\p{L}])/iuy, 3],
];
/** Counters and units after which a number is a quantity, not money (`2026年`, `3个`, `5天`). */
const QUANTITY_AFTER =
  /[年月日号號天周週个個项項次人位名家条條页頁件岁歲倍份张張款期届屆场場集部台辆輛米克斤秒分时時点點楼樓层層章节節行种種]/;
const RE_PERCENT_AFTER = /[ \t\u00A0]*(?:[%％‰]|(?:percent|per cent|por ?ciento|pct)(?![\p{L}]))/iuy;
const RE_NUM_SPACED = /\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3}(?!\d))+(?:[.,]\d+)?/y;
const RE_NUM = /\d+(?:[.,]\d+)*/y;
const SPACE = /[ \t\u00A0\u202F]/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z_]/.test(c);
}
function isMinus(c: string | undefined): boolean {
  return c === '-' || c === '\u2212';
}

/** Integer and fraction digits of a number as written, or undefined when malformed. */
interface NumberRead {
  int: string;
  frac: string;
  grouped: boolean;
}

function readNumber(raw: string, lang: Lang): NumberRead | undefined {
  if (/[ \u00A0\u202F\u2009]/.test(raw)) {
    const m = /^(.*?)(?:[.,](\d+))?$/.exec(raw)!;
    return { int: m[1].replace(/\D/g, ''), frac: m[2] ?? '', grouped: true };
  }
  const groups = raw.split(/[.,]/);
  const seps: string[] = raw.match(/[.,]/g) ?? [];
  if (seps.length === 0) return { int: raw, frac: '', grouped: false };
  const thousandsOk = (gs: string[]) => gs[0].length <= 3 && gs.slice(1).every((g) => g.length === 3);
  const hasDot = seps.includes('.');
  const hasComma = seps.includes(',');
  if (hasDot && hasComma) {
    const dec = seps[seps.length - 1];
    if (seps.slice(0, -1).some((s) => s === dec)) return undefined;
    const intGroups = groups.slice(0, -1);
    if (!thousandsOk(intGroups)) return undefined;
    return { int: intGroups.join(''), frac: groups[groups.length - 1], grouped: true };
  }
  if (seps.length >= 2) {
    return thousandsOk(groups) ? { int: groups.join(''), frac: '', grouped: true } : undefined;
  }
  const thousandsChar = lang === 'es' ? '.' : ',';
  if (seps[0] === thousandsChar && groups[1].length === 3 && groups[0].length <= 3 && groups[0] !== '0') {
    return { int: groups.join(''), frac: '', grouped: true };
  }
  return { int: groups[0], frac: groups[1], grouped: false };
}

/** Exact decimal value of `int.frac × 10^power`, shifting the point in the string. */
function exactValue(n: NumberRead, power: number): number {
  let int = n.int;
  let frac = n.frac;
  if (power > 0) {
    const moved = frac.slice(0, power).padEnd(power, '0');
    int += moved;
    frac = frac.slice(power);
  }
  return Number(`${int}.${frac || '0'}`);
}

/** An amount candidate before the tiers of {@link findAmounts} are applied. */
interface Candidate extends Amount {
  tier: number;
  yearLike: boolean;
}

/** The currency prefix ending at `pos` (after optional spaces), if any. */
function prefixBefore(text: string, pos: number): { start: number; currency: string } | undefined {
  let p = pos;
  while (p > 0 && SPACE.test(text[p - 1])) p--;
  for (const cur of PREFIXES) {
    const s = p - cur.length;
    if (s < 0 || text.slice(s, p) !== cur) continue;
    if (/^[A-Z]/.test(cur) && isLetter(text[s - 1])) continue; // part of a word
    return { start: s, currency: cur === '￥' ? '¥' : cur };
  }
  return undefined;
}

function scan(text: string, lang: Lang): Candidate[] {
  const dates = findDates(text, { defaultYear: 2000 }).map((t) => [t.start, t.end] as const);
  const inDate = (s: number, e: number) => dates.some(([a, b]) => s < b && a < e);
  const out: Candidate[] = [];
  const digit = /\d/g;
  let next = 0;
  while (true) {
    digit.lastIndex = next;
    const found = digit.exec(text);
    if (!found) break;
    const p = found.index;
    RE_NUM_SPACED.lastIndex = p;
    let m = RE_NUM_SPACED.exec(text);
    if (!m) {
      RE_NUM.lastIndex = p;
      m = RE_NUM.exec(text);
    }
    const raw = m![0];
    const runEnd = p + raw.length;
    next = runEnd;
    const c = readCandidate(text, lang, p, raw, runEnd);
    if (c && !inDate(p, runEnd)) out.push(c);
  }
  return out;
}

function readCandidate(text: string, lang: Lang, p: number, raw: string, runEnd: number): Candidate | undefined {
  // What comes before the digits.
  const prev = text[p - 1];
  const prefix = prefixBefore(text, isMinus(prev) ? p - 1 : p);
  if (isLetter(prev) && !(prefix && prefix.start < p)) return undefined; // Q4, v2, H1 (but RMB3,000)
  if (isDigit(prev)) return undefined;
  if (prev !== undefined && '.,:/'.includes(prev) && isDigit(text[p - 2])) return undefined; // 1.2, 12:30, 1/2
  if (isMinus(prev) && (isDigit(text[p - 2]) || isLetter(text[p - 2]))) return undefined; // 10-20, A-100, phones
  if (prev === '#' || prev === '№') return undefined;

  // What comes after the digits.
  const after = text[runEnd];
  if (after !== undefined && ':/-'.includes(after) && isDigit(text[runEnd + 1])) return undefined; // 14:00, 3/4, 10-20
  RE_PERCENT_AFTER.lastIndex = runEnd;
  if (RE_PERCENT_AFTER.test(text)) return undefined;

  const num = readNumber(raw, lang);
  if (!num) return undefined;

  let end = runEnd;
  let power = 0;
  for (const [re, pow] of MULTIPLIERS) {
    re.lastIndex = end;
    if (re.test(text)) {
      power = pow;
      end = re.lastIndex;
      break;
    }
  }
  let suffixCurrency: string | undefined;
  let suffix = false;
  for (const re of [RE_SUFFIX_SIGN, RE_SUFFIX_WORD]) {
    re.lastIndex = end;
    const sm = re.exec(text);
    if (sm) {
      suffixCurrency = sm[1] ?? sm[2];
      if (suffixCurrency === '￥') suffixCurrency = '¥';
      end = re.lastIndex;
      suffix = true;
      break;
    }
  }
  if (!suffix) {
    if (isLetter(text[end]) || isDigit(text[end])) return undefined; // 4K handled above; 3x, 2nd, 10am
    if (QUANTITY_AFTER.test(text[end] ?? '')) return undefined; // 2026年, 3个, 5天
  }

  // Sign, currency before, parentheses.
  let start = p;
  let negative = false;
  if (isMinus(text[start - 1])) {
    negative = true;
    start--;
  }
  if (prefix) {
    start = prefix.start;
    if (isMinus(text[start - 1]) && !isDigit(text[start - 2]) && !isLetter(text[start - 2])) {
      negative = true;
      start--;
    }
  }
  let l = start;
  while (l > 0 && SPACE.test(text[l - 1])) l--;
  let r = end;
  while (r < text.length && SPACE.test(text[r])) r++;
  if (text[l - 1] === '(' && text[r] === ')') {
    negative = true;
    start = l - 1;
    end = r + 1;
  }

  const isCode = suffixCurrency !== undefined && /^[A-Z]{3}$/.test(suffixCurrency);
  const currency = isCode ? suffixCurrency : (prefix?.currency ?? suffixCurrency);
  const magnitude = exactValue(num, power);
  const value = negative && magnitude !== 0 ? -magnitude : magnitude;
  const tier = currency ? 2 : num.grouped || num.frac.length === 2 || power > 0 ? 1 : 0;
  const yearLike =
    tier === 0 && !negative && num.frac === '' && num.int.length === 4 && +num.int >= 1900 && +num.int <= 2100;
  const amount: Candidate = { value, start, end, text: text.slice(start, end), tier, yearLike };
  if (currency) amount.currency = currency;
  return amount;
}

function strip(c: Candidate): Amount {
  const a: Amount = { value: c.value, start: c.start, end: c.end, text: c.text };
  if (c.currency !== undefined) a.currency = c.currency;
  return a;
}

/**
 * Finds money amounts in text: digits with thousands separators (`12,000`,
 * `12 000` (also U+00A0/U+202F), and `12.000` in Spanish documents), a
 * decimal part, an optional currency sign or code before or after (`¥`, `$`,
 * `€`, `£`, `₹`, `RMB`, `CNY`, `USD`, `EUR`, `MXN`, `元`, `美元`, `euros`…), and
 * an optional multiplier (`万`, `亿`, `k`, `M`, `million`, `millones`…).
 * When both `.` and `,` appear, the last one is the decimal mark. A single
 * `,` (en/zh) or `.` (es) followed by exactly three digits is a thousands
 * separator; otherwise, a single separator is the decimal mark. Negative
 * amounts with a leading minus or parentheses count as negative.
 *
 * Never amounts: dates (any form {@link findDates} reports), times (`14:00`),
 * percentages (`15%`, `15 por ciento`), ratios (`3/4`), ranges and phone
 * numbers (`10-20`), numbers glued to letters (`Q4`, `v2`, `3x`, `2nd`), numbers
 * followed by a Chinese counter or unit (`2026年`, `3个`, `5天`), versions
 * (`1.2.3`) and malformed groupings.
 *
 * Since the callers look for *the* figure of a section (the stated total, the
 * revenue), the result keeps only the most money-like tier present, in text
 * order: amounts with a currency; else numbers with thousands separators,
 * cents (two decimals) or a multiplier; else plain numbers, where a bare year
 * (1900–2100) is dropped when another number is present (`Total 2026: 500`
 * → 500, but `Total: 2000` → 2000).
 */
export function findAmounts(text: string, lang: Lang): Amount[] {
  const all = scan(text, lang);
  if (all.length === 0) return [];
  const best = Math.max(...all.map((c) => c.tier));
  let kept = all.filter((c) => c.tier === best);
  if (best === 0 && kept.some((c) => !c.yearLike)) kept = kept.filter((c) => !c.yearLike);
  return kept.map(strip);
}

/**
 * Parses a whole cell/value as one amount, or undefined if it is not
 * essentially one amount. Surrounding spaces and Markdown emphasis (`**`,
 * `_`, `~~`, backticks) are allowed; anything else (a second number, a note,
 * a percentage, a date) makes it undefined. No year heuristic here: `2000` is
 * 2000. start/end are offsets into `text`.
 */
export function parseAmount(text: string, lang: Lang): Amount | undefined {
  const all = scan(text, lang);
  if (all.length !== 1) return undefined;
  const a = all[0];
  const ignorable = /^[\s*_~`]*$/;
  if (!ignorable.test(text.slice(0, a.start)) || !ignorable.test(text.slice(a.end))) return undefined;
  return strip(a);
}

/**
 * The language whose separators a document's amounts follow: a Spanish estimate written with commas for
 * thousands (`$3,225`, `$16,000 MXN`, `$1,200`), as in Mexico, is read with English separators when two of its
 * amounts group thousands with a comma and none groups them with a dot or writes a decimal comma (`1.200`,
 * `12,50`); otherwise the document's language.
 */
export function amountsLang(text: string, lang: Lang): Lang {
  if (lang !== 'es') return lang;
  const commaThousands = text.match(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?(?![\d,]|\.\d)/g) ?? [];
  if (commaThousands.length < 2) return lang;
  const dotThousands =
    /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?(?![\d.]|,\d)|(?<![\d.,])\d+,\d{1,2}(?![\d,]|\.\d)/.test(text);
  return dotThousands ? lang : 'en';
}

/** An amount in integer hundredths, rounded half away from zero (1.005 → 101). */
export function toCents(v: number): number {
  const cents = Math.round(Number((Math.abs(v) * 100).toFixed(4)));
  return v < 0 ? -cents : cents;
}

/** Sums with cent precision (avoid floating drift: work in integer hundredths). */
export function sumAmounts(values: number[]): number {
  let cents = 0;
  for (const v of values) cents += toCents(v);
  return cents / 100;
}

/** True when `a` and `b` are equal to the cent. */
export function amountsEqual(a: number, b: number): boolean {
  return toCents(a) === toCents(b);
}
