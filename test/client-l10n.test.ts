/**
 * Everything the VS Code client shows follows the UI language: every `vscode.l10n.t(…)` phrase of client/ has a
 * translation in l10n/bundle.l10n.<lang>.json, and every `%key%` of package.json one in each package.nls file.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The text of a quoted TypeScript string literal (single or double quotes, simple escapes), without evaluating code. */
function unquote(literal: string): string {
  const inner = literal.slice(1, -1);
  return JSON.parse(`"${inner.replace(/\\'/g, "'").replace(/(^|[^\\])"/g, '$1\\"')}"`) as string;
}

const root = join(__dirname, '..');
const CJK = /[\u3400-\u9fff]/u;

/** The phrases passed to vscode.l10n.t as a plain string literal (the form VS Code's bundles key on). */
function clientPhrases(): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(join(root, 'client')).filter((n) => n.endsWith('.ts'))) {
    const src = readFileSync(join(root, 'client', f), 'utf8');
    for (const m of src.matchAll(/l10n\.t\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)) out.add(unquote(m[1]));
  }
  return out;
}

describe('VS Code client strings in the UI language', () => {
  const phrases = clientPhrases();
  it('finds the client phrases', () => assert.ok(phrases.size > 20, [...phrases].join(' | ')));
  for (const lang of ['zh-cn', 'es']) {
    it(`l10n/bundle.l10n.${lang}.json translates every client phrase, with the same {n} arguments`, () => {
      const bundle = JSON.parse(readFileSync(join(root, 'l10n', `bundle.l10n.${lang}.json`), 'utf8')) as Record<
        string,
        string
      >;
      for (const p of phrases) {
        const t = bundle[p];
        assert.ok(t, `${lang} lacks “${p}”`);
        assert.deepEqual(
          [...t.matchAll(/\{\d\}/g)].map((m) => m[0]).sort(),
          [...p.matchAll(/\{\d\}/g)].map((m) => m[0]).sort(),
          `${lang}: ${p}`,
        );
        if (lang === 'zh-cn') assert.ok(CJK.test(t), `zh-cn: ${t}`);
      }
    });
  }
  it('package.nls*.json have every %key% of package.json', () => {
    const keys = new Set(
      [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]),
    );
    for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.es.json']) {
      const nls = JSON.parse(readFileSync(join(root, f), 'utf8')) as Record<string, string>;
      for (const k of keys) assert.ok(nls[k], `${f} lacks ${k}`);
    }
  });
});
