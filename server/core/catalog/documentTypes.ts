/**
 * The 14 document types of the client-service handbook (docs/types.md, generated from this file), as data.
 *
 * Sections that the spec marks "(as strategy)" (or that it names without
 * repeating their names, e.g. `Objective` in media-brief) are the very same
 * SectionDef object in every type that uses them. A canonical English name
 * that has different Chinese or Spanish names in different types (`Purpose`,
 * `Media`, `Competition`, `Strategy`) gets one object per meaning, with the
 * same id.
 */
import type { DocumentTypeDef, Localized, SectionDef } from './schema';

const L = (en: string, zh: string, es: string): Localized => ({ en, zh, es });

/**
 * A section's further names, by language (the vocabulary of docs/types.md):
 * singular and plural, synonyms and abbreviations people use. The language
 * tells which language a document is written in, and so which one a fix writes.
 */
const vocab = (
  en: readonly string[],
  zh: readonly string[],
  es: readonly string[],
): Pick<SectionDef, 'aliases' | 'vocabulary'> => ({ aliases: [...en, ...zh, ...es], vocabulary: { en, zh, es } });

// ---------------------------------------------------------------------------
// Communication strategy (several of these are shared with other types)
// ---------------------------------------------------------------------------

const BRAND_DEFINITION: SectionDef = {
  id: 'brand-definition',
  names: L('Brand definition', '品牌定义', 'Definición de marca'),
  ...vocab(
    [
      'Brand personality',
      'Brand character',
      'Brand identity',
      'Brand essence',
      'Who the brand is',
      'Our brand',
      'The brand',
      'Brand',
      'Brand positioning',
      'Who we are',
      'What the brand stands for',
      'Positioning',
      'Brand analysis',
      'Positioning and messaging',
    ],
    [
      '品牌个性',
      '品牌定位',
      '品牌形象',
      '品牌是谁',
      '品牌介绍',
      '品牌描述',
      '我们的品牌',
      '品牌',
      '品牌主张',
      '账号定位',
      '品牌定位与人设',
      '定位',
      '定位与信息',
      '品牌分析',
    ],
    [
      'Personalidad de marca',
      'Identidad de marca',
      'Nuestra marca',
      'La marca',
      'Marca',
      'Posicionamiento de marca',
      'Quiénes somos',
      'Qué es la marca',
      'Posicionamiento',
      'Análisis de marca',
    ],
  ),
  prompt: L(
    'Describe who the brand is: its values, personality and what sets it apart.',
    '品牌是谁：价值观、个性和与众不同之处。',
    'Describe quién es la marca: sus valores, su personalidad y lo que la distingue.',
  ),
  guidance: L(
    "Describe the brand as the client and its consumers see it: what it stands for and how it behaves. Keep it short and concrete enough for the creative team to hear the brand's voice.",
    '描述客户和消费者眼中的品牌：它代表什么、以怎样的方式说话和行事。写得简短具体，让创意团队一读就能听出品牌的声音。',
    'Describe la marca tal como la ven el cliente y sus consumidores: qué representa y cómo se comporta. Sé breve y concreto, para que el equipo creativo pueda oír la voz de la marca.',
  ),
};

const MARKETING_OBJECTIVE: SectionDef = {
  id: 'marketing-objective',
  names: L('Marketing objective', '行销目标', 'Objetivo de marketing'),
  ...vocab(
    [
      'Marketing objectives',
      'Business objective',
      'Business objectives',
      'Marketing goal',
      'Marketing goals',
      'Business goals',
      'Commercial objective',
      'Sales objective',
      'Success metrics',
      'Goals and success metrics',
      'Year 1 goals',
      'Campaign objective',
      'Campaign objectives',
      'Campaign goal',
      'Campaign goals',
      'KPIs',
    ],
    [
      '营销目标',
      '市场目标',
      '生意目标',
      '销售目标',
      '商业目标',
      '业务目标',
      '生意目标是什么',
      '目标定义与成功标准',
      '核心目标',
      '推广目标',
      '成功指标',
      '活动目标',
      '主目标',
    ],
    [
      'Objetivos de marketing',
      'Objetivo de negocio',
      'Objetivos de negocio',
      'Objetivo comercial',
      'Objetivos comerciales',
      'Objetivo de ventas',
      'Objetivo de campaña',
      'Objetivos de campaña',
      'Objetivo de la campaña',
    ],
  ),
  prompt: L(
    'State the business result the client wants, with a number and a date.',
    '写明客户要达成的生意目标，含数字和期限。',
    'Indica el resultado de negocio que busca el cliente, con una cifra y un plazo.',
  ),
  guidance: L(
    "This is the client's business goal (share, sales, penetration), not what the advertising says. Make it measurable and time-bound so the campaign can be judged against it.",
    '这里写的是客户的生意目标（市场份额、销量、渗透率），而不是广告要说什么。目标要可衡量、有期限，日后才能据此评估活动效果。',
    'Es el objetivo de negocio del cliente (cuota, ventas, penetración), no lo que dice la publicidad. Hazlo medible y con fecha, para poder juzgar la campaña frente a él.',
  ),
};

const ROLE_OF_COMMUNICATION: SectionDef = {
  id: 'role-of-communication',
  names: L('Role of communication', '传播的角色', 'Papel de la comunicación'),
  ...vocab(
    [
      'Role of communications',
      'Role of advertising',
      'Communication role',
      'What communication must do',
      'What the communication needs to do',
      'Role of advertising and communication',
      'Communication task',
      'The job of communication',
    ],
    [
      '传播角色',
      '广告的角色',
      '广告及其他传播工具的角色',
      '传播要起的作用',
      '传播的作用',
      '传播任务',
      '传播要做什么',
      '广告的作用',
    ],
    [
      'Papel de la publicidad',
      'Rol de la comunicación',
      'Qué papel juega la comunicación',
      'Función de la comunicación',
      'Qué debe hacer la comunicación',
      'El papel de la comunicación',
      'Misión de la comunicación',
    ],
  ),
  prompt: L(
    'Explain what communication must do to reach the marketing objective.',
    '说明传播要如何帮助达成行销目标。',
    'Explica qué debe hacer la comunicación para lograr el objetivo de marketing.',
  ),
  guidance: L(
    'Say which job communication can realistically do (build awareness, change a perception, prompt trial) and what other tools such as promotion, PR or digital contribute. Advertising alone rarely reaches a marketing objective.',
    '说清传播能切实承担的任务——建立认知、改变看法还是促成试用，以及促销、公关、数字等其他工具各自的作用。单靠广告很少能独自完成行销目标。',
    'Di qué tarea puede cumplir de verdad la comunicación (dar a conocer, cambiar una percepción, provocar la prueba) y qué aportan otras herramientas como la promoción, las relaciones públicas o lo digital. La publicidad sola rara vez alcanza un objetivo de marketing.',
  ),
};

const COMPETITIVE_ENVIRONMENT: SectionDef = {
  id: 'competitive-environment',
  names: L('Competitive environment', '竞争环境', 'Entorno competitivo'),
  ...vocab(
    [
      'Competition',
      'Competitive context',
      'Competitive landscape',
      'Competitors',
      'Competitor analysis',
      'Competitive analysis',
      'The competition',
      'Competitive differentiation',
    ],
    ['竞争', '竞争格局', '竞争对手', '竞争对手分析', '竞争分析', '竞争环境分析', '竞品分析', '竞品'],
    [
      'Competencia',
      'Panorama competitivo',
      'Competidores',
      'Análisis de la competencia',
      'Entorno de la competencia',
      'La competencia',
      'Análisis competitivo integral',
    ],
  ),
  prompt: L(
    'Name the main competitors, what they promise and how much they spend.',
    '列出主要竞争者及其诉求与投放力度。',
    'Nombra a los principales competidores, qué prometen y cuánto invierten.',
  ),
  guidance: L(
    'Cover the brands the consumer really weighs us against, with their positioning, key message and media weight. Note where we can win and where we should not fight.',
    '写出消费者真正会拿来和我们比较的品牌，以及它们的定位、主要信息和媒介投放力度。指出我们能赢的地方，以及不宜正面交锋的地方。',
    'Incluye las marcas con las que el consumidor nos compara de verdad, con su posicionamiento, su mensaje clave y su peso en medios. Señala dónde podemos ganar y dónde no conviene pelear.',
  ),
};

const TARGET_CONSUMER: SectionDef = {
  id: 'target-consumer',
  names: L('Target consumer', '目标消费者', 'Consumidor objetivo'),
  ...vocab(
    [
      'Target consumers',
      'Target audience',
      'Target audiences',
      'Target',
      'Audience',
      'Target market',
      'Target group',
      'Who are we talking to',
      'Who we are talking to',
      // The classic brief asks its questions as headings (`## Who are we talking to?`).
      'Who are we speaking to',
      'Who are we targeting',
      'Who is the target',
      'Who is the audience',
      'Who do we need to talk to',
      'Who do we want to reach',
      'Target demographics',
      'Demographics',
      'Target users',
      'Target user',
      'Users',
      'User personas',
      'Personas',
      'Primary audience',
      'Target segment',
      'Target segments',
      'Who is it for',
      'Who is this for',
      'Audience segmentation',
      'Audience segmentation and messaging',
      'Audience segmentation & messaging',
      'Target customers',
      "Who it's for",
      'Who it is for',
    ],
    [
      '目标受众',
      '目标人群',
      '目标群体',
      '目标对象',
      '目标客群',
      '受众',
      '我们在对谁说',
      '我们对谁说',
      '对谁说',
      '说给谁听',
      '目标对象是谁',
      '目标受众是谁',
      '目标人群画像',
      '目标消费者画像',
      '目标用户',
      '目标用户分析',
      '用户画像',
      '目标用户画像',
      '目标沟通人群',
      '目标人群与使用场景',
      '受众与定位',
      '沟通人群',
      '目标客户',
      '目标客户群',
    ],
    [
      'Público objetivo',
      'Audiencia objetivo',
      'Audiencia',
      'Público',
      'Consumidores objetivo',
      'Grupo objetivo',
      'Público meta',
      'A quién nos dirigimos',
      'A quién le hablamos',
      'A quién hablamos',
      'A quién queremos llegar',
      'A quién nos dirigimos y cómo son',
      'Audiencia y JTBD',
      'Usuarios objetivo',
      'Perfil del público',
      'Segmento objetivo',
      'Clientes objetivo',
      'Para quién es',
    ],
  ),
  prompt: L(
    'Describe who the brand speaks to, as people, not just demographics.',
    '描述目标人群：写活生生的人，而不只是人口数据。',
    'Describe a quién se dirige la marca: personas, no solo datos demográficos.',
  ),
  guidance: L(
    'Go beyond age and income: how these people live, what they think of the category and the brand, what would make them change. A vivid, specific picture gives the creative team someone to talk to.',
    '不要只写年龄和收入：写他们怎样生活、如何看待这个品类和品牌、什么能让他们改变。画像越具体生动，创意团队越清楚自己在对谁说话。',
    'Ve más allá de la edad y los ingresos: cómo viven, qué piensan de la categoría y de la marca, qué les haría cambiar. Un retrato concreto y vivo le da al equipo creativo alguien a quien hablar.',
  ),
};

const WHERE_ARE_WE_NOW: SectionDef = {
  id: 'where-are-we-now',
  names: L('Where are we now', '我们在哪里', 'Dónde estamos'),
  ...vocab(
    [
      'Where we are now',
      'Where are we today',
      'Current situation',
      'Situation',
      'Current position',
      'Where we stand',
      'Situation analysis',
      'Starting point',
    ],
    [
      '我们现在在哪里',
      '现状',
      '现状分析',
      '当前状况',
      '我们现在的位置',
      '现在的位置',
      '项目现状',
      '市场现状',
      '品牌现状',
    ],
    [
      'Dónde estamos ahora',
      'Situación actual',
      'Situación de partida',
      'Punto de partida',
      'Dónde estamos hoy',
      'Análisis de la situación',
    ],
  ),
  prompt: L(
    'Describe how consumers see the brand today.',
    '消费者目前如何看待这个品牌。',
    'Describe cómo ven hoy la marca los consumidores.',
  ),
  guidance: L(
    "State the brand's current place in the consumer's mind, backed by research where you have it. This is the starting point the campaign has to move from.",
    '写出品牌目前在消费者心目中的位置，尽量用调研数据佐证。这是整个活动要改变的起点。',
    'Explica qué lugar ocupa hoy la marca en la mente del consumidor, con datos de investigación si los hay. Es el punto de partida desde el que la campaña tiene que moverse.',
  ),
};

const WHERE_ARE_WE_GOING: SectionDef = {
  id: 'where-are-we-going',
  names: L('Where are we going', '我们往哪里去', 'A dónde vamos'),
  ...vocab(
    [
      'Where do we want to be',
      'Where we want to be',
      'Where we are going',
      'Desired position',
      'Where we want to go',
      'Target position',
      'Ambition',
      'Future position',
    ],
    ['我们要去哪里', '我们想去哪里', '目标状态', '我们要去哪', '未来方向', '期望的位置', '我们想成为什么'],
    [
      'A dónde queremos ir',
      'A dónde queremos llegar',
      'Adónde vamos',
      'Adónde queremos llegar',
      'Adónde queremos ir',
      'Dónde queremos estar',
      'Posición deseada',
      'Hacia dónde vamos',
    ],
  ),
  prompt: L(
    'Describe how we want consumers to see the brand after the campaign.',
    '活动之后，希望消费者如何看待品牌。',
    'Describe cómo queremos que vean la marca los consumidores tras la campaña.',
  ),
  guidance: L(
    'Describe the change in perception or behaviour the communication should bring about. Keep it realistic for the budget and time available, and consistent with the marketing objective.',
    '描述传播要带来的认知或行为改变。目标要与预算和时间相称，并与行销目标保持一致。',
    'Describe el cambio de percepción o de conducta que debe lograr la comunicación. Que sea realista para el presupuesto y el plazo, y coherente con el objetivo de marketing.',
  ),
};

