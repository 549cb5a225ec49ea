/**
 * Checks a configuration value (`.agency-docs.json`, or the editor settings
 * `agencyDocs.*`) against the JSON Schema we ship (schemas/agency-docs.schema.json),
 * and keeps only the values that fit: each value of the wrong shape is reported
 * once, in plain words in the three languages, and left out, so the rest of the
 * configuration still applies (docs/robustness.md).
 *
 * The schema uses a small part of JSON Schema (type, enum, properties,
 * additionalProperties, required, items, propertyNames, minLength, maxLength,
 * minimum, maximum); this walker reads exactly that part and fails closed on
 * anything it does not know (a schema keyword it cannot read is a test failure,
 * see test/config.test.ts).
 */
import type { Lang } from './catalog/schema';
import fileSchemaJson from '../../schemas/agency-docs.schema.json';

/** The part of JSON Schema our schema uses. */
export interface Schema {
  type?: JsonType | JsonType[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  required?: string[];
  items?: Schema;
  propertyNames?: Schema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /** A regular expression the whole text must match (anchored in the schema itself). */
  pattern?: string;
  /** Values that fit, shown when one does not (with `pattern`). */
  examples?: unknown[];
  description?: string;
}
type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object' | 'null';

/** Where a value sits: keys and list positions from the top (`["team", 0, "aliases"]`). */
export type ConfigPath = readonly (string | number)[];

/** One problem in the configuration, with its message in each language. */
export interface ConfigProblem {
  readonly path: ConfigPath;
  /** The problem is about the key itself (an unknown key), not its value. */
  readonly atKey?: boolean;
  readonly message: Readonly<Record<Lang, string>>;
}

/** The schema of `.agency-docs.json`. */
export const FILE_SCHEMA = fileSchemaJson as unknown as Schema;

/** The settings `agencyDocs.*`: the file's keys, plus the editor-only ones (see package.json `contributes.configuration`). */
export const SETTINGS_SCHEMA: Schema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    ...FILE_SCHEMA.properties,
    // An empty locale means "follow the editor".
    locale: { ...FILE_SCHEMA.properties?.locale, pattern: `^$|${FILE_SCHEMA.properties?.locale?.pattern ?? ''}` },
    enable: { type: 'boolean' },
    debounce: { type: 'integer', minimum: 0, maximum: 5000 },
    problems: { enum: ['workspace', 'openFiles'] },
    trace: { type: 'object' },
  },
};

const DROP = Symbol('drop');

/** The value with every part that does not fit the schema left out, and one problem per part left out. */
export function checkConfigShape(value: unknown, schema: Schema): { value: unknown; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const kept = walk(value, schema, [], problems);
  return { value: kept === DROP ? undefined : kept, problems };
}

