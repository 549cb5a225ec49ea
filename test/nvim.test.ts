/**
 * An independent client: Neovim's built-in LSP client (headless, through
 * ../shared/nvim-lsp/nvim-lsp.sh) drives the bundled server on the
 * fixture documents in test/fixtures/lsp/ (English brief, Chinese minutes,
 * Spanish minutes, with a team roster in .agency-docs.json).
 *
 * Needs `nvim` (and `jq`): apt-get install -y neovim jq. Without them these
 * tests fail; they are never skipped. Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The server as the README tells Neovim users to start it (`agency-docs lsp --stdio`, which starts
 * dist/server.js); AGENCY_DOCS_SERVER may point at another build of the server bundle itself.
 */
const SERVER = process.env.AGENCY_DOCS_SERVER ?? join(__dirname, '..', 'dist', 'server.js');
const COMMAND = process.env.AGENCY_DOCS_SERVER
  ? [SERVER, '--stdio']
  : [join(__dirname, '..', 'bin', 'agency-docs.js'), 'lsp', '--stdio'];
const FIXTURES = join(__dirname, 'fixtures', 'lsp');
// The harness lives in shared/ beside the repository (where CI puts it), else at the workplace's own copy.
const HARNESS =
  process.env.NVIM_LSP_SH ??
  [join(__dirname, '..', '..', 'shared', 'nvim-lsp', 'nvim-lsp.sh'), '/work/shared/nvim-lsp/nvim-lsp.sh'].find((p) =>
    existsSync(p),
  ) ??
  join(__dirname, '..', '..', 'shared', 'nvim-lsp', 'nvim-lsp.sh');
const TODAY = '2026-11-22';

const BRIEF = join(FIXTURES, 'brief-en.md');
const MINUTES_ZH = join(FIXTURES, 'minutes-zh.md');
const ACTA_ES = join(FIXTURES, 'acta-es.md');

interface NvimDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: string;
  code: string;
  source: string;
  message: string;
}
interface NvimResult {
  ok: boolean;
  error?: string;
  kind_of_error?: string;
  diagnostics_mode?: string;
  nvim_diagnostic_count?: number;
  diagnostics?: NvimDiagnostic[];
  code_actions?: { diagnostic: NvimDiagnostic; actions: { title: string; kind: string; isPreferred?: boolean }[] }[];
  applied?: { title: string; kind: string; diagnostic: NvimDiagnostic };
  text?: string;
  modified?: boolean;
  diagnostics_after?: NvimDiagnostic[] | null;
  position?: { line: number; character: number };
  items?: {
    label: string;
    detail: string | null;
    textEdit: { range: NvimDiagnostic['range']; newText: string } | null;
  }[];
  nvim_words?: string[];
  hover?: { contents: string; range: NvimDiagnostic['range'] | null } | null;
  symbols?: NvimSymbol[];
  nvim_list?: string[];
  client_errors?: unknown;
  server_stderr?: string | null;
}
interface NvimSymbol {
  name: string;
  kind: string;
  detail: string | null;
  range: NvimDiagnostic['range'];
  children?: NvimSymbol[];
}

let checkedTools: string | undefined;
/** Why the harness cannot run here (nvim missing…), or '' when it can. */
function toolsProblem(): string {
  if (checkedTools !== undefined) return checkedTools;
  const problems: string[] = [];
  const nvim = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (nvim.error || nvim.status !== 0)
    problems.push('`nvim` is not installed (apt-get install -y neovim jq): the Neovim client tests cannot run');
  if (!existsSync(HARNESS)) problems.push(`the harness ${HARNESS} is missing`);
  if (!existsSync(SERVER)) problems.push(`${SERVER} is missing: run \`node esbuild.mjs\` first`);
  checkedTools = problems.join('; ');
  return checkedTools;
}

/** Runs the harness once; resolves with its JSON (and exit code). Fails clearly when nvim is missing. */
function nvim(
  file: string,
  action: string,
  extra: string[] = [],
): Promise<{ code: number | null; json: NvimResult; stderr: string }> {
  const problem = toolsProblem();
  if (problem) return Promise.reject(new Error(problem));
  const server = [process.execPath, ...COMMAND].map((a) => JSON.stringify(a)).join(' ');
  const args = [
    '--server',
    server,
    '--file',
    file,
    '--root',
    FIXTURES,
    '--action',
    action,
    '--timeout-ms',
    '20000',
    ...extra,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(HARNESS, args, {
      env: { ...process.env, AGENCY_DOCS_TODAY: TODAY },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => {
      out += b.toString();
    });
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      let json: NvimResult;
      try {
        json = JSON.parse(out.trim().split('\n').pop() ?? '');
      } catch {
        reject(new Error(`nvim-lsp.sh ${action} (exit ${code}) printed no JSON.\nstdout: ${out}\nstderr: ${err}`));
        return;
      }
      resolve({ code, json, stderr: err });
    });
  });
}