const BUTTON: SectionDef = {
  id: 'button',
  names: L('Button', '按钮', 'Botón'),
  ...vocab(
    [
      'Key trigger',
      'Single-minded proposition',
      'Single minded proposition',
      'SMP',
      'Key proposition',
      'Proposition',
      'Key message',
      'Core message',
      'Main message',
      'The one thing',
      'Key benefit',
      'What is the single most important thing to say',
      'What is the single most important thing we can say',
      'What is the single most important thing we want to say',
      'Single most important thing',
      'SMIT',
      'What is the one thing we want to say',
      "What's the one thing we want to say",
      'What is the key message',
      'Promise',
      'Brand promise',
      'Value proposition',
      'Unique value proposition',
      'UVP',
      'USP',
      'Unique selling proposition',
      'Messaging',
      'Key messaging',
      'Key messages',
      'Primary message',
      'Messaging framework',
      'Key message framework',
      'Message',
      'What is the unique value proposition',
      'What is the unique value proposition of the product',
      'What is the value proposition',
      'Experience promise',
      'Brand promise statement',
      'Core idea',
      'Big idea',
      'Messaging pillars',
      'Message pillars',
      'Key message pillars',
    ],
    [
      '单一诉求',
      '利益点',
      '核心信息',
      '核心诉求',
      '关键信息',
      '主要信息',
      '单一利益点',
      '核心利益点',
      '最想说的一句话是什么',
      '最想说的一句话',
      '最重要的一句话',
      '我们要说什么',
      '核心信息与角度',
      '价值主张',
      '品牌承诺',
      '核心卖点',
      '核心策略一句话',
      '核心创意',
    ],
    [
      'Propuesta única',
      'Propuesta única de venta',
      'Propuesta',
      'Mensaje clave',
      'Mensaje principal',
      'Mensaje central',
      'Qué es lo más importante que debemos decir',
      'Qué es lo más importante que hay que decir',
      'Lo más importante que debemos decir',
      'Qué queremos decir',
      'Marco de mensajes',
      'Marcos de mensajes clave',
      'Propuesta de valor',
      'Promesa',
      'Promesa de marca',
      'Mensajes clave',
      'Idea central',
      'Pilares de mensaje',
      'Pilares del mensaje',
    ],
  ),
  kind: 'button',
  prompt: L(
    'The one thing we want the consumer to take away, in one sentence.',
    '一句话：希望消费者记住的那一点。',
    'Lo único que queremos que el consumidor se lleve, en una sola frase.',
  ),
  guidance: L(
    'The button is the single-minded proposition: one benefit, one sentence, no "and". If you need two sentences or a list, the choice has not been made yet; make it before the brief goes to the creative team.',
    '按钮就是单一诉求：一个利益点，一句话，不要“并且”。如果需要两句话或一个列表，说明还没有做出取舍；交给创意之前先做决定。',
    'El botón es la propuesta única: un beneficio, una frase, sin «y». Si necesitas dos frases o una lista, todavía no has elegido; decide antes de pasar el brief a creatividad.',
  ),
};

const SUPPORT_POINTS: SectionDef = {
  id: 'support-points',
  names: L('Support points', '支持点', 'Puntos de apoyo'),
  ...vocab(
    [
      'Support point',
      'Supporting points',
      'Support',
      'Reasons to believe',
      'Reason to believe',
      'RTB',
      'RTBs',
      'Reason why',
      'Reasons why',
      'Proof points',
      'Proof point',
      'Proof',
      'Why should they believe it',
      'Why should they believe us',
      'Why should they believe',
      'Why will they believe it',
      'Why believe it',
      'Differentiators',
      'Key differentiators',
      'Why us',
      'Key benefits',
    ],
    [
      '支持理由',
      '支持點',
      '支撑点',
      '支撑理由',
      '信任理由',
      '佐证',
      '支持证据',
      '凭什么让人相信',
      '凭什么相信',
      '为什么相信',
      '为什么要相信',
      '差异化',
      '差异点',
      '差异化优势',
    ],
    [
      'Razones para creer',
      'Razón para creer',
      'Argumentos de apoyo',
      'Apoyos',
      'Pruebas',
      'Por qué deberían creernos',
      'Por qué nos van a creer',
      'Por qué creernos',
      'Diferenciadores',
      'Diferenciales',
      'Beneficios clave',
    ],
  ),
  kind: 'support-points',
  prompt: L(
    'List the main reasons to believe the button, five at most.',
    '列出支撑按钮的主要理由，最多五条。',
    'Enumera las razones principales para creer el botón, cinco como máximo.',
  ),
  guidance: L(
    'Give only the main support points: facts about the product or brand that make the button believable. One to five points; more dilutes the message, and the rest belongs in the fact book.',
    '只写主要的支持点：让按钮可信的产品或品牌事实。一到五条即可，写多了会冲淡信息，其余资料放进实情手册。',
    'Incluye solo los puntos de apoyo principales: hechos del producto o de la marca que hacen creíble el botón. De uno a cinco; más diluye el mensaje, y el resto va al libro de datos.',
  ),
};

const MANDATORIES: SectionDef = {
  id: 'mandatories',
  names: L('Mandatories', '必要条件', 'Requisitos obligatorios'),
  ...vocab(
    [
      'Mandatory',
      'Mandatory elements',
      'Must-haves',
      'Must haves',
      'Executional considerations',
      'Executional mandatories',
      'What must be included',
      'What must we include',
      'Must include',
      'Must-includes',
      'Constraints',
      'Creative constraints',
      'Restrictions',
      'Guardrails',
      'Requirements',
      'Brand requirements',
      'Brand guidelines',
      'Brand safety guidelines',
      'Guidelines',
      "Do's and don'ts",
      "Dos and don'ts",
      "Do and don't",
      'Non-negotiables',
      'What is untouchable',
      'Usage rules',
      'Things to avoid',
      'What to avoid',
      'Required elements',
      'Required assets and elements',
      'Required assets & elements',
    ],
    [
      '必须包含',
      '必须包括的执行要素',
      '执行要求',
      '强制要求',
      '必备元素',
      '必须包含的内容',
      '必须包含什么',
      '限制条件',
      '注意事项',
      '品牌规范',
      '规范要求',
      '注意事项与限制',
      '红线禁忌',
      '红线',
      '合规边界',
      '风险与合规边界',
      '需要避免的内容',
      '必需素材与元素',
      '必需元素',
      '禁止事项',
    ],
    [
      'Restricciones',
      'Limitaciones',
      'Obligatorios',
      'Mandatorios',
      'Elementos obligatorios',
      'Imprescindibles',
      'Consideraciones de ejecución',
      'Qué debe incluirse',
      'Qué debe incluir',
      'Debe incluir',
      'Restricciones creativas',
      'Lineamientos',
      'Pautas de marca',
      'Requisitos',
      'Qué sí y qué no',
      'Qué evitar',
      'Lo que se debe y no se debe hacer',
      'Elementos requeridos',
    ],
  ),
  prompt: L(
    'List what every execution must include: logo, legal lines, pack shot, claims.',
    '列出每件作品必须包含的元素：标志、法律声明等。',
    'Enumera lo que debe incluir toda pieza: logotipo, textos legales, packshot, claims.',
  ),
  guidance: L(
    "Mandatories are the client's non-negotiables and the legal requirements, agreed before creative work starts. Keep the list short: every item limits the creative team.",
    '必要条件是客户不可让步的要求和法规要求，须在创意开工前确认。清单越短越好，每多一条都会限制创意发挥。',
    'Son los requisitos innegociables del cliente y los legales, acordados antes de empezar el trabajo creativo. Mantén la lista corta: cada punto limita al equipo creativo.',
  ),
};

const SIGNOFF_NAMES = L('Sign-off', '签核', 'Aprobaciones');
const SIGNOFF_VOCABULARY = vocab(
  [
    'Approvals',
    'Approval',
    'Sign-offs',
    'Signoff',
    'Sign off',
    'Signatures',
    'Approved by',
    'Acceptance',
    'Customer authorization',
    'Client authorization',
    'Authorization',
    'Stakeholders & approvals',
    'Stakeholders and approvals',
    'Review and approval',
    'Review & approval',
    'Agreement',
  ],
  ['签字', '签字确认', '审批', '确认签字', '确认', '客户确认', '审核与批准', '审批与确认'],
  [
    'Firmas',
    'Aprobación',
    'Visto bueno',
    'Conformidad',
    'Aceptación',
    'Autorización',
    'Revisión y aprobación',
    'Acuerdo de aceptación',
  ],
);
const SIGNOFF_PROMPT = L(
  'One line per role: role, name and date of approval.',
  '每个角色一行：角色、姓名、签核日期。',
  'Una línea por rol: rol, nombre y fecha de aprobación.',
);

const SIGNOFF: SectionDef = {
  id: 'sign-off',
  names: SIGNOFF_NAMES,
  ...SIGNOFF_VOCABULARY,
  kind: 'signoff',
  prompt: SIGNOFF_PROMPT,
  guidance: L(
    'Every required role signs with a name and a date before the work leaves the agency. A document without its sign-offs is a draft, however complete it looks.',
    '所有必需的角色都要签上姓名和日期，工作才能发出公司。没有签核的文档，看起来再完整也只是草稿。',
    'Cada rol requerido firma con nombre y fecha antes de que el trabajo salga de la agencia. Un documento sin sus aprobaciones es un borrador, por completo que parezca.',
  ),
};

// ---------------------------------------------------------------------------
// Creative brief, media brief (Objective is also the proposal's)
// ---------------------------------------------------------------------------

const OBJECTIVE: SectionDef = {
  id: 'objective',
  names: L('Objective', '目标', 'Objetivo'),
  ...vocab(
    [
      'Objectives',
      'Goal',
      'Goals',
      'Aim',
      'Campaign objective',
      'Campaign objectives',
      'Communication objective',
      'Communication objectives',
      'Advertising objective',
      'What do we want to achieve',
      'What are we trying to achieve',
      'What do we want people to do',
      'What do we want them to do',
      'What should the advertising do',
      'What is the advertising trying to do',
      'What is the objective',
      'Ambition',
      'Purpose',
      'Vision statement',
      'Goal statement',
      'Project goals',
      'Project objectives',
      'Campaign goals',
      'Campaign goal',
      'Project goal',
      'Page goals',
      'Page goal',
      'Initial goal',
      'Primary goal',
    ],
    [
      '传播目标',
      '广告目标',
      '活动目标',
      '目的',
      '我们想达到什么目的',
      '我们要达到什么目标',
      '想达到什么目的',
      '要达到什么目标',
      '提案目标',
      '提案目的',
      '本次目标',
      '项目目标',
      '主要目标',
      '概述与目标',
      '目标定义与成功标准',
      '目标定义',
      '页面目标',
      '初步目标',
    ],
    [
      'Objetivos',
      'Objetivo de comunicación',
      'Objetivos de comunicación',
      'Objetivo de la campaña',
      'Meta',
      'Metas',
      'Qué queremos conseguir',
      'Qué queremos lograr',
      'Qué queremos que hagan',
      'Objetivos y KPIs',
      'Objetivo del proyecto',
      'Objetivos del proyecto',
    ],
  ),
  prompt: L(
    'State what this work must achieve, in one measurable sentence.',
    '一句话写明要达成的目标，尽量可衡量。',
    'Indica qué debe lograr este trabajo, en una frase medible.',
  ),
  guidance: L(
    'Say what success looks like: what the audience should think, feel or do afterwards. One clear, measurable objective is worth more than a list of wishes.',
    '说明怎样才算成功：受众事后应该怎么想、怎么感受、怎么做。一个清晰可衡量的目标，胜过一串愿望。',
    'Di cómo se ve el éxito: qué debe pensar, sentir o hacer el público después. Un objetivo claro y medible vale más que una lista de deseos.',
  ),
};

const TONE: SectionDef = {
  id: 'tone',
  names: L('Tone', '语气风格', 'Tono'),
  ...vocab(
    [
      'Tone of voice',
      'Tone & voice',
      'Tone and voice',
      'Voice and tone',
      'Voice & tone',
      'Tone and manner',
      'Tone & manner',
      'Voice',
      'Brand voice',
      'What tone should we take',
      'What tone should we use',
      'What is the tone',
      'How should we sound',
      'Attitude',
      'Personality',
      'Brand personality',
      'Tone and personality',
      'Tone & personality',
      'Tone and style',
      'Tone & style',
      'Voice chart',
      'Look and feel',
      'Look & feel',
      'Mood',
      'Emotional tone',
      'Tone guidelines',
      'Voice guidelines',
      'Tone of voice guidelines',
      'Emotional targets',
      'Mood and feeling',
      'Mood & feeling',
      'How it should feel',
      'Aesthetic',
      'Visual style',
    ],
    [
      '语气',
      '调性',
      '语调',
      '风格调性',
      '品牌调性',
      '用什么语气',
      '什么样的语气',
      '风格',
      '语气与风格',
      '品牌个性',
      '调性与风格',
      '视觉风格建议',
      '风格建议',
    ],
    [
      'Tono de voz',
      'Tono y estilo',
      'Tono y manera',
      'Tono de comunicación',
      'Estilo',
      'Qué tono usamos',
      'Qué tono debemos usar',
      'Personalidad',
      'Personalidad de marca',
      'Tono y personalidad',
      'Estética',
    ],
  ),
  prompt: L(
    'Describe in a few words how the work should sound and feel.',
    '用几个词描述作品的语气和感觉。',
    'Describe en pocas palabras cómo debe sonar y sentirse el trabajo.',
  ),
  guidance: L(
    "Give the brand's voice for this work in a few adjectives, and say what it must never sound like. Tone follows from the brand definition; this is not the place for a new personality.",
    '用几个形容词说明这次作品的语气，并写明绝不能出现的调子。语气源自品牌定义，不要在这里另起炉灶。',
    'Da la voz de la marca para este trabajo en unos pocos adjetivos y di cómo no debe sonar nunca. El tono nace de la definición de marca; no es el lugar para inventarle otra personalidad.',
  ),
};

