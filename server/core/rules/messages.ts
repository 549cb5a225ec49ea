/**
 * What the product says: finding messages, rule reference documentation and
 * quick-fix titles, in English, Simplified Chinese and Spanish.
 *
 * Style: one short sentence (two at most), in the account executive's words,
 * saying what is wrong and what to do. Quotes: “…” in English, 「…」 in
 * Chinese, «…» in Spanish.
 */
import type { Lang, Localized } from '../catalog/schema';
import type { MessageParams, RuleId } from './ids';

// ---------------------------------------------------------------------------
// Helpers

/** “x” / 「x」 / «x». */
const q: Record<Lang, (s: string) => string> = {
  en: (s) => `“${s}”`,
  zh: (s) => `「${s}」`,
  es: (s) => `«${s}»`,
};

/** A count for display: integers as they are, others to one decimal; never NaN. */
function num(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return '?';
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10);
}

function known(n: number | undefined): n is number {
  return n !== undefined && Number.isFinite(n);
}

/** English / Spanish plural by count. */
function plural(n: number, one: string, many: string): string {
  return `${num(n)} ${Math.abs(n) === 1 ? one : many}`;
}

/** An ISO date or date-time for reading: `2026-11-24T10:00` → `2026-11-24 10:00`. */
function when(iso: string): string {
  return iso.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/, '$1 $2');
}

/** An action's words, on one line and at most ~40 characters. */
function shorten(text: string, max = 40): string {
  const t = text.slice(0, max * 4).replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length > max ? chars.slice(0, max - 1).join('').trimEnd() + '…' : t;
}

/** A parser's reason, on one line, without its trailing period, not too long. */
function reasonText(reason: string): string {
  const first = (reason ?? '').split(/\r?\n/)[0].trim().replace(/[.。:：]+$/, '');
  return shorten(first, 80);
}

// ---------------------------------------------------------------------------
// Messages

type Builders = { [R in RuleId]: Record<Lang, (p: MessageParams[R]) => string> };

