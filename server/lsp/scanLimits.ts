/** What the workspace scan enters and how far, the same on the desktop (./scan.ts) and in the browser (client/workspaceFiles.ts). */

/** Folders the scan never enters (besides those whose name starts with a dot). */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set([
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'out',
  '.vscode-test',
]);
export const MARKDOWN_FILE = /\.(?:md|markdown)$/i;
/** At most this many Markdown files are indexed per workspace folder. */
export const MAX_INDEXED_FILES = 50000;
/** `.agency-docs.json` is a few kilobytes; past this it is not one (the same limit as server/node/configFile.ts on disk). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
