/** Front matter: the YAML header block of a document, read with the `yaml` package. */
import { parseDocument, isMap, isScalar, isSeq, isAlias, type Node as YamlNode, type Document } from 'yaml';
import { FIELDS, fieldAliases } from './catalog';
import type { Localized } from './catalog/schema';
import { fold, isPlaceholder } from './text';

/** One key of the front matter. Offsets are absolute in the document. */
export interface FieldEntry {
  /** The key as written. */
  readonly key: string;
  /** Canonical field id when the key is a known field or alias (`客户` → `client`). */
  readonly id?: string;
  /** The value as text (list items joined with `, `); '' when empty. */
  readonly text: string;
  /** List values, one string per item. */
  readonly items?: readonly string[];
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Value span; equals keyEnd..keyEnd when there is no value. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** True when the value is empty or a placeholder (`TBD`, `待定`…): the field counts as missing. */
  readonly missing: boolean;
}

/** Why a front matter block could not be read. */
export interface FrontMatterError {
  readonly reason: Localized;
  readonly start: number;
  readonly end: number;
  readonly unclosed?: boolean;
  /** A plain value with a colon in it (`lugar: Recinto ferial: pabellón 3`): the key, and the value's span to put in quotes. */
  readonly colonInValue?: { readonly key: string; readonly valueStart: number; readonly valueEnd: number };
}

/** The front matter block of a document. */
export interface FrontMatter {
  /** Span of the whole block, fences included. */
  readonly start: number;
  readonly end: number;
  /** Span of the YAML between the fences. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly fields: readonly FieldEntry[];
  readonly error?: FrontMatterError;
  /** Field by canonical id (first occurrence). */
  field(id: string): FieldEntry | undefined;
}

const FIELD_BY_KEY = new Map<string, string>();
for (const f of FIELDS) {
  FIELD_BY_KEY.set(fold(f.id), f.id);
  for (const a of fieldAliases(f)) FIELD_BY_KEY.set(fold(a), f.id);
}

/** Canonical field id for a front-matter key, if it is a known field (case and accents ignored; `_` and spaces equal `-`). */
export function fieldIdForKey(key: string): string | undefined {
  const k = fold(key.trim());
  return (
    FIELD_BY_KEY.get(k) ?? FIELD_BY_KEY.get(k.replace(/[_\s]+/g, '-')) ?? FIELD_BY_KEY.get(k.replace(/[-_]+/g, ' '))
  );
}

const REASONS: Record<string, Localized> = {
  DUPLICATE_KEY: { en: 'a key appears twice', zh: '有重复的键', es: 'una clave aparece dos veces' },
  BAD_INDENT: { en: 'the indentation is off', zh: '缩进不正确', es: 'la sangría no es correcta' },
  TAB_AS_INDENT: { en: 'tabs are used for indentation', zh: '用了制表符缩进', es: 'se usan tabuladores para sangrar' },
  MISSING_CHAR: {
    en: 'a quote or bracket is not closed',
    zh: '引号或括号没有闭合',
    es: 'falta cerrar una comilla o un corchete',
  },
  MULTILINE_IMPLICIT_KEY: {
    en: 'a line is missing its “key:”',
    zh: '有一行缺少“键:”',
    es: 'a una línea le falta su «clave:»',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    en: 'a line is missing its “key:”',
    zh: '有一行缺少“键:”',
    es: 'a una línea le falta su «clave:»',
  },
  NOT_A_MAP: {
    en: 'it should be “key: value” lines',
    zh: '应为“键: 值”的格式',
    es: 'debe tener líneas «clave: valor»',
  },
  ALIAS_BOMB: { en: 'it repeats aliases too many times', zh: '别名引用过多', es: 'repite demasiados alias' },
  COLON_IN_VALUE: { en: 'a value has a second colon', zh: '有个值里多了一个冒号', es: 'un valor tiene un segundo «:»' },
  UNCLOSED: { en: 'the closing “---” line is missing', zh: '缺少结尾的“---”行', es: 'falta la línea «---» de cierre' },
};
const OTHER: Localized = { en: 'it is not valid YAML', zh: '不是有效的 YAML', es: 'no es YAML válido' };

function scalarText(node: unknown, doc: Document, depth = 0): string {
  if (isAlias(node)) {
    if (depth > 3) return '';
    return scalarText(node.resolve(doc), doc, depth + 1);
  }
  if (isScalar(node)) return node.value === null || node.value === undefined ? '' : String(node.value);
  return '';
}

/**
 * The line of `yaml` holding `offset`, when it is `key: value` with a second `: ` in its plain value: YAML reads
 * that as a mapping inside a value and refuses it, though the writer meant one text. Offsets are in `yaml`.
 */
