/**
 * Which `agencyDocs.*` settings go to the server, without VS Code (client/settings.ts reads
 * them from the editor): the editor-only ones always, and the keys `.agency-docs.json` also
 * holds only where the user set them, so that the file decides the rest.
 */

/** Settings that `.agency-docs.json` may also hold (its keys, schemas/agency-docs.schema.json): sent only where the user set them. */
export const SHARED_WITH_FILE = [
  'locale',
  'rules',
  'team',
  'clients',
  'jobPattern',
  'dateOrder',
  'agency',
  'maxFileSize',
] as const;

/** How the settings are read: a value, and whether the user set it rather than leaving VS Code's default. */
export interface SettingsReader {
  get(key: string): unknown;
  isSet(key: string): boolean;
}

export function settingsForServer(settings: SettingsReader): Record<string, unknown> {
  // Only the editor knows these two: always sent, defaults included.
  const out: Record<string, unknown> = { enable: settings.get('enable'), debounce: settings.get('debounce') };
  for (const key of SHARED_WITH_FILE) {
    if (!settings.isSet(key)) continue;
    const value = settings.get(key);
    // An emptied text box or choice means "not set" (the locale then follows VS Code, the date order the document's language, the job pattern the file or the default).
    if (value === '' || value === null) continue;
    out[key] = value;
  }
  return out;
}
