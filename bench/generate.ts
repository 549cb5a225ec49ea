/**
 * Deterministic, realistic agency documents for the benchmark (seeded; no
 * clock, no Math.random). English, Chinese and Spanish, with the front matter,
 * headings and content of the real document types:
 *
 * - `minutesLog(lines)`: a running log of contact reports — one "Decisions"
 *   and one "Next actions" section holding a sub-section per meeting, with
 *   decisions, long CJK paragraphs, task lists with @owners and due dates, and
 *   tables of actions. From one meeting (~100 lines) to ~3,000 (~100,000).
 * - `factBook(lines)`: a Chinese account fact book: directory, a long log of
 *   meeting reports, market/product/consumer prose, job and media tables.
 * - `workspaceDocuments(n)` / `writeWorkspace(dir, n)`: n documents of about
 *   100 lines for five clients — job cards, briefs, minutes, status reports
 *   (job tables), agendas, estimates, memos, research summaries, competitor
 *   reviews — sharing job numbers, clients and owners, plus `.agency-docs.json`.
 *
 * Realistic also means a few real problems: about 3% of actions lack an owner
 * or a date, some old actions are still open (overdue), the odd ambiguous date,
 * unknown owner, job card without estimate, 6 support points, sums that do not
 * add up, duplicate job numbers. Nothing is pathological.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Lang = 'en' | 'zh' | 'es';
type R = () => number;

/** A small, fast, seeded PRNG (mulberry32). */
export function rng(seed: number): R {
  let a = (seed ^ 0x9e3779b9) >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: R, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const chance = (r: R, p: number) => r() < p;
function shuffle<T>(r: R, xs: readonly T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ------------------------------------------------------------------ dates (day numbers, UTC)
const DAY = 86400000;
const dayOf = (y: number, m: number, d: number) => Math.floor(Date.UTC(y, m - 1, d) / DAY);
const ymd = (n: number) => {
  const d = new Date(n * DAY);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] as const;
};
const p2 = (n: number) => String(n).padStart(2, '0');
export const iso = (n: number) => {
  const [y, m, d] = ymd(n);
  return `${y}-${p2(m)}-${p2(d)}`;
};
const MESES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];
/** A date as people write it: mostly ISO, sometimes the language's long form. */
function written(r: R, n: number, lang: Lang): string {
  if (chance(r, 0.75)) return iso(n);
  const [y, m, d] = ymd(n);
  return lang === 'zh' ? `${y}年${m}月${d}日` : lang === 'es' ? `${d} de ${MESES[m - 1]} de ${y}` : iso(n);
}
/** Today as the benchmark pins it (AGENCY_DOCS_TODAY / --today). */
export const TODAY_ISO = '2026-11-22';
const TODAY = dayOf(2026, 11, 22);

// ------------------------------------------------------------------ people, clients, vocabulary
export const TEAM = [
  { name: 'alice', aliases: ['Alice Chen'], role: 'Account director' },
  { name: 'ben', aliases: ['Ben Harper'], role: 'Account executive' },
  { name: 'carla', aliases: ['Carla Mendes'], role: 'Creative director' },
  { name: 'dev', aliases: ['Dev Patel'], role: 'Media planner' },
  { name: 'tom', aliases: ['Tom Reilly'], role: 'Producer' },
  { name: '张伟', aliases: ['Zhang Wei'], role: '客户总监' },
  { name: '李娜', aliases: ['Li Na'], role: '客户经理' },
  { name: '王芳', aliases: ['Wang Fang'], role: '创意总监' },
  { name: '陈杰', aliases: ['Chen Jie'], role: '媒介策划' },
  { name: '赵磊', aliases: ['Zhao Lei'], role: '制片' },
  { name: 'lucia', aliases: ['Lucía Fernández'], role: 'Directora de cuentas' },
  { name: 'mateo', aliases: ['Mateo Gómez'], role: 'Ejecutivo de cuentas' },
  { name: 'sofia', aliases: ['Sofía Ramos'], role: 'Directora creativa' },
  { name: 'diego', aliases: ['Diego Torres'], role: 'Planificador de medios' },
  { name: 'ines', aliases: ['Inés Navarro'], role: 'Productora' },
];
const OWNERS: Record<Lang, string[]> = {
  en: ['alice', 'ben', 'carla', 'dev', 'tom'],
  zh: ['张伟', '李娜', '王芳', '陈杰', '赵磊'],
  es: ['lucia', 'mateo', 'sofia', 'diego', 'ines'],
};
/** Names not on the team list (the `unknown-owner` rule), used rarely. */
const STRANGERS: Record<Lang, string[]> = { en: ['jamie', 'priya'], zh: ['小刘', '老周'], es: ['paco', 'marta'] };

interface Client {
  name: string;
  aliases: string[];
  prefix: string;
  lang: Lang;
  brand: string;
  folder: string;
  contact: string;
}
export const CLIENTS: Client[] = [
  {
    name: 'Northwind Coffee',
    aliases: ['Northwind'],
    prefix: 'NW',
    lang: 'en',
    brand: 'Northwind Cold Brew',
    folder: 'northwind',
    contact: 'Emma Lindqvist',
  },
  {
    name: '青山茶饮',
    aliases: ['Qingshan Tea'],
    prefix: 'QS',
    lang: 'zh',
    brand: '青山冷泡茶',
    folder: 'qingshan',
    contact: '刘明',
  },
  {
    name: 'Cervecería Sol de Mayo',
    aliases: ['Sol de Mayo'],
    prefix: 'SM',
    lang: 'es',
    brand: 'Sol de Mayo Lager',
    folder: 'sol-de-mayo',
    contact: 'Javier Morales',
  },
  {
    name: 'Harbor Bank',
    aliases: ['Harbor'],
    prefix: 'HB',
    lang: 'en',
    brand: 'Harbor Everyday Account',
    folder: 'harbor-bank',
    contact: 'Grace Okafor',
  },
  {
    name: '云朵母婴',
    aliases: ['Yunduo Baby'],
    prefix: 'YD',
    lang: 'zh',
    brand: '云朵纸尿裤',
    folder: 'yunduo',
    contact: '周静',
  },
];

/** The `.agency-docs.json` every generated workspace gets. */
export const CONFIG = { team: TEAM, clients: CLIENTS.map((c) => ({ name: c.name, aliases: c.aliases })) };