function colonInValue(
  yaml: string,
  offset: number,
): { key: string; lineStart: number; lineEnd: number; valueStart: number; valueEnd: number } | undefined {
  const lineStart = yaml.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let lineEnd = yaml.indexOf('\n', offset);
  if (lineEnd < 0) lineEnd = yaml.length;
  const line = yaml.slice(lineStart, lineEnd).replace(/\r$/, '');
  const m = /^([^\s#:'"[{&*!|>%@`-][^:#]*?)[ \t]*:[ \t]+([^'"[{|>&*!#\s].*?)[ \t]*$/.exec(line);
  if (!m || !/:(?:[ \t]|$)/.test(m[2])) return undefined;
  const valueStart = lineStart + line.length - line.slice(line.indexOf(':') + 1).trimStart().length;
  return {
    key: m[1],
    lineStart,
    lineEnd: lineStart + line.trimEnd().length,
    valueStart,
    valueEnd: valueStart + m[2].length,
  };
}

/** Offset of the first quote or bracket that opens a value and is not closed on its line. */
function unclosedOpener(yaml: string): number | undefined {
  let lineStart = 0;
  for (const line of yaml.split('\n')) {
    const m = /^\s*(?:-\s+)?[^:#'"[{]+:\s+(["'[{])/.exec(line) ?? /^\s*-\s+(["'[{])/.exec(line);
    if (m) {
      const open = m[1];
      const from = m.index + m[0].length - 1;
      const rest = line.slice(from + 1);
      let closed: boolean;
      if (open === '"') closed = /(?:^|[^\\])"/.test(rest);
      else if (open === "'") closed = rest.includes("'");
      else {
        let depth = 1;
        for (const ch of rest) {
          if (ch === '[' || ch === '{') depth++;
          else if (ch === ']' || ch === '}') depth--;
          if (depth === 0) break;
        }
        closed = depth === 0;
      }
      if (!closed) return lineStart + from;
    }
    lineStart += line.length + 1;
  }
  return undefined;
}

/**
 * Reads a front matter block. `start`/`end` span the whole block in the
 * document; `yaml` is the text between the fences, starting at `contentStart`.
 */
export function readFrontMatter(yaml: string, start: number, end: number, contentStart: number): FrontMatter {
  const fields: FieldEntry[] = [];
  let error: FrontMatterError | undefined;
  // Guard against alias bombs: count aliases before building anything.
  const aliasCount = (yaml.match(/\*[^\s,\]}]+/g) ?? []).length;
  let doc: Document | undefined;
  if (aliasCount > 100) {
    error = { reason: REASONS.ALIAS_BOMB, start, end: contentStart };
  } else {
    doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true, strict: false });
    const err = doc.errors[0];
    if (err) {
      const [a, b] = err.pos;
      // The parser notices an unclosed quote or bracket only where the block ends; point at where it opens.
      const opener = unclosedOpener(yaml);
      const colon =
        err.code === 'BLOCK_AS_IMPLICIT_KEY' || err.code === 'MULTILINE_IMPLICIT_KEY'
          ? colonInValue(yaml, a)
          : undefined;
      if (colon && (opener === undefined || opener > a)) {
        // The whole line is the problem, and the cure is quotes around its value.
        error = {
          reason: REASONS.COLON_IN_VALUE,
          start: contentStart + colon.lineStart,
          end: contentStart + colon.lineEnd,
          colonInValue: {
            key: colon.key,
            valueStart: contentStart + colon.valueStart,
            valueEnd: contentStart + colon.valueEnd,
          },
        };
      } else {
        const at =
          opener !== undefined && opener <= a
            ? { start: opener, end: opener + 1, reason: REASONS.MISSING_CHAR }
            : { start: a, end: Math.max(b, a), reason: REASONS[err.code] ?? OTHER };
        error = { reason: at.reason, start: contentStart + at.start, end: contentStart + at.end };
      }
    }
  }
  if (error?.colonInValue) {
    // `subject: Re: shoot dates` is not YAML, but what the AE meant is plain: read each line's
    // value whole, so the type and fields still count; frontmatter-syntax still asks for quotes.
    const lenient = readSimpleFrontMatter(yaml, start, end, contentStart, true);
    if (lenient) fields.push(...lenient.fields);
  }
  if (doc && !error) {
    const root = doc.contents as YamlNode | null;
    if (root !== null && !isMap(root)) {
      error = { reason: REASONS.NOT_A_MAP, start: contentStart, end: contentStart + yaml.length };
    } else if (root && isMap(root)) {
      for (const pair of root.items) {
        const keyNode = pair.key as YamlNode | null;
        if (!keyNode || !isScalar(keyNode)) continue;
        const key = String(keyNode.value ?? '');
        const [ks, ke] = keyNode.range ?? [0, 0];
        const valueNode = pair.value as YamlNode | null;
        let text = '';
        let items: string[] | undefined;
        let vs = ke,
          ve = ke;
        if (valueNode) {
          [vs, ve] = valueNode.range ?? [ke, ke];
          if (isSeq(valueNode)) {
            items = valueNode.items.map((i) => scalarText(i, doc!).trim()).filter((s) => s !== '');
            text = items.join(', ');
          } else if (isScalar(valueNode) || isAlias(valueNode)) {
            text = scalarText(valueNode, doc).trim();
          } else {
            text = yaml.slice(vs, ve).trim();
          }
        }
        const missing = items ? items.length === 0 || items.every(isPlaceholder) : isPlaceholder(text);
        fields.push({
          key,
          id: fieldIdForKey(key),
          text,
          items,
          keyStart: contentStart + ks,
          keyEnd: contentStart + ke,
          valueStart: contentStart + vs,
          valueEnd: contentStart + ve,
          missing,
        });
      }
    }
  }
  const byId = new Map<string, FieldEntry>();
  for (const f of fields) if (f.id && !byId.has(f.id)) byId.set(f.id, f);
  return {
    start,
    end,
    contentStart,
    contentEnd: contentStart + yaml.length,
    fields,
    error,
    field: (id) => byId.get(id),
  };
}

