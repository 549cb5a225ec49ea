/** "New agency document…": pick a type and a language, get an untitled document from the template. */
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { DocumentTypesRequest, TemplateRequest } from '../server/lsp/protocol';

const LANGUAGES = [
  { id: 'en', label: 'English' },
  { id: 'zh', label: '中文' },
  { id: 'es', label: 'Español' },
];

export async function newDocument(
  client: LanguageClient | undefined,
  typeId?: string,
  lang?: string,
): Promise<vscode.TextDocument | undefined> {
  if (!client) return undefined;
  const types = await client.sendRequest(DocumentTypesRequest.type, {});
  if (!typeId) {
    const ui = vscode.env.language.startsWith('zh') ? 'zh' : vscode.env.language.startsWith('es') ? 'es' : 'en';
    const picked = await vscode.window.showQuickPick(
      types.map((t) => ({ label: t.names[ui], description: t.id, detail: t.summary, id: t.id })),
      {
        title: vscode.l10n.t('New agency document'),
        placeHolder: vscode.l10n.t('Which document?'),
      },
    );
    if (!picked) return undefined;
    typeId = picked.id;
  }
  if (!lang) {
    const picked = await vscode.window.showQuickPick(
      LANGUAGES.map((l) => ({ label: l.label, id: l.id })),
      { title: vscode.l10n.t('Language of the document') },
    );
    if (!picked) return undefined;
    lang = picked.id;
  }
  const content = await client.sendRequest(TemplateRequest.type, { type: typeId, lang });
  if (content === null) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Unknown document type: {0}', typeId));
    return undefined;
  }
  // Untitled, so nothing on disk is ever overwritten.
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(doc);
  return doc;
}
