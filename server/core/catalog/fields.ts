/**
 * Front-matter fields known to the product (docs/types.md#field-names), with their aliases in
 * the three languages. Keys are matched case-insensitively; no alias is shared
 * by two fields (checked in test/catalog.test.ts).
 */
import { fold } from '../text';
import type { FieldDef, Localized } from './schema';

const L = (en: string, zh: string, es: string): Localized => ({ en, zh, es });

export const FIELDS: readonly FieldDef[] = [
  {
    id: 'client',
    aliases: {
      en: ['customer', 'client name', 'prepared for'],
      zh: ['客户', '客户名称'],
      es: ['cliente', 'nombre del cliente', 'preparado para'],
    },
    kind: 'text',
    description: L(
      'The client (advertiser) the document is for.',
      '文档所属的客户（广告主）。',
      'El cliente (anunciante) al que corresponde el documento.',
    ),
  },
  {
    id: 'brand',
    aliases: {
      // (`**Marcas**: Bella Rosa + Casa Nueve`: the brands of a campaign run for two, in the plural.)
      en: ['brand name', 'product', 'product name', 'business name', 'display name', 'brands'],
      zh: ['品牌', '品牌名', '品牌名称', '产品名称'],
      es: ['marca', 'producto', 'nombre del producto', 'nombre del negocio', 'marcas'],
    },
    kind: 'text',
    description: L(
      'The brand or product the work is about.',
      '工作涉及的品牌或产品。',
      'La marca o el producto del que trata el trabajo.',
    ),
  },
  {
    id: 'date',
    aliases: {
      en: [
        'date created',
        'created',
        'generated',
        'created on',
        'analysis date',
        'research date',
        'date verified',
        'documented on',
        'proposal date',
        'written',
        'written on',
        'date written',
      ],
      zh: [
        '日期',
        '创建日期',
        '简报日期',
        '创建时间',
        '研究日期',
        '调研日期',
        '分析日期',
        '制定日期',
        '编制日期',
        '撰写日期',
        '整理时间',
        '整理日期',
        '提案日期',
        '方案日期',
      ],
      es: [
        'fecha',
        'fecha de creación',
        'generado',
        'fecha del análisis',
        'fecha de análisis',
        'fecha de verificación',
        'fecha verificación',
        'fecha de redacción',
        'fecha de elaboración',
        'documentado el',
        'fecha de la propuesta',
        'fecha de propuesta',
      ],
    },
    kind: 'date',
    description: L(
      'The date of the document (YYYY-MM-DD).',
      '文档日期（YYYY-MM-DD）。',
      'Fecha del documento (AAAA-MM-DD).',
    ),
  },
  {
    id: 'job',
    aliases: {
      en: [
        'job number',
        'job #',
        'job no',
        'job no.',
        'job ref',
        'quote #',
        'quote number',
        'quotation #',
        'quotation number',
      ],
      zh: ['工作单号', '编号', '报价单号', '单号', '工单号', '项目编号'],
      es: [
        'número de trabajo',
        'nº de trabajo',
        'n.º de trabajo',
        'núm. de trabajo',
        'OT',
        'cotización #',
        'número de cotización',
        'presupuesto #',
        'número de presupuesto',
      ],
    },
    kind: 'text',
    description: L(
      'The job number that tracks this piece of work.',
      '用于跟踪这项工作的工作单号。',
      'Número de trabajo con el que se sigue este encargo.',
    ),
  },
  {
    id: 'due',
    aliases: {
      en: [
        'deadline',
        'due date',
        'delivery date',
        'brief deadline',
        'proposal deadline',
        'submission deadline',
        'launch deadline',
        'target date',
      ],
      zh: ['截止日期', '交付日期', '目标日期'],
      es: ['fecha límite', 'fecha de entrega', 'fecha objetivo'],
    },
    kind: 'date',
    description: L(
      'When the work must be delivered.',
      '工作的交付截止日期。',
      'Fecha en que hay que entregar el trabajo.',
    ),
  },
  {
    id: 'budget',
    aliases: { en: ['total budget'], zh: ['预算', '总预算'], es: ['presupuesto', 'presupuesto total'] },
    kind: 'amount',
    description: L(
      'The money available for the work, with its currency.',
      '本项工作的可用预算（注明币种）。',
      'Dinero disponible para el trabajo, con su moneda.',
    ),
  },
  {
    id: 'meeting',
    aliases: {
      en: ['meeting date', 'meeting time', 'meeting date and time'],
      zh: ['会议时间', '会议日期', '开会时间', '本次会议时间', '本次会议日期', '會議時間', '會議日期'],
      es: [
        'reunión',
        'fecha de reunión',
        'fecha de la reunión',
        'fecha y hora',
        'fecha y hora de la reunión',
        'fecha de convocatoria',
      ],
    },
    kind: 'datetime',
    description: L(
      'When the meeting takes or took place (date and time).',
      '会议召开的日期和时间。',
      'Fecha y hora de la reunión.',
    ),
  },
  {
    id: 'issued',
    aliases: {
      en: [
        'report date',
        'issue date',
        'sent',
        'sent on',
        'date sent',
        'issued on',
        'circulated',
        'date of circulation',
        'circulation date',
      ],
      zh: ['发出日期', '发布日期', '发送日期', '报告日期', '发出时间', '发送时间', '生成时间', '生成日期'],
      es: ['emitido', 'emitida', 'fecha de emisión', 'fecha del informe', 'enviado', 'enviada', 'fecha de envío'],
    },
    kind: 'date',
    description: L('When the document was sent out.', '文档发出的日期。', 'Fecha en que se envió el documento.'),
  },
  {
    id: 'attendees',
    // The labels minutes write in the body too (`**Present:** …`, `参会人员：…`): see docs/types.md, "Field names".
    aliases: {
      en: [
        'present',
        'participants',
        'attendance',
        'attended by',
        'attendees list',
        'attendance list',
        'call attendees',
        'meeting attendees',
        'call participants',
        'people present',
        'members present',
        'attendents',
        'attendence',
        'attendants',
      ],
      zh: [
        '参会人员',
        '与会人员',
        '出席人员',
        '参会人',
        '参与人员',
        '参加人员',
        '与会人',
        '与会者',
        '参会者',
        '出席',
        '出席委员',
        '出席委員',
        '出席人員',
        '與會人員',
        '参会成员',
      ],
      es: [
        'asistentes',
        'participantes',
        'participa',
        'participan',
        'presentes',
        'asistencia',
        'lista de asistentes',
        'integrantes',
        'integrantes asistentes',
        'miembros presentes',
        'miembros asistentes',
        'miembros en la reunión',
        'asistentes a la sesión',
        'asistentes a la reunión',
        'han participado',
        'en la reunión han participado',
      ],
    },
    kind: 'list',
    description: L(
      'Who attends the meeting, on both sides.',
      '参会人员（客户方和公司方）。',
      'Quién asiste a la reunión, por ambas partes.',
    ),
  },
  {
    id: 'distribution',
    aliases: {
      en: ['cc', 'copy to', 'circulation', 'distribution list'],
      zh: ['抄送', '分发', '分发范围', '发送范围', '抄送范围'],
      es: ['distribución', 'copia a', 'con copia a', 'lista de distribución'],
    },
    kind: 'list',
    description: L('Who receives a copy of the document.', '文档的抄送对象。', 'Quién recibe copia del documento.'),
  },
  {
    id: 'location',
    aliases: {
      en: ['venue', 'meeting location', 'meeting place', 'platform', 'meeting platform'],
      zh: ['地点', '会议地点', '开会地点', '会议平台'],
      es: ['lugar', 'lugar de la reunión', 'sede', 'medio', 'modalidad', 'plataforma'],
    },
    kind: 'text',
    description: L(
      'Where the meeting or presentation takes place.',
      '会议或提案的地点。',
      'Dónde se celebra la reunión o la presentación.',
    ),
  },
  {
    id: 'owner',
    aliases: { zh: ['负责人'], es: ['responsable'] },
    kind: 'text',
    description: L(
      'The person in the agency who is responsible for it.',
      '公司内部的负责人。',
      'La persona de la agencia que se hace cargo.',
    ),
  },
  {
    id: 'status',
    aliases: { zh: ['状态'], es: ['estado'] },
    kind: 'enum',
    values: ['open', 'in-progress', 'delivered', 'closed'],
    // How AEs write a job's state in their own words.
    valueAliases: {
      open: ['new', 'not started', '新开', '未开始', '待开始', 'abierto', 'abierta', 'nuevo', 'sin empezar'],
      'in-progress': [
        'in progress',
        'ongoing',
        'wip',
        'work in progress',
        'in production',
        'in development',
        'in review',
        'started',
        'active',
        '进行中',
        '执行中',
        '制作中',
        '设计中',
        '审核中',
        '已开始',
        'en curso',
        'en progreso',
        'en proceso',
        'en marcha',
        'en producción',
        'en desarrollo',
        'en revisión',
        'iniciado',
        'iniciada',
      ],
      delivered: ['已交付', '已交稿', 'entregado', 'entregada'],
      closed: [
        'done',
        'complete',
        'completed',
        '已关闭',
        '已结案',
        '已完成',
        'cerrado',
        'cerrada',
        'terminado',
        'terminada',
      ],
    },
    description: L(
      'Where the job stands: open, in-progress, delivered or closed.',
      '工作状态：open、in-progress、delivered 或 closed。',
      'Estado del trabajo: open, in-progress, delivered o closed.',
    ),
  },
  {
    id: 'week',
    aliases: { en: ['week of'], zh: ['周', '周次'], es: ['semana', 'semanas'] },
    kind: 'week',
    description: L(
      'The week reported on: any date in it, or 2026-W47.',
      '报告所属的周：该周内任一日期，或 2026-W47。',
      'Semana del informe: cualquier fecha de esa semana, o 2026-W47.',
    ),
  },
  {
    id: 'opened',
    aliases: { zh: ['开单日期'], es: ['apertura'] },
    kind: 'datetime',
    description: L(
      'When the job was opened (date and time).',
      '开单的日期和时间。',
      'Fecha y hora de apertura del trabajo.',
    ),
  },
  {
    id: 'currency',
    aliases: { zh: ['币种'], es: ['moneda'] },
    kind: 'text',
    description: L(
      'The currency of the amounts (RMB, USD, EUR…).',
      '金额所用的币种（RMB、USD、EUR 等）。',
      'Moneda de los importes (RMB, USD, EUR…).',
    ),
  },
  {
    id: 'to',
    aliases: { zh: ['收件人'], es: ['para'] },
    kind: 'text',
    description: L('Who the memo is addressed to.', '备忘录的收件人。', 'A quién va dirigido el memorándum.'),
  },
  {
    id: 'from',
    aliases: { zh: ['发件人'], es: ['de'] },
    kind: 'text',
    description: L('Who sends the memo.', '备忘录的发件人。', 'Quién envía el memorándum.'),
  },
  {
    id: 'subject',
    aliases: { zh: ['主题'], es: ['asunto'] },
    kind: 'text',
    description: L(
      'What the memo is about, in a few words.',
      '备忘录的主题，简明扼要。',
      'De qué trata el memorándum, en pocas palabras.',
    ),
  },
  {
    id: 'updated',
    aliases: {
      en: ['last updated', 'last update'],
      zh: ['更新日期', '更新时间', '最后更新', '最近更新'],
      es: ['actualizado', 'última actualización'],
    },
    kind: 'date',
    description: L(
      'When the fact book was last brought up to date.',
      '实情手册最近一次更新的日期。',
      'Última fecha en que se puso al día el libro de datos.',
    ),
  },
  {
    id: 'year',
    aliases: { zh: ['年度'], es: ['año'] },
    kind: 'year',
    description: L('The year the plan covers.', '计划所涵盖的年度。', 'Año que cubre el plan.'),
  },
  {
    id: 'competitor',
    aliases: { zh: ['竞争者'], es: ['competidor'] },
    kind: 'text',
    description: L('The competitor brand under review.', '所评议的竞争品牌。', 'La marca competidora que se analiza.'),
  },
  {
    id: 'strategy',
    aliases: { zh: ['策略'], es: ['estrategia'] },
    kind: 'path',
    description: L(
      'Relative path of the communication strategy this brief follows.',
      '本简报所依据的传播策略文档的相对路径。',
      'Ruta relativa de la estrategia de comunicación en la que se basa el brief.',
    ),
  },
  // Fields the spec uses outside the §2 list. Chinese and Spanish aliases come
  // first: the missing-field fix picks the first alias in the document's language.
  {
    id: 'schedule-sent',
    aliases: { en: ['schedule sent'], zh: ['进度表发出', '进度表发出时间'], es: ['cronograma enviado'] },
    kind: 'datetime',
    description: L(
      'When the schedule went to the client (within 24 hours of opening the job).',
      '进度表发给客户的时间（开单后 24 小时内）。',
      'Cuándo se envió el cronograma al cliente (en las 24 horas siguientes a la apertura).',
    ),
  },
  {
    id: 'estimate',
    aliases: { zh: ['估价'], es: ['cotización', 'estimación'] },
    kind: 'text',
    description: L(
      'The estimate for the job: the path of the estimate document, or the amount.',
      '本工作的估价：估价单的路径或金额。',
      'El presupuesto del trabajo: ruta del documento o importe.',
    ),
  },
  {
    id: 'lang',
    aliases: { en: ['language'], zh: ['语言'], es: ['idioma'] },
    kind: 'text',
    description: L(
      'The language of the document: en, zh or es.',
      '文档语言：en、zh 或 es。',
      'Idioma del documento: en, zh o es.',
    ),
  },
  {
    id: 'type',
    aliases: { en: ['doctype'], zh: ['类型', '文档类型'], es: ['tipo'] },
    kind: 'text',
    description: L(
      'The document type (e.g. brief, minutes, job).',
      '文档类型（如 brief、minutes、job）。',
      'Tipo de documento (p. ej. brief, minutes, job).',
    ),
  },
];

/** The canonical value an enum field's text stands for (`In progress`, `进行中` → `in-progress`), if any. */
export function enumValueOf(field: FieldDef, text: string): string | undefined {
  const t = fold(text.trim()).replace(/[\s_-]+/g, ' ');
  for (const v of field.values ?? []) {
    if (t === v.replace(/-/g, ' ')) return v;
    if ((field.valueAliases?.[v] ?? []).some((a) => fold(a).replace(/[\s_-]+/g, ' ') === t)) return v;
  }
  return undefined;
}