/** Message builders: plain language for an account executive, not a developer. */
export const MESSAGES: Builders = {
  'unknown-type': {
    en: (p) => p.suggestion
      ? `${q.en(p.value)} isn't a document type we know. Did you mean ${q.en(p.suggestion)}?`
      : `${q.en(p.value)} isn't a document type we know: use a type such as brief, minutes, agenda or job.`,
    zh: (p) => p.suggestion
      ? `${q.zh(p.value)}不是已知的文档类型，是不是想写${q.zh(p.suggestion)}？`
      : `${q.zh(p.value)}不是已知的文档类型，请改用 brief、minutes、agenda、job 等类型。`,
    es: (p) => p.suggestion
      ? `${q.es(p.value)} no es un tipo de documento conocido. ¿Quisiste decir ${q.es(p.suggestion)}?`
      : `${q.es(p.value)} no es un tipo de documento conocido: usa un tipo como brief, minutes, agenda o job.`,
  },
  'frontmatter-syntax': {
    en: (p) => p.unclosed
      ? 'The front matter never closes: add a line with --- after the last field.'
      : `The front matter can't be read: check for a missing colon, quote or bracket${reasonText(p.reason) ? ` (${reasonText(p.reason)})` : ''}.`,
    zh: (p) => p.unclosed
      ? '文档头部（front matter）没有结束：请在最后一个字段后面加一行 ---。'
      : `文档头部（front matter）无法读取，请检查是否漏了冒号、引号或括号${reasonText(p.reason) ? `（${reasonText(p.reason)}）` : ''}。`,
    es: (p) => p.unclosed
      ? 'La cabecera (front matter) no se cierra: añade una línea con --- después del último campo.'
      : `No se puede leer la cabecera (front matter): revisa que no falten dos puntos, comillas o corchetes${reasonText(p.reason) ? ` (${reasonText(p.reason)})` : ''}.`,
  },
  'missing-field': {
    en: (p) => p.placeholder
      ? `The ${q.en(p.field)} field is still empty or a placeholder like TBD: fill it in.`
      : `Add the ${q.en(p.field)} field to the front matter: ${q.en(p.type)} documents need it.`,
    zh: (p) => p.placeholder
      ? `${q.zh(p.field)}字段还是空的或只是占位（如 TBD、待定），请填上实际内容。`
      : `文档头部缺少${q.zh(p.field)}字段，每份${p.type}都要填写，请补上。`,
    es: (p) => p.placeholder
      ? `El campo ${q.es(p.field)} está vacío o solo tiene un marcador (TBD, pendiente…): rellénalo.`
      : `Falta el campo ${q.es(p.field)} en la cabecera; es obligatorio en todo documento de tipo ${q.es(p.type)}.`,
  },
  'missing-section': {
    en: (p) => `Add a ${q.en(p.section)} section: ${q.en(p.type)} documents need one.`,
    zh: (p) => `缺少${q.zh(p.section)}部分，每份${p.type}都需要，请补上。`,
    es: (p) => `Falta la sección ${q.es(p.section)}; es obligatoria en todo documento de tipo ${q.es(p.type)}.`,
  },
  'empty-section': {
    en: (p) => p.what === 'topics'
      ? `The agenda has no topics yet: list each topic under ${q.en(p.section)} as a bullet.`
      : `The ${q.en(p.section)} section is empty: fill it in before the document goes out.`,
    zh: (p) => p.what === 'topics'
      ? `议程还没有议题：请在${q.zh(p.section)}下逐条列出要讨论的议题。`
      : `${q.zh(p.section)}部分还是空的，发出前请补上内容。`,
    es: (p) => p.what === 'topics'
      ? `El orden del día aún no tiene temas: escribe cada tema como un punto de lista en ${q.es(p.section)}.`
      : `La sección ${q.es(p.section)} está vacía: complétala antes de enviar el documento.`,
  },
  'duplicate-section': {
    en: (p) => `The ${q.en(p.section)} section appears twice (first on line ${num(p.firstLine)}): merge them into one.`,
    zh: (p) => `${q.zh(p.section)}部分出现了两次（第一次在第 ${num(p.firstLine)} 行），请合并成一个。`,
    es: (p) => `La sección ${q.es(p.section)} aparece dos veces (la primera en la línea ${num(p.firstLine)}): únelas en una sola.`,
  },
  'section-order': {
    en: (p) => `${q.en(p.section)} usually comes before ${q.en(p.shouldPrecede)}: move it up.`,
    zh: (p) => `${q.zh(p.section)}通常放在${q.zh(p.shouldPrecede)}之前，请把它往前移。`,
    es: (p) => `La sección ${q.es(p.section)} suele ir antes de ${q.es(p.shouldPrecede)}: muévela más arriba.`,
  },
  'button-not-single': {
    en: (p) => p.reason === 'items'
      ? `The button lists ${plural(p.count, 'idea', 'ideas')}; keep one single-minded statement.`
      : p.reason === 'sentences'
        ? `The button has ${plural(p.count, 'sentence', 'sentences')}; boil it down to one single-minded sentence.`
        : 'The button is too long: say it in one short statement (at most 30 words or 60 Chinese characters).',
    zh: (p) => p.reason === 'items'
      ? `按钮里列了 ${num(p.count)} 条，请只保留一个单一诉求。`
      : p.reason === 'sentences'
        ? `按钮写了 ${num(p.count)} 句话，请浓缩成一句单一诉求。`
        : '按钮太长了，请用一句简短的话说清楚（不超过 60 个汉字或 30 个英文单词）。',
    es: (p) => p.reason === 'items'
      ? `El botón reúne ${plural(p.count, 'idea', 'ideas')}; quédate con una sola.`
      : p.reason === 'sentences'
        ? `El botón tiene ${plural(p.count, 'frase', 'frases')}; resúmelo en una sola idea.`
        : 'El botón es demasiado largo: dilo en una frase corta (30 palabras o 60 caracteres chinos como máximo).',
  },
  'support-points-count': {
    en: (p) => p.count === 0
      ? `There is no support point yet: add the main reasons to believe the button (at most ${num(p.max)}).`
      : `There ${p.count === 1 ? 'is' : 'are'} ${plural(p.count, 'support point', 'support points')}; keep only the main ones (at most ${num(p.max)}).`,
    zh: (p) => p.count === 0
      ? `还没有支持点：请列出支撑按钮的主要理由（最多 ${num(p.max)} 条）。`
      : `支持点有 ${num(p.count)} 条，请只保留最主要的（最多 ${num(p.max)} 条）。`,
    es: (p) => p.count === 0
      ? `Todavía no hay ningún punto de apoyo: añade las razones principales que respaldan el botón (${num(p.max)} como máximo).`
      : `Hay ${plural(p.count, 'punto de apoyo', 'puntos de apoyo')}; quédate solo con los principales (${num(p.max)} como máximo).`,
  },
  'missing-signoff': {
    en: (p) => p.lacks === 'both'
      ? `Nobody has signed off as ${q.en(p.role)} yet: add their name and the date before the work goes out.`
      : p.lacks === 'name'
        ? `The ${q.en(p.role)} sign-off has no name: add who approved.`
        : `The ${q.en(p.role)} sign-off has no date: add when they approved.`,
    zh: (p) => p.lacks === 'both'
      ? `还没有${q.zh(p.role)}签核：工作发出前请补上签核人姓名和日期。`
      : p.lacks === 'name'
        ? `${q.zh(p.role)}签核缺少姓名，请写上签核人。`
        : `${q.zh(p.role)}签核缺少日期，请写上签核日期。`,
    es: (p) => p.lacks === 'both'
      ? `Falta la aprobación de ${q.es(p.role)}: añade su nombre y la fecha antes de que el trabajo salga de la agencia.`
      : p.lacks === 'name'
        ? `La aprobación de ${q.es(p.role)} no tiene nombre: indica quién aprobó.`
        : `La aprobación de ${q.es(p.role)} no tiene fecha: indica cuándo se aprobó.`,
  },
  'action-missing-owner': {
    en: (p) => shorten(p.action)
      ? `Every next action needs an owner: add @name to ${q.en(shorten(p.action))}.`
      : 'Every next action needs an owner: add @name to this one.',
    zh: (p) => shorten(p.action)
      ? `每项后续行动都要有负责人：请给${q.zh(shorten(p.action))}加上 @姓名。`
      : '每项后续行动都要有负责人：请给这一项加上 @姓名。',
    es: (p) => shorten(p.action)
      ? `Cada próximo paso necesita un responsable: añade @nombre a ${q.es(shorten(p.action))}.`
      : 'Cada próximo paso necesita un responsable: añade @nombre a este.',
  },
  'action-missing-due': {
    en: (p) => shorten(p.action)
      ? `Every next action needs a deadline: add a due date (due YYYY-MM-DD) to ${q.en(shorten(p.action))}.`
      : 'Every next action needs a deadline: add a due date (due YYYY-MM-DD) to this one.',
    zh: (p) => shorten(p.action)
      ? `每项后续行动都要有截止日期：请给${q.zh(shorten(p.action))}写上截止日期（截止 YYYY-MM-DD）。`
      : '每项后续行动都要有截止日期：请给这一项写上截止日期（截止 YYYY-MM-DD）。',
    es: (p) => shorten(p.action)
      ? `Cada próximo paso necesita una fecha límite: añádela a ${q.es(shorten(p.action))} (fecha límite: AAAA-MM-DD).`
      : 'Cada próximo paso necesita una fecha límite: añádela a este (fecha límite: AAAA-MM-DD).',
  },
  'action-due-before-meeting': {
    en: (p) => `This action is due ${when(p.due)}, before the meeting it came from (${when(p.meeting)}): check the date.`,
    zh: (p) => `这项行动的截止日期 ${when(p.due)} 早于会议日期 ${when(p.meeting)}，请核对日期。`,
    es: (p) => `La fecha límite de este paso (${when(p.due)}) es anterior a la reunión de la que salió (${when(p.meeting)}): revisa la fecha.`,
  },
  'action-overdue': {
    en: (p) => `This action was due on ${when(p.due)}${known(p.days) ? ` (${plural(p.days, 'day', 'days')} ago)` : ''} and is still open: chase it or agree a new date.`,
    zh: (p) => known(p.days)
      ? `这项行动已逾期 ${num(p.days)} 天（截止 ${when(p.due)}），仍未完成：请跟进，或重新约定日期。`
      : `这项行动已过截止日期 ${when(p.due)}，仍未完成：请跟进，或重新约定日期。`,
    es: (p) => `Este paso vencía el ${when(p.due)}${known(p.days) ? ` (hace ${plural(p.days, 'día', 'días')})` : ''} y sigue abierto: haz el seguimiento o acuerda una nueva fecha.`,
  },
  'invalid-date': {
    en: (p) => `${q.en(p.text)} is not a real date: check the day and the month.`,
    zh: (p) => `${q.zh(p.text)}不是有效的日期，请检查月份和日期。`,
    es: (p) => `${q.es(p.text)} no es una fecha válida: revisa el día y el mes.`,
  },
  'ambiguous-date': {
    en: (p) => p.iso
      ? `The date ${q.en(p.text)} can be misread: write it as ${p.iso}.`
      : `The date ${q.en(p.text)} can be read more than one way: write it as YYYY-MM-DD.`,
    zh: (p) => p.iso
      ? `日期${q.zh(p.text)}容易被误读，请写成 ${p.iso}。`
      : `日期${q.zh(p.text)}有不止一种读法，请写成 YYYY-MM-DD 格式。`,
    es: (p) => p.iso
      ? `La fecha ${q.es(p.text)} se puede malinterpretar: escríbela como ${p.iso}.`
      : `La fecha ${q.es(p.text)} se puede leer de varias formas: escríbela como AAAA-MM-DD.`,
  },
  'minutes-late': {
    en: (p) => known(p.hours)
      ? `The minutes went out ${plural(p.hours, 'hour', 'hours')} after the meeting; send them within 24 hours.`
      : known(p.days)
        ? `The minutes went out ${plural(p.days, 'day', 'days')} after the meeting; send them within 24 hours.`
        : `The minutes went out on ${when(p.issued)}, more than 24 hours after the meeting (${when(p.meeting)}); send them within 24 hours.`,
    zh: (p) => known(p.hours)
      ? `会议记录在会后 ${num(p.hours)} 小时才发出，应在会后 24 小时内发出。`
      : known(p.days)
        ? `会议记录在会后 ${num(p.days)} 天才发出，应在会后 24 小时内发出。`
        : `会议记录 ${when(p.issued)} 才发出，距会议（${when(p.meeting)}）已超过 24 小时，应在会后 24 小时内发出。`,
    es: (p) => known(p.hours)
      ? `El acta se envió ${plural(p.hours, 'hora', 'horas')} después de la reunión; envíala en las 24 horas siguientes.`
      : known(p.days)
        ? `El acta se envió ${plural(p.days, 'día', 'días')} después de la reunión; envíala en las 24 horas siguientes.`
        : `El acta se envió el ${when(p.issued)}, más de 24 horas después de la reunión (${when(p.meeting)}); envíala en las 24 horas siguientes.`,
  },
  'agenda-late': {
    en: (p) => {
      const tail = 'send it at least 48 hours ahead.';
      if (known(p.hours)) return p.hours > 0 ? `The agenda went out only ${plural(p.hours, 'hour', 'hours')} before the meeting; ${tail}` : `The agenda went out after the meeting had started; ${tail}`;
      if (known(p.days)) {
        if (p.days > 0) return `The agenda went out only ${plural(p.days, 'day', 'days')} before the meeting; ${tail}`;
        return p.days === 0 ? `The agenda went out on the day of the meeting; ${tail}` : `The agenda went out after the meeting; ${tail}`;
      }
      return `The agenda went out on ${when(p.issued)}, less than 48 hours before the meeting (${when(p.meeting)}); ${tail}`;
    },
    zh: (p) => {
      const tail = '应至少提前 48 小时发出。';
      if (known(p.hours)) return p.hours > 0 ? `议程在会前仅 ${num(p.hours)} 小时才发出，${tail}` : `议程在会议开始之后才发出，${tail}`;
      if (known(p.days)) {
        if (p.days > 0) return `议程在会前仅 ${num(p.days)} 天才发出，${tail}`;
        return p.days === 0 ? `议程在开会当天才发出，${tail}` : `议程在会议之后才发出，${tail}`;
      }
      return `议程 ${when(p.issued)} 才发出，距会议（${when(p.meeting)}）不到 48 小时，${tail}`;
    },
    es: (p) => {
      const tail = 'envíalo con al menos 48 horas de antelación.';
      if (known(p.hours)) return p.hours > 0 ? `El orden del día se envió solo ${plural(p.hours, 'hora', 'horas')} antes de la reunión; ${tail}` : `El orden del día se envió cuando la reunión ya había empezado; ${tail}`;
      if (known(p.days)) {
        if (p.days > 0) return `El orden del día se envió solo ${plural(p.days, 'día', 'días')} antes de la reunión; ${tail}`;
        return p.days === 0 ? `El orden del día se envió el mismo día de la reunión; ${tail}` : `El orden del día se envió después de la reunión; ${tail}`;
      }
      return `El orden del día se envió el ${when(p.issued)}, a menos de 48 horas de la reunión (${when(p.meeting)}); ${tail}`;
    },
  },
  'schedule-late': {
    en: (p) => {
      const gap = known(p.hours) ? plural(p.hours, 'hour', 'hours') : known(p.days) ? plural(p.days, 'day', 'days') : undefined;
      if (p.sent) {
        return gap
          ? `The schedule went out ${gap} after the job was opened; send it within 24 hours.`
          : `The schedule went out on ${when(p.sent)}, more than 24 hours after the job was opened (${when(p.opened)}); send it within 24 hours.`;
      }
      return `The job was opened ${gap ? `${gap} ago` : `on ${when(p.opened)}`} and no schedule has gone out: send it (within 24 hours of opening) and note the time in schedule-sent.`;
    },
    zh: (p) => {
      const gap = known(p.hours) ? `${num(p.hours)} 小时` : known(p.days) ? `${num(p.days)} 天` : undefined;
      if (p.sent) {
        return gap
          ? `进度表在开单后 ${gap}才发出，应在开单后 24 小时内发出。`
          : `进度表 ${when(p.sent)} 才发出，距开单（${when(p.opened)}）已超过 24 小时，应在 24 小时内发出。`;
      }
      return `${gap ? `开单已经 ${gap}` : `工作单 ${when(p.opened)} 开单`}，进度表还没有发出：请尽快发出（开单后 24 小时内），并在 schedule-sent 记下发出时间。`;
    },
    es: (p) => {
      const gap = known(p.hours) ? plural(p.hours, 'hora', 'horas') : known(p.days) ? plural(p.days, 'día', 'días') : undefined;
      if (p.sent) {
        return gap
          ? `El cronograma se envió ${gap} después de abrir la orden; envíalo en las 24 horas siguientes a la apertura.`
          : `El cronograma se envió el ${when(p.sent)}, más de 24 horas después de abrir la orden (${when(p.opened)}); envíalo en las 24 horas siguientes.`;
      }
      return `La orden se abrió ${gap ? `hace ${gap}` : `el ${when(p.opened)}`} y el cronograma aún no se ha enviado: envíalo (máximo 24 horas tras la apertura) y anota la fecha en schedule-sent.`;
    },
  },
  'estimate-missing': {
    en: (p) => `This job is ${q.en(p.status)} but has no estimate: add one and get it signed before work starts.`,
    zh: (p) => `这项工作状态为${q.zh(p.status)}，却还没有估价：开工前请补上估价并取得客户签核。`,
    es: (p) => `Este trabajo está en ${q.es(p.status)} y no tiene presupuesto: añádelo y consigue la aprobación antes de empezar.`,
  },
  'estimate-total-mismatch': {
    en: (p) => `The line items add up to ${p.sum}, but the total says ${p.total}: check the sums before it goes out.`,
    zh: (p) => `费用明细加起来是 ${p.sum}，但合计写的是 ${p.total}，发出前请核对金额。`,
    es: (p) => `Las partidas suman ${p.sum}, pero el total dice ${p.total}: revisa las cuentas antes de enviarlo.`,
  },
  'directory-entry-incomplete': {
    en: (p) => {
      const who = p.name.trim() ? `The directory entry for ${q.en(p.name.trim())}` : 'This directory entry';
      return p.lacks === 'title' ? `${who} has no job title: add it.`
        : p.lacks === 'contact' ? `${who} has no phone or email: add one.`
          : `${who} has no job title and no phone or email: add them.`;
    },
    zh: (p) => {
      const who = p.name.trim() ? `名录中${q.zh(p.name.trim())}` : '这条名录';
      return p.lacks === 'title' ? `${who}缺少职务，请补上。`
        : p.lacks === 'contact' ? `${who}缺少电话或邮箱，请补上一项。`
          : `${who}缺少职务和电话/邮箱，请补上。`;
    },
    es: (p) => {
      const who = p.name.trim() ? `En el directorio, a ${q.es(p.name.trim())}` : 'A este contacto del directorio';
      return p.lacks === 'title' ? `${who} le falta el cargo: añádelo.`
        : p.lacks === 'contact' ? `${who} le falta un teléfono o correo electrónico: añade uno.`
          : `${who} le faltan el cargo y un teléfono o correo electrónico: añádelos.`;
    },
  },
  'stale-factbook': {
    en: (p) => `The fact book was last updated on ${when(p.updated)}${known(p.days) ? ` (${plural(p.days, 'day', 'days')} ago)` : ''}: bring it up to date.`,
    zh: (p) => `实情手册上次更新是 ${when(p.updated)}${known(p.days) ? `（${num(p.days)} 天前）` : ''}，请及时更新。`,
    es: (p) => `El libro de datos se actualizó por última vez el ${when(p.updated)}${known(p.days) ? ` (hace ${plural(p.days, 'día', 'días')})` : ''}: ponlo al día.`,
  },
  'memo-too-long': {
    en: (p) => memoByChars(p, 'en')
      ? `This memo runs to ${num(p.cjk)} Chinese characters; keep it to one screen (about 600) and attach the details.`
      : `This memo runs to ${plural(p.words, 'word', 'words')}; keep it to one screen (about 300) and attach the details.`,
    zh: (p) => memoByChars(p, 'zh')
      ? `备忘录有 ${num(p.cjk)} 个字，超过一屏：请控制在 600 字左右，细节放进附件。`
      : `备忘录有 ${num(p.words)} 个英文单词，超过一屏：请控制在 300 词左右，细节放进附件。`,
    es: (p) => memoByChars(p, 'es')
      ? `El memorándum tiene ${num(p.cjk)} caracteres chinos; que quepa en una pantalla (unos 600) y adjunta los detalles.`
      : `El memorándum tiene ${plural(p.words, 'palabra', 'palabras')}; que quepa en una pantalla (unas 300) y adjunta los detalles.`,
  },
  'duplicate-job-number': {
    en: (p) => `Job number ${q.en(p.job)} is also used by ${p.otherFile}: give each job card its own number.`,
    zh: (p) => `工作单号${q.zh(p.job)}也用在了 ${p.otherFile}，每张工作卡都应有自己的单号。`,
    es: (p) => `El número de trabajo ${q.es(p.job)} también lo usa ${p.otherFile}: cada orden de trabajo necesita su propio número.`,
  },
  'unknown-job': {
    en: (p) => `No job card has the number ${q.en(p.job)}: check the number, or open a job card for it.`,
    zh: (p) => `没有哪张工作卡的单号是${q.zh(p.job)}，请核对单号，或为它开一张工作卡。`,
    es: (p) => `Ninguna orden de trabajo tiene el número ${q.es(p.job)}: revisa el número o abre una orden para él.`,
  },
  'broken-link': {
    // A link outside the workspace is never looked up: say so, not that it is missing.
    en: (p) => p.outside
      ? `${q.en(p.target)} is outside this workspace, so it is not checked: link to a document inside the workspace.`
      : p.field
      ? `The ${q.en(p.field)} field points to ${q.en(p.target)}, which doesn't exist: check the path.`
      : `${q.en(p.target)} doesn't exist: check the path or the file name.`,
    zh: (p) => p.outside
      ? `${q.zh(p.target)}位于本工作区之外，不作检查，请链接工作区内的文件。`
      : p.field
      ? `${q.zh(p.field)}字段指向的${q.zh(p.target)}不存在，请检查路径。`
      : `${q.zh(p.target)}不存在，请检查路径或文件名。`,
    es: (p) => p.outside
      ? `${q.es(p.target)} está fuera de este espacio de trabajo, así que no se comprueba: enlaza un documento del espacio de trabajo.`
      : p.field
      ? `El campo ${q.es(p.field)} apunta a ${q.es(p.target)}, que no existe: revisa la ruta.`
      : `${q.es(p.target)} no existe: revisa la ruta o el nombre del archivo.`,
  },
  'unknown-owner': {
    en: (p) => `${q.en(p.owner)} isn't on the team list: check the spelling, or add them to the team.`,
    zh: (p) => `${q.zh(p.owner)}不在团队名单里，请检查拼写，或把此人加入团队名单。`,
    es: (p) => `${q.es(p.owner)} no está en la lista del equipo: revisa cómo está escrito o añádelo al equipo.`,
  },
  'other-client-mentioned': {
    en: (p) => `This ${p.client} document names ${q.en(p.mentioned)}, another client of the agency: take it out to keep each client's work confidential.`,
    zh: (p) => `这份${q.zh(p.client)}的文件提到了另一家客户${q.zh(p.mentioned)}，为了保密请删除。`,
    es: (p) => `Este documento de ${q.es(p.client)} menciona a ${q.es(p.mentioned)}, otro cliente de la agencia: quítalo para mantener la confidencialidad.`,
  },
};