function walk(value: unknown, schema: Schema, path: (string | number)[], problems: ConfigProblem[]): unknown {
  const bad = (message: Record<Lang, string>, atKey = false) => {
    problems.push({ path: [...path], atKey, message });
    return DROP;
  };
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => hasType(value, t))) return bad(say.shouldBe(path, value, describe(schema)));
  }
  if (schema.enum && !schema.enum.some((e) => e === value)) return bad(say.shouldBe(path, value, describe(schema)));
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) return bad(say.empty(path));
    if (schema.maxLength !== undefined && value.length > schema.maxLength)
      return bad(say.tooLong(path, schema.maxLength));
    if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value))
      return bad(say.shouldBe(path, value, describe(schema)));
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum)
      return bad(say.range(path, value, schema.minimum, schema.maximum));
    if (schema.maximum !== undefined && value > schema.maximum)
      return bad(say.range(path, value, schema.minimum, schema.maximum));
  }
  if (Array.isArray(value) && schema.items) {
    const out: unknown[] = [];
    value.forEach((item, i) => {
      path.push(i);
      const k = walk(item, schema.items!, path, problems);
      path.pop();
      if (k !== DROP) out.push(k);
    });
    return out;
  }
  if (
    isObject(value) &&
    (schema.properties || schema.additionalProperties !== undefined || schema.required || schema.propertyNames)
  ) {
    for (const key of schema.required ?? []) if (!Object.hasOwn(value, key)) return bad(say.needs(path, key));
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      path.push(key);
      let k: unknown;
      if (schema.propertyNames?.enum && !schema.propertyNames.enum.includes(key))
        k = bad(say.unknownKey(path, key, schema.propertyNames.enum as string[]), true);
      else {
        const sub =
          schema.properties?.[key] ??
          (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
        if (sub) k = walk(v, sub, path, problems);
        else if (schema.additionalProperties === false)
          k = bad(
            say.unknownKey(
              path,
              key,
              Object.keys(schema.properties ?? {}).filter((p) => p !== '$schema'),
            ),
            true,
          );
        else k = v;
      }
      path.pop();
      // defineProperty: a key named __proto__ stays a plain key.
      if (k !== DROP)
        Object.defineProperty(out, key, { value: k, enumerable: true, writable: true, configurable: true });
    }
    // A required key whose value was left out leaves the entry without it: leave the entry out too (it was reported).
    for (const key of schema.required ?? []) if (!Object.hasOwn(out, key)) return DROP;
    return out;
  }
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasType(v: unknown, t: JsonType): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isObject(v);
    case 'null':
      return v === null;
  }
}

/** What a schema asks for, in words. */
function describe(s: Schema): Record<Lang, string> {
  if (s.pattern !== undefined && s.examples) {
    const list = s.examples.map(String).join(', ');
    return { en: `like one of ${list}`, zh: `类似 ${list}`, es: `como uno de ${list}` };
  }
  if (s.enum) {
    const list = s.enum.map((e) => (e === '' ? '""' : String(e))).join(', ');
    return { en: `one of ${list}`, zh: `以下之一：${list}`, es: `uno de ${list}` };
  }
  const t = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (t) {
    case 'string':
      return { en: 'text in quotes', zh: '加引号的文字', es: 'un texto entre comillas' };
    case 'integer':
      return { en: 'a whole number (no quotes)', zh: '整数（不加引号）', es: 'un número entero (sin comillas)' };
    case 'number':
      return { en: 'a number (no quotes)', zh: '数字（不加引号）', es: 'un número (sin comillas)' };
    case 'boolean':
      return { en: 'true or false', zh: 'true 或 false', es: 'true o false' };
    case 'array': {
      const item =
        s.items?.type === 'string'
          ? { en: ' of texts in quotes', zh: '（每项为加引号的文字）', es: ' de textos entre comillas' }
          : s.items?.type === 'object'
            ? {
                en: ' of entries in braces { }',
                zh: '（每项为花括号 { } 中的条目）',
                es: ' de entradas entre llaves { }',
              }
            : { en: '', zh: '', es: '' };
      return {
        en: `a list in brackets [ ]${item.en}`,
        zh: `方括号 [ ] 中的列表${item.zh}`,
        es: `una lista entre corchetes [ ]${item.es}`,
      };
    }
    case 'object':
      return {
        en: 'a group of settings in braces { }',
        zh: '花括号 { } 中的一组设置',
        es: 'un grupo de ajustes entre llaves { }',
      };
    default:
      return { en: 'something else', zh: '其他类型的值', es: 'otro tipo de valor' };
  }
}

/** `team › entry 2 › aliases` in each language. */
export function placeOf(path: ConfigPath): Record<Lang, string> {
  if (path.length === 0) return { en: 'The configuration', zh: '配置', es: 'La configuración' };
  const part = (p: string | number, lang: Lang) =>
    typeof p === 'number' ? { en: `entry ${p + 1}`, zh: `第 ${p + 1} 项`, es: `elemento ${p + 1}` }[lang] : `“${p}”`;
  const join = (lang: Lang) => path.map((p) => part(p, lang)).join(' › ');
  return { en: join('en'), zh: join('zh'), es: join('es') };
}