const TOPICS: Record<Lang, string[]> = {
  en: [
    'launch film',
    'transit posters',
    'retailer sell-in deck',
    'sampling tour',
    'media plan',
    'key visual',
    'social cutdowns',
    'radio spot',
    'shelf strip',
    'packaging refresh',
    'website banner',
    'press kit',
  ],
  zh: [
    '主视觉',
    '达人视频',
    '电商详情页',
    '地铁灯箱',
    '夏季活动',
    '包装设计',
    '媒介排期',
    '快闪店',
    '小红书笔记',
    '便利店冷柜贴',
    '品牌片',
    '新品发布会',
  ],
  es: [
    'estand del festival',
    'lonas',
    'cuña de radio',
    'redes sociales',
    'plan de medios',
    'degustación',
    'cartelería',
    'vaso reutilizable',
    'vídeo de marca',
    'web del festival',
    'nota de prensa',
    'activación en bares',
  ],
};
const MEETINGS: Record<Lang, string[]> = {
  en: [
    'Creative check-in',
    'Weekly status call',
    'Launch review',
    'Media plan review',
    'Production meeting',
    'Budget review',
    'Research debrief',
    'Shoot pre-production',
  ],
  zh: ['周例会', '创意沟通会', '媒介方案沟通', '制作会议', '预算沟通会', '调研结果分享', '拍摄前会议', '上市复盘会'],
  es: [
    'Reunión semanal',
    'Revisión creativa',
    'Revisión del plan de medios',
    'Reunión de producción',
    'Revisión del presupuesto',
    'Presentación de resultados',
    'Preproducción del rodaje',
    'Visita técnica',
  ],
};
const ACTION_VERBS: Record<Lang, ((t: string) => string)[]> = {
  en: [
    (t) => `Send the revised ${t} to the client for approval`,
    (t) => `Book the studio and the crew for the ${t}`,
    (t) => `Share two end-line options for the ${t}`,
    (t) => `Confirm the ${t} budget with procurement`,
    (t) => `Brief the media team on the ${t}`,
    (t) => `Collect legal comments on the ${t} claims`,
    (t) => `Prepare the ${t} presentation for the leadership team`,
    (t) => `Get three quotes for the ${t} production`,
    (t) => `Update the schedule of the ${t}`,
  ],
  zh: [
    (t) => `把修改后的${t}发给客户确认`,
    (t) => `整理${t}的参考案例各 10 个`,
    (t) => `向供应商询价并比较${t}的三家报价`,
    (t) => `确认${t}的上线时间和排期`,
    (t) => `提交${t}的内容审核流程给客户法务`,
    (t) => `与制作公司确认${t}的拍摄场地`,
    (t) => `根据客户意见修改${t}文案`,
    (t) => `准备${t}的提案资料`,
  ],
  es: [
    (t) => `Enviar al cliente la versión revisada de ${t}`,
    (t) => `Pedir tres presupuestos para ${t}`,
    (t) => `Confirmar con el festival los plazos de ${t}`,
    (t) => `Preparar la presentación de ${t} para la dirección`,
    (t) => `Revisar con legal los textos de ${t}`,
    (t) => `Cerrar el calendario de ${t}`,
    (t) => `Reservar proveedores para ${t}`,
    (t) => `Actualizar el cronograma de ${t}`,
  ],
};
const DECISIONS: Record<Lang, ((t: string) => string)[]> = {
  en: [
    (t) => `The client approved the ${t} as presented, with the shorter end line.`,
    (t) => `Route B goes ahead for the ${t}; route A is dropped.`,
    (t) => `The ${t} moves one week later to leave time for legal review.`,
    (t) => `Budget for the ${t} stays within the agreed estimate.`,
    (t) => `The ${t} will use the commuter scene, not the office scene.`,
    (t) => `No celebrity in the ${t}; real customers only.`,
  ],
  zh: [
    (t) => `客户确认${t}按提案方向执行，标语改用短版。`,
    (t) => `${t}选定 B 方案，A 方案不再推进。`,
    (t) => `${t}推迟一周上线，留出法务审核时间。`,
    (t) => `${t}预算不超过已确认的估价单。`,
    (t) => `${t}不使用明星，改用真实消费者。`,
    (t) => `${t}的主画面采用“办公室下午三点”场景。`,
  ],
  es: [
    (t) => `El cliente aprueba ${t} tal como se presentó, con el cierre corto.`,
    (t) => `Se elige la propuesta B para ${t}; se descarta la A.`,
    (t) => `${t} se retrasa una semana para dar tiempo a legal.`,
    (t) => `El presupuesto de ${t} no supera lo aprobado.`,
    (t) => `${t} usará la escena del patio, no la de la terraza.`,
    (t) => `Sin famosos en ${t}: solo clientes reales.`,
  ],
};
const PROSE: Record<Lang, string[]> = {
  en: [
    'The client walked us through the latest sales figures, which are ahead of plan in the grocery channel and behind in convenience stores.',
    'We agreed that the work should feel warm and quick-witted, never preachy, and that every piece must show the product in a real moment of use.',
    'Legal asked for the calorie claim to carry a footnote in every format, including the six-second social cutdowns.',
    'The media team will hold the transit inventory for another week while the client confirms the second flight.',
    'Production flagged that the shoot day is tight: two locations, one company move, and a child actor with limited hours.',
    'Research showed that commuters read the label before they buy, so the pack shot stays in every execution.',
    'The retailer wants the sell-in deck two weeks before the category review, which brings the key visual deadline forward.',
    'We discussed the risk of running the radio spot before the product is listed everywhere, and agreed to start in the two lead cities.',
  ],
  zh: [
    '客户介绍了最新的销售数据：商超渠道超出计划，便利店渠道略低于预期，希望下一波传播更多关注便利店冷柜前的购买时刻。',
    '双方同意整体语气要清爽、松弛、有一点幽默，像朋友推荐，不像广告喊话，每一个画面都要让产品出现在真实的使用场景里。',
    '法务要求所有涉及“零糖零脂”的表述都必须附上成分说明，短视频的前三秒也不能例外，这一点需要在脚本阶段就落实。',
    '媒介组会再保留一周地铁灯箱资源，等客户确认第二波投放预算后再正式下单，同时准备一个缩减版的备选方案。',
    '制作公司提醒拍摄日程很紧：两个场地、一次转场，还有一位时间受限的小演员，需要提前一天完成灯光和美术的准备。',
    '调研显示目标消费者在购买前会认真看配料表，因此包装特写必须出现在每一支视频和每一张平面里，不能被文案遮挡。',
    '零售商要求在品类评审前两周拿到招商提案，这意味着主视觉的定稿时间需要提前，创意组要重新安排内部评审。',
  ],
  es: [
    'El cliente presentó las últimas cifras de ventas: por encima del plan en hostelería y por debajo en alimentación.',
    'Acordamos que el tono debe ser cercano y con humor, nunca aleccionador, y que cada pieza muestre el producto en un momento real.',
    'Legal pide que el aviso de consumo responsable aparezca en todos los formatos, también en los vídeos cortos de redes sociales.',
    'El equipo de medios mantendrá la reserva de lonas una semana más mientras el cliente confirma la segunda oleada.',
    'Producción advierte de que el montaje es ajustado: dos días en el recinto, una sola grúa y acceso limitado para camiones.',
    'El estudio con asistentes indica que el vaso reutilizable es lo que más recuerdan del estand del año pasado.',
    'La organización del festival necesita los planos definitivos tres semanas antes del montaje, lo que adelanta el diseño final.',
  ],
};
const ACTIONS_HEADER: Record<Lang, string> = {
  en: '| Action | Owner | Due | Status |',
  zh: '| 行动项 | 负责人 | 截止日期 | 状态 |',
  es: '| Acción | Responsable | Fecha | Estado |',
};
const STATUS_WORDS: Record<Lang, { done: string; open: string[] }> = {
  en: { done: 'done', open: ['open', 'in progress', 'waiting for client'] },
  zh: { done: '已完成', open: ['进行中', '待客户确认', '未开始'] },
  es: { done: 'hecho', open: ['en curso', 'pendiente', 'esperando al cliente'] },
};
const DUE_WORD: Record<Lang, string> = { en: 'due', zh: '截止：', es: 'fecha límite:' };