/** Whether a too-long memo is best described by its Chinese characters. */
function memoByChars(p: MessageParams['memo-too-long'], lang: Lang): boolean {
  const overChars = known(p.cjk) && p.cjk > 600;
  const overWords = known(p.words) && p.words > 300;
  if (overChars && overWords) return lang === 'zh';
  if (overChars !== overWords) return overChars;
  // Neither over its limit (should not happen): the larger share of its limit.
  return (known(p.cjk) ? p.cjk / 600 : 0) > (known(p.words) ? p.words / 300 : 0);
}

export function formatMessage<R extends RuleId>(rule: R, params: MessageParams[R], lang: Lang): string {
  const builders = MESSAGES[rule] as Record<Lang, (p: MessageParams[R]) => string>;
  return (builders[lang] ?? builders.en)(params);
}

// ---------------------------------------------------------------------------
// Rule documentation

/** Reference documentation of each rule (README rule reference, hover, SARIF help). */
export interface RuleDoc {
  title: Localized;
  description: Localized;
  /** A short Markdown example that triggers the rule (English). */
  bad: string;
  /** The same example corrected. */
  good: string;
  /** Which document types it applies to, in words (English), e.g. "minutes, status reports". */
  appliesTo: string;
}

/** Strips the common indentation and the first and last empty lines of a template. */
function md(strings: TemplateStringsArray): string {
  const lines = strings.raw.join('').replace(/\\`/g, '`').split('\n');
  while (lines.length && lines[0].trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1].trim() === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n') + '\n';
}

const MINUTES_HEAD = md`
  ---
  type: minutes
  client: Acme Foods
  meeting: 2026-11-24 10:00
  issued: 2026-11-24 17:30
  attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
  distribution: Tom Baker, Ana Ruiz, Li Wei, Sam Lee
  ---
  # Contact report: winter campaign review
`;

const DECISIONS = md`
  ## Decisions
  - Tom approved script B for the 30-second TV spot.
`;

const NEXT_ACTIONS = md`
  ## Next actions
  - [ ] Send the revised storyboard @ana due 2026-11-27
  - [ ] Book the studio for the shoot @liwei due 2026-12-01
`;

/** The same minutes, for a meeting a month earlier. */
const OCTOBER_HEAD = MINUTES_HEAD.replace('2026-11-24 10:00', '2026-10-20 10:00').replace('2026-11-24 17:30', '2026-10-20 17:30');

/** A short minutes document whose Next actions are `actions`. */
function minutes(actions: string, head = MINUTES_HEAD): string {
  return `${head}\n${DECISIONS}\n## Next actions\n${actions}`;
}

const MEMO_LONG = md`
  ---
  type: memo
  to: Tom Baker, Acme Foods
  from: Ana Ruiz
  date: 2026-11-20
  subject: Winter TV shoot
  ---
  # Memo: winter TV shoot

  Dear Tom, following our call on Tuesday I wanted to set out in writing everything that has happened with the winter TV shoot since the script was approved, so that your team has the full background before the board meeting next week.

  As you know, the original plan was to shoot over two days at the Riverside studio in the first week of December, with the family kitchen set built the week before. When we contacted the studio to confirm, they told us that the larger stage had been double-booked by mistake and that only the smaller stage would be free on those dates. Our producer visited the smaller stage with the director and the set designer, and all three felt that the kitchen set would not fit without losing the wide shot that opens the spot, which is the shot your team liked most in the storyboard.

  We then looked at three alternatives. The first was to keep the dates and build a smaller set, which would save some money but change the opening shot. The second was to move to another studio across town, which is free on our dates but costs more per day and would need a new technical recce. The third was to keep Riverside and move the shoot one week later, which keeps the set and the opening shot exactly as approved and only moves the delivery date of the finished spot by five working days.

  Our recommendation is the third option. The new delivery date still leaves a full week before the media schedule starts, the cost stays within the approved estimate, and nothing in the creative changes. The director, the producer and the studio have all confirmed that they can do the later dates, and the casting agency has checked that the family we chose is available as well.

  We would need your approval by Monday so that we can confirm the studio booking and tell the crew, because the studio will only hold the later dates for us until then. If you would like to talk it through before deciding, Li Wei and I are free on Friday afternoon and can come to your office, or we can do a video call at any time that suits you.

  Thank you again for your patience, and apologies that this has come so late in the process.
`;

/** Reference documentation of each rule (README rule reference, hover, SARIF help). */
export const RULE_DOCS: Record<RuleId, RuleDoc> = {
  'unknown-type': {
    title: { en: 'Unknown document type', zh: '未知的文档类型', es: 'Tipo de documento desconocido' },
    description: {
      en: 'The `type:` in the front matter names no document type the checker knows, so none of the checks for briefs, minutes or job cards run. Use one of the type ids (brief, minutes, agenda, job…); the quick fix offers the closest one.',
      zh: '文档头部的 `type:` 写的不是已知的文档类型，简报、会议记录、工作卡等检查都不会运行。请改用一个类型 id（brief、minutes、agenda、job 等），快速修复会给出最接近的一个。',
      es: 'El `type:` de la cabecera no corresponde a ningún tipo de documento conocido, así que no se aplica ninguna comprobación de briefs, actas u órdenes de trabajo. Usa uno de los identificadores (brief, minutes, agenda, job…); la corrección rápida propone el más parecido.',
    },
    bad: md`
      ---
      type: mintues
      client: Acme Foods
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      ---
      # Contact report: winter campaign review
    `,
    appliesTo: 'any document with a `type:` field',
  },
  'frontmatter-syntax': {
    title: { en: 'Front matter cannot be read', zh: '文档头部无法读取', es: 'Cabecera ilegible' },
    description: {
      en: 'The block between the `---` lines at the top is not valid YAML (an unclosed bracket or quote, a missing colon, or no closing `---`), so its fields cannot be read. The rest of the document is still checked; fix the block so dates, client and job number count again.',
      zh: '文件开头两行 `---` 之间的内容不是有效的 YAML（括号或引号没闭合、漏了冒号，或缺少结尾的 `---`），其中的字段都读不出来。正文仍会检查；请修正这一段，日期、客户、单号等字段才能生效。',
      es: 'El bloque entre las líneas `---` del principio no es YAML válido (un corchete o unas comillas sin cerrar, falta de dos puntos o falta del `---` final), así que sus campos no se pueden leer. El resto del documento se sigue revisando; corrige el bloque para que cuenten las fechas, el cliente y el número de trabajo.',
    },
    bad: md`
      ---
      type: minutes
      client: Acme Foods
      attendees: [Tom Baker, Ana Ruiz, Li Wei
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      attendees: [Tom Baker, Ana Ruiz, Li Wei]
      ---
      # Contact report: winter campaign review
    `,
    appliesTo: 'any document with front matter',
  },
  'missing-field': {
    title: { en: 'Missing field', zh: '缺少字段', es: 'Falta un campo' },
    description: {
      en: 'Each document type needs certain facts in its front matter: the client, the dates, the job number… A field that is absent, empty or still a placeholder such as TBD counts as missing. Fill it in; the quick fix adds the key for you.',
      zh: '每类文档的头部都要写明一些基本信息：客户、日期、工作单号等。字段没写、是空的或还是 TBD、待定之类的占位，都算缺少。请填上，快速修复可以帮你加上字段。',
      es: 'Cada tipo de documento necesita ciertos datos en su cabecera: el cliente, las fechas, el número de trabajo… Un campo ausente, vacío o que todavía dice TBD o «pendiente» cuenta como faltante. Rellénalo; la corrección rápida añade la clave.',
    },
    bad: md`
      ---
      type: minutes
      client: Acme Foods
      meeting: 2026-11-24 10:00
      issued: TBD
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      ---
      # Contact report: winter campaign review
    `,
    good: md`
      ---
      type: minutes
      client: Acme Foods
      meeting: 2026-11-24 10:00
      issued: 2026-11-24 17:30
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      distribution: Tom Baker, Ana Ruiz, Li Wei, Sam Lee
      ---
      # Contact report: winter campaign review
    `,
    appliesTo: 'all document types (each has its own required fields)',
  },
  'missing-section': {
    title: { en: 'Missing section', zh: '缺少部分', es: 'Falta una sección' },
    description: {
      en: 'A section the handbook requires for this type of document has no heading, e.g. minutes without Next actions or a brief without a Button. Add the heading (in English, Chinese or Spanish) with its content; the quick fix inserts it at the right place.',
      zh: '这类文档按规范必须有的部分没有标题，例如会议记录没有「后续行动」，创意简报没有「按钮」。请加上标题（中、英、西文均可）并写好内容，快速修复会把它插到正确的位置。',
      es: 'Falta el título de una sección que el manual exige para este tipo de documento, por ejemplo un acta sin «Próximos pasos» o un brief sin «Botón». Añade el título (en español, inglés o chino) con su contenido; la corrección rápida lo inserta en su sitio.',
    },
    bad: `${MINUTES_HEAD}\n${DECISIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
    appliesTo: 'all document types except memos (each has its own required sections)',
  },
  'empty-section': {
    title: { en: 'Empty section', zh: '部分内容为空', es: 'Sección vacía' },
    description: {
      en: 'The heading is there but nothing under it, or only a placeholder such as TBD or TODO. An empty section looks unfinished to the client: fill it in before the document goes out, or remove it if it is optional.',
      zh: '标题有了，下面却没有内容，或只有 TBD、待定之类的占位。空着的部分在客户看来就是没做完：发出前请补上内容，可选部分也可以直接删掉。',
      es: 'El título está, pero no hay nada debajo, o solo un marcador como TBD o «pendiente». Una sección vacía parece trabajo sin terminar: complétala antes de enviar el documento o quítala si es opcional.',
    },
    bad: `${MINUTES_HEAD}\n## Decisions\nTBD\n\n${NEXT_ACTIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
    appliesTo: 'all document types; in agendas, Topics needs at least one list item',
  },
  'duplicate-section': {
    title: { en: 'Section appears twice', zh: '部分重复', es: 'Sección repetida' },
    description: {
      en: 'The same section has two headings (possibly in two languages, e.g. `## Decisions` and `## 结论`). Readers may miss half of it and the checks only look at the first one: merge them into a single section.',
      zh: '同一个部分出现了两个标题（可能是不同语言，例如 `## Decisions` 和 `## 结论`）。读的人可能漏看一半，检查也只看第一个：请合并成一个部分。',
      es: 'La misma sección tiene dos títulos (quizá en dos idiomas, como `## Decisions` y `## Acuerdos`). Quien lo lea puede perderse la mitad y las comprobaciones solo miran la primera: únelas en una sola sección.',
    },
    bad: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}\n## Next actions\n- [ ] Share the media plan @tom due 2026-11-28\n`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS.trimEnd()}\n- [ ] Share the media plan @tom due 2026-11-28\n`,
    appliesTo: 'all document types',
  },
  'section-order': {
    title: { en: 'Section out of order', zh: '部分顺序不对', es: 'Sección fuera de orden' },
    description: {
      en: 'Sections follow the handbook\'s order (in a brief: objective, target, button, support points…) so that clients and creatives always find things in the same place. Move the heading up to where it belongs.',
      zh: '各部分应按规范的顺序排列（例如创意简报：目标、目标消费者、按钮、支持点……），客户和创意人员才能每次都在同一位置找到内容。请把这个标题移到应在的位置。',
      es: 'Las secciones siguen el orden del manual (en un brief: objetivo, consumidor, botón, puntos de apoyo…) para que el cliente y los creativos encuentren todo siempre en el mismo sitio. Sube el título a su lugar.',
    },
    bad: `${MINUTES_HEAD}\n${NEXT_ACTIONS}\n${DECISIONS}`,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
    appliesTo: 'all document types',
  },
  'button-not-single': {
    title: { en: 'Button is not single-minded', zh: '按钮不够单一', es: 'Botón con más de una idea' },
    description: {
      en: 'The button (key proposition) must be one single-minded statement the creative team can build on: one sentence, no list, at most 30 words or 60 Chinese characters. Pick the one thing that matters most and move the rest to the support points.',
      zh: '按钮（单一诉求）必须是创意团队可以据以发想的一个单一陈述：一句话，不分条，不超过 30 个英文单词或 60 个汉字。只留最重要的一点，其余的放到支持点里。',
      es: 'El botón (propuesta única) debe ser una sola idea sobre la que trabaje el equipo creativo: una frase, sin lista, de 30 palabras o 60 caracteres chinos como máximo. Quédate con lo más importante y pasa el resto a los puntos de apoyo.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Button
      - Fresh Bite is the healthiest snack bar.
      - It tastes great.
      - It costs less than the competition.
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Button
      Fresh Bite keeps you going until dinner.
    `,
    appliesTo: 'communication strategies, creative briefs',
  },
  'support-points-count': {
    title: { en: 'Too many or no support points', zh: '支持点数量不当', es: 'Puntos de apoyo de más o de menos' },
    description: {
      en: 'Support points are the reasons to believe the button. There must be at least one, and no more than five: a long list dilutes the message. Keep only the main ones and leave the rest to the fact book.',
      zh: '支持点是让人相信按钮的理由，至少要有一条，但不能超过五条：列得太多会冲淡信息。只保留最主要的，其余的留在实情手册里。',
      es: 'Los puntos de apoyo son las razones para creer el botón. Tiene que haber al menos uno y no más de cinco: una lista larga diluye el mensaje. Quédate con los principales y deja el resto en el libro de datos.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Support points
      - 12 g of protein per bar
      - Made with whole oats
      - No added sugar
      - Recyclable wrapper
      - Made in Spain
      - Three flavours
      - Sold in 5,000 stores
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Support points
      - 12 g of protein per bar
      - Made with whole oats
      - No added sugar
    `,
    appliesTo: 'communication strategies, creative briefs',
  },
  'missing-signoff': {
    title: { en: 'Missing sign-off', zh: '缺少签核', es: 'Falta una aprobación' },
    description: {
      en: 'Work does not leave the agency without sign-off. Each required role needs an entry with a name and a date in the Sign-off section (strategy: client, general manager, account director, creative director; brief: account lead, creative lead, client).',
      zh: '没有签核的工作不能离开公司。「签核」部分里每个必需的角色都要有一条，写明姓名和日期（传播策略：客户、总经理、客户总监、创意总监；创意简报：客户负责人、创意负责人、客户）。',
      es: 'Ningún trabajo sale de la agencia sin aprobación. Cada rol obligatorio necesita una entrada con nombre y fecha en la sección de aprobaciones (estrategia: cliente, director general, director de cuentas, director creativo; brief: responsable de cuenta, responsable creativo, cliente).',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      ---
      ## Sign-off
      - Account lead: Ana Ruiz, 2026-11-20
      - Creative lead: Li Wei, 2026-11-21
      - Client: Tom Baker, 2026-11-22
    `,
    appliesTo: 'communication strategies, creative briefs (and any Sign-off section with required roles)',
  },
  'action-missing-owner': {
    title: { en: 'Action without an owner', zh: '行动项没有负责人', es: 'Tarea sin responsable' },
    description: {
      en: 'Every next action needs one person who owns it, or it will not happen. Write `@name` in the item (or fill the Owner column of the table).',
      zh: '每项后续行动都要有一个负责人，否则就没人跟进。请在该项里写上 `@姓名`（或填写表格的负责人栏）。',
      es: 'Cada próximo paso necesita una persona responsable; si no, no se hará. Escribe `@nombre` en la tarea (o rellena la columna Responsable de la tabla).',
    },
    bad: minutes('- [ ] Send the revised storyboard due 2026-11-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    appliesTo: 'minutes (Next actions), status reports (Jobs in progress)',
  },
  'action-missing-due': {
    title: { en: 'Action without a due date', zh: '行动项没有截止日期', es: 'Tarea sin fecha límite' },
    description: {
      en: 'Every next action needs a deadline the client and the team agreed on. Add `due YYYY-MM-DD` to the item (or fill the Due column of the table).',
      zh: '每项后续行动都要有双方认可的截止日期。请在该项里加上 `截止 YYYY-MM-DD`（或填写表格的截止日期栏）。',
      es: 'Cada próximo paso necesita una fecha límite acordada con el cliente y el equipo. Añade `fecha límite: AAAA-MM-DD` a la tarea (o rellena la columna Fecha de la tabla).',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    appliesTo: 'minutes (Next actions), status reports (Jobs in progress)',
  },
  'action-due-before-meeting': {
    title: { en: 'Due before the meeting', zh: '截止日期早于会议', es: 'Vence antes de la reunión' },
    description: {
      en: 'An action agreed at a meeting cannot be due before that meeting: the date is almost certainly a typo (wrong month or year). Check it with the owner and correct it.',
      zh: '会上定下的行动不可能在开会之前就到期，这个日期多半写错了（月份或年份）。请和负责人确认后改正。',
      es: 'Una tarea acordada en una reunión no puede vencer antes de esa reunión: casi seguro que la fecha tiene una errata (mes o año). Compruébala con el responsable y corrígela.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-10-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    appliesTo: 'minutes',
  },
  'action-overdue': {
    title: { en: 'Overdue action', zh: '行动项已逾期', es: 'Tarea vencida' },
    description: {
      en: 'An open action whose due date has passed. Chase the owner, then tick it (`- [x]`) when it is done or agree and write a new date.',
      zh: '这项行动还没完成，截止日期却已经过了。请跟进负责人：完成后打勾（`- [x]`），或重新约定并写上新日期。',
      es: 'Una tarea abierta cuya fecha límite ya pasó. Haz el seguimiento con el responsable y márcala (`- [x]`) cuando esté hecha, o acuerda y escribe una fecha nueva.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
    good: minutes('- [x] Send the revised storyboard @ana due 2026-10-23\n', OCTOBER_HEAD),
    appliesTo: 'minutes, status reports',
  },
  'invalid-date': {
    title: { en: 'Date that does not exist', zh: '不存在的日期', es: 'Fecha inexistente' },
    description: {
      en: 'A date that is not on the calendar, such as 30 February or month 13. Nobody can plan around it: check the day and the month and correct it.',
      zh: '日历上不存在的日期，例如 2 月 30 日或 13 月。这样的日期没法安排工作：请核对月份和日期后改正。',
      es: 'Una fecha que no existe en el calendario, como el 30 de febrero o el mes 13. Nadie puede organizarse con ella: revisa el día y el mes y corrígela.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 2026-11-31\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-30\n'),
    appliesTo: 'all document types',
  },
  'ambiguous-date': {
    title: { en: 'Ambiguous date', zh: '有歧义的日期', es: 'Fecha ambigua' },
    description: {
      en: 'A date like 03/04/2026 means 3 April to some readers and 4 March to others, which is risky with international clients and offices. Write dates as YYYY-MM-DD (2026-04-03); the quick fix offers both readings in ISO form. Spanish documents read day first and Chinese ones month first, so their dates are not ambiguous; the `dateOrder` setting gives one reading for every document.',
      zh: '像 03/04/2026 这样的日期，有人读成 4 月 3 日，有人读成 3 月 4 日，跟海外客户和办公室合作时尤其容易出错。请写成 YYYY-MM-DD（2026-04-03）；快速修复会列出两种读法的 ISO 写法供选择。西班牙语文档按日/月读、中文文档按月/日读，所以不算歧义；在配置里设置 `dateOrder` 可统一读法。',
      es: 'Una fecha como 03/04/2026 es el 3 de abril para unos y el 4 de marzo para otros, un riesgo con clientes y oficinas de otros países. Escribe las fechas como AAAA-MM-DD (2026-04-03); la corrección rápida ofrece las dos lecturas en formato ISO. Los documentos en español se leen con el día primero y los chinos con el mes primero, así que sus fechas no son ambiguas; `dateOrder` en la configuración fija una lectura para todos.',
    },
    bad: minutes('- [ ] Send the revised storyboard @ana due 03/12/2026\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-12-03\n'),
    appliesTo: 'all document types',
  },
  'minutes-late': {
    title: { en: 'Minutes sent late', zh: '会议记录发出太晚', es: 'Acta enviada tarde' },
    description: {
      en: 'Minutes (contact reports) go to the client within 24 hours of the meeting, while everyone still remembers what was agreed. Send them sooner next time; the rule compares `meeting` and `issued`.',
      zh: '会议记录（客户会议报告）应在会后 24 小时内发给客户，趁大家还记得会上的决定。下次请早点发出；本规则比较 `meeting` 和 `issued` 两个时间。',
      es: 'El acta (informe de contacto) se envía al cliente en las 24 horas siguientes a la reunión, mientras todos recuerdan lo acordado. Envíala antes la próxima vez; la regla compara `meeting` e `issued`.',
    },
    bad: MINUTES_HEAD.replace('issued: 2026-11-24 17:30', 'issued: 2026-11-26 09:00') + '\n' + DECISIONS + '\n' + NEXT_ACTIONS,
    good: `${MINUTES_HEAD}\n${DECISIONS}\n${NEXT_ACTIONS}`,
    appliesTo: 'minutes',
  },
  'agenda-late': {
    title: { en: 'Agenda sent late', zh: '议程发出太晚', es: 'Orden del día enviado tarde' },
    description: {
      en: 'The agenda goes to the client at least 48 hours before the meeting, so the right people come prepared. Send it earlier; the rule compares `issued` and `meeting`.',
      zh: '议程应至少在会前 48 小时发给客户，让该来的人做好准备。请提早发出；本规则比较 `issued` 和 `meeting` 两个时间。',
      es: 'El orden del día se envía al cliente con al menos 48 horas de antelación, para que las personas adecuadas lleguen preparadas. Envíalo antes; la regla compara `issued` y `meeting`.',
    },
    bad: md`
      ---
      type: agenda
      client: Acme Foods
      meeting: 2026-11-27 10:00
      issued: 2026-11-26 16:00
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      location: Acme HQ, room 4
      ---
      # Agenda: winter campaign review

      ## Purpose
      Approve the TV script and the media plan.

      ## Topics
      - TV script, options A and B @liwei 30 min
      - Media plan @ana 20 min
    `,
    good: md`
      ---
      type: agenda
      client: Acme Foods
      meeting: 2026-11-27 10:00
      issued: 2026-11-24 16:00
      attendees: Tom Baker (Acme), Ana Ruiz, Li Wei
      location: Acme HQ, room 4
      ---
      # Agenda: winter campaign review

      ## Purpose
      Approve the TV script and the media plan.

      ## Topics
      - TV script, options A and B @liwei 30 min
      - Media plan @ana 20 min
    `,
    appliesTo: 'agendas',
  },
  'schedule-late': {
    title: { en: 'Schedule sent late', zh: '进度表发出太晚', es: 'Cronograma enviado tarde' },
    description: {
      en: 'When a job card is opened, the production schedule goes to the client within 24 hours. Send it and record when in `schedule-sent`; a job opened over a day ago with no `schedule-sent` is reported too.',
      zh: '工作卡开单后，进度表应在 24 小时内发给客户。请发出并在 `schedule-sent` 记下时间；开单超过一天仍没有 `schedule-sent` 的也会报告。',
      es: 'Cuando se abre una orden de trabajo, el cronograma se envía al cliente en las 24 horas siguientes. Envíalo y anota cuándo en `schedule-sent`; también se avisa si la orden lleva más de un día abierta sin `schedule-sent`.',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-04 11:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: open
      ---
      # Job card ACME-0457: winter TV spot
    `,
    good: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: open
      ---
      # Job card ACME-0457: winter TV spot
    `,
    appliesTo: 'job cards',
  },
  'estimate-missing': {
    title: { en: 'Work under way without an estimate', zh: '没有估价就开工', es: 'Trabajo en marcha sin presupuesto' },
    description: {
      en: 'No work starts before the client has an estimate. A job card whose status is past `open` needs an Estimate section with content or an `estimate:` field (a path to the estimate or an amount).',
      zh: '客户拿到估价之前不能开工。状态已不是 `open` 的工作卡，必须有写了内容的「估价」部分，或 `estimate:` 字段（估价单路径或金额）。',
      es: 'Ningún trabajo empieza antes de que el cliente tenga un presupuesto. Una orden de trabajo cuyo estado ya no es `open` necesita una sección de presupuesto con contenido o un campo `estimate:` (ruta del presupuesto o importe).',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: in-progress
      ---
      # Job card ACME-0457: winter TV spot

      ## Request
      A 30-second TV spot for the Fresh Bite winter campaign.
    `,
    good: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      opened: 2026-11-02 09:00
      schedule-sent: 2026-11-02 16:00
      owner: Ana Ruiz
      due: 2026-12-15
      status: in-progress
      estimate: USD 28,750
      ---
      # Job card ACME-0457: winter TV spot

      ## Request
      A 30-second TV spot for the Fresh Bite winter campaign.
    `,
    appliesTo: 'job cards',
  },
  'estimate-total-mismatch': {
    title: { en: 'Total does not add up', zh: '合计对不上', es: 'El total no cuadra' },
    description: {
      en: 'The line items of the estimate do not add up to the stated total. A wrong sum in front of the client costs credibility (or money): check each amount and correct the total.',
      zh: '估价单各项费用加起来和写的合计不一致。金额算错会让客户失去信任（或让公司赔钱）：请逐项核对并改正合计。',
      es: 'Las partidas del presupuesto no suman el total indicado. Un error de cuentas delante del cliente cuesta credibilidad (o dinero): revisa cada importe y corrige el total.',
    },
    bad: md`
      ---
      type: estimate
      job: ACME-0457
      client: Acme Foods
      date: 2026-11-03
      currency: USD
      ---
      # Cost estimate: winter TV spot

      ## Line items
      | Item | Amount |
      |---|---|
      | Script and storyboard | $4,500 |
      | Shoot (2 days) | $18,000 |
      | Post-production | $6,250 |

      ## Total
      $27,750
    `,
    good: md`
      ---
      type: estimate
      job: ACME-0457
      client: Acme Foods
      date: 2026-11-03
      currency: USD
      ---
      # Cost estimate: winter TV spot

      ## Line items
      | Item | Amount |
      |---|---|
      | Script and storyboard | $4,500 |
      | Shoot (2 days) | $18,000 |
      | Post-production | $6,250 |

      ## Total
      $28,750
    `,
    appliesTo: 'cost estimates',
  },
  'directory-entry-incomplete': {
    title: { en: 'Incomplete contact', zh: '联系人信息不全', es: 'Contacto incompleto' },
    description: {
      en: 'Each contact in the fact book\'s client directory needs a job title and a phone number or email, so anyone covering the account can reach the right person. Complete the entry.',
      zh: '实情手册客户名录里的每位联系人都要写明职务，以及电话或邮箱，这样任何接手的同事都能找到对的人。请补全这一条。',
      es: 'Cada contacto del directorio del libro de datos necesita su cargo y un teléfono o correo electrónico, para que cualquiera que cubra la cuenta llegue a la persona adecuada. Completa la entrada.',
    },
    bad: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      ## Client directory
      - Tom Baker, Marketing Director
    `,
    good: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      ## Client directory
      - Tom Baker, Marketing Director, tom.baker@acme.example, +1 555 0100
    `,
    appliesTo: 'fact books',
  },
  'stale-factbook': {
    title: { en: 'Fact book out of date', zh: '实情手册过期', es: 'Libro de datos desactualizado' },
    description: {
      en: 'The fact book has not been updated for more than 90 days (its `updated:` date), so contacts, figures and past campaigns may be wrong. Review it and update the date.',
      zh: '实情手册超过 90 天没有更新（看 `updated:` 日期），联系人、数据和以往广告活动可能都已过时。请检查一遍并更新日期。',
      es: 'El libro de datos lleva más de 90 días sin actualizarse (según su fecha `updated:`), así que contactos, cifras y campañas anteriores pueden estar mal. Revísalo y actualiza la fecha.',
    },
    bad: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-03-02
      ---
      # Fact book: Acme Foods
    `,
    good: md`
      ---
      type: factbook
      client: Acme Foods
      updated: 2026-11-15
      ---
      # Fact book: Acme Foods
    `,
    appliesTo: 'fact books',
  },
  'memo-too-long': {
    title: { en: 'Memo too long', zh: '备忘录太长', es: 'Memorándum demasiado largo' },
    description: {
      en: 'A memo should fit on one screen: about 300 words or 600 Chinese characters. Say what you need from the reader first, keep the background short, and attach the details.',
      zh: '备忘录应在一屏之内：大约 300 个英文单词或 600 个汉字。先写清需要对方做什么，背景从简，细节放进附件。',
      es: 'Un memorándum debe caber en una pantalla: unas 300 palabras o 600 caracteres chinos. Di primero qué necesitas del lector, resume el contexto y adjunta los detalles.',
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
    appliesTo: 'memos',
  },
  'duplicate-job-number': {
    title: { en: 'Job number used twice', zh: '工作单号重复', es: 'Número de trabajo repetido' },
    description: {
      en: 'Two job cards claim the same job number, so time, costs and invoices can end up on the wrong job. Give each job card its own number; other documents may refer to it freely.',
      zh: '两张工作卡用了同一个单号，工时、费用和发票都可能记错工作。每张工作卡都要有自己的单号；其他文件引用单号不受限制。',
      es: 'Dos órdenes de trabajo tienen el mismo número, así que horas, costes y facturas pueden acabar en el trabajo equivocado. Da a cada orden su propio número; los demás documentos pueden citarlo sin problema.',
    },
    bad: md`
      ---
      type: job
      job: ACME-0457
      client: Acme Foods
      ---
      # Job card: Fresh Bite web banners
      <!-- acme-tv-spot.job.md also has job: ACME-0457 -->
    `,
    good: md`
      ---
      type: job
      job: ACME-0458
      client: Acme Foods
      ---
      # Job card: Fresh Bite web banners
    `,
    appliesTo: 'job cards (across the workspace)',
  },
  'unknown-job': {
    title: { en: 'Unknown job number', zh: '未知的工作单号', es: 'Número de trabajo desconocido' },
    description: {
      en: 'A status report lists a job number that no document in the workspace has as its `job:`. Either the number has a typo or the job was never opened: correct it, or open a job card.',
      zh: '工作进度报告里的单号，在工作区里找不到哪份文件的 `job:` 是它。要么单号写错了，要么这项工作还没开单：请改正，或开一张工作卡。',
      es: 'Un informe semanal cita un número de trabajo que no es el `job:` de ningún documento del espacio de trabajo. O el número tiene una errata o el trabajo nunca se abrió: corrígelo o abre una orden de trabajo.',
    },
    bad: md`
      ---
      type: status
      client: Acme Foods
      week: 2026-W48
      issued: 2026-11-23
      ---
      ## Jobs in progress
      | Job | Next step | Owner | Due |
      |---|---|---|---|
      | ACME-0475 | Client approval of the storyboard | @ana | 2026-11-27 |
    `,
    good: md`
      ---
      type: status
      client: Acme Foods
      week: 2026-W48
      issued: 2026-11-23
      ---
      ## Jobs in progress
      | Job | Next step | Owner | Due |
      |---|---|---|---|
      | ACME-0457 | Client approval of the storyboard | @ana | 2026-11-27 |
    `,
    appliesTo: 'status reports (across the workspace)',
  },
  'broken-link': {
    title: { en: 'Broken link', zh: '链接失效', es: 'Enlace roto' },
    description: {
      en: 'A document this one refers to (the `strategy:` of a brief, the `estimate:` of a job card, or a Markdown link) does not exist at that path. Fix the path or file name so everyone finds the source.',
      zh: '本文件引用的文件（简报的 `strategy:`、工作卡的 `estimate:`，或 Markdown 链接）在该路径下不存在。请修正路径或文件名，让大家都能找到原文件。',
      es: 'Un documento al que este remite (el `strategy:` de un brief, el `estimate:` de una orden de trabajo o un enlace Markdown) no existe en esa ruta. Corrige la ruta o el nombre del archivo para que todos encuentren el original.',
    },
    bad: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      strategy: ../strategy/fresh-bite-2026.strategy.md
      ---
      # Creative brief: winter campaign
    `,
    good: md`
      ---
      type: brief
      client: Acme Foods
      brand: Fresh Bite
      strategy: ../strategy/fresh-bite-2027.strategy.md
      ---
      # Creative brief: winter campaign
    `,
    appliesTo: 'all document types (links in the text); `strategy:` in creative briefs, `estimate:` in job cards',
  },
  'unknown-owner': {
    title: { en: 'Owner not on the team', zh: '负责人不在团队名单中', es: 'Responsable fuera del equipo' },
    description: {
      en: 'An owner (`@name` or `owner:`) is not in the team roster configured for the workspace, usually a typo or someone who has left the account. Correct the name, or add the person to the roster. Checked only when a roster is configured.',
      zh: '负责人（`@姓名` 或 `owner:`）不在工作区配置的团队名单里，通常是写错了名字，或此人已不负责这个客户。请改正名字，或把此人加入名单。只有配置了团队名单时才检查。',
      es: 'Un responsable (`@nombre` u `owner:`) no está en la lista del equipo configurada para el espacio de trabajo; suele ser una errata o alguien que ya no lleva la cuenta. Corrige el nombre o añade a la persona a la lista. Solo se comprueba si hay una lista configurada.',
    },
    bad: minutes('- [ ] Send the revised storyboard @anna due 2026-11-27\n'),
    good: minutes('- [ ] Send the revised storyboard @ana due 2026-11-27\n'),
    appliesTo: 'all document types with action items or an `owner:` field (when a team roster is configured)',
  },
  'other-client-mentioned': {
    title: { en: 'Another client named', zh: '提到了其他客户', es: 'Se menciona a otro cliente' },
    description: {
      en: 'A document for one client names another client of the agency. Client work is confidential: remove the name before the document goes out (or, if it is a legitimate competitor mention, disable the rule for that line).',
      zh: '给一家客户的文件里出现了公司另一家客户的名字。客户的工作内容须保密：发出前请删掉这个名字（如果只是正当地提到竞争品牌，可以对这一行停用本规则）。',
      es: 'Un documento de un cliente nombra a otro cliente de la agencia. El trabajo de cada cliente es confidencial: quita el nombre antes de enviar el documento (o, si es una mención legítima de la competencia, desactiva la regla en esa línea).',
    },
    bad: `${MINUTES_HEAD}\n## Decisions\n- Tom approved script B; the kitchen set we built for Globex can be reused.\n\n${NEXT_ACTIONS}`,
    good: `${MINUTES_HEAD}\n## Decisions\n- Tom approved script B; a kitchen set from the studio's stock can be reused.\n\n${NEXT_ACTIONS}`,
    appliesTo: 'all document types (clients and aliases from the workspace and `.agency-docs.json`)',
  },
};

// ---------------------------------------------------------------------------
// Fix titles

/** UI strings for the fixes, in three languages: titles of quick fixes. */
export const FIX_TITLES: {
  addSection: Record<Lang, (section: string) => string>;
  addAllSections: Record<Lang, (count: number) => string>;
  addField: Record<Lang, (field: string) => string>;
  addOwner: Record<Lang, () => string>;
  addDue: Record<Lang, () => string>;
  dateToIso: Record<Lang, (iso: string) => string>;
  dateDayFirst: Record<Lang, (iso: string) => string>;
  dateMonthFirst: Record<Lang, (iso: string) => string>;
  replaceType: Record<Lang, (id: string) => string>;
  disableLine: Record<Lang, (rule: string) => string>;
  disableFile: Record<Lang, (rule: string) => string>;
} = {
  addSection: {
    en: (s) => `Add the ${q.en(s)} section`,
    zh: (s) => `添加${q.zh(s)}部分`,
    es: (s) => `Añadir la sección ${q.es(s)}`,
  },
  addAllSections: {
    en: (n) => (n === 1 ? 'Add the missing section' : `Add all ${num(n)} missing sections`),
    zh: (n) => (n === 1 ? '添加缺少的部分' : `添加全部 ${num(n)} 个缺少的部分`),
    es: (n) => (n === 1 ? 'Añadir la sección que falta' : `Añadir las ${num(n)} secciones que faltan`),
  },
  addField: {
    en: (f) => `Add the ${q.en(f)} field`,
    zh: (f) => `添加${q.zh(f)}字段`,
    es: (f) => `Añadir el campo ${q.es(f)}`,
  },
  addOwner: {
    en: () => 'Add an owner (@name)',
    zh: () => '添加负责人（@姓名）',
    es: () => 'Añadir responsable (@nombre)',
  },
  addDue: {
    en: () => 'Add a due date',
    zh: () => '添加截止日期',
    es: () => 'Añadir fecha límite',
  },
  dateToIso: {
    en: (iso) => `Change to ${iso}`,
    zh: (iso) => `改为 ${iso}`,
    es: (iso) => `Cambiar a ${iso}`,
  },
  dateDayFirst: {
    en: (iso) => `Change to ${iso} (read day first)`,
    zh: (iso) => `改为 ${iso}（按日/月读）`,
    es: (iso) => `Cambiar a ${iso} (leída con el día primero)`,
  },
  dateMonthFirst: {
    en: (iso) => `Change to ${iso} (read month first)`,
    zh: (iso) => `改为 ${iso}（按月/日读）`,
    es: (iso) => `Cambiar a ${iso} (leída con el mes primero)`,
  },
  replaceType: {
    en: (id) => `Change the type to ${q.en(id)}`,
    zh: (id) => `把类型改为${q.zh(id)}`,
    es: (id) => `Cambiar el tipo a ${q.es(id)}`,
  },
  disableLine: {
    en: (r) => `Disable ${r} for this line`,
    zh: (r) => `在此行停用 ${r}`,
    es: (r) => `Desactivar ${r} en esta línea`,
  },
  disableFile: {
    en: (r) => `Disable ${r} for this file`,
    zh: (r) => `在整个文件中停用 ${r}`,
    es: (r) => `Desactivar ${r} en este archivo`,
  },
};
