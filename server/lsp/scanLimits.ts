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

/** How many leading bytes are looked at for a NUL to call a file binary (git's rule). */
const BINARY_SNIFF_BYTES = 8000;

/**
 * Binary as git tells it: a NUL among the first 8,000 bytes. A NUL further on, in text (pasted into a code block),
 * leaves the file text. UTF-16 text (a NUL in every other byte) is told apart by its byte-order mark: see {@link isUtf16}.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

/** UTF-16 text, by its byte-order mark: no Markdown file of ours, but no binary either. */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}