const SIMPLE_LINE = /^([^\s#:'"[{&*!|>%@`-][^:#]*?)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const SAFE_SCALAR = /^(?:[^\s'"[{&*!|>%@`#,\]}][^#]*|"[^"\\]*"|'[^']*')$/;
const NUMBERISH = /^[+-]?(?:\d|\.\d)/;
const PLAIN_INT_OR_DATE = /^(?:[1-9]\d{0,14}|0|\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?|\d{4}-W\d{2})$/;
const YAML_WORDS = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|\.inf|\.nan|y|n|yes|no|on|off)$/i;

/**
 * The common shape of a header block read without the YAML parser: one
 * `key: value` per line, values plain, quoted or `[a, b]`. Anything else
 * (nesting, anchors, block scalars, numbers YAML would rewrite) returns
 * undefined and goes to the real parser. Used by the workspace scan.
 */
export function readSimpleFrontMatter(
  yaml: string,
  start: number,
  end: number,
  contentStart: number,
  /** Read `key: a: b` as the value `a: b` (only to recover from that YAML error). */
  colonsInValues = false,
): FrontMatter | undefined {
  const fields: FieldEntry[] = [];
  let offset = 0;
  for (const rawLine of yaml.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    const lineStart = offset;
    offset += rawLine.length + 1;
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const m = SIMPLE_LINE.exec(line);
    if (!m) return undefined;
    const key = m[1];
    let value = m[2] ?? '';
    let items: string[] | undefined;
    if (value.startsWith('[')) {
      const inner = /^\[([^[\]{}"'&*#]*)\]$/.exec(value);
      if (!inner) return undefined;
      items = inner[1]
        .split(',')
        .map((x) => x.trim())
        .filter((x) => x !== '');
      if (items.some((x) => (NUMBERISH.test(x) && !PLAIN_INT_OR_DATE.test(x)) || YAML_WORDS.test(x))) return undefined;
    } else if (value !== '') {
      if (
        !SAFE_SCALAR.test(value) ||
        YAML_WORDS.test(value) ||
        (NUMBERISH.test(value) && !PLAIN_INT_OR_DATE.test(value))
      )
        return undefined;
      if (/^["']/.test(value)) value = value.slice(1, -1);
      else if (/:\s/.test(value) && !colonsInValues) return undefined; // `a: b: c` is an error in YAML
    }
    const text = items ? items.join(', ') : value.trim();
    const keyStart = contentStart + lineStart + line.indexOf(key);
    const colon = line.indexOf(':', line.indexOf(key) + key.length);
    const valueStart =
      m[2] !== undefined ? contentStart + lineStart + line.lastIndexOf(m[2]) : contentStart + lineStart + colon + 1;
    fields.push({
      key,
      id: fieldIdForKey(key),
      text,
      items,
      keyStart,
      keyEnd: keyStart + key.length,
      valueStart,
      valueEnd: valueStart + (m[2]?.length ?? 0),
      missing: items ? items.length === 0 || items.every(isPlaceholder) : isPlaceholder(text),
    });
  }
  const keys = fields.map((f) => f.key);
  if (new Set(keys).size !== keys.length) return undefined; // duplicate keys: let the parser report it
  const byId = new Map<string, FieldEntry>();
  for (const f of fields) if (f.id && !byId.has(f.id)) byId.set(f.id, f);
  return { start, end, contentStart, contentEnd: contentStart + yaml.length, fields, field: (id) => byId.get(id) };
}

/**
 * A document that opens with `---` but never closes it: remark sees no front
 * matter, and the user should be told.
 */
export function unclosedFrontMatter(text: string): FrontMatter | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!m) return undefined;
  if (/\r?\n---[ \t]*(?:\r?\n|$)/.test(text.slice(m[0].length - 1))) return undefined;
  const firstLineEnd = m[0].length;
  return {
    start: 0,
    end: firstLineEnd,
    contentStart: firstLineEnd,
    contentEnd: firstLineEnd,
    fields: [],
    error: { reason: REASONS.UNCLOSED, start: 0, end: 3, unclosed: true },
    field: () => undefined,
  };
}