/** Hard-wraps Latin prose at 78 columns (Chinese stays one long line, as people write it). */
function wrap(text: string, lang: Lang, width = 78): string {
  if (lang === 'zh') return text;
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}
function paragraph(r: R, lang: Lang, sentences: number): string {
  const s = shuffle(r, PROSE[lang]).slice(0, sentences);
  return wrap(s.join(lang === 'zh' ? '' : ' '), lang);
}
function owner(r: R, lang: Lang): string {
  if (chance(r, 0.01)) return pick(r, STRANGERS[lang]);
  return pick(r, chance(r, 0.85) ? OWNERS[lang] : OWNERS[pick(r, ['en', 'zh', 'es'] as const)]);
}

/** One action: as a task-list item or a table row, with owner and due date (sometimes missing), done when long past. */
function action(r: R, lang: Lang, topic: string, meeting: number, form: 'list' | 'table'): string {
  const due = meeting + int(r, 2, 16);
  const done = due < TODAY - 4 ? chance(r, 0.97) : due < TODAY ? chance(r, 0.6) : chance(r, 0.1);
  const what = pick(r, ACTION_VERBS[lang])(topic);
  const who = chance(r, 0.97) ? owner(r, lang) : '';
  const when = chance(r, 0.97) ? written(r, due, lang) : '';
  if (form === 'table') {
    const st = done ? STATUS_WORDS[lang].done : pick(r, STATUS_WORDS[lang].open);
    return `| ${what} | ${who ? `@${who}` : ''} | ${when} | ${st} |`;
  }
  return `- [${done ? 'x' : ' '}] ${what}${who ? ` @${who}` : ''}${when ? ` ${DUE_WORD[lang]} ${when}` : ''}`;
}

// ------------------------------------------------------------------ 1. the long document: a running log of contact reports
interface Session {
  decisions: string;
  actions: string;
}

function sessionOf(r: R, i: number, date: number, lang: Lang): Session {
  const topic = pick(r, TOPICS[lang]);
  const name = pick(r, MEETINGS[lang]);
  const head =
    lang === 'zh'
      ? `### 第 ${i} 次会议 · ${iso(date)} · ${name}：${topic}`
      : lang === 'es'
        ? `### Reunión ${i} · ${iso(date)} · ${name}: ${topic}`
        : `### Session ${i} · ${iso(date)} · ${name}: ${topic}`;
  const dec: string[] = [head, ''];
  if (chance(r, 0.5)) dec.push(paragraph(r, lang, lang === 'zh' ? int(r, 3, 6) : int(r, 1, 3)), '');
  for (let k = int(r, 2, 4); k > 0; k--) dec.push(`- ${pick(r, DECISIONS[lang])(pick(r, TOPICS[lang]))}`);
  // The odd date written the ambiguous way (ambiguous-date), as people do.
  if (chance(r, 0.02))
    dec.push(
      '',
      lang === 'zh'
        ? `下次回顾定在 12/11/2027。`
        : lang === 'es'
          ? 'La próxima revisión será el 12/11/2027.'
          : 'Next review on 12/11/2027.',
    );
  dec.push('');
  const act: string[] = [head, ''];
  for (let k = int(r, 3, 6); k > 0; k--) act.push(action(r, lang, topic, date, 'list'));
  act.push('');
  if (chance(r, 0.6)) {
    act.push(ACTIONS_HEADER[lang], '|---|---|---|---|');
    for (let k = int(r, 2, 4); k > 0; k--) act.push(action(r, lang, pick(r, TOPICS[lang]), date, 'table'));
    act.push('');
  }
  return { decisions: dec.join('\n') + '\n', actions: act.join('\n') + '\n' };
}

const LOG_START = dayOf(2026, 1, 5);
const LOG_END = dayOf(2026, 11, 20);

/**
 * Minutes of about `lines` lines: a running log of the account's contact
 * reports (bilingual section headings, sessions in English, Chinese and
 * Spanish), or a single meeting for small sizes.
 */