const DELIVERABLES: SectionDef = {
  id: 'deliverables',
  names: L('Deliverables', '交付内容', 'Entregables'),
  ...vocab(
    [
      'Deliverable',
      'Production requirements',
      'Outputs',
      'Assets',
      'What we need',
      'What do we need',
      'What do we need to make',
      'What are we making',
      'What are the deliverables',
      'Deliverables list',
      'Outputs required',
      'Creative assets',
      'Required assets',
      'Assets needed',
      'Deliverables needed',
      'Deliverables requested',
      'Formats',
      'Creative deliverables',
      'Asset checklist',
      'Assets checklist',
      'Deliverables checklist',
    ],
    [
      '制作需求',
      '交付物',
      '交付成果',
      '产出物',
      '需要交付什么',
      '要交付什么',
      '需要做什么',
      '交付清单',
      '交付',
      '产出',
      '制作内容',
      '物料清单',
      '交付格式',
      '交付要求',
    ],
    [
      'Piezas',
      'Piezas a entregar',
      'Materiales a entregar',
      'Qué necesitamos',
      'Qué piezas necesitamos',
      'Qué tenemos que hacer',
      'Entregas',
      'Lista de entregables',
      'Piezas a producir',
      'Formato de entrega',
      'Formatos de entrega',
      'Formatos',
      'Alcance',
      'Entregables solicitados',
    ],
  ),
  prompt: L(
    'List each piece to deliver: format, size, length, quantity and channel.',
    '逐项列出交付物：形式、尺寸、时长、数量、渠道。',
    'Enumera cada pieza a entregar: formato, tamaño, duración, cantidad y canal.',
  ),
  guidance: L(
    'Spell out every deliverable so nobody has to guess: formats, sizes, lengths, versions and languages. Anything not listed here is not in the estimate.',
    '把每一项交付物写清楚，不让任何人去猜：形式、尺寸、时长、版本和语言。这里没写的，就不在估价范围内。',
    'Detalla cada entregable para que nadie tenga que adivinar: formatos, tamaños, duraciones, versiones e idiomas. Lo que no figure aquí no está en el presupuesto.',
  ),
};

const MARKETS: SectionDef = {
  id: 'markets',
  names: L('Markets', '市场区域', 'Mercados'),
  ...vocab(
    ['Market', 'Target markets', 'Geography', 'Regions', 'Coverage'],
    ['市场', '投放区域', '投放市场', '区域'],
    ['Mercado', 'Regiones', 'Cobertura', 'Zonas'],
  ),
  prompt: L(
    'List the cities, regions or countries where the campaign runs.',
    '列出投放的城市、地区或国家。',
    'Enumera las ciudades, regiones o países donde se emite la campaña.',
  ),
  guidance: L(
    'Name the markets in order of priority, and say whether the weight differs between them. The media team needs this to split the budget.',
    '按优先次序列出市场，并注明各市场投放力度的差别。媒介团队要据此分配预算。',
    'Nombra los mercados por orden de prioridad e indica si el peso varía entre ellos. El equipo de medios lo necesita para repartir el presupuesto.',
  ),
};

const TIMING: SectionDef = {
  id: 'timing',
  names: L('Timing', '投放时间', 'Calendario'),
  ...vocab(
    ['Flight dates', 'Flighting', 'Campaign dates', 'Campaign period', 'Media timing', 'Timeline'],
    ['投放期', '投放排期', '排期', '时间安排'],
    ['Fechas', 'Fechas de campaña', 'Periodo de campaña', 'Período de campaña'],
  ),
  prompt: L(
    'Give the start and end dates of the campaign and its key moments.',
    '写明投放起止日期和关键节点。',
    'Indica las fechas de inicio y fin de la campaña y sus momentos clave.',
  ),
  guidance: L(
    'Give exact dates (YYYY-MM-DD) for the flight and for the launches, seasons or events the plan must hit. Allow for booking deadlines, which often fall weeks before the first insertion.',
    '写明投放期的确切日期（YYYY-MM-DD），以及必须配合的上市、季节或活动节点。要为媒体预订留出时间，预订截止日往往在上线前几周。',
    'Da fechas exactas (AAAA-MM-DD) del periodo de campaña y de los lanzamientos, temporadas o eventos que hay que cubrir. Ten en cuenta los cierres de reserva, que suelen caer semanas antes de la primera inserción.',
  ),
};

const CREATIVE_FORMATS: SectionDef = {
  id: 'creative-formats',
  names: L('Creative formats', '创意形式', 'Formatos'),
  ...vocab(
    [
      'Formats',
      'Ad formats',
      'Creative units',
      'Creative assets',
      'Creative assets available',
      'Available assets',
      'Assets available',
      'Creative materials',
    ],
    ['广告形式', '素材形式', '格式', '可用素材', '素材', '创意素材'],
    ['Formatos creativos', 'Formatos publicitarios', 'Piezas disponibles', 'Materiales creativos'],
  ),
  prompt: L(
    'List the creative formats available: spot lengths, print sizes, digital units.',
    '列出可用的创意形式：影视长度、平面尺寸等。',
    'Enumera los formatos creativos disponibles: duración de spots, tamaños, formatos digitales.',
  ),
  guidance: L(
    'Say which executions exist or will be produced, so the plan only buys space the creative work can fill. Check this against the deliverables of the creative brief.',
    '写明已有或将要制作的作品形式，确保媒介只购买创意能填满的版面和时段。请与创意简报的交付内容核对。',
    'Indica qué piezas existen o se van a producir, para que el plan solo compre espacios que la creatividad pueda llenar. Compruébalo con los entregables del brief creativo.',
  ),
};

const COMPETITIVE_SPEND: SectionDef = {
  id: 'competitive-spend',
  names: L('Competitive spend', '竞争投放', 'Inversión de la competencia'),
  ...vocab(
    ['Competitor spend', 'Competitive activity', 'Share of voice', 'SOV'],
    ['竞品投放', '竞争对手投放'],
    ['Inversión competitiva', 'Actividad de la competencia'],
  ),
  optional: true,
  prompt: L(
    'Summarise what competitors spend, in which media and when.',
    '概述竞争品牌的投放金额、媒介和时间。',
    'Resume cuánto invierten los competidores, en qué medios y cuándo.',
  ),
  guidance: L(
    "Add the competitors' estimated spend and media mix if you have them, with the source. It helps decide where to match them and where to stay away.",
    '如有资料，写出竞争品牌的预估投放额和媒介组合，并注明来源。这有助于判断哪里要跟进、哪里要避开。',
    'Añade la inversión estimada y el mix de medios de la competencia si los tienes, con la fuente. Ayuda a decidir dónde igualarlos y dónde evitarlos.',
  ),
};

// ---------------------------------------------------------------------------
// Meeting agenda, minutes, weekly status
// ---------------------------------------------------------------------------

const AGENDA_PURPOSE: SectionDef = {
  id: 'purpose',
  names: L('Purpose', '会议目的', 'Objetivo'),
  ...vocab(
    [
      'Purpose of the meeting',
      'Meeting purpose',
      'Objective',
      'Objectives',
      'Goal',
      'Goals',
      'Aim',
      'Why we are meeting',
      'Meeting objective',
      'Meeting objectives',
      'Purpose of the first meeting',
    ],
    ['目的', '会议目标', '目的与目标', '本次会议目的', '首次会议目的'],
    [
      'Objetivos',
      'Objetivo de la reunión',
      'Propósito',
      'Finalidad',
      'Propósito de la reunión',
      'Para qué nos reunimos',
      'Objetivo de la primera reunión',
      'Objetivos de la primera reunión',
    ],
  ),
  prompt: L(
    'State what the meeting must decide or achieve.',
    '写明本次会议要决定或达成什么。',
    'Indica qué debe decidir o lograr la reunión.',
  ),
  guidance: L(
    'One or two sentences on why everyone is meeting and what decision is expected. Send the agenda at least 48 hours ahead so the client can prepare and bring the right people.',
    '用一两句话说明为什么开会、需要做出什么决定。议程至少提前 48 小时发出，让客户有时间准备并请到合适的人。',
    'Una o dos frases sobre por qué se reúnen y qué decisión se espera. Envía el orden del día con al menos 48 horas de antelación para que el cliente pueda prepararse y convocar a quien corresponda.',
  ),
};

const TOPICS: SectionDef = {
  id: 'topics',
  names: L('Topics', '议题', 'Temas'),
  ...vocab(
    [
      'Topic',
      'Agenda',
      'Agenda items',
      'Items',
      'Discussion topics',
      'Topics for discussion',
      'Points for discussion',
      'Items for discussion',
      'Discussion points',
      'Items to discuss',
      'Agenda topics',
      'Running order',
    ],
    ['议程', '会议议题', '讨论事项', '议程事项', '讨论议题', '会议内容', '议程安排', '讨论内容', '会议议程', '议程表'],
    [
      'Tema',
      'Orden del día',
      'Puntos',
      'Puntos a tratar',
      'Temas a tratar',
      'Asuntos a tratar',
      'Temas de la reunión',
      'Puntos del día',
    ],
  ),
  kind: 'topics',
  prompt: L(
    'One topic per list item, with @owner and a time box.',
    '每项一个议题，注明 @负责人 和时长。',
    'Un tema por punto de la lista, con @responsable y tiempo asignado.',
  ),
  guidance: L(
    'Put each topic in its own list item, in the order you will take them, with who leads it and how long it gets (e.g. `15 min`). An agenda without topics is only an invitation.',
    '每个议题单独列一项，按讨论顺序排列，注明由谁主讲、占用多长时间（如 `15 min`）。没有议题的议程只是一份邀请。',
    'Pon cada tema en su propio punto de la lista, en el orden en que se tratará, con quién lo presenta y cuánto tiempo tiene (p. ej. `15 min`). Un orden del día sin temas es solo una invitación.',
  ),
};

const MATERIALS: SectionDef = {
  id: 'materials',
  names: L('Materials', '会议资料', 'Materiales'),
  ...vocab(
    ['Material', 'Documents', 'Pre-reads', 'Pre-read', 'Attachments', 'Reading'],
    ['资料', '附件', '会前资料'],
    ['Documentación', 'Documentos', 'Anexos'],
  ),
  optional: true,
  prompt: L(
    'List the documents to read or bring, with links.',
    '列出需提前阅读或携带的资料及链接。',
    'Enumera los documentos que hay que leer o traer, con enlaces.',
  ),
  guidance: L(
    'Attach or link what participants should read beforehand, and say what the agency will bring (boards, films, samples). Nobody should see key material for the first time in the room.',
    '附上或链接与会者需要提前阅读的资料，并写明公司会带哪些东西（提案板、影片、样品）。关键资料不应在会上才第一次出现。',
    'Adjunta o enlaza lo que los asistentes deben leer antes y di qué llevará la agencia (bocetos, vídeos, muestras). Nadie debería ver un material clave por primera vez en la sala.',
  ),
};

const DECISIONS: SectionDef = {
  id: 'decisions',
  names: L('Decisions', '结论', 'Acuerdos'),
  ...vocab(
    [
      'Decision',
      'Decisions made',
      'Key decisions',
      'Conclusions',
      'Conclusion',
      'Agreements',
      'Agreed',
      'Agreed points',
      'What we agreed',
      'What we agreed on',
      'We agreed',
      'We agreed on',
      'Agreed on',
      'Outcomes',
      'Outcome',
      'Resolutions',
      'Key outcomes',
      'Decisions and outcomes',
      'Agreements reached',
      'Consensus',
      'Main decisions',
      'Outcomes and recommendations',
      'Outcomes & recommendations',
      'Key takeaways',
      'Takeaways',
      'Main takeaways',
      'Key takeaway',
      'Decisions and discussions',
      'Decisions & discussions',
      'Key decisions and discussions',
      'Key decisions & discussions',
      'Formal motions',
      'Motions',
      'Motions passed',
      'Decision made',
      'Discussion or decision made',
      'Discussion and decisions made',
    ],
    [
      '决定',
      '会议结论',
      '决策事项',
      '会议决定',
      '决议',
      '会议决议',
      '决定事项',
      '决策',
      '共识',
      '达成共识',
      '主要结论',
      '主要决定',
      '决定的事项',
      '会议共识',
      '讨论结论',
      '讨论与决议',
      '讨论及决议',
      '关键讨论与决议',
      '会议要点与结论',
      '确认事项',
      '已确认事项',
      '讨论结果',
    ],
    [
      'Acuerdo',
      'Conclusiones',
      'Conclusión',
      'Decisiones',
      'Decisión',
      'Decisiones tomadas',
      'Acuerdos tomados',
      'Acuerdos adoptados',
      'Puntos acordados',
      'Acuerdos y decisiones',
      'Resumen de acuerdos y decisiones',
      'Resumen de acuerdos',
      'Resoluciones',
      'Acuerdos relevantes',
      'Acuerdos principales',
      'Principales acuerdos',
      'Acuerdos alcanzados',
      'Decisiones adoptadas',
      'Decisión tomada',
      'Conclusiones principales',
      'Principales conclusiones',
    ],
  ),
  prompt: L(
    'List what was agreed, one decision per item.',
    '逐条列出会上达成的决定。',
    'Enumera lo acordado, una decisión por punto.',
  ),
  guidance: L(
    'Record decisions, not the conversation: what was approved, changed or rejected, and by whom. Send the minutes within 24 hours so the client can correct them while the meeting is fresh.',
    '记录结论，而不是讨论过程：批准了什么、改了什么、否决了什么，由谁拍板。会后 24 小时内发出，让客户趁记忆犹新时更正。',
    'Recoge decisiones, no la conversación: qué se aprobó, cambió o rechazó, y quién lo decidió. Envía el acta en las 24 horas siguientes, para que el cliente pueda corregirla con la reunión aún fresca.',
  ),
};

