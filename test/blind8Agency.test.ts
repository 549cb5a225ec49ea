/**
 * Failures an eighth blind set of agency documents found (blind8, 2026-12-06, twenty-first session): an owner
 * label's name running on into the task, who and when together in the closing brackets, a name in corner
 * brackets, a job number leading an item, a `<client>` left in the text, sign-off roles named by department
 * and a party column headed `甲方/乙方`. Written here in our own words, in the same forms.
 */
import { strict as assert } from 'node:assert';
import { findOwners } from '../server/core/actions';
import { configuredFindings } from './helpers/analyze';

const TODAY = { year: 2026, month: 12, day: 6 };
const CONFIG = JSON.stringify({
  agency: { name: 'Larkspur & Cole', aliases: ['Larkspur'] },
  clients: [{ name: 'Vela Bikes', aliases: ['Vela'] }, { name: 'Doña Rosa' }, { name: '云栖家居' }],
  team: [
    { name: 'Lucía Ferrer', aliases: ['Lucía'] },
    { name: 'Carmen Vidal' },
    { name: 'Priya Shah', aliases: ['Priya'] },
    { name: 'Jo Price', aliases: ['Jo'] },
    { name: '林晓' },
    { name: '陈立' },
    { name: '刘芳' },
  ],
});

function findings(text: string, rule?: string, path = 'doc.md'): string[] {
  return configuredFindings(text, CONFIG, TODAY, rule, path);
}

const names = (text: string) => findOwners(text, 0).map((o) => o.name);

describe('an eighth blind set of agency documents', () => {
  it('an owner label’s name ends at a dash or a full stop: the task after it is no part of the name', () => {
    assert.deepEqual(names('Responsable: Carmen Vidal – reservar el estudio, para el 11/12'), ['Carmen Vidal']);
    assert.deepEqual(names('Responsable: Lucía Ferrer — enviar el cartel'), ['Lucía Ferrer']);
    assert.deepEqual(names('Responsable: Carmen Vidal. Confirmar los precios para el 10/12.'), ['Carmen Vidal']);
    assert.deepEqual(names('Owner: Priya - brief the retoucher, due 2026-12-08'), ['Priya']);
    assert.deepEqual(names('负责人：林晓 —— 整理达人名单，截止：12月9日'), ['林晓']);
    // Initials and titles keep their dots.
    assert.deepEqual(names('Owner: J. R. Smith'), ['J. R. Smith']);
    assert.deepEqual(names('Owner: Dr. Lee'), ['Dr. Lee']);
    const text = `---\ntype: minutes\nclient: Doña Rosa\nmeeting: 2026-12-03 10:00\nissued: 2026-12-03 16:00\nattendees: Lucía Ferrer, Carmen Vidal\ndistribution: Lucía Ferrer\n---\n# Acta\n\n## Acuerdos\n\n- Seguimos con la campaña.\n\n## Tareas asignadas\n\n- Responsable: Carmen Vidal – reservar el estudio de grabación, para el 11/12/2026\n`;
    assert.deepEqual(findings(text, 'unknown-owner'), []);
  });

  it('who and when together in the brackets closing the item: `(Jane, by 12 Dec)`, `（陈立，12月10日前）`', () => {
    assert.deepEqual(names('Confirm the print run with the store team (Jo, by 12 Dec)'), ['Jo']);
    assert.deepEqual(names('提交包装方案的修改稿（陈立，12月10日前）'), ['陈立']);
    // A bracket of a period and a year, or a reference, names no one.
    assert.deepEqual(names('Budget review (Q1, 2026)'), []);
    assert.deepEqual(names('Call the printer (see notes, p. 4)'), []);
  });

  it('a name in corner brackets leading the item owns it; a word there does not', () => {
    assert.deepEqual(names('【陈立】提交包装方案的修改稿，12月10日前'), ['陈立']);
    assert.deepEqual(names('【重要】提交方案'), []);
    assert.deepEqual(names('【待定】提交方案'), []);
  });

  it('a job number and a dash or colon leading a status item, then the owner as written', () => {
    assert.deepEqual(names('OP-2026-077 — Jo to book the studio by 15 Dec'), ['Jo']);
    assert.deepEqual(names('YF-2026-140：刘芳负责提交媒介排期终稿，12月10日前'), ['刘芳']);
  });

  it('a `<client>` left in the text is a placeholder there too (a preview shows nothing in its place)', () => {
    const text = `---\ntype: competitor\nclient: Vela Bikes\ncompetitor: Rook Cycles\ndate: 2026-12-01\n---\n# Competitor review\n\nPrepared for <client> by the account team.\n\nThe \`<client>\` tag in code is an example.\n`;
    assert.deepEqual(findings(text, 'unfilled-placeholder'), ['9 unfilled-placeholder']);
  });

  it('sign-off roles named by department (`Dirección creativa`) and a parties column headed `甲方/乙方`', () => {
    const strategy = `---\ntype: strategy\nclient: Doña Rosa\ndate: 2026-12-01\n---\n# Estrategia\n\n## Firmas\n\n| Rol | Nombre | Fecha |\n|---|---|---|\n| Dirección general | Lucía Ferrer | 2026-12-01 |\n| Dirección de cuentas | Carmen Vidal | 2026-12-01 |\n| Dirección creativa | Priya Shah | 2026-12-01 |\n`;
    assert.deepEqual(
      findings(strategy, 'missing-signoff').filter((f) => f.startsWith('9 ') || Number(f.split(' ')[0]) > 9),
      [],
    );
    const estimate = `---\ntype: estimate\nclient: 云栖家居\njob: YF-2026-140\ndate: 2026-11-26\ncurrency: CNY\n---\n# 报价单\n\n## 费用明细\n\n| 项目 | 金额 |\n|---|---|\n| 拍摄 | ¥125,500 |\n\n## 合计\n\n¥125,500\n\n## 签字\n\n| 甲方/乙方 | 签字人 | 日期 |\n|---|---|---|\n| 甲方：云栖家居 | 许静 | |\n| 乙方：远帆传播 | 孙悦 | 2026年11月26日 |\n`;
    assert.deepEqual(findings(estimate, 'missing-signoff'), ['24 missing-signoff']);
  });
});
