/** The Explorer view of open action items across the workspace, grouped by owner or by due date. */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { WorkspaceActionsRequest, type WorkspaceAction } from '../server/lsp/protocol';

type Node = { kind: 'group'; label: string; items: WorkspaceAction[] } | { kind: 'action'; action: WorkspaceAction };

export class ActionItemsView implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private grouping: 'owner' | 'due' = 'owner';
  private timer: NodeJS.Timeout | undefined;
  /** The last list shown (the extension's tests read it). */
  items: WorkspaceAction[] = [];

  constructor(private readonly client: () => LanguageClient | undefined) {}

  setGrouping(g: 'owner' | 'due'): void { this.grouping = g; this.refresh(); }
  refresh(): void { this.changed.fire(undefined); }
  refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node?.kind === 'group') return node.items.map((action) => ({ kind: 'action', action }));
    if (node) return [];
    const c = this.client();
    if (!c) return [];
    try { this.items = await c.sendRequest(WorkspaceActionsRequest.type, {}); } catch { this.items = []; }
    const groups = new Map<string, WorkspaceAction[]>();
    const noOwner = vscode.l10n.t('No owner');
    const noDate = vscode.l10n.t('No due date');
    for (const a of this.items) {
      const keys = this.grouping === 'owner' ? (a.owners.length ? a.owners.map((o) => '@' + o) : [noOwner]) : [a.overdue ? vscode.l10n.t('Overdue') : a.due ?? noDate];
      for (const k of keys) groups.set(k, [...(groups.get(k) ?? []), a]);
    }
    return [...groups].sort(([a], [b]) => (a === noOwner || a === noDate ? 1 : b === noOwner || b === noDate ? -1 : a.localeCompare(b)))
      .map(([label, items]) => ({ kind: 'group', label, items: items.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999')) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.contextValue = 'group';
      return item;
    }
    const a = node.action;
    const item = new vscode.TreeItem(a.text, vscode.TreeItemCollapsibleState.None);
    item.description = [a.due, a.overdue ? vscode.l10n.t('overdue') : '', vscode.workspace.asRelativePath(vscode.Uri.parse(a.uri))].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(a.overdue ? 'warning' : 'circle-large-outline', a.overdue ? new vscode.ThemeColor('list.warningForeground') : undefined);
    item.tooltip = `${a.text}\n${a.owners.map((o) => '@' + o).join(' ')} ${a.due ?? ''}`;
    item.command = { title: 'reveal', command: 'agencyDocs.revealAction', arguments: [a.uri, a.line, a.character] };
    item.contextValue = a.overdue ? 'overdueAction' : 'action';
    return item;
  }
}
