/**
 * The shape of the source: no import cycle anywhere (type-only imports
 * included: a cycle of types is still two modules that cannot be read
 * apart), and the core never imports the editor side (LSP, VS Code).
 * A small walk over the import statements of our own files; TypeScript 7
 * has no compiler API for tools such as dependency-cruiser or madge.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');
const FOLDERS = ['server', 'client', 'scripts', 'bench'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'node_modules' ? [] : sourceFiles(p);
    return /\.ts$/.test(n) && !/\.d\.ts$/.test(n) ? [p] : [];
  });
}

/** The module names a file imports or re-exports (static, dynamic and `import type` alike). */
function importedNames(source: string): string[] {
  // Comments could quote an import; strings cannot hold one in our code, so only comments are removed.
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const names: string[] = [];
  for (const m of code.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) names.push(m[1]);
  for (const m of code.matchAll(/(?:^|[\s;])import\s*['"]([^'"]+)['"]/g)) names.push(m[1]);
  for (const m of code.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) names.push(m[1]);
  return names;
}

/** The file a relative import names (`./x` → x.ts or x/index.ts), or undefined for a package. */
function resolveLocal(from: string, name: string): string | undefined {
  if (!name.startsWith('.')) return undefined;
  const base = resolve(dirname(from), name);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

interface Graph {
  files: string[];
  edges: Map<string, string[]>;
  packages: Map<string, string[]>;
}

function importGraph(): Graph {
  const files = FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f)));
  const edges = new Map<string, string[]>();
  const packages = new Map<string, string[]>();
  for (const file of files) {
    const names = importedNames(readFileSync(file, 'utf8'));
    edges.set(
      file,
      names.map((n) => resolveLocal(file, n)).filter((t): t is string => t !== undefined && /\.ts$/.test(t)),
    );
    packages.set(
      file,
      names.filter((n) => !n.startsWith('.')),
    );
  }
  return { files, edges, packages };
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
function cycles(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const n of nodes) if (!index.has(n)) visit(n);
  return out;
}

describe('imports', () => {
  const graph = importGraph();
  const rel = (f: string) => relative(ROOT, f);

  it('reads the import statements it should', () => {
    const names = importedNames(
      [
        "import { a } from './a';",
        "import type { B } from '../b';",
        "export { c } from './c';",
        "export * from './d';",
        "import './e';",
        "const f = require('./f');",
        "// import { g } from './g';",
        "/* import { h } from './h'; */",
        'import {\n  i,\n  j,\n} from "./ij";',
      ].join('\n'),
    );
    assert.deepEqual(names.sort(), ['../b', './a', './c', './d', './e', './f', './ij']);
    assert.ok(graph.files.length > 50, `only ${graph.files.length} files`);
  });

  it('finds a cycle when there is one (the check can fail)', () => {
    const found = cycles(
      ['a', 'b', 'c', 'd'],
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
        ['d', ['a']],
      ]),
    );
    assert.deepEqual(found, [['a', 'b', 'c']]);
    assert.deepEqual(cycles(['a', 'b'], new Map([['a', ['b']]])), []);
  });

  it('has no import cycle', () => {
    const found = cycles(graph.files, graph.edges);
    assert.deepEqual(
      found.map((c) => c.map(rel)),
      [],
      'import cycles (each line one cycle)',
    );
  });

  it('keeps the core free of the editor: no LSP, VS Code or client import in server/core', () => {
    const core = join(ROOT, 'server', 'core');
    const bad: string[] = [];
    for (const file of graph.files.filter((f) => f.startsWith(core + '/'))) {
      for (const p of graph.packages.get(file) ?? [])
        if (/^(?:vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(?:\/|$)/.test(p))
          bad.push(`${rel(file)} imports ${p}`);
      for (const t of graph.edges.get(file) ?? [])
        if (!t.startsWith(core + '/')) bad.push(`${rel(file)} imports ${rel(t)}`);
    }
    assert.deepEqual(bad, []);
  });
});