export function minutesLog(lines: number, seed = 1): string {
  const r = rng(seed);
  const sessions: Session[] = [];
  const header = [
    '---',
    'type: minutes',
    'client: Northwind Coffee',
    `meeting: ${iso(LOG_START)} 10:00`,
    `issued: ${iso(LOG_START)} 17:30`,
    'attendees: [alice, ben, carla, 张伟, 李娜, sofia]',
    'distribution: [dev, tom, 王芳, ines, Emma Lindqvist]',
    '---',
    '',
    '# Meeting minutes: Northwind Coffee launch programme, running log',
    '',
    wrap(
      'Running log of the contact reports for the Cold Brew launch across the Seattle, Shanghai and Madrid teams. Each meeting has its decisions and its next actions below; tick an action when it is done.',
      'en',
    ),
    '',
  ].join('\n');
  const newlines = (s: string) => s.split('\n').length - 1;
  // Lines of the result: the header's, the two section headings with their blank lines, then each session's.
  let count = newlines(header) + 7;
  // Estimate the number of sessions (about 33 lines each), then spread their dates over the year.
  const estimated = Math.max(1, Math.round((lines - count) / 33));
  for (let i = 0; count < lines; i++) {
    const date = LOG_START + Math.floor((i * (LOG_END - LOG_START)) / estimated);
    const lang = i === 0 ? 'en' : pick(r, ['en', 'en', 'zh', 'zh', 'es'] as const);
    const s = sessionOf(r, i + 1, Math.min(date, LOG_END), lang);
    sessions.push(s);
    count += newlines(s.decisions) + newlines(s.actions) + 2;
  }
  return (
    header +
    '\n## Decisions / 结论\n\n' +
    sessions.map((s) => s.decisions).join('\n') +
    '\n## Next actions / 后续行动\n\n' +
    sessions.map((s) => s.actions).join('\n')
  );
}

