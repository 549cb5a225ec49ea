import { strict as assert } from 'node:assert';
import {
  DOCUMENT_TYPES,
  FIELDS,
  LANGS,
  ROLES,
  fieldAliases,
  fieldById,
  roleById,
  typeById,
  type DocumentTypeDef,
  type Localized,
  type SectionDef,
} from '../server/core/catalog';

/** The 14 handbook types in their order: the one test that pins the catalog; other tests derive the list from DOCUMENT_TYPES. */
const TYPE_IDS = [
  'strategy',
  'brief',
  'media-brief',
  'agenda',
  'minutes',
  'status',
  'job',
  'research',
  'competitor',
  'factbook',
  'account-plan',
  'proposal',
  'estimate',
  'memo',
];

const kebab = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** Lower case, accents removed, `_` / `-` / spaces equal: how names and keys are compared. */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();

function type(id: string): DocumentTypeDef {
  const t = typeById(id);
  assert.ok(t, `type ${id}`);
  return t;
}
function section(typeId: string, sectionId: string): SectionDef {
  const s = type(typeId).sections.find((x) => x.id === sectionId);
  assert.ok(s, `${typeId}/${sectionId}`);
  return s;
}
function assertLocalized(l: Localized, what: string): void {
  for (const lang of LANGS) {
    assert.equal(typeof l[lang], 'string', `${what}.${lang}`);
    assert.ok(l[lang].trim().length > 0, `${what}.${lang} is empty`);
    assert.equal(l[lang], l[lang].trim(), `${what}.${lang} has surrounding spaces`);
  }
}
/** No folded value belongs to two different owners (a type, a field, a role). */
function assertUnique(entries: ReadonlyArray<readonly [owner: string, value: string]>, what: string): void {
  const seen = new Map<string, { owner: string; value: string }>();
  for (const [owner, value] of entries) {
    const k = fold(value);
    const prev = seen.get(k);
    assert.ok(
      !prev || prev.owner === owner,
      `${what}: "${value}" of ${owner} clashes with "${prev?.value}" of ${prev?.owner}`,
    );
    seen.set(k, { owner, value });
  }
}
const own = (owner: string, values: readonly string[]) => values.map((v) => [owner, v] as const);
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