/** A value as the user wrote it, shortened. */
export function shown(v: unknown): string {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

/** The messages, each ending with what happens next: the value is not used. */
const say = {
  shouldBe: (path: ConfigPath, v: unknown, want: Record<Lang, string>): Record<Lang, string> => {
    const at = placeOf(path);
    return {
      en: `${at.en}: ${shown(v)} should be ${want.en}; this value is ignored.`,
      zh: `${at.zh}：${shown(v)} 应为${want.zh}；此值已忽略。`,
      es: `${at.es}: ${shown(v)} debería ser ${want.es}; se ignora este valor.`,
    };
  },
  empty: (path: ConfigPath): Record<Lang, string> => {
    const at = placeOf(path);
    return {
      en: `${at.en} is empty; this value is ignored.`,
      zh: `${at.zh}为空；此值已忽略。`,
      es: `${at.es} está vacío; se ignora este valor.`,
    };
  },
  tooLong: (path: ConfigPath, max: number): Record<Lang, string> => {
    const at = placeOf(path);
    return {
      en: `${at.en} is longer than ${max} characters; this value is ignored.`,
      zh: `${at.zh}超过 ${max} 个字符；此值已忽略。`,
      es: `${at.es} tiene más de ${max} caracteres; se ignora este valor.`,
    };
  },
  range: (path: ConfigPath, v: number, min: number | undefined, max: number | undefined): Record<Lang, string> => {
    const at = placeOf(path);
    const bounds =
      max === undefined
        ? { en: `at least ${min}`, zh: `不小于 ${min}`, es: `al menos ${min}` }
        : {
            en: `between ${min ?? 0} and ${max}`,
            zh: `介于 ${min ?? 0} 与 ${max} 之间`,
            es: `entre ${min ?? 0} y ${max}`,
          };
    return {
      en: `${at.en}: ${v} should be ${bounds.en}; this value is ignored.`,
      zh: `${at.zh}：${v} 应${bounds.zh}；此值已忽略。`,
      es: `${at.es}: ${v} debería ${max === undefined ? 'ser' : 'estar'} ${bounds.es}; se ignora este valor.`,
    };
  },
  needs: (path: ConfigPath, key: string): Record<Lang, string> => {
    const at = placeOf(path);
    return {
      en: `${at.en} has no “${key}”; this entry is ignored.`,
      zh: `${at.zh}缺少“${key}”；此条目已忽略。`,
      es: `${at.es} no tiene “${key}”; se ignora esta entrada.`,
    };
  },
  unknownKey: (path: ConfigPath, key: string, known: readonly string[]): Record<Lang, string> => {
    const at = placeOf(path.slice(0, -1));
    const near = closest(key, known);
    const hint = near
      ? { en: ` Did you mean “${near}”?`, zh: `是否应为“${near}”？`, es: ` ¿Quizás “${near}”?` }
      : { en: '', zh: '', es: '' };
    const where =
      path.length > 1 ? { en: ` in ${at.en}`, zh: `（位于${at.zh}）`, es: ` en ${at.es}` } : { en: '', zh: '', es: '' };
    if (path[0] === 'rules' && path.length === 2) {
      return {
        en: `“${key}” is not a rule of agency-docs; it is ignored.${hint.en}`,
        zh: `“${key}”不是 agency-docs 的规则，已忽略。${hint.zh}`,
        es: `“${key}” no es una regla de agency-docs; se ignora.${hint.es}`,
      };
    }
    return {
      en: `“${key}”${where.en} is not a setting agency-docs knows; it is ignored.${hint.en}`,
      zh: `“${key}”${where.zh}不是 agency-docs 的设置项，已忽略。${hint.zh}`,
      es: `“${key}”${where.es} no es un ajuste de agency-docs; se ignora.${hint.es}`,
    };
  },
};

/** The known word nearest to a misspelt one (at most two edits away), for "did you mean". */
function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
