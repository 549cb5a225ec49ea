/**
 * Forms of real agency-type documents read in the 34th session (eval81): a weekly report opening with `## 本周工作内容`,
 * an estimate of the work in hours (a table with an hours column per part, a `TOTAL` row in the summary), an estimate
 * written one heading per item over its price. Our own words, the same forms.
 */
import { strict as assert } from 'node:assert';
import { analyze } from './helpers/analyze';
import { linesOf as lines } from './helpers/minutes';

const missing = (doc: string) =>
  analyze(doc)
    .findings.filter((f) => f.rule === 'missing-section')
    .map((f) => String(f.data?.section));

describe('fresh real briefs and reports, the 34th session', () => {
  it('`## 本周工作内容` opening a weekly report is the work completed', () => {
    const doc = (heading: string) =>
      `---\ntype: status\n---\n# 周报\n\n## ${heading}\n\n本周把清洗脚本迁到了新的服务器，并补齐了单元测试。\n\n## 进行中\n\n- 数据看板第二版\n\n## 下周计划\n\n- 上线看板\n`;
    assert.ok(!missing(doc('本周工作内容')).includes('completed'));
    assert.ok(missing(doc('工作笔记')).includes('completed'));
  });

  it('an estimate of the work in hours: a table per part with an hours column, and a total row in the summary', () => {
    const doc = (summary: string) =>
      `---\ntype: estimate\n---\n# Estimación de horas – portal de socios\n\n## 1. Registro\n\n| Componente | Descripción | Horas |\n|---|---|---|\n| Formulario de alta | Validación y envío | 24 |\n| Verificación por correo | Enlace y plantilla | 16 |\n| **Subtotal** | | **40** |\n\n## 2. Pagos\n\n| Componente | Descripción | Horas |\n|---|---|---|\n| Pasarela | Integración con el banco | 56 |\n| Recibos | PDF por socio | 20 |\n\n## Resumen\n\n${summary}\n`;
    const withTotal = doc(
      '| Parte | Total |\n|---|---|\n| Registro | 40h |\n| Pagos | 76h |\n| **TOTAL (horas)** | **116h** |',
    );
    assert.ok(!missing(withTotal).includes('line-items'));
    assert.ok(!missing(withTotal).includes('total'));
    // Without a total row the total is still missing; the parts are still its line items.
    const without = doc('Las dos partes se hacen en paralelo.');
    assert.ok(missing(without).includes('total'));
    assert.ok(!missing(without).includes('line-items'));
    // One such table alone may be a plan of the work, not its costs.
    const one = doc('x').replace(/## 2\. Pagos[\s\S]*?## Resumen/u, '## Resumen');
    assert.ok(missing(one).includes('line-items'));
    // A table of hours spent in meetings is no estimate's items when its column holds no figures.
    const plan = doc('x')
      .replace(/\| (\d+) \|/gu, '| mañana |')
      .replace(/\*\*40\*\*/u, '');
    assert.ok(missing(plan).includes('line-items'));
  });

  it('an estimate written one heading per item, each over its price alone', () => {
    const doc = (n: number) =>
      `---\ntype: estimate\n---\n# Presupuesto:\n\n${[
        ['Router de doble banda < ref 3301 >', '59.90 €'],
        ['Repetidor wifi < ref 2210 >', '24.50 €'],
        ['Cable de red 15 metros', '12 €'],
        ['Instalación en el domicilio', '45 €'],
      ]
        .slice(0, n)
        .map(([item, price]) => `## ${item}\n\nprecio:\n\n*** ${price} ***\n`)
        .join('\n')}`;
    assert.ok(!missing(doc(4)).includes('line-items'));
    assert.ok(missing(doc(4)).includes('total'));
    // Two such headings are not yet a list of items.
    assert.ok(missing(doc(2)).includes('line-items'));
  });

  it('a button quoted on its own, then the writer’s note on it, is that one sentence', () => {
    const doc = (body: string) =>
      `---\ntype: brief\nclient: Harbor Bakery\n---\n# Creative brief\n\n## Key Message\n\n${body}\n`;
    const quoted = doc(
      '> Harbor Bakery bakes the bread your street wakes up to, every morning before six.\n\nIf someone reads only the first screen, this is what they should keep.',
    );
    assert.deepEqual(lines(quoted, 'button-not-single'), []);
    // Two sentences in the quote are two.
    const two = doc(
      '> Harbor Bakery bakes every morning. It is on your street.\n\nIf someone reads only the first screen, this is what they should keep.',
    );
    assert.deepEqual(lines(two, 'button-not-single'), [7]);
  });
});