// ------------------------------------------------------------------ the fact book
/** A Chinese account fact book of about `lines` lines (most of it the log of meeting reports). */
export function factBook(lines: number, seed = 2): string {
  const r = rng(seed);
  const budget = (share: number) => Math.max(4, Math.round(lines * share));
  const out: string[] = [
    '---',
    'type: factbook',
    '客户: 青山茶饮',
    '更新日期: 2026-11-02',
    '---',
    '',
    '# 实情手册：青山茶饮',
    '',
  ];
  const section = (title: string, body: () => string[], share: number) => {
    out.push(`## ${title}`, '');
    const target = out.length + budget(share);
    while (out.length < target) out.push(...body());
  };
  const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗'.split('');
  const GIVEN = ['明', '晓雨', '建国', '倩', '静', '磊', '婷', '伟', '芳', '杰', '丽', '强'];
  const TITLES = ['市场部总监', '品牌经理', '采购主管', '电商负责人', '销售总监', '法务经理', '产品经理', '区域经理'];
  let contact = 0;
  section(
    '客户名录',
    () => {
      const n = `${pick(r, SURNAMES)}${pick(r, GIVEN)}`;
      contact++;
      const mail = chance(r, 0.8) ? `，c${contact}@qingshan-tea.cn` : '';
      const phone = chance(r, 0.7) || !mail ? `，+86 21 6288 ${String(1000 + (contact % 9000))}` : '';
      return [`- ${n}，${pick(r, TITLES)}${chance(r, 0.97) ? mail + phone : ''}`];
    },
    0.06,
  );
  let meeting = 0;
  section(
    '会议报告',
    () => {
      const date = dayOf(2024, 1, 8) + meeting * 2;
      meeting++;
      const lang: Lang = chance(r, 0.8) ? 'zh' : 'en';
      const topic = pick(r, TOPICS[lang]);
      const block = [`### ${iso(date)} ${pick(r, MEETINGS[lang])}：${topic}`, ''];
      for (let k = int(r, 2, 4); k > 0; k--) block.push(`- ${pick(r, DECISIONS[lang])(pick(r, TOPICS[lang]))}`);
      block.push('', paragraph(r, lang, lang === 'zh' ? int(r, 2, 5) : 2), '');
      for (let k = int(r, 2, 4); k > 0; k--) block.push(action(r, lang, topic, date, 'list'));
      block.push('');
      return block;
    },
    0.5,
  );
  const prose = (n: [number, number]) => () => [paragraph(r, 'zh', int(r, n[0], n[1])), ''];
  section('市场', prose([3, 7]), 0.05);
  section(
    '产品',
    () => [
      `| 产品 | 规格 | 建议零售价 | 渠道 |`,
      '|---|---|---|---|',
      ...Array.from(
        { length: int(r, 4, 8) },
        () =>
          `| ${pick(r, ['乌龙', '茉莉', '绿茶', '白桃乌龙', '大红袍'])}冷泡茶 | ${pick(r, ['500 毫升', '350 毫升', '1 升'])} | ¥${int(r, 5, 12)} | ${pick(r, ['便利店', '商超', '电商', '餐饮'])} |`,
      ),
      '',
    ],
    0.04,
  );
  section('竞争', prose([3, 6]), 0.05);
  section('消费者', prose([4, 7]), 0.06);
  section('品牌', prose([2, 4]), 0.03);
  let job = 0;
  section(
    '以往广告活动',
    () => [
      `| 工作单号 | 项目 | 时间 | 预算 |`,
      '|---|---|---|---|',
      ...Array.from(
        { length: int(r, 5, 10) },
        () =>
          `| QS-${2020 + (job % 7)}-${String(++job).padStart(3, '0')} | ${pick(r, TOPICS.zh)} | ${iso(dayOf(2020, 1, 6) + job * 3)} | ¥${int(r, 5, 300) * 10000} |`,
      ),
      '',
    ],
    0.06,
  );
  section('简报', () => [`- ${iso(dayOf(2023, 3, 1) + int(r, 0, 1300))} ${pick(r, TOPICS.zh)}简报（已归档）`], 0.02);
  section(
    '媒介',
    () => [
      `| 媒介 | 形式 | 周期 | 费用 |`,
      '|---|---|---|---|',
      ...Array.from(
        { length: int(r, 4, 8) },
        () =>
          `| ${pick(r, ['小红书', '抖音', '地铁灯箱', '便利店冷柜贴', '视频号', '公交站台'])} | ${pick(r, ['信息流', '达人笔记', '灯箱', '贴纸', '开屏'])} | ${int(r, 1, 8)} 周 | ¥${int(r, 10, 200) * 1000} |`,
      ),
      '',
    ],
    0.05,
  );
  section('调研', prose([2, 5]), 0.04);
  section(
    '财务',
    () => [`- ${2020 + int(r, 0, 6)} 年第 ${int(r, 1, 4)} 季度代理费 ¥${int(r, 40, 90) * 10000}，已结算。`],
    0.04,
  );
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------ 2. workspaces of ~100-line documents
interface Ctx {
  r: R;
  c: Client;
  lang: Lang;
  i: number;
  date: number;
  jobs: string[];
}
const L = <T>(lang: Lang, en: T, zh: T, es: T): T => (lang === 'zh' ? zh : lang === 'es' ? es : en);
const TARGET = 100;

function frontMatter(fields: [string, string][]): string[] {
  return ['---', ...fields.map(([k, v]) => `${k}: ${v}`), '---', ''];
}
/** Field names as each language writes them. */
const F = (lang: Lang, key: string): string => {
  const zh: Record<string, string> = {
    client: '客户',
    brand: '品牌',
    date: '日期',
    job: '工作单号',
    due: '截止日期',
    budget: '预算',
    meeting: '会议时间',
    issued: '发出日期',
    attendees: '参会人员',
    distribution: '抄送',
    location: '地点',
    owner: '负责人',
    status: '状态',
    week: '周',
    opened: '开单日期',
    currency: '币种',
    to: '收件人',
    from: '发件人',
    subject: '主题',
    competitor: '竞争者',
    'schedule-sent': '进度表发出',
    estimate: '估价',
  };
  const es: Record<string, string> = {
    client: 'cliente',
    brand: 'marca',
    date: 'fecha',
    job: 'OT',
    due: 'fecha límite',
    budget: 'presupuesto',
    meeting: 'reunión',
    issued: 'emitido',
    attendees: 'asistentes',
    distribution: 'distribución',
    location: 'lugar',
    owner: 'responsable',
    status: 'estado',
    week: 'semana',
    opened: 'apertura',
    currency: 'moneda',
    to: 'para',
    from: 'de',
    subject: 'asunto',
    competitor: 'competidor',
    'schedule-sent': 'cronograma enviado',
    estimate: 'cotización',
  };
  return lang === 'zh' ? (zh[key] ?? key) : lang === 'es' ? (es[key] ?? key) : key;
};
const people = (r: R, lang: Lang, n: number) => shuffle(r, OWNERS[lang]).slice(0, n);
const list = (lang: Lang, xs: string[]) => (lang === 'zh' ? xs.join('、') : `[${xs.join(', ')}]`);
/** Fills a section with more of `more()` until the document reaches about TARGET lines. */
function fill(out: string[], more: () => string[], target = TARGET) {
  while (out.length < target) out.push(...more());
}

function jobCard(x: Ctx, job: string): string {
  const { r, c, lang } = x;
  const opened = x.date;
  const hasEstimate = chance(r, 0.95);
  const fm = frontMatter([
    ['type', L(lang, 'job', '工作卡', 'Orden de trabajo')],
    [F(lang, 'job'), job],
    [F(lang, 'client'), c.name],
    [F(lang, 'opened'), `${iso(opened)} 09:30`],
    [F(lang, 'owner'), pick(r, OWNERS[lang])],
    [F(lang, 'due'), iso(opened + int(r, 20, 70))],
    [F(lang, 'status'), pick(r, ['in-progress', 'in-progress', 'open', 'done'])],
    [F(lang, 'schedule-sent'), `${iso(opened + (chance(r, 0.9) ? 0 : 2))} 17:00`],
    ...(hasEstimate ? [[F(lang, 'estimate'), `${job}-estimate.md`] as [string, string]] : []),
  ]);
  const topic = pick(r, TOPICS[lang]);
  const out = [
    ...fm,
    L(lang, `# Job card ${job}: ${topic}`, `# 工作卡 ${job}：${topic}`, `# Orden de trabajo ${job}: ${topic}`),
    '',
    L(lang, '## Request', '## 工作要求', '## Solicitud'),
    '',
    paragraph(r, lang, lang === 'zh' ? 3 : 2),
    '',
    L(lang, '## Deliverables', '## 交付内容', '## Entregables'),
    '',
  ];
  for (let k = int(r, 4, 8); k > 0; k--)
    out.push(`- ${pick(r, TOPICS[lang])}${L(lang, ', final files', '，最终文件', ', archivos finales')}`);
  out.push(
    '',
    L(lang, '## Schedule', '## 进度表', '## Cronograma'),
    '',
    L(lang, '| Step | Owner | Date |', '| 步骤 | 负责人 | 日期 |', '| Paso | Responsable | Fecha |'),
    '|---|---|---|',
  );
  let d = opened;
  fill(
    out,
    () => [
      `| ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))} | @${pick(r, OWNERS[lang])} | ${iso((d += int(r, 1, 4)))} |`,
    ],
    TARGET - 14,
  );
  out.push(
    '',
    L(lang, '## Estimate', '## 估价', '## Presupuesto'),
    '',
    hasEstimate
      ? L(
          lang,
          `See ${job}-estimate.md, sent to the client on ${iso(opened + 3)}.`,
          `见估价单 ${job}-estimate.md，已于 ${iso(opened + 3)} 发给客户。`,
          `Según el presupuesto ${job}-estimate.md, enviado el ${iso(opened + 3)}.`,
        )
      : 'TBD',
    '',
    L(lang, '## Sign-off', '## 签核', '## Aprobaciones'),
    '',
    L(lang, '| Role | Name | Date |', '| 角色 | 姓名 | 日期 |', '| Rol | Nombre | Fecha |'),
    '|---|---|---|',
    `| ${L(lang, 'Account lead', '客户负责人', 'Responsable de cuenta')} | ${pick(r, OWNERS[lang])} | ${iso(opened + 1)} |`,
    `| ${L(lang, 'Client', '客户', 'Cliente')} | ${c.contact} | ${iso(opened + 2)} |`,
    '',
  );
  return out.join('\n');
}

function estimate(x: Ctx, job: string): string {
  const { r, c, lang } = x;
  const cur = L(lang, 'USD', 'CNY', 'EUR');
  const fmt = (n: number) =>
    lang === 'es'
      ? `${n.toLocaleString('de-DE')} €`
      : lang === 'zh'
        ? `¥${n.toLocaleString('en-US')}`
        : `$${n.toLocaleString('en-US')}`;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'estimate', '估价单', 'Presupuesto')],
      [F(lang, 'job'), job],
      [F(lang, 'client'), c.name],
      [F(lang, 'date'), iso(x.date)],
      [F(lang, 'currency'), cur],
    ]),
    L(lang, `# Cost estimate ${job}`, `# 估价单 ${job}`, `# Presupuesto ${job}`),
    '',
    paragraph(r, lang, 1),
    '',
    L(lang, '## Line items', '## 费用明细', '## Partidas'),
    '',
    L(lang, '| Item | Supplier | Amount |', '| 项目 | 供应商 | 金额 |', '| Concepto | Proveedor | Importe |'),
    '|---|---|---|',
  ];
  let total = 0;
  fill(
    out,
    () => {
      const a = int(r, 5, 400) * 100;
      total += a;
      return [
        `| ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))} | ${pick(r, ['Studio North', 'Agency', 'Printworks', '上海影棚', 'Escenarios del Sur'])} | ${fmt(a)} |`,
      ];
    },
    TARGET - 12,
  );
  if (chance(r, 0.03)) total += 2000; // a sum that does not add up
  out.push(
    '',
    L(lang, '## Total', '## 合计', '## Total'),
    '',
    `${fmt(total)}${L(lang, ', excluding tax. Valid for 30 days.', '，不含税，有效期 30 天。', ', IVA no incluido. Validez: 30 días.')}`,
    '',
    L(lang, '## Sign-off', '## 签核', '## Aprobaciones'),
    '',
    L(lang, '| Role | Name | Date |', '| 角色 | 姓名 | 日期 |', '| Rol | Nombre | Fecha |'),
    '|---|---|---|',
    `| ${L(lang, 'Account director', '客户总监', 'Director de cuentas')} | ${pick(r, OWNERS[lang])} | ${iso(x.date)} |`,
    `| ${L(lang, 'Client', '客户', 'Cliente')} | ${c.contact} | ${chance(r, 0.9) ? iso(x.date + 2) : ''} |`,
    '',
  );
  return out.join('\n');
}

