/**
 * Forms from the eleventh blind stand-in for the hidden agency sets (documents written to the handbook by
 * someone who had not read the checker): a memo typed by its title and its header, and a status report
 * whose rows are numbered in a `Nº` column beside the job's `OT` column.
 */
import { strict as assert } from 'node:assert';
import { buildDocument } from '../server/core/document';
import { scanSummary } from '../server/core/scan';
import { DEFAULT_JOB_PATTERN } from '../server/core/actions';
import { clip } from '../server/core/l10n';
import { analyze } from './helpers/analyze';

/** The type the parse and the workspace scan both give (they must agree). */
const typeOf = (text: string, path = 'note.md') => {
  const parsed = buildDocument(path, text, {}).type?.id;
  const scanned = scanSummary(path, text, {
    today: { year: 2026 },
    jobPattern: new RegExp(DEFAULT_JOB_PATTERN, 'u'),
  })?.type;
  assert.equal(scanned, parsed, 'the scan and the parse disagree');
  return parsed;
};

describe('blind agency set 11', () => {
  describe('a memo named by its title is one when it gives its whole header', () => {
    const body = '\nWe test radio in two cities before the national buy.\n';
    it('to, from and subject in the front matter, or as lines at the top', () => {
      assert.equal(
        typeOf(
          `---\nto: Kim Ross\nfrom: Jo Hale\ndate: 2026-12-01\nsubject: Radio test\n---\n# Memo — Radio test${body}`,
        ),
        'memo',
      );
      assert.equal(
        typeOf(`# Memorándum: prueba de radio\n\nPara: Kim Ross\nDe: Jo Hale\nAsunto: Prueba${body}`),
        'memo',
      );
      assert.equal(typeOf(`# 备忘录：电台测试\n\n收件人：李明\n发件人：王芳\n主题：电台测试${body}`), 'memo');
    });
    it('with all but one of its fields: a memo that forgot its subject is still one (blind14)', () => {
      assert.equal(typeOf(`---\nto: Kim Ross\nfrom: Jo Hale\n---\n# Memo — Radio test${body}`), 'memo');
      assert.equal(
        typeOf(`---\n收件人: 林芳\n发件人: 周晓雯\n日期: 2026-12-04\n---\n\n# 备忘录：拍摄场地变更${body}`),
        'memo',
      );
    });
    it('not with one field of the header, nor under a bare `# Memo`', () => {
      assert.equal(typeOf(`---\nto: Kim Ross\ndate: 2026-12-01\n---\n# Memo — Radio test${body}`), undefined);
      assert.equal(typeOf(`---\nto: Kim Ross\nfrom: Jo Hale\nsubject: Radio\n---\n# Memo${body}`), undefined);
    });
  });

  it('a `Nº` column numbering the rows beside the job’s `OT` column gives no job number', () => {
    const report = (header: string, rows: string) =>
      `---\ntype: status\nclient: Bodegas Ribera\nweek: 2026-W50\nissued: 2026-12-07\n---\n\n# Informe semanal\n\n## Trabajos en curso\n\n${header}\n${rows}\n\n## Completado\n\n- Nada.\n\n## Próxima semana\n\n- Nada.\n`;
    const unknownJobs = (text: string) =>
      analyze(text, 'informe.md', 'es', '{"jobPattern": "BR-[0-9]{3}"}')
        .findings.filter((f) => f.rule === 'unknown-job')
        .map((f) => f.range.start.line + 1);
    const rows =
      '| 1 | BR-101 | Guion del spot | Lucía Prado | 11/12/2026 |\n| 2 | BR-102 | Fotos | Pablo Ríos | 12/12/2026 |';
    assert.deepEqual(
      unknownJobs(report('| Nº | OT | Tarea | Responsable | Fecha |\n|---|---|---|---|---|', rows)),
      [14, 15],
    );
    assert.deepEqual(
      unknownJobs(
        report('| N.º | Tarea | Responsable | Fecha |\n|---|---|---|---|', '| 1 | Guion | Lucía Prado | 11/12/2026 |'),
      ),
      [],
    );
    // A `Nº` column of job numbers is the job's.
    assert.deepEqual(
      unknownJobs(
        report(
          '| Nº | Tarea | Responsable | Fecha |\n|---|---|---|---|',
          '| BR-900 | Guion | Lucía Prado | 11/12/2026 |',
        ),
      ),
      [14],
    );
  });

  it('a quoted task is cut at a word’s end, without the punctuation the cut leaves hanging', () => {
    assert.equal(
      clip('Record team meeting notebook entries. (Caleb and Tucker)'),
      'Record team meeting notebook entries…',
    );
    assert.equal(clip('确认三位头部达人的档期与报价，并在周五前把名单发给客户', 15), '确认三位头部达人的档期与报价…');
    assert.equal(clip('A short task'), 'A short task');
  });
});