describe('catalog', () => {
  describe('document types', () => {
    it('has the 14 types of the spec, in its order', () => {
      assert.deepEqual(
        DOCUMENT_TYPES.map((t) => t.id),
        TYPE_IDS,
      );
    });

    it('has no empty text anywhere', () => {
      for (const t of DOCUMENT_TYPES) {
        assertLocalized(t.names, `${t.id}.names`);
        assertLocalized(t.summary, `${t.id}.summary`);
        for (const a of t.aliases) assert.ok(a.trim(), `${t.id} has an empty alias`);
        for (const s of t.sections) {
          assertLocalized(s.names, `${t.id}/${s.id}.names`);
          assertLocalized(s.prompt, `${t.id}/${s.id}.prompt`);
          assertLocalized(s.guidance, `${t.id}/${s.id}.guidance`);
          for (const a of s.aliases)
            assert.ok(a.trim() && a === a.trim(), `${t.id}/${s.id} has an empty or padded alias`);
        }
      }
    });

    it('no name or alias names two types', () => {
      assertUnique(
        DOCUMENT_TYPES.flatMap((t) => own(t.id, [t.id, ...LANGS.map((l) => t.names[l]), ...t.aliases])),
        'type names',
      );
    });

    it('every section id is the kebab case of its English name', () => {
      for (const t of DOCUMENT_TYPES) {
        for (const s of t.sections) assert.equal(s.id, kebab(s.names.en), `${t.id}/${s.id}`);
      }
      assert.equal(section('strategy', 'where-are-we-now').names.en, 'Where are we now');
      assert.equal(section('account-plan', 'team-and-resources').names.en, 'Team and resources');
      assert.equal(section('proposal', 'post-review').names.en, 'Post-review');
    });

    it('within a type, no two sections share an id, a name or an alias', () => {
      for (const t of DOCUMENT_TYPES) {
        assertUnique(
          t.sections.map((s, i) => [String(i), s.id] as const),
          `${t.id} section ids`,
        );
        const owner = new Map<string, string>();
        for (const s of t.sections) {
          for (const n of new Set([...LANGS.map((l) => fold(s.names[l])), ...s.aliases.map(fold)])) {
            assert.ok(!owner.has(n), `${t.id}: "${n}" names both ${owner.get(n)} and ${s.id}`);
            owner.set(n, s.id);
          }
        }
      }
    });

    it('requires known fields only, once each', () => {
      for (const t of DOCUMENT_TYPES) {
        for (const f of t.fields) assert.ok(fieldById(f.id), `${t.id} asks for unknown field ${f.id}`);
        assertUnique(
          t.fields.map((f, i) => [String(i), f.id] as const),
          `${t.id} fields`,
        );
      }
    });

    it("has the spec's required and optional fields", () => {
      const req = (id: string) =>
        type(id)
          .fields.filter((f) => !f.optional)
          .map((f) => f.id);
      const opt = (id: string) =>
        type(id)
          .fields.filter((f) => f.optional)
          .map((f) => f.id);
      assert.deepEqual(req('strategy'), ['client', 'brand', 'date']);
      assert.deepEqual(req('brief'), ['client', 'brand', 'job', 'date', 'due', 'budget']);
      assert.deepEqual(opt('brief'), ['strategy']);
      assert.deepEqual(req('agenda'), ['client', 'meeting', 'issued', 'attendees', 'location']);
      assert.deepEqual(req('minutes'), ['client', 'meeting', 'issued', 'attendees', 'distribution']);
      assert.deepEqual(req('job'), ['job', 'client', 'opened', 'owner', 'due', 'status']);
      assert.deepEqual(opt('job'), ['schedule-sent', 'estimate']);
      assert.deepEqual(req('memo'), ['to', 'from', 'date', 'subject']);
      for (const t of DOCUMENT_TYPES)
        assert.ok(!opt(t.id).length || ['brief', 'job'].includes(t.id), `${t.id} optional fields`);
    });

    it('reads date-times where the spec says so', () => {
      const kind = (t: string, f: string) => {
        const r = type(t).fields.find((x) => x.id === f);
        assert.ok(r, `${t}.${f}`);
        return r.kind ?? fieldById(f)?.kind;
      };
      assert.equal(kind('agenda', 'meeting'), 'datetime');
      assert.equal(kind('proposal', 'date'), 'datetime');
      assert.equal(kind('job', 'opened'), 'datetime');
      assert.equal(kind('job', 'schedule-sent'), 'datetime');
      assert.equal(kind('strategy', 'date'), 'date');
    });

    it('marks exactly the bracketed sections optional', () => {
      const optional = DOCUMENT_TYPES.flatMap((t) =>
        t.sections.filter((s) => s.optional).map((s) => `${t.id}/${s.id}`),
      );
      assert.deepEqual(optional, [
        'media-brief/competitive-spend',
        'agenda/materials',
        'status/decisions-needed',
        'job/sign-off',
        'proposal/post-review',
        'memo/follow-up',
      ]);
      assert.deepEqual(
        type('memo').sections.map((s) => s.id),
        ['follow-up'],
      );
    });

    it("lists sections in the spec's canonical order", () => {
      const ids = (t: string) => type(t).sections.map((s) => s.id);
      assert.deepEqual(ids('strategy'), [
        'brand-definition',
        'marketing-objective',
        'role-of-communication',
        'competitive-environment',
        'target-consumer',
        'where-are-we-now',
        'where-are-we-going',
        'button',
        'support-points',
        'mandatories',
        'sign-off',
      ]);
      assert.deepEqual(ids('brief'), [
        'objective',
        'target-consumer',
        'button',
        'support-points',
        'tone',
        'mandatories',
        'deliverables',
        'sign-off',
      ]);
      assert.deepEqual(ids('status'), ['jobs-in-progress', 'completed', 'decisions-needed', 'next-week']);
      assert.deepEqual(ids('job'), ['request', 'deliverables', 'schedule', 'estimate', 'sign-off']);
      assert.deepEqual(ids('factbook'), [
        'client-directory',
        'meeting-reports',
        'market',
        'product',
        'competition',
        'consumer',
        'brand',
        'past-campaigns',
        'briefs',
        'media',
        'research',
        'finance',
      ]);
      assert.deepEqual(ids('proposal'), [
        'objective',
        'outline',
        'opening',
        'closing',
        'roles',
        'equipment',
        'rehearsal',
        'post-review',
      ]);
      assert.deepEqual(ids('estimate'), ['line-items', 'total', 'sign-off']);
    });

    it('gives sections the kinds the rules look for', () => {
      const kinds = DOCUMENT_TYPES.flatMap((t) =>
        t.sections.filter((s) => s.kind).map((s) => `${t.id}/${s.id}:${s.kind}`),
      );
      assert.deepEqual(kinds.sort(), [
        'account-plan/milestones:milestones',
        'account-plan/revenue-and-profit:figure',
        'agenda/topics:topics',
        'brief/button:button',
        'brief/sign-off:signoff',
        'brief/support-points:support-points',
        'estimate/line-items:line-items',
        'estimate/sign-off:signoff',
        'estimate/total:total',
        'factbook/client-directory:directory',
        'job/sign-off:signoff',
        'minutes/next-actions:actions',
        'proposal/rehearsal:rehearsal',
        'status/jobs-in-progress:actions',
        'strategy/button:button',
        'strategy/sign-off:signoff',
        'strategy/support-points:support-points',
      ]);
    });

    it('shares the very same section object where the spec says "(as strategy)"', () => {
      for (const id of ['target-consumer', 'button', 'support-points', 'mandatories', 'sign-off']) {
        assert.equal(section('brief', id), section('strategy', id), `brief/${id}`);
      }
      assert.equal(section('media-brief', 'target-consumer'), section('strategy', 'target-consumer'));
      assert.equal(section('competitor', 'target-consumer'), section('strategy', 'target-consumer'));
      assert.equal(section('media-brief', 'objective'), section('brief', 'objective'));
      assert.equal(section('proposal', 'objective'), section('brief', 'objective'));
      assert.equal(section('job', 'deliverables'), section('brief', 'deliverables'));
    });

    it('keeps separate objects for one id with different names', () => {
      assert.notEqual(section('agenda', 'purpose'), section('research', 'purpose'));
      assert.equal(section('agenda', 'purpose').names.zh, '会议目的');
      assert.equal(section('research', 'purpose').names.zh, '调查目的');
      assert.equal(section('competitor', 'media').names.zh, '媒介形式');
      assert.equal(section('factbook', 'media').names.zh, '媒介');
      assert.deepEqual(section('factbook', 'competition').names, { en: 'Competition', zh: '竞争', es: 'Competencia' });
      // optional in the job card, required in the estimate: not the strategy's object
      assert.notEqual(section('job', 'sign-off'), section('strategy', 'sign-off'));
      assert.deepEqual(section('job', 'sign-off').names, section('strategy', 'sign-off').names);
      assert.deepEqual(section('estimate', 'sign-off').aliases, section('strategy', 'sign-off').aliases);
    });

    it('keeps prompts to one short line', () => {
      for (const t of DOCUMENT_TYPES) {
        for (const s of t.sections) {
          const where = `${t.id}/${s.id}`;
          assert.ok(words(s.prompt.en) <= 15, `${where} en prompt too long`);
          assert.ok(words(s.prompt.es) <= 15, `${where} es prompt too long`);
          assert.ok([...s.prompt.zh].length <= 30, `${where} zh prompt too long`);
          for (const l of LANGS) assert.ok(!/\n/.test(s.prompt[l]), `${where} ${l} prompt has a line break`);
        }
      }
    });

    it('keeps guidance to two or three sentences', () => {
      for (const t of DOCUMENT_TYPES) {
        for (const s of t.sections) {
          const where = `${t.id}/${s.id}`;
          const en = s.guidance.en.split(/(?<=[.!?])\s+(?=[A-Z])/).length;
          const es = s.guidance.es.split(/(?<=[.!?])\s+(?=[A-ZÁÉÍÓÚÑ¿¡])/).length;
          const zh = (s.guidance.zh.match(/[。！？]/g) ?? []).length;
          for (const [l, n] of [
            ['en', en],
            ['es', es],
            ['zh', zh],
          ] as const) {
            assert.ok(n >= 2 && n <= 3, `${where} ${l} guidance has ${n} sentences`);
          }
        }
      }
    });
  });

  describe('sign-off', () => {
    it('names only known roles', () => {
      for (const t of DOCUMENT_TYPES) {
        for (const r of t.signoffRoles ?? []) assert.ok(roleById(r), `${t.id}: unknown role ${r}`);
      }
    });

    it('has a sign-off section exactly in the types with sign-off roles', () => {
      for (const t of DOCUMENT_TYPES) {
        const hasSection = t.sections.some((s) => s.id === 'sign-off' && s.kind === 'signoff');
        const hasRoles = (t.signoffRoles ?? []).length > 0;
        assert.equal(hasSection, hasRoles, t.id);
      }
    });

    it("asks the spec's roles", () => {
      assert.deepEqual(type('strategy').signoffRoles, [
        'client',
        'general-manager',
        'account-director',
        'creative-director',
      ]);
      assert.deepEqual(type('brief').signoffRoles, ['account-lead', 'creative-lead', 'client']);
      assert.ok(type('estimate').signoffRoles?.includes('client'));
    });

    it("has the six roles with the spec's names and no clash between them", () => {
      assert.deepEqual(
        ROLES.map((r) => r.id),
        ['client', 'general-manager', 'account-director', 'creative-director', 'account-lead', 'creative-lead'],
      );
      for (const r of ROLES) {
        assertLocalized(r.names, `role ${r.id}`);
        assert.equal(r.id, kebab(r.names.en));
      }
      assert.deepEqual(
        ROLES.map((r) => r.names.zh),
        ['客户', '总经理', '客户总监', '创意总监', '客户负责人', '创意负责人'],
      );
      assert.deepEqual(
        ROLES.map((r) => fold(r.names.es)),
        [
          'cliente',
          'director general',
          'director de cuentas',
          'director creativo',
          'responsable de cuenta',
          'responsable creativo',
        ],
      );
      assertUnique(
        ROLES.flatMap((r) => own(r.id, [r.id, ...LANGS.map((l) => r.names[l]), ...r.aliases])),
        'role names',
      );
      assert.ok(!ROLES.some((r) => r.aliases.some((a) => fold(a) === 'ad')), '"AD" is ambiguous');
    });
  });

  describe('fields', () => {
    it('has every field of the spec', () => {
      const ids = FIELDS.map((f) => f.id);
      for (const id of [
        'client',
        'brand',
        'date',
        'job',
        'due',
        'budget',
        'meeting',
        'issued',
        'attendees',
        'distribution',
        'location',
        'owner',
        'status',
        'week',
        'opened',
        'currency',
        'to',
        'from',
        'subject',
        'updated',
        'year',
        'competitor',
        'strategy',
        'schedule-sent',
        'estimate',
        'lang',
        'type',
      ])
        assert.ok(ids.includes(id), id);
    });

    it('has descriptions in the three languages', () => {
      for (const f of FIELDS) assertLocalized(f.description, `field ${f.id}`);
    });

    it('never gives one key to two fields', () => {
      assertUnique(
        FIELDS.flatMap((f) => own(f.id, [f.id, ...fieldAliases(f)])),
        'field keys',
      );
    });

    it("has the spec's aliases", () => {
      const aliases = (id: string) => {
        const f = fieldById(id);
        return f && fieldAliases(f);
      };
      // The spec's, and the labels real briefs and quotes write besides (`Quote #`, `Brief deadline`).
      const includes = (id: string, expected: string[]) =>
        assert.deepEqual(
          expected.filter((a) => !aliases(id)?.includes(a)),
          [],
          id,
        );
      includes('job', ['job number', '工作单号', '编号', 'número de trabajo', 'OT', 'quote #']);
      includes('due', [
        'deadline',
        'due date',
        'delivery date',
        '截止日期',
        '交付日期',
        'fecha límite',
        'fecha de entrega',
      ]);
      includes('due', ['brief deadline', 'proposal deadline']);
      includes('budget', ['预算', 'presupuesto', 'total budget', 'presupuesto total']);
      assert.deepEqual(aliases('from'), ['发件人', 'de']);
      assert.deepEqual(aliases('year'), ['年度', 'año']);
      assert.ok(aliases('type')?.includes('doctype'));
      assert.ok(aliases('schedule-sent')?.includes('schedule sent'));
    });

    it("has the spec's kinds", () => {
      const kind = (id: string) => fieldById(id)?.kind;
      assert.equal(kind('date'), 'date');
      assert.equal(kind('meeting'), 'datetime');
      assert.equal(kind('attendees'), 'list');
      assert.equal(kind('distribution'), 'list');
      assert.equal(kind('strategy'), 'path');
      assert.equal(kind('budget'), 'amount');
      assert.equal(kind('week'), 'week');
      assert.equal(kind('year'), 'year');
      assert.equal(kind('status'), 'enum');
      assert.deepEqual(fieldById('status')?.values, ['open', 'in-progress', 'delivered', 'closed']);
      for (const f of FIELDS) assert.equal(f.values !== undefined, f.kind === 'enum', f.id);
    });
  });

  describe('spot checks of spec names', () => {
    it('type names and aliases', () => {
      assert.deepEqual(type('minutes').names, { en: 'Meeting minutes', zh: '会议记录', es: 'Acta de reunión' });
      assert.ok(type('minutes').aliases.includes('Contact report'));
      assert.ok(type('minutes').aliases.includes('会议纪要'));
      assert.ok(['广告简报', 'Brief', 'Brief de campaña'].every((a) => type('brief').aliases.includes(a)));
      assert.deepEqual(type('estimate').names, { en: 'Cost estimate', zh: '估价单', es: 'Presupuesto' });
      assert.deepEqual(type('memo').aliases, ['Fax memo', '传真联络备忘录']);
    });

    it('section names and aliases', () => {
      const button = section('strategy', 'button');
      assert.deepEqual(button.names, { en: 'Button', zh: '按钮', es: 'Botón' });
      assert.ok(button.aliases.includes('SMP'));
      assert.ok(button.aliases.includes('单一诉求'));
      assert.ok(section('strategy', 'support-points').aliases.includes('Reasons to believe'));
      assert.deepEqual(section('strategy', 'sign-off').names, { en: 'Sign-off', zh: '签核', es: 'Aprobaciones' });
      assert.ok(section('minutes', 'next-actions').aliases.includes('待办事项'));
      assert.ok(
        ['制作需求', 'Production requirements'].every((a) => section('brief', 'deliverables').aliases.includes(a)),
      );
      assert.deepEqual(section('estimate', 'line-items').names, { en: 'Line items', zh: '费用明细', es: 'Partidas' });
      assert.equal(section('memo', 'follow-up').names.es, 'Seguimiento');
    });
  });

  describe('lookups', () => {
    it('find by id and nothing else', () => {
      assert.equal(typeById('media-brief')?.names.en, 'Media brief');
      assert.equal(typeById('Brief')?.id, 'brief');
      assert.equal(typeById('creative brief'), undefined);
      assert.equal(fieldById('schedule-sent')?.kind, 'datetime');
      assert.equal(fieldById('deadline'), undefined);
      assert.equal(roleById('account-director')?.names.zh, '客户总监');
      assert.equal(roleById('nobody'), undefined);
    });
  });
});