function brief(x: Ctx, job: string): string {
  const { r, c, lang } = x;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'brief', '创意简报', 'Brief creativo')],
      [F(lang, 'client'), c.name],
      [F(lang, 'brand'), c.brand],
      [F(lang, 'job'), job],
      [F(lang, 'date'), iso(x.date)],
      [F(lang, 'due'), iso(x.date + int(r, 14, 40))],
      [
        F(lang, 'budget'),
        L(lang, `USD ${int(r, 20, 400) * 1000}`, `¥${int(r, 20, 400) * 10000}`, `${int(r, 20, 400) * 1000} €`),
      ],
    ]),
    L(
      lang,
      `# Creative brief: ${pick(r, TOPICS.en)}`,
      `# 创意简报：${pick(r, TOPICS.zh)}`,
      `# Brief creativo: ${pick(r, TOPICS.es)}`,
    ),
    '',
  ];
  const sec = (en: string, zh: string, es: string, body: string[]) =>
    out.push(`## ${L(lang, en, zh, es)}`, '', ...body, '');
  sec('Objective', '目标', 'Objetivo', [paragraph(r, lang, 2)]);
  sec('Target consumer', '目标消费者', 'Consumidor objetivo', [paragraph(r, lang, lang === 'zh' ? 4 : 3)]);
  sec('Button', '按钮', 'Botón', [
    L(
      lang,
      'Café-quality cold brew, ready the moment you are.',
      '冷泡八小时，茶香自然回甘。',
      'La cerveza del patio, fresca desde el primer trago.',
    ) + (chance(r, 0.03) ? L(lang, ' And it has no sugar.', '而且零糖。', ' Y sin azúcar.') : ''),
  ]);
  sec(
    'Support points',
    '支持点',
    'Puntos de apoyo',
    Array.from({ length: chance(r, 0.04) ? 6 : int(r, 3, 5) }, () => `- ${pick(r, PROSE[lang]).split(/[,，。.]/)[0]}.`),
  );
  sec('Tone', '语气风格', 'Tono', [paragraph(r, lang, 1)]);
  sec(
    'Mandatories',
    '必要条件',
    'Requisitos obligatorios',
    Array.from({ length: int(r, 2, 4) }, () => `- ${pick(r, DECISIONS[lang])(c.brand)}`),
  );
  out.push(`## ${L(lang, 'Deliverables', '交付内容', 'Entregables')}`, '');
  fill(out, () => [`- ${pick(r, TOPICS[lang])}: ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))}`], TARGET - 10);
  out.push('');
  sec('Sign-off', '签核', 'Aprobaciones', [
    L(lang, '| Role | Name | Date |', '| 角色 | 姓名 | 日期 |', '| Rol | Nombre | Fecha |'),
    '|---|---|---|',
    `| ${L(lang, 'Account lead', '客户负责人', 'Responsable de cuenta')} | ${pick(r, OWNERS[lang])} | ${iso(x.date + 1)} |`,
    `| ${L(lang, 'Creative lead', '创意负责人', 'Responsable creativa')} | ${pick(r, OWNERS[lang])} | ${iso(x.date + 1)} |`,
    `| ${L(lang, 'Client', '客户', 'Cliente')} | ${c.contact} | ${iso(x.date + 2)} |`,
  ]);
  return out.join('\n');
}

function minutes(x: Ctx): string {
  const { r, c, lang } = x;
  const issued = x.date + (chance(r, 0.9) ? 0 : 2);
  const topic = pick(r, TOPICS[lang]);
  const out = [
    ...frontMatter([
      ['type', L(lang, 'minutes', '会议纪要', 'Acta de reunión')],
      [F(lang, 'client'), c.name],
      ...(x.jobs.length ? [[F(lang, 'job'), pick(r, x.jobs)] as [string, string]] : []),
      [F(lang, 'meeting'), `${iso(x.date)} 10:00`],
      [F(lang, 'issued'), `${iso(issued)} 17:00`],
      [F(lang, 'attendees'), list(lang, [...people(r, lang, 3), c.contact])],
      [F(lang, 'distribution'), list(lang, people(r, lang, 4))],
    ]),
    L(lang, `# Meeting minutes: ${topic}`, `# 会议纪要：${topic}`, `# Acta de reunión: ${topic}`),
    '',
    paragraph(r, lang, lang === 'zh' ? 3 : 2),
    '',
    L(lang, '## Decisions', '## 结论', '## Acuerdos'),
    '',
  ];
  for (let k = int(r, 3, 6); k > 0; k--) out.push(`- ${pick(r, DECISIONS[lang])(pick(r, TOPICS[lang]))}`);
  out.push(
    '',
    paragraph(r, lang, lang === 'zh' ? 4 : 3),
    '',
    L(lang, '## Next actions', '## 后续行动', '## Próximos pasos'),
    '',
  );
  for (let k = int(r, 4, 8); k > 0; k--) out.push(action(r, lang, topic, x.date, 'list'));
  out.push('', ACTIONS_HEADER[lang], '|---|---|---|---|');
  fill(out, () => [action(r, lang, pick(r, TOPICS[lang]), x.date, 'table')]);
  return out.join('\n') + '\n';
}

