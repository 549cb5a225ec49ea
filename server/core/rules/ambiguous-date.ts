/** ambiguous-date: one rule, whole (check, fix, messages, reference). */
import {
  daysBetween,
  findDates,
  nearDocumentDate,
  readingFor,
  toIsoDate,
  toIsoDateTime,
  writersDateOrder,
  yearlessColumnOrder,
  type CalendarDate,
  type DateOrder,
  type DateToken,
  type ReadersOrder,
} from '../dates';
import { chunkAt, type AgencyDocument } from '../document';
import { insideCode } from '../edits';
import type { Lang } from '../catalog/schema';
import { q } from '../l10n';
import { documentDateTokens } from './common/dateTokens';
import { minutes } from './common/examples';
import { defineRule, type Facts, type Finding, type Fix, type FixContext, type RuleContext } from './rule';

interface Params {
  text: string;
  iso?: string;
  /** Its two readings, day first and month first (ISO), named in the message so the writer sees which is which. */
  dayFirst?: string;
  monthFirst?: string;
}

/** Titles of its quick fixes. */
const TITLES = {
  dateToIso: {
    en: (iso: string) => `Change to ${iso}`,
    zh: (iso: string) => `改为 ${iso}`,
    es: (iso: string) => `Cambiar a ${iso}`,
  },
  dateDayFirst: {
    en: (iso: string) => `Change to ${iso} (read day first)`,
    zh: (iso: string) => `改为 ${iso}（按日/月读）`,
    es: (iso: string) => `Cambiar a ${iso} (leída con el día primero)`,
  },
  dateMonthFirst: {
    en: (iso: string) => `Change to ${iso} (read month first)`,
    zh: (iso: string) => `改为 ${iso}（按月/日读）`,
    es: (iso: string) => `Cambiar a ${iso} (leída con el mes primero)`,
  },
};

function dateToIsoFix(finding: Finding, ctx: FixContext): Fix[] {
  const iso = finding.data.iso;
  const r = finding.data.readings;
  // Two readings: both offered, neither preferred nor safe (the user chooses; fix-all never applies them).
  if (!iso && r) {
    return [
      {
        title: TITLES.dateDayFirst[ctx.options.locale](r.dayFirst),
        edits: [{ start: finding.start, end: finding.end, newText: r.dayFirst }],
      },
      {
        title: TITLES.dateMonthFirst[ctx.options.locale](r.monthFirst),
        edits: [{ start: finding.start, end: finding.end, newText: r.monthFirst }],
      },
    ];
  }
  if (!iso) return [];
  return [
    {
      title: TITLES.dateToIso[ctx.options.locale](iso),
      edits: [{ start: finding.start, end: finding.end, newText: iso }],
      isPreferred: true,
    },
  ];
}

const isoOf = (d: CalendarDate, hasTime: boolean) => (hasTime ? toIsoDateTime(d) : toIsoDate(d));

/** How the analysis reads a document's dates: its readers' order and the year of dates written without one. */
export interface DateReading {
  readonly order?: ReadersOrder;
  readonly defaultYear: number;
}

/**
 * The rewrite to ISO of a numeric date with a year at `offset` whose reading
 * is certain for the document's readers but which is not written ISO (a
 * Spanish `12/11/2026`, an English `25/12/2026`): not a finding, but a
 * rewrite the user may choose in the editor. Never part of fix-all.
 */
export function isoRewriteAt(doc: AgencyDocument, offset: number, reading: DateReading, locale: Lang): Fix | undefined {
  if (insideCode(doc, offset)) return undefined;
  const line = doc.lines.positionAt(offset).line;
  const lineStart = doc.lines.lineStart(line);
  const col = offset - lineStart;
  for (const t of findDates(doc.lines.lineText(line), { defaultYear: reading.defaultYear })) {
    if (col < t.start || col > t.end) continue;
    // Only day/month forms written with a year: `24/7` in prose is no date to rewrite.
    if (t.kind !== 'ambiguous' || t.form !== 'numeric' || !/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/.test(t.text))
      return undefined;
    const d = readingFor(t, reading.order);
    if (!d) return undefined; // two readings: the diagnostic offers both
    const iso = isoOf(d, t.hasTime);
    return {
      title: TITLES.dateToIso[locale](iso),
      edits: [{ start: lineStart + t.start, end: lineStart + t.end, newText: iso }],
    };
  }
  return undefined;
}