const NEXT_ACTIONS: SectionDef = {
  id: 'next-actions',
  names: L('Next actions', '后续行动', 'Próximos pasos'),
  ...vocab(
    [
      'Next action',
      'Next steps',
      'Next step',
      'Action items',
      'Action item',
      'Summary of action items',
      'Action item summary',
      'Actions',
      'Action points',
      'Open actions',
      'Task list',
      'To-do list',
      'Todo list',
      'Next sprint plans',
      'Plans for next sprint',
      'Actionables',
      'Actionable items',
      'Follow-ups',
      'Follow-up actions',
      'Follow ups',
      'Followups',
      'Followup',
      'Tasks',
      'To-dos',
      'To do',
      'Todos',
      'Assignments',
      'Assigned tasks',
      'Tasks for this week',
      'Tasks for next week',
      'Actions required',
      'Action required',
      'Required actions',
      'Actions needed',
      'Action log',
      'Actions agreed',
      'Agreed actions',
      'Action summary',
      'Action list',
      // A plural slip, as written: `## Actions Points`.
      'Actions points',
      // A retrospective's list of what changes: `## For Next Sprint`.
      'For next sprint',
      'For the next sprint',
      'Follow up actions',
      'Follow up',
      'Plan for next week',
      'Plan for the next week',
      'Sprint plan',
      'Distribution of work',
      'Work distribution',
      'Task distribution',
      'Division of work',
      'Tasks to be completed',
      'Tasks to complete',
      'Team member tasks',
      'What needs to be done next',
      'What will be done next',
      'Action items or follow-ups',
      'Action items and follow-ups',
      'Action items or follow ups',
      'Summarize action points',
    ],
    [
      '下一步行动',
      '下一步',
      '下一步工作',
      '行动项',
      '行动事项',
      '行动计划',
      '待办事项',
      '待办',
      '后续工作',
      '跟进事项',
      '会后任务',
      '任务分工',
      '工作安排',
      '任务安排',
      '本周任务',
      '下周任务',
      '需要采取的行动',
      '后续跟进',
      '行动清单',
      '后续行动计划',
      '后续的行动计划',
      '未来行动计划',
      '下一步计划',
      '后续计划',
      // Real minutes list what a topic leaves to do under `遗留问题：` (often with `责任人：`), `无` when nothing.
      '遗留问题',
      // …and under `遗留任务` (left-over tasks).
      '遗留任务',
      '任务分配',
      '具体任务分配',
      '遗留事项',
      '会后跟进',
      '会后跟进事项',
      // What real minutes most often call what comes next: `## 三、后续安排`.
      '后续安排',
      '后续工作安排',
      '下一步安排',
      '下一步工作安排',
      '下步工作',
      '下阶段工作',
      '下阶段工作计划',
      '会后安排',
      '后续事项',
      '待跟进事项',
      '分工',
      '人员分工',
      '初步分工',
      '分工安排',
      '工作分工',
      '近期任务',
      '待处理事项',
      '其他待处理事项',
      '下一步工作计划',
      '本周任务分配',
      '下周计划',
      '下周工作计划',
      '核心任务',
      '前期任务',
      '后续行动建议',
      '后续行动',
      '待做',
      '待做事项',
      '近期落地要求',
      '需要完成的工作',
      '本周待办',
    ],
    [
      'Próximo paso',
      'Acciones',
      'Acciones pendientes',
      'Acciones a seguir',
      'Acciones de seguimiento',
      'Tareas',
      'Tareas asignadas',
      'Tareas pendientes',
      'Pendientes',
      'Compromisos',
      'Plan de acción',
      'Próximas acciones',
      'Tareas a realizar',
      'Reparto de tareas',
      'Asignación de tareas',
      'Distribución de tareas',
      'Distribución del trabajo',
      'Reparto del trabajo',
      'Tareas para esta semana',
      'Tareas para la próxima semana',
      'Tareas de la semana',
      'Acciones requeridas',
      'Acciones acordadas',
      'Tareas acordadas',
      'Creación y asignación de tareas',
      'Acciones para futuros proyectos',
      'Para el próximo sprint',
      'Compromisos individuales',
      'Plan de actividades',
      'Plan para la próxima semana',
      'Plan de la próxima semana',
      'Plan de trabajo',
      'Tareas a completar',
      'Actividades específicas',
      'Actividades a realizar',
      'Quedó pendiente',
      'Quedan pendientes',
      'Acuerdos para la próxima reunión',
      'Acuerdos adoptados para la próxima reunión',
      'Tareas para la próxima reunión',
      'Para la próxima reunión',
      'Acciones para esta semana',
      'Acciones para esta semana y la próxima',
      'Repartición de tareas',
      'Resumen de las nuevas tareas',
      'Nuevas tareas y asignación',
    ],
  ),
  kind: 'actions',
  prompt: L(
    'One action per item, with @owner and due date.',
    '每项一个行动，注明 @负责人 和截止日期。',
    'Una acción por punto, con @responsable y fecha límite.',
  ),
  guidance: L(
    'Every next action needs an owner and a deadline, or it will not happen. Write `@name` and `due YYYY-MM-DD` on each item, and tick it (`- [x]`) when it is done.',
    '每项后续行动都要有负责人和截止日期，否则没人会去做。每项写上 `@姓名` 和 `截止 YYYY-MM-DD`，完成后勾选（`- [x]`）。',
    'Cada próximo paso necesita un responsable y una fecha límite, o no se hará. Escribe `@nombre` y `fecha límite: AAAA-MM-DD` en cada punto, y márcalo (`- [x]`) cuando esté hecho.',
  ),
};

const JOBS_IN_PROGRESS: SectionDef = {
  id: 'jobs-in-progress',
  names: L('Jobs in progress', '进行中的工作', 'Trabajos en curso'),
  ...vocab(
    [
      'Job in progress',
      'In progress',
      'Work in progress',
      'WIP',
      'Current jobs',
      'Active jobs',
      'Ongoing work',
      'Jobs',
      'Jobs underway',
      'Current work',
      'Live jobs',
      'Work underway',
      'Active projects',
      'Current status',
      'Ongoing projects',
      'Active or ongoing projects',
    ],
    [
      '进行中',
      '在制工作',
      '进行中工作',
      '进行中项目',
      '在做的工作',
      '本周进行中',
      '进行中的项目',
      '当前进展',
      '进度任务执行情况',
      '任务执行情况',
    ],
    [
      'En curso',
      'En progreso',
      'Trabajos en marcha',
      'Trabajos en progreso',
      'Proyectos en curso',
      'Trabajos abiertos',
      'En marcha',
      'Proyectos activos',
      'Trabajo en curso',
    ],
  ),
  kind: 'actions',
  prompt: L(
    'One line per job: job number, @owner, next step and due date.',
    '每项工作一行：工作单号、@负责人、下一步、截止日期。',
    'Una línea por trabajo: número, @responsable, siguiente paso y fecha límite.',
  ),
  guidance: L(
    'List every open job with its job number, owner, next step and due date, so the client sees at a glance what is moving and what is stuck. Use the same job numbers as the job cards.',
    '列出所有进行中的工作，写明工作单号、负责人、下一步和截止日期，让客户一眼看出哪些在推进、哪些卡住了。工作单号要与工作卡一致。',
    'Incluye cada trabajo abierto con su número, responsable, siguiente paso y fecha límite, para que el cliente vea de un vistazo qué avanza y qué está parado. Usa los mismos números que las órdenes de trabajo.',
  ),
};

const COMPLETED: SectionDef = {
  id: 'completed',
  names: L('Completed', '已完成', 'Completado'),
  ...vocab(
    [
      'Done',
      'Completed jobs',
      'Completed this week',
      'Delivered',
      'Finished',
      'Completed work',
      'Done this week',
      'Delivered this week',
      'Accomplishments',
      'Accomplished',
      'Achievements',
      'Work completed',
      'Progress',
      'Progress this week',
      "This week's progress",
      'This week',
      'Work done',
      'Completed so far',
      'Activity summary',
      'Completed tasks',
    ],
    [
      '已完成工作',
      '本周完成',
      '完成',
      '本周已完成',
      '已交付',
      '完成的工作',
      '本周完成工作',
      '已完成事项',
      '本周进展',
      '进展',
      '详细进展',
      '本周工作',
      '本周主要工作',
      '本周完成内容',
      '本周完成事项',
      '已完成的工作',
      '已完成功能',
      '已完成任务',
      '已完成任务详情',
      '已完成事项详情',
    ],
    [
      'Completados',
      'Terminado',
      'Terminados',
      'Hecho',
      'Entregado',
      'Entregados',
      'Finalizados',
      'Trabajos terminados',
      'Completados esta semana',
      'Trabajos completados',
      'Trabajos realizados',
      'Realizado',
      'Logros',
      'Tareas completadas',
      'Avance',
      'Avances',
      'Avances de la semana',
      'Esta semana',
      'Trabajo realizado',
      'Qué se hizo',
      'Lo que se hizo',
    ],
  ),
  prompt: L(
    'List what was delivered or approved this week.',
    '列出本周已交付或已通过的工作。',
    'Enumera lo que se entregó o aprobó esta semana.',
  ),
  guidance: L(
    'Show progress: jobs delivered, approved or closed since the last report, with dates. Move them out of Jobs in progress so that list stays short.',
    '展示进展：自上次报告以来已交付、已通过或已结案的工作，注明日期。把它们移出“进行中的工作”，让那部分保持简短。',
    'Muestra el avance: trabajos entregados, aprobados o cerrados desde el último informe, con fechas. Sácalos de Trabajos en curso para que esa lista siga siendo corta.',
  ),
};

const DECISIONS_NEEDED: SectionDef = {
  id: 'decisions-needed',
  names: L('Decisions needed', '待客户决定', 'Decisiones pendientes'),
  ...vocab(
    [
      'Decisions required',
      'Decision needed',
      'Client decisions',
      'Pending decisions',
      'Awaiting client',
      'Needs decision',
    ],
    ['待决定事项', '需客户决定', '待决事项'],
    ['Decisiones necesarias', 'Pendiente del cliente'],
  ),
  optional: true,
  prompt: L(
    'List what the client must decide, and by when.',
    '列出需客户决定的事项和期限。',
    'Enumera lo que debe decidir el cliente y para cuándo.',
  ),
  guidance: L(
    "Put the client's pending approvals in one place, each with the date it is needed to keep the schedule. For the client, this is often the most useful part of the report.",
    '把待客户批准的事项集中列出，并注明为保证进度最晚需在何时决定。对客户来说，这往往是报告中最有用的部分。',
    'Reúne las aprobaciones pendientes del cliente, cada una con la fecha en que hace falta para no retrasar el calendario. Para el cliente, suele ser la parte más útil del informe.',
  ),
};

const NEXT_WEEK: SectionDef = {
  id: 'next-week',
  names: L('Next week', '下周计划', 'Próxima semana'),
  ...vocab(
    [
      "Next week's plan",
      'Plan for next week',
      'Coming up',
      'Upcoming',
      "Next week's priorities",
      'Looking ahead',
      'Coming week',
      'Plan for the week ahead',
      'Next week focus',
      "Next week's focus",
      'Focus for next week',
      'Next steps',
      'Planned for next week',
      "Next week's planned work",
      'Planned work',
      'Upcoming work',
      'Goals for next week',
      'Plans for next week',
      "Next week's goals",
      'Remaining work',
      'Work to be done',
      'Work remaining',
      'Next week priorities',
      'Next week plan',
      'Next week objectives',
      'Next week goals',
      'Plan for next week',
      'Priorities for next week',
    ],
    [
      '下周工作',
      '下周安排',
      '下周',
      '下周工作计划',
      '下周重点',
      '下周安排',
      '下周主要工作',
      '下周计划与重点',
      '下周计划内容',
      '后续计划',
      '后续工作',
      '下一步计划',
      '剩余工作',
      '剩余步骤',
      '下周目标',
      '下周进度',
      '未来计划',
      '下阶段计划',
      '里程碑计划',
    ],
    [
      'Semana próxima',
      'Plan para la próxima semana',
      'Para la próxima semana',
      'La semana que viene',
      'Plan de la próxima semana',
      'Próximos pasos',
      'Próximos pasos sugeridos',
      'Acciones recomendadas',
      'Objetivos para la próxima semana',
      'Trabajo pendiente',
      'Prioridades de la próxima semana',
      'Objetivos de la próxima semana',
    ],
  ),
  prompt: L(
    'List what the agency will do next week.',
    '列出下周的工作安排。',
    'Enumera lo que hará la agencia la próxima semana.',
  ),
  guidance: L(
    "Say what will happen before the next report: meetings, presentations, deliveries. Next week's report will be read against this list.",
    '写明下次报告前要做的事：会议、提案、交付。下周的报告将以此为对照。',
    'Di qué pasará antes del próximo informe: reuniones, presentaciones, entregas. El informe de la semana que viene se leerá frente a esta lista.',
  ),
};

// ---------------------------------------------------------------------------
// Job card
// ---------------------------------------------------------------------------

