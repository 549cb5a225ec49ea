/**
 * The Explorer view of open action items across the workspace, grouped by owner or by due date. A row is short
 * enough for the default sidebar: the action's words, then its due date (or, grouped by date, its owners);
 * everything else (full text, owners, file, client) is in the tooltip. Overdue first, then due today, then by date.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { WorkspaceActionsRequest, type WorkspaceAction } from '../server/lsp/protocol';

/** Where a group stands: overdue first, then due today, then owners or dates, then what has no owner or date. */
enum Rank {
  Overdue,
  Today,
  Normal,
  Last,
}

type Group = { kind: 'group'; label: string; rank: Rank; items: WorkspaceAction[] };
type Node = Group | { kind: 'action'; action: WorkspaceAction; grouping: 'owner' | 'due' };

/** Overdue before due today before later; by date, then by file and line. */
function byUrgency(x: WorkspaceAction, y: WorkspaceAction): number {
  const r = (a: WorkspaceAction) => (a.overdue ? 0 : a.dueToday ? 1 : 2);
  return (
    r(x) - r(y) || (x.due ?? '9999').localeCompare(y.due ?? '9999') || x.uri.localeCompare(y.uri) || x.line - y.line
  );
}

/**
 * The action's words for the row: without its `@owners` and the due date at its end, which the row and its group
 * already show (the full text stays in the tooltip).
 */
export function rowText(a: WorkspaceAction): string {
  let t = a.text;
  for (const o of a.owners) t = t.split('@' + o).join(' ');
  if (a.due)
    t = t.replace(
      new RegExp(
        `\\s*(?:\\b(?:due|by|on)\\b|截止(?:日期)?|期限|fecha límite|vence|para el)?\\s*[:：]?\\s*${a.due}\\s*$`,
        'iu',
      ),
      '',
    );
  t = t
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[,，、;；:：·-]+$/u, '')
    .trim();
  return t || a.text;
}

/** Room for the action's words on a row of the default sidebar (about 300 px) with the due date still showing. */
const ROW_WIDTH = 22;

/** The words cut to `width` columns (a Chinese character takes two), with "…" when cut: the date after them stays visible. */
export function clip(text: string, width = ROW_WIDTH): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)
      ? 2
      : 1;
    if (used > width) return out.trimEnd() + '…';
    out += ch;
  }
  return out;
}

export class ActionItemsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private grouping: 'owner' | 'due' = 'owner';
  private timer: NodeJS.Timeout | undefined;
  /** The last list shown (the extension's tests read it). */
  items: WorkspaceAction[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  setGrouping(g: 'owner' | 'due'): void {
    this.grouping = g;
    this.refresh();
  }
  refresh(): void {
    this.changed.fire(undefined);
  }
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'group')
      return node.items.map((action) => ({ kind: 'action', action, grouping: this.grouping }));
    if (node) return [];
    const c = this.client();
    if (!c) return [];
    try {
      this.items = await c.sendRequest(WorkspaceActionsRequest.type, {});
    } catch {
      this.items = [];
    }
    const groups = new Map<string, Group>();
    const add = (label: string, rank: Rank, a: WorkspaceAction) => {
      const g = groups.get(label) ?? { kind: 'group', label, rank, items: [] };
      g.items.push(a);
      groups.set(label, g);
    };
    for (const a of this.items) {
      if (this.grouping === 'owner') {
        if (a.owners.length) for (const o of a.owners) add('@' + o, Rank.Normal, a);
        else add(vscode.l10n.t('No owner'), Rank.Last, a);
      } else if (a.overdue) add(vscode.l10n.t('Overdue'), Rank.Overdue, a);
      else if (a.dueToday) add(vscode.l10n.t('Due today'), Rank.Today, a);
      else if (a.due) add(a.due, Rank.Normal, a);
      else add(vscode.l10n.t('No due date'), Rank.Last, a);
    }
    return [...groups.values()]
      .sort((x, y) => x.rank - y.rank || x.label.localeCompare(y.label))
      .map((g) => ({ ...g, items: g.items.sort(byUrgency) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      const overdue = node.items.filter((a) => a.overdue).length;
      item.description =
        overdue && node.rank !== Rank.Overdue
          ? `${node.items.length} · ${vscode.l10n.t('{0} overdue', overdue)}`
          : String(node.items.length);
      item.contextValue = 'group';
      return item;
    }
    const a = node.action;
    const item = new vscode.TreeItem(clip(rowText(a)), vscode.TreeItemCollapsibleState.None);
    // The second thing on the row is what the group does not already say.
    const when = a.dueToday ? vscode.l10n.t('today') : (a.due ?? '');
    item.description = node.grouping === 'owner' ? when : a.owners.map((o) => '@' + o).join(' ');
    item.iconPath = new vscode.ThemeIcon(
      a.overdue ? 'warning' : 'circle-large-outline',
      a.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined,
    );
    item.tooltip = this.tooltip(a);
    item.command = {
      title: vscode.l10n.t('Go to the action'),
      command: 'agencyDocs.revealAction',
      arguments: [a.uri, a.line, a.character],
    };
    item.contextValue = a.overdue ? 'overdueAction' : 'action';
    return item;
  }

  /** Everything about the action, one fact a line: the full text, owners, due date and state, document and client. */
  private tooltip(a: WorkspaceAction): vscode.MarkdownString {
    const esc = (s: string) => s.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
    const lines = [`**${esc(a.text)}**`];
    lines.push(
      `${vscode.l10n.t('Owner')}: ${a.owners.length ? esc(a.owners.map((o) => '@' + o).join(', ')) : vscode.l10n.t('No owner')}`,
    );
    const state = a.overdue ? ` (${vscode.l10n.t('overdue')})` : a.dueToday ? ` (${vscode.l10n.t('today')})` : '';
    lines.push(`${vscode.l10n.t('Due')}: ${a.due ? esc(a.due) + state : vscode.l10n.t('No due date')}`);
    lines.push(
      `${vscode.l10n.t('Document')}: ${esc(vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri)))}:${a.line + 1}`,
    );
    if (a.client) lines.push(`${vscode.l10n.t('Client')}: ${esc(a.client)}`);
    return new vscode.MarkdownString(lines.join('  \n'));
  }
}