/** The harness result, asserting it succeeded (with its own explanation otherwise). */
async function nvimOk(file: string, action: string, extra: string[] = []): Promise<NvimResult> {
  const r = await nvim(file, action, extra);
  assert.ok(
    r.code === 0 && r.json.ok,
    `nvim-lsp.sh --action ${action} on ${file.split('/').pop()} failed (exit ${r.code}): ${r.json.error ?? ''}\n${r.stderr}`,
  );
  return r.json;
}

const brief = readFileSync(BRIEF, 'utf8');
const minutesZh = readFileSync(MINUTES_ZH, 'utf8');
const actaEs = readFileSync(ACTA_ES, 'utf8');
/** 0-based line of the first line containing `needle`. */
function lineNo(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture has no line with ${needle}`);
  return i;
}
const short = (ds: readonly NvimDiagnostic[]) =>
  ds.map((d) => `${d.code}/${d.severity}@${d.range.start.line}:${d.range.start.character}`).sort();

describe('Neovim LSP client (nvim-lsp.sh) against `agency-docs lsp --stdio`', function () {
  this.timeout(45000);

  it('the tools are there (nvim, the harness, the built server)', () => {
    assert.equal(toolsProblem(), '');
  });

  describe('diagnostics', () => {
    it('English brief: two missing sections, errors on the title line', async () => {
      const r = await nvimOk(BRIEF, 'diagnostics');
      assert.equal(r.diagnostics_mode, 'push');
      const title = lineNo(brief, '# Creative brief');
      assert.deepEqual(short(r.diagnostics!), [`missing-section/Error@${title}:0`, `missing-section/Error@${title}:0`]);
      assert.equal(r.nvim_diagnostic_count, 2, 'Neovim shows both');
      for (const d of r.diagnostics!) assert.equal(d.source, 'agency-docs');
      assert.deepEqual(r.diagnostics!.map((d) => /“(Tone|Mandatories)”/.exec(d.message)?.[1]).sort(), [
        'Mandatories',
        'Tone',
      ]);
    });

    it('Chinese minutes: codes, severities, UTF-16 columns after emoji, Chinese messages (initializationOptions.locale)', async () => {
      const r = await nvimOk(MINUTES_ZH, 'diagnostics', ['--init-options', JSON.stringify({ locale: 'zh-cn' })]);
      const emoji = lineNo(minutesZh, '🎉');
      const line = minutesZh.split('\n')[emoji];
      const col = line.indexOf('03/12/2026');
      const noOwner = lineNo(minutesZh, '整理参考笔记');
      const bare = lineNo(minutesZh, '联系摄影师');
      assert.deepEqual(
        short(r.diagnostics!),
        [
          `action-missing-due/Error@${bare}:0`,
          `action-missing-owner/Error@${bare}:0`,
          `action-missing-owner/Error@${noOwner}:0`,
          `ambiguous-date/Warning@${emoji}:${col}`,
        ].sort(),
      );
      const amb = r.diagnostics!.find((d) => d.code === 'ambiguous-date')!;
      assert.equal(amb.range.end.character, col + 10);
      assert.equal(r.nvim_diagnostic_count, 4);
      for (const d of r.diagnostics!) assert.match(d.message, /[\u4e00-\u9fff]/, `a Chinese message: ${d.message}`);
      assert.match(
        amb.message,
        /^日期「03\/12\/2026」可读作 2026-12-03（日在前）或 2026-03-12（月在前），请按本意写成 YYYY-MM-DD 格式。$/,
      );
    });

    it('Spanish minutes: action without owner, action without due date, Spanish messages', async () => {
      const r = await nvimOk(ACTA_ES, 'diagnostics', ['--init-options', JSON.stringify({ locale: 'es' })]);
      assert.deepEqual(
        short(r.diagnostics!),
        [
          `action-missing-due/Error@${lineNo(actaEs, 'Confirmar la acometida')}:0`,
          `action-missing-owner/Error@${lineNo(actaEs, 'Pedir tres')}:0`,
        ].sort(),
      );
      const owner = r.diagnostics!.find((d) => d.code === 'action-missing-owner')!;
      assert.match(owner.message, /responsable/);
      assert.match(owner.message, /«Pedir tres presupuestos de construcción»/);
    });
  });

  describe('code actions', () => {
    it('apply-first-fix on the English brief inserts the missing heading and the finding goes away', async () => {
      const r = await nvimOk(BRIEF, 'apply-first-fix');
      assert.equal(r.applied!.kind, 'quickfix');
      assert.equal(r.applied!.title, 'Add the “Tone” section');
      assert.equal(r.applied!.diagnostic.code, 'missing-section');
      assert.equal(r.modified, true);
      assert.match(r.text!, /\n## Tone\n/);
      assert.ok(
        r.text!.indexOf('## Support points') < r.text!.indexOf('## Tone') &&
          r.text!.indexOf('## Tone') < r.text!.indexOf('## Deliverables'),
        'at its canonical place',
      );
      // Nothing the user wrote was lost.
      for (const l of brief.split('\n')) assert.ok(r.text!.includes(l), `line kept: ${l}`);
      assert.ok(Array.isArray(r.diagnostics_after), 'the server published again after the edit');
      const after = r.diagnostics_after!;
      assert.ok(
        !after.some((d) => d.code === 'missing-section' && /“Tone”/.test(d.message)),
        `Tone no longer missing: ${JSON.stringify(after)}`,
      );
      assert.ok(
        after.some((d) => d.code === 'missing-section' && /“Mandatories”/.test(d.message)),
        'Mandatories still missing',
      );
    });

    it('apply-first-fix on the Spanish minutes (accented line): the owner placeholder is added', async () => {
      // Neovim 0.7 sends the diagnostic back with byte columns on non-ASCII lines; the diagnostic's
      // `data` (rule, start, end, version) comes back intact, so the server can still find the finding.
      const r = await nvimOk(ACTA_ES, 'apply-first-fix');
      assert.equal(r.applied!.kind, 'quickfix');
      assert.equal(r.applied!.diagnostic.code, 'action-missing-owner');
      const line = r.text!.split('\n')[lineNo(actaEs, 'Pedir tres')];
      assert.match(line, /^- \[ \] Pedir tres presupuestos de construcción fecha límite: 2026-11-30 ?@\S+/);
      assert.ok(
        !r.diagnostics_after!.some((d) => d.code === 'action-missing-owner'),
        JSON.stringify(r.diagnostics_after),
      );
    });

    it('code actions on the Chinese minutes: every diagnostic gets its quick fixes', async () => {
      const r = await nvimOk(MINUTES_ZH, 'codeactions');
      assert.equal(r.code_actions!.length, 4);
      for (const ca of r.code_actions!) {
        assert.ok(
          ca.actions.some((a) => a.kind === 'quickfix'),
          `${ca.diagnostic.code} on line ${ca.diagnostic.range.start.line} got ${JSON.stringify(ca.actions.map((a) => a.title))}`,
        );
      }
      const amb = r.code_actions!.find((c) => c.diagnostic.code === 'ambiguous-date')!;
      assert.ok(amb.actions.some((a) => a.title === 'Change to 2026-12-03 (read day first)'));
    });
  });

  describe('completion, hover, symbols', () => {
    it('completion after `@`: the roster, with roles, replacing the typed @', async () => {
      const line = lineNo(minutesZh, '联系摄影师');
      const text = minutesZh.split('\n')[line];
      const r = await nvimOk(MINUTES_ZH, `completion:${line + 1}:${[...text].length + 1}`);
      assert.deepEqual(r.position, { line, character: text.length });
      const labels = r.items!.map((i) => i.label);
      for (const n of ['@alice', '@ben', '@carla', '@张伟', '@李娜', '@lucia', '@mateo'])
        assert.ok(labels.includes(n), `${n} in ${labels}`);
      const zw = r.items!.find((i) => i.label === '@张伟')!;
      assert.equal(zw.detail, '客户总监');
      assert.deepEqual(zw.textEdit!.range, {
        start: { line, character: text.length - 1 },
        end: { line, character: text.length },
      });
      assert.ok(r.nvim_words!.includes('@张伟'), `Neovim lists it: ${r.nvim_words}`);
    });

    it('completion after `## `: the missing sections', async () => {
      // The cursor right after the `## ` of an existing heading: what is typed before it is `## `.
      const line = lineNo(brief, '## Deliverables');
      const r = await nvimOk(BRIEF, `completion:${line + 1}:4`);
      const labels = r.items!.map((i) => i.label).sort();
      assert.deepEqual(labels, ['Mandatories', 'Tone']);
    });

    it('hover on an @owner: the role from the roster', async () => {
      const line = lineNo(actaEs, '@mateo');
      const col = [...actaEs.split('\n')[line].slice(0, actaEs.split('\n')[line].indexOf('@mateo'))].length + 3;
      const r = await nvimOk(ACTA_ES, `hover:${line + 1}:${col}`);
      assert.ok(r.hover, 'a hover');
      assert.match(r.hover.contents, /@mateo\*\* · Ejecutivo de cuentas/);
    });

    it('hover on a section heading: what belongs there', async () => {
      const line = lineNo(brief, '## Button');
      const r = await nvimOk(BRIEF, `hover:${line + 1}:5`);
      assert.ok(r.hover, 'a hover');
      assert.match(r.hover.contents, /^\*\*Button\*\*\n/);
      assert.match(r.hover.contents, /single-minded/);
    });

    it('document symbols: title → sections → action items', async () => {
      const r = await nvimOk(MINUTES_ZH, 'symbols');
      assert.equal(r.symbols!.length, 1);
      const [title] = r.symbols!;
      assert.equal(title.name, '会议纪要：达人种草方案沟通');
      assert.deepEqual(
        title.children!.map((c) => c.name),
        ['结论', '后续行动'],
      );
      const actions = title.children![1].children ?? [];
      assert.equal(actions.length, 4);
      assert.match(actions[1].name, /确认第二波上线时间/);
      assert.equal(actions[1].range.start.line, lineNo(minutesZh, '🎉'));
      assert.ok(r.nvim_list!.length >= 7, `Neovim's list: ${r.nvim_list}`);
    });
  });
});