/** A table row's cells split at its unescaped pipes, with where each starts on the line. */
function cellStarts(line: string): number[] {
  const starts = [0];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') starts.push(i + 1);
  }
  return starts;
}

/**
 * The day/month order the other dates of a table column show (`25/04/2015` in the column of `03/05/2015`):
 * the table is the run of lines with a pipe around the date's line, at most 500 each way.
 */
function columnOrder(doc: AgencyDocument, offset: number): DateOrder | undefined {
  const lines = doc.lines;
  const at = lines.positionAt(offset);
  const own = lines.lineText(at.line);
  if (!own.includes('|')) return undefined;
  const starts = cellStarts(own);
  let col = 0;
  while (col + 1 < starts.length && starts[col + 1] <= at.character) col++;
  const cells: string[] = [];
  const cellOf = (l: number) => {
    const text = lines.lineText(l);
    if (!text.includes('|')) return false;
    const s = cellStarts(text);
    if (col < s.length) cells.push(text.slice(s[col], col + 1 < s.length ? s[col + 1] - 1 : text.length));
    return true;
  };
  for (let l = at.line - 1; l >= 0 && l >= at.line - 500 && cellOf(l); l--);
  for (let l = at.line + 1; l < lines.lineCount && l <= at.line + 500 && cellOf(l); l++);
  return cells.length ? (writersDateOrder(cells.join('\n')) ?? yearlessColumnOrder(cells)) : undefined;
}

/** The heading a date is in, if any (a chunk's check sees the chunk's own headings: the date's is one of them). */
function headingOf(doc: AgencyDocument, offset: number): AgencyDocument['headings'][number] | undefined {
  return doc.headings.find((h) => h.start <= offset && offset < h.end);
}

/**
 * The day/month order the other headings of a date's heading level show (`# 2/9/26 Sync` over a later `# 2/16/26
 * Sync`): a log's entries are dated by one writer in one way, so one entry that can be read only one way, and none
 * the other, tells how its siblings are read (read from all the headings: Facts.headingNumbers).
 */
function headingOrder(doc: AgencyDocument, facts: Facts, offset: number): DateOrder | undefined {
  const own = headingOf(doc, offset);
  return own && facts.headingNumbers.orders.get(own.depth);
}

/**
 * Whether the heading right under a date's heading writes that day out, in one of its two readings only (`#
 * Nineteenth client meeting 03/10` over `## 10 March 2027 / 12:00`): the writer says which day was meant.
 */
function spelledOutBelow(doc: AgencyDocument, t: DateToken, defaultYear: number): boolean {
  if (t.kind !== 'ambiguous' || !t.dayFirst || !t.monthFirst) return false;
  const yearless = t.yearless;
  const i = doc.headings.findIndex((h) => h.start <= t.start && t.start < h.end);
  const next = i < 0 ? undefined : doc.headings[i + 1];
  // (Right under it: nothing but blank lines between the two; and in the same chunk, as a chunk's check sees them.)
  if (!next || doc.text.slice(doc.headings[i].end, next.start).trim() !== '') return false;
  if (chunkAt(doc.chunks, doc.headings[i].start) !== chunkAt(doc.chunks, next.start)) return false;
  const days = findDates(next.text, { defaultYear }).flatMap((d) =>
    d.kind === 'date' ? [d.date] : d.kind === 'ambiguous' && d.form === 'month-name' && d.certain ? [d.certain] : [],
  );
  const same = (a: CalendarDate, b: CalendarDate) =>
    a.month === b.month && a.day === b.day && (yearless || a.year === b.year);
  return [t.dayFirst, t.monthFirst].filter((r) => days.some((d) => same(r, d))).length === 1;
}

/**
 * Whether a date opening a heading is its number in an outline (`### 11.10 Accessibility acceptance` under `## 11.
 * Accessibility`): two numbers between dots, no year, and a heading of a higher level numbered with the first.
 */
function outlineNumber(doc: AgencyDocument, facts: Facts, t: DateToken): boolean {
  const m = /^(\d{1,2})\.\d{1,2}$/u.exec(t.text);
  if (!m) return false;
  const own = headingOf(doc, t.start);
  if (!own?.text.startsWith(t.text)) return false;
  const parent = facts.headingNumbers.outline.get(m[1]);
  return parent !== undefined && parent < own.depth;
}

/** A day and a month between dots, then the year: `02.11.2023`, `2.11.2023`, `03.09.23`. */
const DOTTED_WITH_YEAR = /^\d{1,2}\.\d{1,2}\.(?:\d{4}|\d\d)(?!\d)/;

