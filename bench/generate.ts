/** Deterministic, realistic agency documents for the benchmark: EN/ZH/ES, front matter, task lists, tables, long CJK paragraphs. */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const EN = ['launch film', 'transit posters', 'retailer deck', 'sampling tour', 'media plan', 'key visual', 'social cutdowns', 'radio spot'];
const ZH = ['主视觉', '达人视频', '电商详情页', '地铁灯箱', '夏季活动', '包装设计', '媒介排期', '快闪店'];
const ES = ['estand del festival', 'lonas', 'cuñas de radio', 'redes sociales', 'presupuesto', 'plan de medios', 'degustación', 'cartelería'];
const OWNERS = ['alice', 'ben', 'carla', 'dev', '张伟', '王芳', '李娜', 'Ana', 'Luis'];
const CJK = '我们与客户确认了本季度的传播重点，强调产品的清爽口感与自有茶园的品质保证，同时需要在预算范围内完成全部交付。';

function pick<T>(r: () => number, xs: readonly T[]): T { return xs[Math.floor(r() * xs.length)]; }
function day(r: () => number): string { return `2026-${pick(r, ['11', '12'])}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`; }

/** One block of a meeting log: a dated sub-section with decisions, a task list, a table and a paragraph. */
function block(r: () => number, i: number, lang: 'en' | 'zh' | 'es'): string {
  const topic = lang === 'zh' ? pick(r, ZH) : lang === 'es' ? pick(r, ES) : pick(r, EN);
  const heading = lang === 'zh' ? `### 第 ${i} 次讨论：${topic}` : lang === 'es' ? `### Reunión ${i}: ${topic}` : `### Session ${i}: ${topic}`;
  const due = lang === 'zh' ? '截止' : lang === 'es' ? 'fecha límite:' : 'due';
  const items = Array.from({ length: 3 + Math.floor(r() * 3) }, (_, k) => {
    const done = r() < 0.3 ? 'x' : ' ';
    const owner = r() < 0.9 ? ` @${pick(r, OWNERS)}` : '';
    const when = r() < 0.9 ? ` ${due} ${day(r)}` : '';
    return `- [${done}] ${topic} step ${k + 1}${owner}${when}`;
  }).join('\n');
  const table = `| Action | Owner | Due | Status |\n|---|---|---|---|\n` + Array.from({ length: 3 }, (_, k) => `| ${topic} review ${k + 1} | ${pick(r, OWNERS)} | ${day(r)} | ${pick(r, ['open', 'done', 'in progress'])} |`).join('\n');
  const para = lang === 'zh' ? CJK.repeat(1 + Math.floor(r() * 3)) : lang === 'es' ? `Acordamos con el cliente revisar ${topic} antes del ${Math.floor(1 + r() * 28)} de diciembre de 2026 y mantener el presupuesto.` : `We agreed with the client to review the ${topic} before the shoot, keep the budget, and send the revised plan to the team.`;
  return `${heading}\n\n${para}\n\n${items}\n\n${table}\n\n${para}\n`;
}

/** A minutes document (a long meeting log) of about `lines` lines. */
export function longDocument(lines: number, seed = 1): string {
  const r = rng(seed);
  let text = `---\ntype: minutes\nclient: Northwind Coffee\nmeeting: 2026-11-20 10:00\nissued: 2026-11-20 17:00\nattendees: [alice, ben, 张伟]\ndistribution: [carla]\n---\n# Meeting minutes\n\n## Decisions\n\n- Go with route B.\n\n## Next actions\n\n`;
  let count = text.split('\n').length;
  const parts: string[] = [text];
  for (let i = 1; count < lines; i++) {
    const b = block(r, i, pick(r, ['en', 'zh', 'es'] as const));
    parts.push(b, '\n');
    count += b.split('\n').length + 1;
  }
  return parts.join('');
}

const TYPES = ['minutes', 'status', 'brief', 'job', 'agenda'] as const;

/** A workspace document of about 100 lines: various types, job numbers, clients, owners. */
export function workspaceDocument(i: number, seed = 7): string {
  const r = rng(seed * 100003 + i);
  const type = TYPES[i % TYPES.length];
  const client = pick(r, ['Northwind Coffee', '青山茶饮', 'Cervecería Sol de Mayo']);
  const job = `NW-2026-${String(i).padStart(5, '0')}`;
  const head = `---\ntype: ${type}\nclient: ${client}\njob: ${job}\ndate: 2026-11-02\nmeeting: 2026-11-20 10:00\nissued: 2026-11-20 17:00\nattendees: [alice, ben]\ndistribution: [carla]\nowner: alice\nopened: 2026-11-02 09:00\nschedule-sent: 2026-11-02 15:00\ndue: 2026-12-11\nstatus: open\n---\n# Document ${i}\n\n`;
  const sections = type === 'minutes' ? '## Decisions\n\n- Go.\n\n## Next actions\n\n' : type === 'status' ? '## Jobs in progress\n\n' : '## Request\n\nA film.\n\n';
  let body = '';
  for (let k = 0; body.split('\n').length < 80; k++) body += block(r, k, pick(r, ['en', 'zh', 'es'] as const));
  return head + sections + body;
}