const REQUEST: SectionDef = {
  id: 'request',
  names: L('Request', '工作要求', 'Solicitud'),
  ...vocab(
    [
      'Requests',
      'The request',
      'Client request',
      'Job description',
      'Description',
      'Brief',
      'Job brief',
      'Requirements',
      'Scope of work',
      'What the client wants',
    ],
    [
      '需求',
      '客户需求',
      '工作内容',
      '需求描述',
      '工作需求',
      '任务描述',
      '项目需求',
      '客户要求',
      '工作说明',
      '需求说明',
    ],
    [
      'Petición',
      'Pedido',
      'Descripción del trabajo',
      'Descripción',
      'Descripción de la solicitud',
      'Encargo',
      'Alcance del trabajo',
      'Qué pide el cliente',
      'Necesidad del cliente',
    ],
  ),
  prompt: L(
    'Describe what the client asked for, in their words, and who asked.',
    '如实写下客户的要求及提出人。',
    'Describe lo que pidió el cliente, con sus palabras, y quién lo pidió.',
  ),
  guidance: L(
    'Open a job card for every client request, however small, and write the request down as it was made. A clear request now avoids arguments over scope and cost later.',
    '客户的每一项要求，无论大小，都要开工作卡，并如实记下要求内容。现在写清楚，日后就不会在工作范围和费用上起争执。',
    'Abre una orden de trabajo por cada petición del cliente, por pequeña que sea, y anota la petición tal como se hizo. Una petición clara ahora evita discusiones de alcance y coste después.',
  ),
};

const SCHEDULE: SectionDef = {
  id: 'schedule',
  names: L('Schedule', '进度表', 'Cronograma'),
  ...vocab(
    [
      'Timeline',
      'Timetable',
      'Key dates',
      'Timings',
      'Deadlines',
      'Timing',
      'Production schedule',
      'Time plan',
      'Milestones',
    ],
    ['进度', '时间表', '排期', '时间安排', '日程', '时间节点', '时间计划', '进度安排', '工作进度', '节点'],
    [
      'Calendario',
      'Plazos',
      'Fechas clave',
      'Calendario de trabajo',
      'Hitos',
      'Fechas',
      'Planificación',
      'Plazos de entrega',
    ],
  ),
  prompt: L(
    'List each step with its date, from briefing to final delivery.',
    '列出从简报到交付的各步骤和日期。',
    'Enumera cada paso con su fecha, desde el briefing hasta la entrega final.',
  ),
  guidance: L(
    'Work back from the due date: briefing, first presentation, revisions, approval, production, delivery. Send the schedule to the client within 24 hours of opening the job.',
    '从截止日期倒推：简报、首次提案、修改、批准、制作、交付。开单后 24 小时内把进度表发给客户。',
    'Planifica hacia atrás desde la fecha de entrega: briefing, primera presentación, cambios, aprobación, producción y entrega. Envía el cronograma al cliente en las 24 horas siguientes a la apertura del trabajo.',
  ),
};

const JOB_ESTIMATE: SectionDef = {
  id: 'estimate',
  names: L('Estimate', '估价', 'Presupuesto'),
  ...vocab(
    ['Cost estimate', 'Costs', 'Budget', 'Quote', 'Cost', 'Fees', 'Price', 'Estimated cost', 'Budget estimate'],
    ['预算', '报价', '费用', '费用预估', '预估费用', '成本', '费用估算', '预算估算'],
    ['Estimación', 'Costes', 'Costos', 'Cotización', 'Coste estimado', 'Presupuesto estimado', 'Honorarios'],
  ),
  prompt: L(
    'Give the estimated cost, or link the estimate document.',
    '写明预估费用，或链接估价单。',
    'Indica el coste estimado o enlaza el presupuesto.',
  ),
  guidance: L(
    'No work starts without an estimate the client has seen. Give the amount with its currency, or link the estimate document, and update it when the scope changes.',
    '客户没看过估价，就不能开工。写明金额和币种，或链接估价单；工作范围一变，估价也要更新。',
    'No se empieza ningún trabajo sin un presupuesto que el cliente haya visto. Indica el importe con su moneda o enlaza el documento, y actualízalo si cambia el alcance.',
  ),
};

const JOB_SIGNOFF: SectionDef = {
  id: 'sign-off',
  names: SIGNOFF_NAMES,
  ...SIGNOFF_VOCABULARY,
  kind: 'signoff',
  optional: true,
  prompt: SIGNOFF_PROMPT,
  guidance: L(
    "Record who approved the job and when, before anything goes to the client or into production. The client's approval also protects the agency if the scope is questioned later.",
    '在交给客户或投入制作之前，记录由谁在何时批准了这项工作。客户的批准也能在日后对工作范围有争议时保护公司。',
    'Anota quién aprobó el trabajo y cuándo, antes de que nada vaya al cliente o a producción. La aprobación del cliente también protege a la agencia si más adelante se discute el alcance.',
  ),
};

// ---------------------------------------------------------------------------
// Research summary
// ---------------------------------------------------------------------------

const RESEARCH_PURPOSE: SectionDef = {
  id: 'purpose',
  names: L('Purpose', '调查目的', 'Objetivo'),
  ...vocab(
    [
      'Research objective',
      'Research objectives',
      'Objective',
      'Objectives',
      'Aim',
      'Background and objectives',
      'Study objectives',
      'Why we did this research',
    ],
    ['研究目的', '调研目的', '调查目标', '目的', '调研目标'],
    ['Objetivos', 'Objetivo del estudio', 'Propósito', 'Objetivos del estudio'],
  ),
  prompt: L(
    'State what the research had to find out, and why.',
    '写明调查要回答的问题及原因。',
    'Indica qué debía averiguar la investigación y por qué.',
  ),
  guidance: L(
    'Say which business or creative question the research was meant to answer. The findings only make sense against that question.',
    '说明这次调查要回答的生意或创意问题。离开这个问题，结论就无从解读。',
    'Di qué pregunta de negocio o creativa debía responder la investigación. Los resultados solo tienen sentido frente a esa pregunta.',
  ),
};

const METHOD: SectionDef = {
  id: 'method',
  names: L('Method', '调查方法', 'Método'),
  ...vocab(
    ['Methodology', 'Approach', 'Research method', 'How we did it'],
    ['研究方法', '方法', '调研方法', '研究方式'],
    ['Metodología', 'Método de investigación', 'Enfoque'],
  ),
  prompt: L(
    'Name the research agency and the method used.',
    '写明调研公司和调查方法。',
    'Indica la empresa de investigación y el método empleado.',
  ),
  guidance: L(
    'Give the agency that ran the study and the method (focus groups, interviews, survey, tests), with the sample size. This tells readers how far to trust the findings.',
    '写明执行的调研公司和方法（焦点小组、深访、问卷、测试）以及样本量。读者据此判断结论的可信程度。',
    'Indica qué empresa hizo el estudio y con qué método (grupos, entrevistas, encuesta, test), con el tamaño de la muestra. Así el lector sabe hasta qué punto fiarse de los resultados.',
  ),
};

const RESPONDENTS: SectionDef = {
  id: 'respondents',
  names: L('Respondents', '调查对象', 'Participantes'),
  ...vocab(
    ['Sample', 'Participants', 'Respondent profile', 'Who we spoke to', 'Who we talked to'],
    ['样本', '受访者', '调研对象', '受访对象', '样本构成'],
    ['Muestra', 'Encuestados', 'Perfil de los participantes', 'Muestra del estudio', 'A quién entrevistamos'],
  ),
  prompt: L(
    'Describe who took part and how they were recruited.',
    '描述受访者及其招募方式。',
    'Describe quién participó y cómo se reclutó a los participantes.',
  ),
  guidance: L(
    'Describe the respondents (age, users or non-users, city) and how many there were. Check that they match the target consumer of the strategy.',
    '描述受访者（年龄、是否为用户、所在城市）以及人数。核对他们是否符合策略中的目标消费者。',
    'Describe a los participantes (edad, usuarios o no, ciudad) y cuántos fueron. Comprueba que coinciden con el consumidor objetivo de la estrategia.',
  ),
};

const FIELDWORK: SectionDef = {
  id: 'fieldwork',
  names: L('Fieldwork', '调查时间与地点', 'Trabajo de campo'),
  ...vocab(
    [
      'Field work',
      'Dates and locations',
      'Timing and location',
      'Timing and locations',
      'When and where',
      'Fieldwork dates',
      'Field period',
    ],
    ['执行时间', '调研时间', '调查时间', '时间与地点', '调研时间与地点', '执行时间与地点'],
    ['Fechas y lugares', 'Cuándo y dónde', 'Fechas del trabajo de campo'],
  ),
  prompt: L(
    'Give the dates and places of the fieldwork.',
    '写明调查的日期和地点。',
    'Indica las fechas y los lugares del trabajo de campo.',
  ),
  guidance: L(
    "Say when and where the research was done, with dates as YYYY-MM-DD. Old or narrow fieldwork may not reflect today's market.",
    '写明调查的时间和地点，日期用 YYYY-MM-DD 格式。时间久远或范围狭窄的调查未必反映当下的市场。',
    'Indica cuándo y dónde se hizo, con las fechas en formato AAAA-MM-DD. Un trabajo de campo antiguo o limitado puede no reflejar el mercado actual.',
  ),
};

const FINDINGS: SectionDef = {
  id: 'findings',
  names: L('Findings', '结论', 'Conclusiones'),
  ...vocab(
    ['Key findings', 'Results', 'Conclusions', 'Insights', 'What we learned', 'Main findings', 'Headline findings'],
    ['主要发现', '发现', '研究结论', '调研结论', '核心发现', '关键发现', '调研发现'],
    ['Hallazgos', 'Resultados', 'Principales hallazgos', 'Conclusiones principales', 'Qué aprendimos'],
  ),
  prompt: L(
    'Summarise the main findings, most important first.',
    '按重要性列出主要发现。',
    'Resume los hallazgos principales, empezando por el más importante.',
  ),
  guidance: L(
    'Summarise what was learned, not every answer: the few findings that change what we do. Keep what respondents said apart from your interpretation.',
    '归纳学到了什么，而不是罗列每个回答：只写会改变我们做法的几点。把受访者的原话和你的解读分开。',
    'Resume lo aprendido, no cada respuesta: los pocos hallazgos que cambian lo que hacemos. Separa lo que dijeron los participantes de tu interpretación.',
  ),
};

const RECOMMENDED_ACTIONS: SectionDef = {
  id: 'recommended-actions',
  names: L('Recommended actions', '建议行动', 'Acciones recomendadas'),
  ...vocab(
    ['Recommendations', 'Recommendation', 'Next steps', 'Implications', 'What we should do', 'Recommended next steps'],
    ['建议', '行动建议', '下一步建议', '建议措施'],
    ['Recomendaciones', 'Próximos pasos', 'Qué recomendamos', 'Acciones sugeridas'],
  ),
  prompt: L(
    'List what we should do as a result of these findings.',
    '列出根据结论建议采取的行动。',
    'Enumera qué deberíamos hacer a raíz de estos resultados.',
  ),
  guidance: L(
    'Turn the findings into concrete recommendations for the strategy, the brief or the creative work. Give each one an owner if it is to be followed up.',
    '把结论转化为对策略、简报或创意的具体建议。需要跟进的，指定负责人。',
    'Convierte los resultados en recomendaciones concretas para la estrategia, el brief o la creatividad. Asigna un responsable a cada una que haya que seguir.',
  ),
};

// ---------------------------------------------------------------------------
// Competitor review
// ---------------------------------------------------------------------------

const BRAND_AND_PRODUCT: SectionDef = {
  id: 'brand-and-product',
  names: L('Brand and product', '品牌与产品', 'Marca y producto'),
  ...vocab(
    ['Brand & product', 'Brand and products', 'The brand and its products'],
    ['品牌和产品', '品牌及产品', '品牌与产品介绍'],
    ['Marca y productos', 'La marca y sus productos'],
  ),
  prompt: L(
    "Describe the competitor's brand and product: range, price, distribution.",
    '描述竞品的品牌与产品：品类、价格、渠道。',
    'Describe la marca y el producto del competidor: gama, precio, distribución.',
  ),
  guidance: L(
    'Give the facts: what the competitor sells, at what price and where. Keep facts and opinions apart; the opinions go in the sections that follow.',
    '写出事实：竞争者卖什么、卖什么价、在哪里卖。事实与观点分开，观点放在后面的部分。',
    'Da los hechos: qué vende el competidor, a qué precio y dónde. Separa los hechos de las opiniones; las opiniones van en las secciones siguientes.',
  ),
};

const PRODUCT_APPEAL: SectionDef = {
  id: 'product-appeal',
  names: L('Product appeal', '产品诉求点', 'Atractivo del producto'),
  ...vocab(
    ['Appeal', 'Product claims', 'Product benefits', 'Key claims'],
    ['诉求点', '产品卖点', '卖点'],
    ['Atractivo', 'Beneficios del producto', 'Reclamos'],
  ),
  prompt: L(
    'Describe what makes the product attractive to its buyers.',
    '写明该产品吸引消费者的地方。',
    'Describe qué hace atractivo el producto para sus compradores.',
  ),
  guidance: L(
    'Identify the product features or benefits the competitor relies on. Note which ones our brand can match or beat.',
    '找出竞争者倚重的产品特点或利益点。注明其中哪些是我们的品牌能比肩或超越的。',
    'Identifica las características o beneficios en los que se apoya el competidor. Señala cuáles puede igualar o superar nuestra marca.',
  ),
};

const PROMISE_AND_SUPPORT: SectionDef = {
  id: 'promise-and-support',
  names: L('Promise and support', '承诺与支持点', 'Promesa y soporte'),
  ...vocab(
    ['Promise & support', 'Promise', 'Promise and proof'],
    ['承诺', '承诺与支持', '承诺及支持点'],
    ['Promesa', 'Promesa y apoyos', 'Promesa y razones'],
  ),
  prompt: L(
    "State the competitor's promise and how it backs it up.",
    '写出竞品的承诺及其支持点。',
    'Indica la promesa del competidor y cómo la respalda.',
  ),
  guidance: L(
    "Write the competitor's button and support points as if you had written their strategy. It shows where their claim is strong and where it is weak.",
    '像替对方写策略一样，写出竞争者的按钮和支持点。这样就能看出它的诉求哪里强、哪里弱。',
    'Escribe el botón y los puntos de apoyo del competidor como si hubieras hecho tú su estrategia. Así se ve dónde su promesa es fuerte y dónde flaquea.',
  ),
};

