/**
 * Inline control comments (docs/rules.md, README.md Configuration): `<!-- agency-docs-disable rule -->`,
 * `<!-- agency-docs-enable rule -->`, `<!-- agency-docs-disable-next-line rule -->`,
 * and `<!-- agency-docs-disable-line rule -->` at the end of a line. In front
 * matter the same words work as YAML comments (`# agency-docs-disable-line rule`).
 * No rule id means every rule.
 */
import type { AgencyDocument } from './document';
import type { RuleId } from './rules/index';

type Directive = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
const HTML_DIRECTIVE = /^<!--\s*agency-docs-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->$/;
const YAML_DIRECTIVE = /#\s*agency-docs-(disable-next-line|disable-line|disable|enable)\b(.*)$/;

function ruleList(s: string): Set<string> | 'all' {
  const ids = s.split(/[\s,]+/).filter(Boolean);
  return ids.length ? new Set(ids) : 'all';
}

/** Answers whether a finding of `rule` on `line` is switched off by a comment. */
export type Suppression = (rule: RuleId, line: number) => boolean;

export function suppressionOf(doc: AgencyDocument): Suppression {
  const events: { line: number; kind: Directive; rules: Set<string> | 'all' }[] = [];
  // Where the content starts, found when a directive asks (most documents have none).
  let firstContentStart: number | undefined;
  const contentStart = (): number => {
    if (firstContentStart === undefined) {
      firstContentStart = doc.text.length;
      // Chunk by chunk, not through the whole list of nodes: the first content is near the top.
      search: for (const c of doc.chunks)
        for (const n of c.tree.children)
          if (n.type !== 'yaml' && n.type !== 'html') {
            firstContentStart = c.offset + (n.position?.start.offset ?? 0);
            break search;
          }
    }
    return firstContentStart;
  };
  for (const c of doc.comments) {
    const m = HTML_DIRECTIVE.exec(c.value.trim());
    if (!m) continue;
    const kind = m[1] as Directive;
    // A `disable` above all content covers the whole file, front matter included.
    const line = kind === 'disable' && c.start < contentStart() ? 0 : doc.lines.positionAt(c.start).line;
    const endLine = doc.lines.positionAt(c.end).line;
    events.push({
      line: kind === 'disable-next-line' ? endLine + 1 : kind === 'disable-line' ? endLine : line,
      kind,
      rules: ruleList(m[2]),
    });
  }
  const fm = doc.frontMatter;
  if (fm && !fm.error?.unclosed) {
    const first = doc.lines.positionAt(fm.contentStart).line;
    const last = doc.lines.positionAt(fm.contentEnd).line;
    for (let l = first; l <= last; l++) {
      const m = YAML_DIRECTIVE.exec(doc.lines.lineText(l));
      if (!m) continue;
      const kind = m[1] as Directive;
      events.push({ line: kind === 'disable-next-line' ? l + 1 : l, kind, rules: ruleList(m[2]) });
    }
  }
  if (events.length === 0) return () => false;
  events.sort((a, b) => a.line - b.line);
  const has = (rules: Set<string> | 'all', rule: string) => rules === 'all' || rules.has(rule);
  return (rule, line) => {
    let off = false;
    for (const e of events) {
      if (e.kind === 'disable-next-line' || e.kind === 'disable-line') {
        if (e.line === line && has(e.rules, rule)) return true;
        continue;
      }
      if (e.line > line) continue;
      if (has(e.rules, rule)) off = e.kind === 'disable';
    }
    return off;
  };
}
