/**
 * The VS Code settings `agencyDocs.*` on their way to the server (client/settingsValues.ts →
 * checkSettings → resolveConfig, as server/lsp/server.ts applies them): every key of
 * `.agency-docs.json` has a setting, is sent only where the user set it, and reaches the
 * resolved configuration; `dateOrder` and `agency` change what the checks report.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED_WITH_FILE, settingsForServer, type SettingsReader } from '../client/settingsValues';
import { checkSettings, parseConfigText, resolveConfig, type AgencyConfig } from '../server/core/config';
import { analyze } from './helpers/analyze';

const ROOT = join(__dirname, '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributed: Record<string, { default?: unknown }> = pkg.contributes.configuration.properties;
const fileKeys = Object.keys(
  JSON.parse(readFileSync(join(ROOT, 'schemas', 'agency-docs.schema.json'), 'utf8')).properties,
);

/** Settings as VS Code would give them: the user's values, else the package.json defaults. */
function reader(user: Record<string, unknown>): SettingsReader {
  return {
    get: (key) => (key in user ? user[key] : contributed[`agencyDocs.${key}`]?.default),
    isSet: (key) => key in user,
  };
}

/** The configuration the server resolves from `.agency-docs.json` and the settings. */
function resolved(user: Record<string, unknown>, fileText?: string) {
  const checked = checkSettings<AgencyConfig>(settingsForServer(reader(user)));
  assert.deepEqual(checked.problems, []);
  return resolveConfig(fileText ? parseConfigText(fileText).config : undefined, checked.settings);
}

const ENGLISH_MINUTES = `---
type: minutes
client: Harbor Coffee Co.
meeting: 2026-11-19
issued: 2026-11-19
attendees: Megan Holt, Priya Shah
distribution: attendees
---

# Contact report

## Decisions

- Shoot on 03/12/2026.

## Next steps

- Priya to send the call sheet by 2026-11-27.
`;

describe('settings → server configuration', () => {
  it('every key of .agency-docs.json but ignore (folders to skip when walking, a CLI matter) has an agencyDocs setting, sent when set', () => {
    for (const key of fileKeys.filter((k) => k !== '$schema' && k !== 'ignore')) {
      assert.ok(contributed[`agencyDocs.${key}`], `package.json has no agencyDocs.${key}`);
      assert.ok((SHARED_WITH_FILE as readonly string[]).includes(key), `agencyDocs.${key} is never sent`);
    }
  });

  it('dateOrder and agency set by the user reach the configuration and override the file', () => {
    const c = resolved(
      { dateOrder: 'dmy', agency: { name: 'Estudio Faro', aliases: ['Faro'] } },
      '{ "dateOrder": "mdy", "agency": { "name": "Other Agency" } }',
    );
    assert.equal(c.dateOrder, 'dmy');
    assert.deepEqual(c.agencyNames, ['Estudio Faro', 'Faro']);
  });

  it('left at their defaults, they are not sent and the file decides', () => {
    const sent = settingsForServer(reader({}));
    assert.ok(!('dateOrder' in sent) && !('agency' in sent), JSON.stringify(sent));
    const c = resolved({}, '{ "dateOrder": "mdy", "agency": { "name": "Estudio Faro" } }');
    assert.equal(c.dateOrder, 'mdy');
    assert.deepEqual(c.agencyNames, ['Estudio Faro']);
    // An emptied choice is "not set" too.
    assert.equal(resolved({ dateOrder: '' }, '{ "dateOrder": "mdy" }').dateOrder, 'mdy');
  });

  it('dateOrder from the settings decides whether 03/12/2026 in an English document is ambiguous', () => {
    const rules = (settings: Record<string, unknown>) => {
      const config = JSON.stringify(checkSettings<AgencyConfig>(settingsForServer(reader(settings))).settings);
      return analyze(ENGLISH_MINUTES, 'minutes.md', 'en', config).findings.map((f) => f.rule);
    };
    assert.deepEqual(rules({}), ['ambiguous-date']);
    assert.deepEqual(rules({ dateOrder: 'dmy' }), []);
  });
});