/** What the line says before a date: the next meeting (`Next meeting:`, `Próxima reunión`, `下次会议`). */
const NEXT_MEETING_BEFORE =
  /(?:next|following)[ \t]+(?:meeting|call|sync|session)|pr[oó]xima[ \t]+reuni[oó]n|siguiente[ \t]+reuni[oó]n|下次(?:会议|例会)/iu;
/** The text of a date's line before it. */
function lineBefore(text: string, at: number): string {
  return text.slice(Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 200), at);
}

export default defineRule({
  id: 'ambiguous-date',
  severity: 'warning',
  appliesTo: 'all',
  check(ctx: RuleContext<Params>) {
    for (const t of documentDateTokens(ctx)) {
      if (t.kind !== 'ambiguous' || /^yyyy-mm-dd$/i.test(t.text)) continue;
      // A date with one reading for this document's readers is not ambiguous (`Nov 30`, `2021/03/11`, a Spanish `04/02/2024`).
      if (readingFor(t, ctx.facts.dateOrder)) continue;
      // In a table, the other dates of its column show the writer's order to the reader (`25/04/2015` above it).
      if (readingFor(t, columnOrder(ctx.doc, t.start))) continue;
      // `### 11.10 Accessibility acceptance` under `## 11. Accessibility`: a number in an outline, no date.
      if (outlineNumber(ctx.doc, ctx.facts, t)) continue;
      // In a heading, the dates of the other headings of its level show the order a log's entries are dated in.
      if (readingFor(t, headingOrder(ctx.doc, ctx.facts, t.start))) continue;
      // `# Client meeting 03/10` over `## 10 March 2027`: the heading under it writes the day out.
      if (spelledOutBelow(ctx.doc, t, ctx.facts.defaultYear)) continue;
      // `02.11.2023`: dots are the day-first convention, unless the document writes month first between dots
      // (`10.28.2026`); a document writing both ways leaves it ambiguous.
      if (DOTTED_WITH_YEAR.test(t.text) && readingFor(t, ctx.facts.dottedOrder)) continue;
      // `# (07/10/2025) Meeting Minutes` whose recording is filed under `2025/07/10`: the document writes its own day
      // plainly too. Only the title's date: a task's `12/11` beside another task due `2026-12-11` is no such proof.
      if (t.dayFirst && t.monthFirst && ctx.doc.title && t.start >= ctx.doc.title.start && t.end <= ctx.doc.title.end) {
        const written = [t.dayFirst, t.monthFirst].filter((d) => ctx.facts.yearFirstDays.has(toIsoDate(d)));
        if (written.length === 1) continue;
      }
      // `Next meeting 10-08-2024` in the minutes of a September meeting: only 8 October is to come.
      if (
        t.dayFirst &&
        t.monthFirst &&
        ctx.facts.ownDate &&
        NEXT_MEETING_BEFORE.test(lineBefore(ctx.doc.text, t.start))
      ) {
        const ahead = [t.dayFirst, t.monthFirst].filter((d) => {
          const days = daysBetween(ctx.facts.ownDate!, d);
          return days > 0 && days <= 120;
        });
        if (ahead.length === 1) continue;
      }
      // Both readings are offered as rewrites: the writer knows which one was meant.
      // (`3/1` written without its year in December minutes is next January's.)
      const near = (d: CalendarDate) => isoOf(nearDocumentDate(d, t, ctx.facts.ownDate), t.hasTime);
      const readings =
        t.dayFirst && t.monthFirst ? { dayFirst: near(t.dayFirst), monthFirst: near(t.monthFirst) } : undefined;
      ctx.report(t.start, t.end, { text: t.text, ...readings }, readings ? { readings } : {});
    }
  },
  fix: dateToIsoFix,
  fixTitles: TITLES,
  messages: {
    en: (p) =>
      p.iso
        ? `The date ${q.en(p.text)} can be misread: write it as ${p.iso}.`
        : p.dayFirst && p.monthFirst
          ? `The date ${q.en(p.text)} can be read as ${p.dayFirst} (day first) or ${p.monthFirst} (month first): write the one meant as YYYY-MM-DD.`
          : `The date ${q.en(p.text)} can be read more than one way: write it as YYYY-MM-DD.`,
    zh: (p) =>
      p.iso
        ? `日期${q.zh(p.text)}容易被误读，请写成 ${p.iso}。`
        : p.dayFirst && p.monthFirst
          ? `日期${q.zh(p.text)}可读作 ${p.dayFirst}（日在前）或 ${p.monthFirst}（月在前），请按本意写成 YYYY-MM-DD 格式。`
          : `日期${q.zh(p.text)}有不止一种读法，请写成 YYYY-MM-DD 格式。`,
    es: (p) =>
      p.iso
        ? `La fecha ${q.es(p.text)} se puede malinterpretar: escríbela como ${p.iso}.`
        : p.dayFirst && p.monthFirst
          ? `La fecha ${q.es(p.text)} puede leerse como ${p.dayFirst} (día primero) o ${p.monthFirst} (mes primero): escribe la que corresponde como AAAA-MM-DD.`
          : `La fecha ${q.es(p.text)} se puede leer de varias formas: escríbela como AAAA-MM-DD.`,
  },
  doc: {
    title: { en: 'Ambiguous date', zh: '有歧义的日期', es: 'Fecha ambigua' },
    description: {
      en: 'A date like 03/04/2026 means 3 April to some readers and 4 March to others, which is risky with international clients and offices. Write dates as YYYY-MM-DD (2026-04-03); the quick fix offers both readings in ISO form. Spanish documents read day first and Chinese ones month first, so their dates are not ambiguous; an English document that writes two dates or more one way only (`11/26/2019` or `5/17/21`, and never `26/11/2019`; a date with the month’s name counts too: `August 22, 2024` is written month first, `22 August 2024` day first), or a table column whose other dates are written one way only (`4.14 (next week)` in the due column of `4.10 11.00pm` and `4.11 (Friday)`: a time or a remark in brackets may follow a day without its year), is read that way too; the `dateOrder` setting gives one reading for every document. On such a date (a Spanish 12/11/2026) the editor still offers the rewrite to ISO (Change to 2026-11-12) where the cursor is. A date without a year counts only where it is surely one: after by, on or due (`by 5/4`), leading a heading (`# 05/07 Meeting`), or written with two digits each (`05/07`); `3/4 of the stores` is no date, nor is a share of a vote (`agreement by 2/3`). A year-less date written with two digits each (`(10/13)`) shows the writer’s order too, and so does one between dots after a word that dates a task (`until 30.09.`). A date between dots (`02.11.2023`, `03.09.23`) is read day first, the convention of those who write dots (month-first writers use slashes), unless the same document writes a date between dots month first (`10.28.2023`) and none day first; a document writing both ways leaves it ambiguous. A date in the title that the document also writes year first, in one of its readings only (`# (07/10/2025) Meeting Minutes` beside a recording filed under `2025/07/10`), is that day. Minutes whose own day is written year first between slashes (`**Time:** 2021/02/03`, the East Asian way) read a date without a year month first (`2.6` is 6 February), as a Chinese document does. A date in a heading is read the way the other headings of its level write theirs, when one of them can be read one way only and none the other (`# 3/4/27 Sync` beside `# 3/18/27 Sync`: a log’s entries dated by one writer), and so is one the heading right under it writes out in one of its readings (`# Client meeting 03/10` over `## 10 March 2027`). A heading opening with the number of its place in an outline (`### 11.10 Accessibility` under `## 11. Accessibility`) holds no date there.',
      zh: '像 03/04/2026 这样的日期，有人读成 4 月 3 日，有人读成 3 月 4 日，跟海外客户和办公室合作时尤其容易出错。请写成 YYYY-MM-DD（2026-04-03）；快速修复会列出两种读法的 ISO 写法供选择。西班牙语文档按日/月读、中文文档按月/日读，所以不算歧义；英文文档里有两个以上只能按一种写法读的日期（有 `11/26/2019` 或 `5/17/21`、没有 `26/11/2019`；写出月份名称的日期也算：`August 22, 2024` 是月在前，`22 August 2024` 是日在前），或表格同一列的其他日期只用一种写法时（截止列里的 `4.14 (next week)` 让同列的 `4.10 11.00pm`、`4.11 (Friday)` 按月在前读：不带年份的日期后面可以跟时间或括号里的说明），也按这种写法读；在配置里设置 `dateOrder` 可统一读法。光标放在这类日期上（如西班牙语文档里的 12/11/2026），编辑器仍会提供改写为 ISO 格式的操作（改为 2026-11-12）。不带年份的日期只在确定是日期时才算：跟在 by、on、due 之后（`by 5/4`）、放在标题开头（`# 05/07 Meeting`），或月和日都写成两位数（`05/07`）；`3/4 of the stores` 不是日期，表决的比例（`agreement by 2/3`）也不是。两位数写成的无年份日期（`(10/13)`），以及 until、by 等词之后用点分隔的（`until 30.09.`），同样表明作者的写法。用点分隔的日期（`02.11.2023`、`03.09.23`）按日在前读，这是用点写日期的人的习惯（月在前的人用斜杠）；除非同一文档有用点分隔、月在前的日期（`10.28.2023`）而没有日在前的；两种写法都有时仍算有歧义。标题里的日期，如果文档另有按年在前写出的同一天、且只与其中一种读法相符（`# (07/10/2025) Meeting Minutes` 旁边的录像写着 `2025/07/10`），就按那一天读。会议记录自己的日期按年在前、用斜杠写（`**Time:** 2021/02/03`，东亚的写法）时，不带年份的日期按月在前读（`2.6` 即 2 月 6 日），与中文文档相同。标题里的日期，如果同级的其他标题中有只能按一种写法读的日期、且没有另一种写法的，就按同样的写法读（`# 3/4/27 Sync` 旁边有 `# 3/18/27 Sync`：同一人按同一写法记下的各次记录）；紧接其下的标题写出了其中一种读法的日期时（`# Client meeting 03/10` 下面是 `## 10 March 2027`），也按那一天读。大纲编号开头的标题（`## 11. Accessibility` 下的 `### 11.10 Accessibility`）里的编号不是日期。',
      es: 'Una fecha como 03/04/2026 es el 3 de abril para unos y el 4 de marzo para otros, un riesgo con clientes y oficinas de otros países. Escribe las fechas como AAAA-MM-DD (2026-04-03); la corrección rápida ofrece las dos lecturas en formato ISO. Los documentos en español se leen con el día primero y los chinos con el mes primero, así que sus fechas no son ambiguas; un documento en inglés que escribe dos fechas o más de una sola forma (`11/26/2019` o `5/17/21`, y nunca `26/11/2019`; cuenta también una fecha con el nombre del mes: `August 22, 2024` pone el mes primero, `22 August 2024` el día), o una columna de tabla cuyas otras fechas están escritas de una sola forma (`4.14 (next week)` en la columna de `4.10 11.00pm` y `4.11 (Friday)`: tras un día sin año puede ir una hora o una nota entre paréntesis), se lee también así; `dateOrder` en la configuración fija una lectura para todos. Sobre una de esas fechas (un 12/11/2026 en español), el editor ofrece igualmente reescribirla en ISO (Cambiar a 2026-11-12) donde está el cursor. Una fecha sin año cuenta solo donde seguro lo es: tras by, on o due (`by 5/4`), al principio de un título (`# 05/07 Meeting`) o escrita con dos cifras cada parte (`05/07`); `3/4 of the stores` no es una fecha, ni la proporción de una votación (`agreement by 2/3`). Una fecha sin año escrita con dos cifras cada parte (`(10/13)`) también muestra el orden de quien escribe, y también una con puntos tras una palabra que fecha una tarea (`until 30.09.`). Una fecha con puntos (`02.11.2023`, `03.09.23`) se lee con el día primero, la costumbre de quien escribe puntos (quien pone el mes primero usa barras), salvo que el mismo documento escriba una fecha con puntos con el mes primero (`10.28.2023`) y ninguna con el día primero; si escribe de las dos maneras, sigue siendo ambigua. Una fecha del título que el documento también escribe con el año primero, en una sola de sus lecturas (`# (07/10/2025) Acta de reunión` junto a una grabación archivada como `2025/07/10`), es ese día. Un acta cuyo propio día se escribe con el año primero entre barras (`**Time:** 2021/02/03`, la costumbre de Asia oriental) lee una fecha sin año con el mes primero (`2.6` es el 6 de febrero), como un documento en chino. Una fecha en un título se lee como escriben las suyas los demás títulos de su nivel, si alguno se lee de una sola forma y ninguno de la otra (`# 3/4/27 Sync` junto a `# 3/18/27 Sync`: las entradas de un registro fechadas por quien lo lleva), y también una que el título justo debajo escribe con letras en una sola de sus lecturas (`# Reunión con el cliente 03/10` sobre `## 10 de marzo de 2027`). Un título que empieza por su número en un esquema (`### 11.10 Accesibilidad` bajo `## 11. Accesibilidad`) no lleva ahí una fecha.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 03/12/2026\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-12-03\n'),
  },
});