function status(x: Ctx): string {
  const { r, c, lang } = x;
  const [y, m, d] = ymd(x.date);
  const week = Math.max(1, Math.ceil((x.date - dayOf(y, 1, 1) + 1) / 7));
  void m;
  void d;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'status', '周报', 'Informe semanal')],
      [F(lang, 'client'), c.name],
      [F(lang, 'week'), `${y}-W${p2(Math.min(week, 52))}`],
      [F(lang, 'issued'), iso(x.date)],
    ]),
    L(
      lang,
      `# Weekly status report: ${c.brand}, week ${week}`,
      `# 工作进度报告：${c.brand} 第 ${week} 周`,
      `# Informe semanal: ${c.brand}, semana ${week}`,
    ),
    '',
    L(lang, '## Jobs in progress', '## 进行中的工作', '## Trabajos en curso'),
    '',
    L(
      lang,
      '| Job | Next step | Owner | Due | Status |',
      '| 工作单号 | 下一步 | 负责人 | 截止日期 | 状态 |',
      '| OT | Acción | Responsable | Fecha | Estado |',
    ),
    '|---|---|---|---|---|',
  ];
  const jobs = x.jobs.length ? x.jobs : [`${c.prefix}-2026-001`];
  fill(
    out,
    () => {
      const job = chance(r, 0.01) ? `${c.prefix}-2026-9${int(r, 10, 99)}` : pick(r, jobs); // the odd job with no job card
      // Reports older than a month: the jobs they list have moved on since (mostly done).
      const st = x.date < TODAY - 30 && chance(r, 0.97) ? STATUS_WORDS[lang].done : pick(r, STATUS_WORDS[lang].open);
      return [
        `| ${job} | ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))} | @${owner(r, lang)} | ${iso(x.date + int(r, 1, 12))} | ${st} |`,
      ];
    },
    TARGET - 16,
  );
  out.push('', L(lang, '## Completed', '## 已完成', '## Completado'), '');
  for (let k = 4; k > 0; k--) out.push(`- ${pick(r, jobs)}: ${pick(r, DECISIONS[lang])(pick(r, TOPICS[lang]))}`);
  out.push(
    '',
    L(lang, '## Decisions needed', '## 待客户决定', '## Decisiones pendientes'),
    '',
    `- ${paragraph(r, lang, 1)}`,
    '',
    L(lang, '## Next week', '## 下周计划', '## Próxima semana'),
    '',
  );
  for (let k = 4; k > 0; k--) out.push(`- ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))}`);
  return out.join('\n') + '\n';
}

function agenda(x: Ctx): string {
  const { r, c, lang } = x;
  const meeting = x.date + int(r, 2, 6);
  const out = [
    ...frontMatter([
      ['type', L(lang, 'agenda', '会议议程', 'Orden del día')],
      [F(lang, 'client'), c.name],
      [F(lang, 'meeting'), `${iso(meeting)} 14:00`],
      [F(lang, 'issued'), `${iso(chance(r, 0.9) ? meeting - 3 : meeting - 1)} 16:00`],
      [F(lang, 'attendees'), list(lang, [...people(r, lang, 3), c.contact])],
      [F(lang, 'location'), L(lang, 'Client office, room 3', '客户办公室 3 楼会议室', 'Oficinas del cliente, sala 2')],
    ]),
    L(
      lang,
      `# Meeting agenda: ${pick(r, MEETINGS.en)}`,
      `# 会议议程：${pick(r, MEETINGS.zh)}`,
      `# Orden del día: ${pick(r, MEETINGS.es)}`,
    ),
    '',
    L(lang, '## Purpose', '## 会议目的', '## Objetivo'),
    '',
    paragraph(r, lang, 2),
    '',
    L(lang, '## Topics', '## 议题', '## Temas'),
    '',
  ];
  let k = 0;
  fill(
    out,
    () => [
      `${++k}. ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))} @${pick(r, OWNERS[lang])} ${int(r, 1, 6) * 5} ${L(lang, 'min', '分钟', 'min')}`,
      ...(chance(r, 0.3) ? [`   ${paragraph(r, lang, 1).split('\n')[0]}`] : []),
    ],
    TARGET - 8,
  );
  out.push('', L(lang, '## Materials', '## 会议资料', '## Materiales'), '');
  for (let j = 3; j > 0; j--) out.push(`- ${pick(r, TOPICS[lang])} (PDF)`);
  return out.join('\n') + '\n';
}

function memo(x: Ctx): string {
  const { r, c, lang } = x;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'memo', '备忘录', 'Memorándum')],
      [F(lang, 'client'), c.name],
      [F(lang, 'to'), c.contact],
      [F(lang, 'from'), pick(r, OWNERS[lang])],
      [F(lang, 'date'), iso(x.date)],
      [F(lang, 'subject'), pick(r, TOPICS[lang])],
    ]),
    L(lang, `# Memo: ${pick(r, TOPICS.en)}`, `# 备忘录：${pick(r, TOPICS.zh)}`, `# Memorándum: ${pick(r, TOPICS.es)}`),
    '',
  ];
  for (let k = int(r, 2, 4); k > 0; k--) out.push(paragraph(r, lang, 2), '');
  out.push(
    `## ${L(lang, 'Follow-up', '跟进', 'Seguimiento')}`,
    '',
    `- ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))} @${pick(r, OWNERS[lang])}`,
    '',
  );
  return out.join('\n');
}

function research(x: Ctx): string {
  const { r, c, lang } = x;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'research', '调查归纳总结', 'Resumen de investigación')],
      [F(lang, 'client'), c.name],
      [F(lang, 'date'), iso(x.date)],
    ]),
    L(
      lang,
      '# Research summary: commuter drinks',
      '# 调查归纳总结：无糖茶饮消费者',
      '# Resumen de investigación: asistentes al festival',
    ),
    '',
  ];
  const sec = (en: string, zh: string, es: string, n: number) =>
    out.push(`## ${L(lang, en, zh, es)}`, '', paragraph(r, lang, n), '');
  sec('Purpose', '调查目的', 'Objetivo', 2);
  sec('Method', '调查方法', 'Método', 2);
  out.push(
    `## ${L(lang, 'Respondents', '调查对象', 'Participantes')}`,
    '',
    L(lang, '| Group | Age | City | n |', '| 组别 | 年龄 | 城市 | 人数 |', '| Grupo | Edad | Ciudad | n |'),
    '|---|---|---|---|',
  );
  fill(
    out,
    () => [
      `| ${pick(r, ['A', 'B', 'C', 'D'])}${int(r, 1, 9)} | ${int(r, 18, 30)}–${int(r, 31, 45)} | ${pick(r, ['Seattle', 'Portland', '上海', '杭州', 'Sevilla', 'Málaga'])} | ${int(r, 8, 40)} |`,
    ],
    TARGET - 22,
  );
  out.push('');
  sec('Fieldwork', '调查时间与地点', 'Trabajo de campo', 1);
  sec('Findings', '结论', 'Conclusiones', 3);
  out.push(`## ${L(lang, 'Recommended actions', '建议行动', 'Acciones recomendadas')}`, '');
  for (let k = 3; k > 0; k--) out.push(`- ${pick(r, ACTION_VERBS[lang])(pick(r, TOPICS[lang]))}`);
  return out.join('\n') + '\n';
}

