/**
 * Problems in the configuration, shown where the user can fix them: as
 * diagnostics on `.agency-docs.json` (at the value concerned), and for the
 * editor settings as one warning per new problem (docs/robustness.md).
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import { MessageType, ShowMessageNotification, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Lang } from '../core/catalog/schema';
import type { ConfigProblem } from '../core/config';
import { LineIndex } from '../core/text';
import { Positions, uriOf, type PositionEncoding } from './convert';

/** Where each problem sits in the file's text (UTF-16 offsets); the top of the file when it cannot be placed. */
export function problemSpans(text: string, problems: readonly ConfigProblem[]): { start: number; end: number }[] {
  let root: JsonNode | undefined;
  try {
    root = parseTree(text) ?? undefined;
  } catch {
    root = undefined;
  }
  return problems.map((p) => {
    const node = root && p.path.length ? findNodeAtLocation(root, [...p.path]) : undefined;
    // An unknown key is marked on the key, a bad value on the value.
    const target = node && p.atKey && node.parent?.type === 'property' ? (node.parent.children?.[0] ?? node) : node;
    return target ? { start: target.offset, end: target.offset + target.length } : { start: 0, end: 0 };
  });
}

export class ConfigProblemReporter {
  private publishedUri?: string;
  private shownSettings = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly encoding: () => PositionEncoding,
  ) {}

  /** Replaces the diagnostics on the configuration file (none when it is fine or gone). */
  publishFile(
    path: string | undefined,
    text: string | undefined,
    problems: readonly ConfigProblem[],
    lang: Lang,
  ): void {
    const uri = path ? uriOf(path) : undefined;
    if (this.publishedUri && this.publishedUri !== uri)
      void this.connection.sendDiagnostics({ uri: this.publishedUri, diagnostics: [] });
    this.publishedUri = uri;
    if (!uri) return;
    const body = text ?? '';
    const positions = new Positions(new LineIndex(body), this.encoding());
    const spans = problemSpans(body, problems);
    const diagnostics: Diagnostic[] = problems.map((p, i) => ({
      range: positions.offsets(spans[i].start, spans[i].end),
      severity: 2,
      source: 'agency-docs',
      message: p.message[lang],
    }));
    void this.connection.sendDiagnostics({ uri, diagnostics });
    for (const p of problems) this.connection.console.warn(`agency-docs: ${path}: ${p.message.en}`);
  }

  /** Shows each settings problem once (again only after it was fixed and came back). */
  showSettings(problems: readonly ConfigProblem[], lang: Lang): void {
    const now = new Set(problems.map((p) => p.message.en));
    for (const p of problems) {
      if (this.shownSettings.has(p.message.en)) continue;
      this.connection.console.warn(`agency-docs: settings: ${p.message.en}`);
      // A notification, not showMessageRequest: nothing to answer, nothing that can fail later.
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Agency Docs: ${p.message[lang]}`,
      });
    }
    this.shownSettings = now;
  }
}