const CREATIVE_CONCEPT_AND_TONE: SectionDef = {
  id: 'creative-concept-and-tone',
  names: L('Creative concept and tone', '创意概念与语气', 'Concepto creativo y tono'),
  ...vocab(
    ['Creative concept & tone', 'Creative concept', 'Concept and tone', 'Creative idea and tone', 'Creative and tone'],
    ['创意概念', '创意与调性', '创意概念与调性'],
    ['Concepto creativo', 'Concepto y tono', 'Idea creativa y tono'],
  ),
  prompt: L(
    "Describe the competitor's creative idea and tone of voice.",
    '描述竞品的创意概念和语气。',
    'Describe la idea creativa y el tono del competidor.',
  ),
  guidance: L(
    'Summarise their campaign idea and how it sounds, with examples or links. Note what we must not copy and what space it leaves open for us.',
    '概括对方广告活动的创意和语气，附上实例或链接。指出我们要避免雷同的地方，以及它给我们留下的空间。',
    'Resume su idea de campaña y cómo suena, con ejemplos o enlaces. Señala qué no debemos copiar y qué espacio nos deja libre.',
  ),
};

const PRODUCTION_QUALITY: SectionDef = {
  id: 'production-quality',
  names: L('Production quality', '制作水准', 'Calidad de producción'),
  ...vocab(
    ['Production values', 'Production'],
    ['制作水平', '制作质量', '制作'],
    ['Calidad de la producción', 'Producción'],
  ),
  prompt: L(
    "Rate the competitor's production quality, with examples.",
    '评价竞品的制作水准并举例。',
    'Valora la calidad de producción del competidor, con ejemplos.',
  ),
  guidance: L(
    'Judge the craft of their work (film, photography, design) against ours. It sets the standard the client will compare us with.',
    '把对方作品的制作工艺（影片、摄影、设计）与我们的作比较。这就是客户衡量我们的标准。',
    'Juzga el oficio de sus piezas (cine, fotografía, diseño) frente al nuestro. Marca el listón con el que el cliente nos va a comparar.',
  ),
};

const COMPETITOR_MEDIA: SectionDef = {
  id: 'media',
  names: L('Media', '媒介形式', 'Medios'),
  ...vocab(
    ['Media used', 'Media mix', 'Channels', 'Media plan', 'Media channels'],
    ['媒介', '媒体', '媒介投放', '投放渠道'],
    ['Canales', 'Medios utilizados', 'Plan de medios'],
  ),
  prompt: L(
    'List the media the competitor uses, with weight and timing.',
    '列出竞品使用的媒介、投放力度和时间。',
    'Enumera los medios que usa el competidor, con su peso y calendario.',
  ),
  guidance: L(
    'Say where, when and how heavily the competitor advertises, with the source of the data. This feeds the competitive spend of the media brief.',
    '写明竞争者在哪里、何时投放以及投放力度，并注明数据来源。这些资料可用于媒介简报中的竞争投放。',
    'Indica dónde, cuándo y con cuánta presión se anuncia el competidor, con la fuente de los datos. Sirve para la inversión de la competencia del brief de medios.',
  ),
};

// ---------------------------------------------------------------------------
// Fact book
// ---------------------------------------------------------------------------

const CLIENT_DIRECTORY: SectionDef = {
  id: 'client-directory',
  names: L('Client directory', '客户名录', 'Directorio'),
  ...vocab(
    ['Directory', 'Contacts', 'Client contacts', 'Key contacts'],
    ['联系人', '通讯录'],
    ['Contactos', 'Directorio del cliente'],
  ),
  kind: 'directory',
  prompt: L(
    'One entry per contact: name, title, phone or email.',
    '每人一条：姓名、职务、电话或邮箱。',
    'Una entrada por contacto: nombre, cargo, teléfono o correo.',
  ),
  guidance: L(
    'List every client contact with name, title and a phone number or email, and keep it current. The fact book is the first thing a new team member reads.',
    '列出客户方所有联系人的姓名、职务和电话或邮箱，并随时更新。新同事接手时最先看的就是实情手册。',
    'Incluye cada contacto del cliente con nombre, cargo y teléfono o correo, y mantenlo al día. El libro de datos es lo primero que lee quien se incorpora al equipo.',
  ),
};

const MEETING_REPORTS: SectionDef = {
  id: 'meeting-reports',
  names: L('Meeting reports', '会议报告', 'Informes de reuniones'),
  ...vocab(['Contact reports', 'Meeting notes'], ['会议记录'], ['Actas', 'Informes de contacto']),
  prompt: L(
    'Link the minutes of meetings with the client, newest first.',
    '链接与客户的会议记录，新的在前。',
    'Enlaza las actas de las reuniones con el cliente, la más reciente primero.',
  ),
  guidance: L(
    'Keep a dated list of contact reports so that every decision can be traced. Link the documents rather than copying them.',
    '按日期保存会议记录清单，便于追溯每项决定。链接原文件，不要复制内容。',
    'Mantén una lista fechada de actas para poder rastrear cada decisión. Enlaza los documentos en lugar de copiarlos.',
  ),
};

const MARKET: SectionDef = {
  id: 'market',
  names: L('Market', '市场', 'Mercado'),
  ...vocab(['Markets', 'Market overview'], [], ['Mercados']),
  prompt: L(
    'Summarise the market: size, growth, trends and seasonality.',
    '概述市场：规模、增长、趋势、季节性。',
    'Resume el mercado: tamaño, crecimiento, tendencias y estacionalidad.',
  ),
  guidance: L(
    'Record the key market figures with their source and date. Update them when new data comes in.',
    '记下关键的市场数据，注明来源和日期。有新数据时及时更新。',
    'Anota las cifras clave del mercado con su fuente y fecha. Actualízalas cuando lleguen datos nuevos.',
  ),
};

const PRODUCT: SectionDef = {
  id: 'product',
  names: L('Product', '产品', 'Producto'),
  ...vocab(['Products'], [], ['Productos']),
  prompt: L(
    "Describe the client's products: range, prices, features, distribution.",
    '介绍客户的产品：产品线、价格、特点、渠道。',
    'Describe los productos del cliente: gama, precios, características, distribución.',
  ),
  guidance: L(
    "Note the facts about the client's products that support points can be drawn from. Include recent changes to formula, pack or price.",
    '记下客户产品的相关事实，支持点可以从这里提炼。包括配方、包装或价格的最新变化。',
    'Anota los hechos sobre los productos del cliente de los que salen los puntos de apoyo. Incluye los cambios recientes de fórmula, envase o precio.',
  ),
};

const FACTBOOK_COMPETITION: SectionDef = {
  id: 'competition',
  names: L('Competition', '竞争', 'Competencia'),
  ...vocab(['Competitors'], ['竞争对手'], ['Competidores']),
  prompt: L(
    'List the main competitors, with links to the competitor reviews.',
    '列出主要竞争者，链接竞争者评议。',
    'Enumera los principales competidores, con enlaces a sus análisis.',
  ),
  guidance: L(
    'Keep the list of competing brands and their latest moves. Link the full competitor reviews instead of repeating them.',
    '保存竞争品牌名单及其最新动向。链接完整的竞争者评议，不要重复内容。',
    'Mantén la lista de marcas competidoras y sus últimos movimientos. Enlaza los análisis completos en lugar de repetirlos.',
  ),
};

const CONSUMER: SectionDef = {
  id: 'consumer',
  names: L('Consumer', '消费者', 'Consumidor'),
  ...vocab(['Consumers'], [], ['Consumidores']),
  prompt: L(
    'Describe who buys and uses the product, and why.',
    '描述谁购买、谁使用产品，以及原因。',
    'Describe quién compra y usa el producto, y por qué.',
  ),
  guidance: L(
    "Gather what we know about the client's consumers: profile, habits, attitudes. Note the source of each insight.",
    '汇集我们对客户消费者的了解：画像、习惯、态度。注明每条洞察的来源。',
    'Reúne lo que sabemos de los consumidores del cliente: perfil, hábitos, actitudes. Indica la fuente de cada insight.',
  ),
};

const BRAND: SectionDef = {
  id: 'brand',
  names: L('Brand', '品牌', 'Marca'),
  ...vocab(['Brands'], [], ['Marcas']),
  prompt: L(
    "Record the brand's positioning, personality and guidelines.",
    '记下品牌定位、个性和品牌规范。',
    'Anota el posicionamiento, la personalidad y las normas de la marca.',
  ),
  guidance: L(
    'Keep the brand definition and the current brand guidelines at hand. Link the latest communication strategy.',
    '把品牌定义和现行的品牌规范放在手边。同时链接最新的传播策略。',
    'Ten a mano la definición de marca y el manual de marca vigente. Enlaza la estrategia de comunicación más reciente.',
  ),
};

const PAST_CAMPAIGNS: SectionDef = {
  id: 'past-campaigns',
  names: L('Past campaigns', '以往广告活动', 'Campañas anteriores'),
  ...vocab(['Previous campaigns', 'Campaign history'], ['以往活动', '历史活动'], ['Campañas previas']),
  prompt: L(
    'List past campaigns with their dates, ideas and results.',
    '列出以往广告活动的时间、创意和效果。',
    'Enumera las campañas anteriores con sus fechas, ideas y resultados.',
  ),
  guidance: L(
    'Record what has been done before and how it performed. It stops the team from proposing again an idea the client has already turned down.',
    '记录做过的活动及其效果。这样团队就不会把客户否决过的创意再提一遍。',
    'Anota lo que ya se hizo y qué resultados dio. Evita que el equipo vuelva a proponer una idea que el cliente ya rechazó.',
  ),
};

const BRIEFS: SectionDef = {
  id: 'briefs',
  names: L('Briefs', '简报', 'Briefs'),
  ...vocab(['Brief'], [], []),
  prompt: L(
    'Link the creative and media briefs, newest first.',
    '链接创意简报和媒介简报，新的在前。',
    'Enlaza los briefs creativos y de medios, el más reciente primero.',
  ),
  guidance: L(
    'Keep every signed brief in one list, with its date and job number. It is the record of what the client asked for.',
    '把所有已签核的简报连同日期和工作单号列在一处。这是客户需求的正式记录。',
    'Reúne todos los briefs firmados en una lista, con su fecha y número de trabajo. Es el registro de lo que pidió el cliente.',
  ),
};

const FACTBOOK_MEDIA: SectionDef = {
  id: 'media',
  names: L('Media', '媒介', 'Medios'),
  ...vocab(['Media plans'], ['媒体'], ['Medio']),
  prompt: L(
    'Summarise media plans, spend and results to date.',
    '概述迄今的媒介计划、投放额和效果。',
    'Resume los planes de medios, la inversión y los resultados hasta hoy.',
  ),
  guidance: L(
    'Record the media used, what was spent and how it performed. It is the baseline for the next media brief.',
    '记录用过的媒介、花费和效果。这是下一份媒介简报的基准。',
    'Anota los medios utilizados, lo invertido y cómo funcionó. Es la base para el próximo brief de medios.',
  ),
};

const RESEARCH: SectionDef = {
  id: 'research',
  names: L('Research', '调研', 'Investigación'),
  ...vocab(['Studies'], ['调查'], ['Estudios']),
  prompt: L(
    'Link the research summaries, with dates and key findings.',
    '链接调查归纳总结，附日期和主要结论。',
    'Enlaza los resúmenes de investigación, con fechas y hallazgos clave.',
  ),
  guidance: L(
    'List every study with its date and its main finding in one line, linking the summary. Flag studies that are too old to rely on.',
    '列出每项调研的日期和一句话结论，并链接总结。标出已经过时、不宜再引用的调研。',
    'Incluye cada estudio con su fecha y su hallazgo principal en una línea, enlazando el resumen. Señala los que son demasiado antiguos para fiarse de ellos.',
  ),
};

const FINANCE: SectionDef = {
  id: 'finance',
  names: L('Finance', '财务', 'Finanzas'),
  ...vocab(['Financials', 'Billing'], [], ['Finanzas y facturación', 'Facturación']),
  prompt: L(
    'Record budgets, fees, billing and payment terms for the account.',
    '记录本客户的预算、服务费、开票与付款条件。',
    'Anota presupuestos, honorarios, facturación y condiciones de pago de la cuenta.',
  ),
  guidance: L(
    "Keep the account's financial facts in one place: annual budget, fee agreement, billing contacts and payment terms. Check figures with finance before quoting them to the client.",
    '把本客户的财务信息集中在一处：年度预算、服务费协议、开票联系人和付款条件。向客户引用数字前，先与财务部核对。',
    'Reúne los datos financieros de la cuenta: presupuesto anual, acuerdo de honorarios, contactos de facturación y condiciones de pago. Comprueba las cifras con finanzas antes de dárselas al cliente.',
  ),
};

// ---------------------------------------------------------------------------
// Account plan
// ---------------------------------------------------------------------------

const ANNUAL_GOALS: SectionDef = {
  id: 'annual-goals',
  names: L('Annual goals', '年度目标', 'Objetivos anuales'),
  ...vocab(
    ['Annual objectives', 'Goals for the year', 'Objectives for the year', 'Goals'],
    [],
    ['Objetivos del año', 'Metas anuales'],
  ),
  prompt: L(
    "State this year's goals for the account, with numbers.",
    '写明本年度的客户经营目标，附数字。',
    'Indica los objetivos del año para la cuenta, con cifras.',
  ),
  guidance: L(
    'Set a few measurable goals for the year: revenue, new projects, the client relationship, the quality of the work. Each should be checkable at the year-end review.',
    '定几项可衡量的年度目标：收入、新项目、客户关系、作品质量。年终回顾时要能逐项检查。',
    'Fija unos pocos objetivos medibles para el año: ingresos, nuevos proyectos, relación con el cliente, calidad del trabajo. Cada uno debe poder comprobarse en la revisión de fin de año.',
  ),
};