function competitor(x: Ctx): string {
  const { r, c, lang } = x;
  const out = [
    ...frontMatter([
      ['type', L(lang, 'competitor', '竞争者评议', 'Análisis de la competencia')],
      [F(lang, 'client'), c.name],
      [F(lang, 'date'), iso(x.date)],
      [F(lang, 'competitor'), L(lang, 'Ridgeline Coffee', '山野茶', 'Cervezas del Norte')],
    ]),
    L(
      lang,
      '# Competitor review: Ridgeline Coffee',
      '# 竞争者评议：山野茶',
      '# Análisis de la competencia: Cervezas del Norte',
    ),
    '',
  ];
  const secs: [string, string, string][] = [
    ['Brand and product', '品牌与产品', 'Marca y producto'],
    ['Product appeal', '产品诉求点', 'Atractivo del producto'],
    ['Target consumer', '目标消费者', 'Consumidor objetivo'],
    ['Promise and support', '承诺与支持点', 'Promesa y soporte'],
    ['Creative concept and tone', '创意概念与语气', 'Concepto creativo y tono'],
    ['Production quality', '制作水准', 'Calidad de producción'],
  ];
  for (const [en, zh, es] of secs)
    out.push(`## ${L(lang, en, zh, es)}`, '', paragraph(r, lang, lang === 'zh' ? 3 : 2), '');
  out.push(
    `## ${L(lang, 'Media', '媒介形式', 'Medios')}`,
    '',
    L(
      lang,
      '| Medium | Format | Weeks | Spend |',
      '| 媒介 | 形式 | 周期 | 费用 |',
      '| Medio | Formato | Semanas | Inversión |',
    ),
    '|---|---|---|---|',
  );
  fill(out, () => [
    `| ${pick(r, ['TV', 'OOH', 'Social', 'Radio', '抖音', '小红书', 'Prensa'])} | ${pick(r, ['30"', '15"', '6-sheet', 'feed', 'story'])} | ${int(r, 1, 12)} | ${int(r, 10, 900) * 1000} |`,
  ]);
  return out.join('\n') + '\n';
}

const KINDS = [
  'job',
  'estimate',
  'brief',
  'minutes',
  'minutes',
  'status',
  'agenda',
  'job',
  'minutes',
  'memo',
  'research',
  'competitor',
] as const;

/** n workspace documents of about 100 lines: relative path and text, deterministic for (n, seed). */
export function workspaceDocuments(n: number, seed = 7): { path: string; text: string }[] {
  const r = rng(seed);
  const jobs = new Map<string, string[]>(CLIENTS.map((c) => [c.prefix, []]));
  const docs: { path: string; text: string }[] = [];
  for (let i = 0; i < n; i++) {
    const c = CLIENTS[i % CLIENTS.length];
    const kind = KINDS[Math.floor(i / CLIENTS.length) % KINDS.length];
    const date = dayOf(2024, 1, 2) + Math.floor((i * (TODAY - 3 - dayOf(2024, 1, 2))) / n);
    const x: Ctx = { r: rng(seed * 1000003 + i), c, lang: c.lang, i, date, jobs: jobs.get(c.prefix)!.slice(-12) };
    const month = iso(date).slice(0, 7);
    const dir = `${c.folder}/${month}`;
    let text: string;
    let name: string;
    if (kind === 'job' || kind === 'estimate' || kind === 'brief') {
      const list = jobs.get(c.prefix)!;
      let job: string;
      if (kind === 'job') {
        // One job card in 300 reuses a number (duplicate-job-number), as happens.
        job =
          list.length && chance(r, 0.003)
            ? pick(r, list)
            : `${c.prefix}-${iso(date).slice(0, 4)}-${String(list.length + 1).padStart(3, '0')}`;
        list.push(job);
      } else job = list.length ? list[list.length - 1] : `${c.prefix}-2024-001`;
      text = kind === 'job' ? jobCard(x, job) : kind === 'estimate' ? estimate(x, job) : brief(x, job);
      name = `${job}-${kind}-${i}.md`;
    } else {
      text =
        kind === 'minutes'
          ? minutes(x)
          : kind === 'status'
            ? status(x)
            : kind === 'agenda'
              ? agenda(x)
              : kind === 'memo'
                ? memo(x)
                : kind === 'research'
                  ? research(x)
                  : competitor(x);
      name = `${iso(date)}-${kind}-${i}.md`;
    }
    docs.push({ path: `${dir}/${name}`, text });
  }
  return docs;
}

/** Writes n documents and `.agency-docs.json` under `dir`; returns the files' absolute paths. */
export function writeWorkspace(dir: string, n: number, seed = 7): string[] {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, '.agency-docs.json'), JSON.stringify(CONFIG, null, 2) + '\n');
  const made = new Set<string>();
  return workspaceDocuments(n, seed).map((d) => {
    const full = join(dir, d.path);
    const sub = full.slice(0, full.lastIndexOf('/'));
    if (!made.has(sub)) {
      mkdirSync(sub, { recursive: true });
      made.add(sub);
    }
    writeFileSync(full, d.text);
    return full;
  });
}

/** The benchmark's single documents, by approximate line count. */
export function benchDocument(lines: number, kind: 'minutes' | 'factbook' = 'minutes'): string {
  return kind === 'factbook' ? factBook(lines, lines + 1) : minutesLog(lines, lines);
}

// `tsx bench/generate.ts <dir> [n]` writes a workspace; `tsx bench/generate.ts --doc 1000` prints a document.
if (require.main === module) {
  const [a, b] = process.argv.slice(2);
  if (a === '--doc') process.stdout.write(benchDocument(Number(b ?? 1000)));
  else if (a === '--factbook') process.stdout.write(benchDocument(Number(b ?? 1000), 'factbook'));
  else if (a) console.log(`${writeWorkspace(a, Number(b ?? 100)).length} documents written to ${a}`);
  else console.error('usage: tsx bench/generate.ts <dir> [n] | --doc <lines> | --factbook <lines>');
}