const MILESTONES: SectionDef = {
  id: 'milestones',
  names: L('Milestones', '阶段目标', 'Hitos'),
  ...vocab(['Key milestones'], ['里程碑'], ['Hitos clave']),
  kind: 'milestones',
  prompt: L(
    'List each milestone with its date (YYYY-MM-DD).',
    '列出各阶段目标及日期（YYYY-MM-DD）。',
    'Enumera cada hito con su fecha (AAAA-MM-DD).',
  ),
  guidance: L(
    'Break the annual goals into dated milestones so progress can be reviewed during the year. A milestone without a date is only a wish.',
    '把年度目标拆成有日期的阶段目标，便于年中检查进度。没有日期的阶段目标只是愿望。',
    'Divide los objetivos anuales en hitos con fecha para revisar el avance durante el año. Un hito sin fecha es solo un deseo.',
  ),
};

const PLAN_STRATEGY: SectionDef = {
  id: 'strategy',
  names: L('Strategy', '策略', 'Estrategia'),
  ...vocab(['Strategies', 'Account strategy'], ['战略'], ['Estrategias']),
  prompt: L(
    "Explain how the team will reach this year's goals.",
    '说明团队将如何达成年度目标。',
    'Explica cómo alcanzará el equipo los objetivos del año.',
  ),
  guidance: L(
    'Describe the main moves: where to grow the business, which services to offer, which relationships to build. Keep to a few priorities the whole team can remember.',
    '写出主要举措：在哪些方面拓展业务、提供哪些服务、建立哪些关系。只保留全组都记得住的几项重点。',
    'Describe las líneas principales: dónde crecer, qué servicios ofrecer, qué relaciones construir. Limítate a unas pocas prioridades que todo el equipo pueda recordar.',
  ),
};

const TEAM_AND_RESOURCES: SectionDef = {
  id: 'team-and-resources',
  names: L('Team and resources', '团队与资源', 'Equipo y recursos'),
  ...vocab(['Team & resources', 'Team', 'Resources'], ['团队', '资源'], ['Equipo', 'Recursos']),
  prompt: L(
    'List who works on the account and what else is needed.',
    '列出团队成员及所需的其他资源。',
    'Enumera quién trabaja en la cuenta y qué más hace falta.',
  ),
  guidance: L(
    'Name the team with roles and time allocation, and any hires, training or outside partners the plan requires. Resources should be in line with what the account earns.',
    '写明团队成员、分工和投入时间，以及计划所需的招聘、培训或外部伙伴。投入的资源应与客户带来的收入相称。',
    'Nombra al equipo con sus funciones y dedicación, y las contrataciones, la formación o los colaboradores externos que exige el plan. Los recursos deben guardar proporción con lo que factura la cuenta.',
  ),
};

const REVENUE_AND_PROFIT: SectionDef = {
  id: 'revenue-and-profit',
  names: L('Revenue and profit', '收入与利润', 'Ingresos y beneficio'),
  ...vocab(
    [
      'Revenue & profit',
      'Revenue',
      'Financials',
      'Revenue and margin',
      'Revenue & margin',
      'Fee income',
      'Income',
      'Financial targets',
      'P&L',
    ],
    ['收入', '利润', '营收', '收入目标', '利润目标', '财务目标', '收入与毛利'],
    ['Ingresos', 'Ingresos y beneficios', 'Ingresos y margen', 'Facturación', 'Objetivos financieros'],
  ),
  kind: 'figure',
  prompt: L(
    'Give the expected revenue and profit for the year, in figures.',
    '写明本年度预计收入和利润数字。',
    'Indica los ingresos y el beneficio previstos para el año, en cifras.',
  ),
  guidance: L(
    'State the expected income and profit with the currency, and compare them with last year. A plan without numbers cannot be reviewed.',
    '写明预计收入和利润（注明币种），并与上一年比较。没有数字的计划无从检讨。',
    'Indica los ingresos y el beneficio esperados con su moneda, y compáralos con el año anterior. Un plan sin cifras no se puede evaluar.',
  ),
};

// ---------------------------------------------------------------------------
// Presentation plan
// ---------------------------------------------------------------------------

const OUTLINE: SectionDef = {
  id: 'outline',
  names: L('Outline', '提案大纲', 'Esquema'),
  ...vocab(
    [
      'Structure',
      'Running order',
      'Agenda',
      'Flow',
      'Presentation structure',
      'Presentation outline',
      'Order of presentation',
    ],
    ['大纲', '提案流程', '流程', '提案结构', '议程', '内容大纲', '提案顺序'],
    [
      'Estructura',
      'Guion',
      'Estructura de la presentación',
      'Orden de la presentación',
      'Guion de la presentación',
      'Índice',
      'Agenda',
    ],
  ),
  prompt: L(
    'List the parts of the presentation in order, with presenter and timing.',
    '按顺序列出提案各部分、主讲人与时长。',
    'Enumera las partes de la presentación en orden, con ponente y tiempo.',
  ),
  guidance: L(
    'Lay out the presentation from start to finish, with who presents each part and how long it takes. Leave time for questions and for the client to react.',
    '从头到尾列出提案结构，写明每部分由谁讲、讲多久。要为提问和客户的反馈留出时间。',
    'Traza la presentación de principio a fin, con quién presenta cada parte y cuánto dura. Deja tiempo para las preguntas y para que el cliente reaccione.',
  ),
};

const OPENING: SectionDef = {
  id: 'opening',
  names: L('Opening', '开场白', 'Apertura'),
  ...vocab(
    ['Introduction', 'Opening remarks', 'Intro', 'Welcome'],
    ['开场', '开场介绍', '开篇'],
    ['Introducción', 'Inicio', 'Presentación inicial', 'Bienvenida'],
  ),
  prompt: L(
    'Write how we open: the first words and what they set up.',
    '写下开场白：第一句话说什么、铺垫什么。',
    'Escribe cómo abrimos: las primeras palabras y lo que preparan.',
  ),
  guidance: L(
    'Plan the first minutes word for word: thank the client, restate the objective, say what they are about to see. A strong opening earns the attention of the room.',
    '逐字准备开场的几分钟：感谢客户、重申目标、预告要展示的内容。开场有力，才能抓住全场的注意力。',
    'Prepara palabra por palabra los primeros minutos: agradece al cliente, recuerda el objetivo y anuncia lo que va a ver. Una buena apertura se gana la atención de la sala.',
  ),
};

const CLOSING: SectionDef = {
  id: 'closing',
  names: L('Closing', '结束语', 'Cierre'),
  ...vocab(
    ['Close', 'Closing remarks', 'Wrap-up', 'Summary and close', 'Close and next steps', 'Ending'],
    ['结尾', '收尾', '总结', '结束'],
    ['Conclusión', 'Cierre y próximos pasos', 'Despedida', 'Final'],
  ),
  prompt: L(
    'Write how we close and what we ask the client to decide.',
    '写下结束语，以及请客户做的决定。',
    'Escribe cómo cerramos y qué le pedimos al cliente que decida.',
  ),
  guidance: L(
    'End by summing up the recommendation and asking for a clear decision or next step. Never close without knowing who does what next.',
    '结尾要总结建议，并请客户做出明确决定或确认下一步。不要在后续分工还不明确时就结束。',
    'Termina resumiendo la recomendación y pidiendo una decisión o un siguiente paso claro. Nunca cierres sin saber quién hace qué a continuación.',
  ),
};

const ROLES_SECTION: SectionDef = {
  id: 'roles',
  names: L('Roles', '分工', 'Roles'),
  ...vocab(
    ['Roles and responsibilities', 'Responsibilities', 'Who does what', 'Team roles', 'Speakers', 'Who presents what'],
    ['角色分工', '人员分工', '分工安排', '团队分工', '谁负责什么'],
    ['Reparto de roles', 'Quién hace qué', 'Responsables', 'Reparto de papeles', 'Funciones'],
  ),
  prompt: L(
    'List who presents, who takes notes and who handles the equipment.',
    '列出主讲、记录和设备负责人。',
    'Indica quién presenta, quién toma notas y quién se ocupa del equipo.',
  ),
  guidance: L(
    'Give every team member one clear role, including note-taker and time-keeper. Agree beforehand who answers which kind of question.',
    '每位成员都要有明确分工，包括记录和计时。事先约定哪类问题由谁回答。',
    'Asigna a cada miembro del equipo un papel claro, incluidos quien toma notas y quien controla el tiempo. Acordad de antemano quién responde a cada tipo de pregunta.',
  ),
};

const EQUIPMENT: SectionDef = {
  id: 'equipment',
  names: L('Equipment', '设备', 'Equipo'),
  ...vocab(
    ['Equipment and logistics', 'Logistics', 'AV', 'Kit', 'Tech', 'Equipment needed', 'Tech and logistics'],
    ['设备与物料', '设备物料', '物料', '设备清单', '后勤', '场地与设备'],
    ['Logística', 'Material técnico', 'Materiales', 'Equipamiento', 'Medios técnicos'],
  ),
  prompt: L(
    'List the equipment and materials needed, and who brings them.',
    '列出所需设备、物料及负责携带的人。',
    'Enumera el equipo y los materiales necesarios, y quién los lleva.',
  ),
  guidance: L(
    'List projector, adapters, files, boards and printed leave-behinds, with a backup copy of everything. Check the room and its connections before the day.',
    '列出投影仪、转接头、文件、提案板和书面资料，并准备好备份。提前检查会场和设备接口。',
    'Incluye proyector, adaptadores, archivos, paneles y documentación impresa, con copia de seguridad de todo. Revisa la sala y las conexiones antes del día.',
  ),
};

const REHEARSAL: SectionDef = {
  id: 'rehearsal',
  names: L('Rehearsal', '预演', 'Ensayo'),
  ...vocab(
    ['Rehearsals', 'Run-through', 'Dry run', 'Practice', 'Run through', 'Rehearsal plan'],
    ['彩排', '演练', '排练'],
    ['Ensayos', 'Ensayo general', 'Prueba general'],
  ),
  kind: 'rehearsal',
  prompt: L(
    'Give the rehearsal date, before the presentation, and who attends.',
    '写明预演日期（须早于提案）和参加者。',
    'Indica la fecha del ensayo, antes de la presentación, y quién asiste.',
  ),
  guidance: L(
    'Rehearse the whole presentation with the whole team, leaving time to fix what does not work. The rehearsal date must come before the presentation date.',
    '全组完整预演一遍，并留出修改的时间。预演日期必须早于提案日期。',
    'Ensaya la presentación completa con todo el equipo, con tiempo para corregir lo que no funcione. La fecha del ensayo debe ser anterior a la de la presentación.',
  ),
};

const POST_REVIEW: SectionDef = {
  id: 'post-review',
  names: L('Post-review', '会后检讨', 'Revisión posterior'),
  ...vocab(['Post-mortem', 'Debrief', 'Review'], ['复盘'], ['Revisión']),
  optional: true,
  prompt: L(
    'Note what worked, what did not, and how the client reacted.',
    '记录得失和客户的反应。',
    'Anota qué funcionó, qué no y cómo reaccionó el cliente.',
  ),
  guidance: L(
    "Review the presentation with the team soon afterwards, while memories are fresh. Turn the lessons and the client's feedback into next actions with owners.",
    '提案后趁记忆犹新，尽快与团队检讨。把经验教训和客户反馈转化为有负责人的后续行动。',
    'Revisa la presentación con el equipo poco después, con todo aún fresco. Convierte las lecciones y los comentarios del cliente en próximos pasos con responsable.',
  ),
};

// ---------------------------------------------------------------------------
// Cost estimate
// ---------------------------------------------------------------------------

const LINE_ITEMS: SectionDef = {
  id: 'line-items',
  names: L('Line items', '费用明细', 'Partidas'),
  ...vocab(
    [
      'Items',
      'Cost breakdown',
      'Breakdown',
      'Costs',
      'Details',
      'Itemised costs',
      'Cost details',
      'Services',
      'Services quoted',
      'Quoted services',
      'Pricing breakdown',
      'Fees breakdown',
      'Fees',
      'Products and services',
      'Services offered',
      'Packages',
      'Estimated hours and cost',
      'Estimated hours & cost',
      'Cost estimate',
    ],
    ['明细', '费用', '报价明细', '明细表', '项目明细', '服务内容', '报价项目', '项目报价', '报价', '套餐'],
    [
      'Desglose',
      'Conceptos',
      'Detalle',
      'Detalle de partidas',
      'Detalle de costes',
      'Servicios',
      'Servicios cotizados',
      'Entregables por paquete',
      'Desglose de servicios',
      'Desglose de costos',
      'Desglose de costes',
      'Productos',
      'Productos y servicios',
      'Servicios ofrecidos',
      'Paquetes',
      'Desglose por conceptos',
      'Desglose económico',
      'Inversión desglosada',
      'Desglose de la inversión',
      'Desglose económico detallado',
    ],
  ),
  kind: 'line-items',
  prompt: L(
    'A table of items with description, quantity and amount.',
    '费用明细表：项目、数量、金额。',
    'Una tabla de partidas con descripción, cantidad e importe.',
  ),
  guidance: L(
    "Give one row per cost item, with a clear description and an amount column in the document's currency. Keep agency fees apart from third-party costs such as production or media.",
    '每项费用一行，写清项目说明，并设金额栏，币种与文档一致。把公司服务费与制作、媒介等第三方费用分开列。',
    'Una fila por partida, con una descripción clara y una columna de importe en la moneda del documento. Separa los honorarios de la agencia de los costes de terceros, como producción o medios.',
  ),
};

const TOTAL: SectionDef = {
  id: 'total',
  names: L('Total', '合计', 'Total'),
  ...vocab(
    [
      'Grand total',
      'Total cost',
      'Total amount',
      'Estimate total',
      'Pricing summary',
      'Cost summary',
      'Summary of costs',
      'Investment',
      'Total investment',
      'Pricing',
      'Project total',
      'Total project cost',
      'Price summary',
      'Estimated value',
    ],
    ['总计', '总价', '报价总额', '总金额', '合计金额', '费用汇总', '报价汇总', '价格汇总', '项目总价'],
    [
      'Importe total',
      'Total presupuesto',
      'Total del presupuesto',
      'Resumen económico',
      'Resumen de costos',
      'Resumen de costes',
      'Inversión total',
      'Inversión',
      'Total del proyecto',
      'Resumen de precios',
      'Valor estimado',
      'Precio total',
      'Inversión normal',
    ],
  ),
  kind: 'total',
  prompt: L(
    'State the total amount, with currency and whether tax is included.',
    '写明总金额、币种及是否含税。',
    'Indica el importe total, con la moneda y si incluye impuestos.',
  ),
  guidance: L(
    'The total must equal the sum of the line items; check the sum before the estimate goes out. Say whether tax is included.',
    '合计必须等于各项明细之和，估价单发出前务必核对。注明是否含税。',
    'El total debe coincidir con la suma de las partidas; compruébala antes de enviar el presupuesto. Indica si incluye impuestos.',
  ),
};

const ESTIMATE_SIGNOFF: SectionDef = {
  id: 'sign-off',
  names: SIGNOFF_NAMES,
  ...SIGNOFF_VOCABULARY,
  kind: 'signoff',
  prompt: SIGNOFF_PROMPT,
  guidance: L(
    "The client signs the estimate before work starts; have the account director check the sums before it is sent. Work started without the client's signature is at the agency's own risk.",
    '估价单须在开工前由客户签字；发出前请客户总监核对金额。没有客户签字就开工，风险由公司自己承担。',
    'El cliente firma el presupuesto antes de empezar el trabajo; pide al director de cuentas que revise las cuentas antes de enviarlo. Sin la firma del cliente, la agencia trabaja por su cuenta y riesgo.',
  ),
};

// ---------------------------------------------------------------------------
// Memo
// ---------------------------------------------------------------------------

const FOLLOW_UP: SectionDef = {
  id: 'follow-up',
  names: L('Follow-up', '跟进', 'Seguimiento'),
  ...vocab(['Follow up', 'Follow-ups', 'Next steps'], ['后续', '跟进事项'], ['Próximos pasos']),
  optional: true,
  prompt: L(
    'List what happens next, with @owner and due date.',
    '列出后续事项、@负责人和截止日期。',
    'Enumera lo que sigue, con @responsable y fecha límite.',
  ),
  guidance: L(
    'If the memo asks for anything, say who does it and by when. Keep the memo itself to one screen.',
    '如果备忘录要求对方做事，写明由谁、在何时之前完成。备忘录本身以一屏为限。',
    'Si el memorándum pide algo, indica quién lo hace y para cuándo. Que el memorándum no pase de una pantalla.',
  ),
};

// ---------------------------------------------------------------------------
// The types, in the order of docs/types.md
// ---------------------------------------------------------------------------

export const DOCUMENT_TYPES: readonly DocumentTypeDef[] = [
  {
    id: 'strategy',
    names: L('Communication strategy', '传播策略', 'Estrategia de comunicación'),
    aliases: [],
    summary: L(
      'The communication strategy a campaign follows, signed off by client and agency.',
      '活动所依据的传播策略，须经客户与公司签核。',
      'La estrategia de comunicación que guía la campaña, aprobada por el cliente y la agencia.',
    ),
    fields: [{ id: 'client' }, { id: 'brand' }, { id: 'date' }],
    sections: [
      BRAND_DEFINITION,
      MARKETING_OBJECTIVE,
      ROLE_OF_COMMUNICATION,
      COMPETITIVE_ENVIRONMENT,
      TARGET_CONSUMER,
      WHERE_ARE_WE_NOW,
      WHERE_ARE_WE_GOING,
      BUTTON,
      SUPPORT_POINTS,
      MANDATORIES,
      SIGNOFF,
    ],
    signoffRoles: ['client', 'general-manager', 'account-director', 'creative-director'],
  },
  {
    id: 'brief',
    names: L('Creative brief', '创意简报', 'Brief creativo'),
    aliases: [
      '广告简报',
      'Brief',
      'Campaign brief',
      'Advertising brief',
      'Brief de campaña',
      'Brief publicitario',
      '广告创意简报',
    ],
    summary: L(
      'What the creative team needs to do the work: objective, target, button, support.',
      '交给创意团队的工作依据：目标、对象、按钮、支持点。',
      'Lo que necesita el equipo creativo para trabajar: objetivo, público, botón y apoyos.',
    ),
    fields: [
      { id: 'client' },
      { id: 'brand' },
      { id: 'job' },
      { id: 'date' },
      { id: 'due' },
      { id: 'budget' },
      { id: 'strategy', optional: true },
    ],
    sections: [OBJECTIVE, TARGET_CONSUMER, BUTTON, SUPPORT_POINTS, TONE, MANDATORIES, DELIVERABLES, SIGNOFF],
    signoffRoles: ['account-lead', 'creative-lead', 'client'],
  },
  {
    id: 'media-brief',
    names: L('Media brief', '媒介简报', 'Brief de medios'),
    aliases: [],
    summary: L(
      'What the media team needs to plan and buy the campaign.',
      '交给媒介团队的计划与购买依据。',
      'Lo que necesita el equipo de medios para planificar y comprar la campaña.',
    ),
    fields: [{ id: 'client' }, { id: 'brand' }, { id: 'job' }, { id: 'date' }, { id: 'budget' }],
    sections: [OBJECTIVE, TARGET_CONSUMER, MARKETS, TIMING, CREATIVE_FORMATS, COMPETITIVE_SPEND],
  },
  {
    id: 'agenda',
    names: L('Meeting agenda', '会议议程', 'Orden del día'),
    aliases: ['Agenda', '会议日程'],
    summary: L(
      'Sent at least 48 hours before a meeting: purpose, topics and materials.',
      '会前至少 48 小时发出：会议目的、议题和资料。',
      'Se envía al menos 48 horas antes de la reunión: objetivo, temas y materiales.',
    ),
    fields: [
      { id: 'client' },
      { id: 'meeting', kind: 'datetime' },
      { id: 'issued' },
      { id: 'attendees' },
      { id: 'location' },
    ],
    sections: [AGENDA_PURPOSE, TOPICS, MATERIALS],
  },
  {
    id: 'minutes',
    names: L('Meeting minutes', '会议记录', 'Acta de reunión'),
    aliases: [
      'Contact report',
      'Call report',
      'Meeting report',
      'Minutes of meeting',
      'Minutes of the meeting',
      '客户会议报告',
      '会议纪要',
      '通话记录',
      'Informe de contacto',
      'Acta de la reunión',
      'Minuta de reunión',
    ],
    summary: L(
      'The contact report, sent within 24 hours: decisions, and next actions with owners.',
      '会后 24 小时内发出的纪要：结论，以及有负责人的后续行动。',
      'El informe de contacto, enviado en 24 horas: acuerdos y próximos pasos con responsable.',
    ),
    fields: [
      // `date` accepts a date with or without a time (SPEC: "date or date-time").
      { id: 'client' },
      { id: 'meeting', kind: 'date' },
      { id: 'issued' },
      { id: 'attendees' },
      { id: 'distribution' },
    ],
    sections: [DECISIONS, NEXT_ACTIONS],
  },
  {
    id: 'status',
    names: L('Weekly status report', '工作进度报告', 'Informe semanal'),
    aliases: ['Status report', '周报', '进度报告', 'Informe de estado'],
    summary: L(
      'The weekly report to the client on jobs in progress, done and coming up.',
      '每周向客户汇报进行中、已完成和下周的工作。',
      'El informe semanal al cliente sobre los trabajos en curso, terminados y previstos.',
    ),
    fields: [{ id: 'client' }, { id: 'week' }, { id: 'issued' }],
    sections: [JOBS_IN_PROGRESS, COMPLETED, DECISIONS_NEEDED, NEXT_WEEK],
  },
  {
    id: 'job',
    names: L('Job card', '工作卡', 'Orden de trabajo'),
    aliases: ['Work order', 'Job ticket', '工作单', '工作任务通知书'],
    summary: L(
      'Opened for every client request: what, by when, by whom and at what cost.',
      '客户每提一项要求就开一张：做什么、何时交、谁负责、花多少。',
      'Se abre por cada petición del cliente: qué, para cuándo, quién y a qué coste.',
    ),
    fields: [
      { id: 'job' },
      { id: 'client' },
      { id: 'opened', kind: 'datetime' },
      { id: 'owner' },
      { id: 'due' },
      { id: 'status' },
      { id: 'schedule-sent', optional: true, kind: 'datetime' },
      { id: 'estimate', optional: true },
    ],
    sections: [REQUEST, DELIVERABLES, SCHEDULE, JOB_ESTIMATE, JOB_SIGNOFF],
    signoffRoles: ['client', 'account-lead'],
  },
  {
    id: 'research',
    names: L('Research summary', '调查归纳总结', 'Resumen de investigación'),
    aliases: ['调研报告摘要'],
    summary: L(
      'A summary of a research study: why, how, with whom, and what we learned.',
      '一项调研的归纳总结：目的、方法、对象和结论。',
      'Resumen de un estudio: para qué, cómo, con quién y qué aprendimos.',
    ),
    fields: [{ id: 'client' }, { id: 'date' }],
    sections: [RESEARCH_PURPOSE, METHOD, RESPONDENTS, FIELDWORK, FINDINGS, RECOMMENDED_ACTIONS],
  },
  {
    id: 'competitor',
    names: L('Competitor review', '竞争者评议', 'Análisis de la competencia'),
    aliases: ['竞争者情形评议'],
    summary: L(
      'A review of one competitor: product, promise, creative work and media.',
      '对一个竞争品牌的产品、诉求、创意与媒介的评议。',
      'Análisis de un competidor: producto, promesa, creatividad y medios.',
    ),
    fields: [{ id: 'client' }, { id: 'date' }, { id: 'competitor' }],
    sections: [
      BRAND_AND_PRODUCT,
      PRODUCT_APPEAL,
      TARGET_CONSUMER,
      PROMISE_AND_SUPPORT,
      CREATIVE_CONCEPT_AND_TONE,
      PRODUCTION_QUALITY,
      COMPETITOR_MEDIA,
    ],
  },
  {
    id: 'factbook',
    names: L('Fact book', '实情手册', 'Libro de datos'),
    aliases: ['Account fact book', '客户手册'],
    summary: L(
      'Everything the team should know about the account, kept up to date.',
      '团队应掌握的客户全部资料，须随时更新。',
      'Todo lo que el equipo debe saber de la cuenta, siempre al día.',
    ),
    fields: [{ id: 'client' }, { id: 'updated' }],
    sections: [
      CLIENT_DIRECTORY,
      MEETING_REPORTS,
      MARKET,
      PRODUCT,
      FACTBOOK_COMPETITION,
      CONSUMER,
      BRAND,
      PAST_CAMPAIGNS,
      BRIEFS,
      FACTBOOK_MEDIA,
      RESEARCH,
      FINANCE,
    ],
  },
  {
    id: 'account-plan',
    names: L('Account plan', '客户经营计划', 'Plan de cuenta'),
    aliases: ['Account business plan'],
    summary: L(
      "The year's plan for the account: goals, milestones, team and revenue.",
      '本年度的客户经营计划：目标、阶段目标、团队与收入。',
      'El plan anual de la cuenta: objetivos, hitos, equipo e ingresos.',
    ),
    fields: [{ id: 'client' }, { id: 'year' }, { id: 'owner' }],
    sections: [ANNUAL_GOALS, MILESTONES, PLAN_STRATEGY, TEAM_AND_RESOURCES, REVENUE_AND_PROFIT],
  },
  {
    id: 'proposal',
    names: L('Presentation plan', '提案计划', 'Plan de presentación'),
    aliases: ['Pitch plan', '提案准备'],
    summary: L(
      'How the team will prepare, give and review a presentation to the client.',
      '向客户提案的准备、执行与检讨计划。',
      'Cómo preparará, hará y revisará el equipo una presentación al cliente.',
    ),
    fields: [{ id: 'client' }, { id: 'date', kind: 'datetime' }, { id: 'location' }, { id: 'attendees' }],
    sections: [OBJECTIVE, OUTLINE, OPENING, CLOSING, ROLES_SECTION, EQUIPMENT, REHEARSAL, POST_REVIEW],
  },
  {
    id: 'estimate',
    names: L('Cost estimate', '估价单', 'Presupuesto'),
    aliases: ['Estimate', '报价单', 'Cotización'],
    summary: L(
      'The cost of a job, itemised and totalled, signed by the client before work starts.',
      '工作的费用明细与合计，开工前须经客户签字。',
      'El coste de un trabajo, por partidas y con total, firmado por el cliente antes de empezar.',
    ),
    fields: [{ id: 'job' }, { id: 'client' }, { id: 'date' }, { id: 'currency' }],
    sections: [LINE_ITEMS, TOTAL, ESTIMATE_SIGNOFF],
    // The handbook asks for the client's signature; the account director's check before sending is advice, not a sign-off row.
    signoffRoles: ['client'],
  },
  {
    id: 'memo',
    names: L('Memo', '备忘录', 'Memorándum'),
    aliases: ['Fax memo', '传真联络备忘录'],
    summary: L(
      'A short note to a client or colleague, one screen at most.',
      '写给客户或同事的简短备忘，不超过一屏。',
      'Una nota breve para un cliente o un compañero, de una pantalla como máximo.',
    ),
    fields: [{ id: 'to' }, { id: 'from' }, { id: 'date' }, { id: 'subject' }],
    sections: [FOLLOW_UP],
  },
];
