import { strict as assert } from 'node:assert';
import { amountsEqual, findAmounts, parseAmount, sumAmounts, toCents, type Amount } from '../server/core/amounts';
import type { Lang } from '../server/core/catalog/schema';

function parsed(text: string, lang: Lang): Amount {
  const a = parseAmount(text, lang);
  assert.ok(a, `an amount in ${JSON.stringify(text)} (${lang})`);
  assert.equal(text.slice(a.start, a.end), a.text);
  return a;
}
function value(text: string, lang: Lang): number {
  return parsed(text, lang).value;
}

describe('amounts', () => {
  describe('parseAmount: separators', () => {
    it('reads thousands and decimals in English and Chinese', () => {
      for (const lang of ['en', 'zh'] as const) {
        assert.equal(value('12,000', lang), 12000);
        assert.equal(value('12,000.50', lang), 12000.5);
        assert.equal(value('1,234,567.89', lang), 1234567.89);
        assert.equal(value('12.5', lang), 12.5);
        assert.equal(value('1,5', lang), 1.5); // a single comma not followed by three digits
        assert.equal(value('12.000', lang), 12); // a single dot is the decimal mark
        assert.equal(value('500', lang), 500);
      }
    });
    it('reads thousands and decimals in Spanish', () => {
      assert.equal(value('12.000', 'es'), 12000);
      assert.equal(value('12.000,50', 'es'), 12000.5);
      assert.equal(value('1.234.567,89', 'es'), 1234567.89);
      assert.equal(value('12,5', 'es'), 12.5);
      assert.equal(value('1,234', 'es'), 1.234);
      assert.equal(value('12.5', 'es'), 12.5);
    });
    it('takes the last of . and , as the decimal mark in any language', () => {
      for (const lang of ['en', 'zh', 'es'] as const) {
        assert.equal(value('1.234,56', lang), 1234.56);
        assert.equal(value('1,234.56', lang), 1234.56);
      }
    });
    it('reads spaces, no-break and narrow no-break spaces as thousands separators', () => {
      assert.equal(value('12 000', 'en'), 12000);
      assert.equal(value('12\u00A0000', 'es'), 12000);
      assert.equal(value('12\u202F000,50', 'es'), 12000.5);
      assert.equal(value('1 234,5', 'en'), 1234.5);
      assert.equal(value('1 234 567.25', 'zh'), 1234567.25);
    });
    it('reads 0,500 as a fraction', () => {
      assert.equal(value('0,500', 'en'), 0.5);
      assert.equal(value('0.500', 'es'), 0.5);
    });
    it('rejects malformed groupings and versions', () => {
      assert.equal(parseAmount('1,23,456', 'en'), undefined);
      assert.equal(parseAmount('1.2.3', 'en'), undefined);
      assert.equal(parseAmount('1.234.56', 'es'), undefined);
    });
  });

  describe('parseAmount: currencies', () => {
    it('reads signs and codes before the number', () => {
      const a = parsed('¥12,000.50', 'zh');
      assert.equal(a.value, 12000.5);
      assert.equal(a.currency, '¥');
      assert.equal(a.start, 0);
      assert.equal(a.end, 10);
      assert.equal(parsed('￥12,000', 'zh').currency, '¥');
      const r = parsed('RMB 3,000', 'zh');
      assert.deepEqual([r.value, r.currency, r.text], [3000, 'RMB', 'RMB 3,000']);
      assert.deepEqual([value('RMB3,000', 'zh'), parsed('RMB3,000', 'zh').currency], [3000, 'RMB']);
      const u = parsed('USD 1,234.56', 'en');
      assert.deepEqual([u.value, u.currency], [1234.56, 'USD']);
      assert.deepEqual([value('$1,500', 'en'), parsed('$1,500', 'en').currency], [1500, '$']);
      assert.equal(parsed('US$ 1,500', 'en').currency, 'US$');
      assert.equal(parsed('£99.99', 'en').currency, '£');
      assert.equal(parsed('人民币5,000', 'zh').currency, '人民币');
    });
    it('reads signs, codes and words after the number', () => {
      const e = parsed('12.000,50 €', 'es');
      assert.deepEqual([e.value, e.currency, e.text], [12000.5, '€', '12.000,50 €']);
      assert.deepEqual([value('3,000元', 'zh'), parsed('3,000元', 'zh').currency], [3000, '元']);
      assert.equal(parsed('500 美元', 'zh').currency, '美元');
      assert.equal(parsed('1.500 MXN', 'es').currency, 'MXN');
      assert.equal(parsed('1.500 euros', 'es').currency, 'euros');
      assert.equal(parsed('1.500 pesos', 'es').currency, 'pesos');
    });
    it('prefers a code over a sign when both are written', () => {
      const a = parsed('$12.000 MXN', 'es');
      assert.deepEqual([a.value, a.currency, a.text], [12000, 'MXN', '$12.000 MXN']);
    });
    it('does not take a lower-case word for a code', () => {
      assert.equal(parseAmount('500 pen', 'en'), undefined);
    });
  });

  describe('parseAmount: multipliers', () => {
    it('reads 万 and 亿 exactly', () => {
      const a = parsed('1.2万元', 'zh');
      assert.deepEqual([a.value, a.currency], [12000, '元']);
      assert.equal(value('500万', 'zh'), 5000000);
      assert.equal(value('¥3.5亿', 'zh'), 350000000);
      assert.equal(value('3千元', 'zh'), 3000);
      assert.equal(value('0.123456万', 'zh'), 1234.56);
    });
    it('reads k, M, million, millones, mil', () => {
      assert.equal(value('$1.2M', 'en'), 1200000);
      assert.equal(value('$12k', 'en'), 12000);
      assert.equal(value('USD 2 million', 'en'), 2000000);
      assert.equal(value('1,5 millones de euros', 'es'), 1500000);
      assert.equal(parsed('1,5 millones de euros', 'es').currency, 'euros');
      assert.equal(value('12 mil €', 'es'), 12000);
    });
    it('is not a multiplier inside a word', () => {
      assert.equal(parseAmount('5km', 'en'), undefined);
      assert.equal(parseAmount('12 miles', 'en'), undefined);
    });
  });

  describe('parseAmount: negatives', () => {
    it('reads a leading minus before or after the currency', () => {
      assert.equal(value('-500', 'en'), -500);
      assert.equal(value('\u2212300.00', 'en'), -300);
      assert.equal(value('-¥500', 'zh'), -500);
      assert.equal(value('¥-500', 'zh'), -500);
      assert.equal(parsed('-¥500', 'zh').text, '-¥500');
    });
    it('reads accounting parentheses', () => {
      const a = parsed('(500)', 'en');
      assert.deepEqual([a.value, a.start, a.end, a.text], [-500, 0, 5, '(500)']);
      assert.equal(value('(¥1,200.00)', 'zh'), -1200);
      assert.equal(value('( 1.200,00 € )', 'es'), -1200);
    });
    it('does not take a list marker for a minus', () => {
      const found = findAmounts('- 500', 'en');
      assert.equal(found.length, 1);
      assert.equal(found[0].value, 500);
    });
  });

  describe('parseAmount: whole values only', () => {
    it('allows spaces and Markdown emphasis around the amount', () => {
      const a = parsed('  **¥ 12,000**  ', 'zh');
      assert.equal(a.value, 12000);
      assert.equal(a.text, '¥ 12,000');
      assert.equal(value('`1,000`', 'en'), 1000);
    });
    it('rejects anything else', () => {
      for (const s of [
        '',
        'TBD',
        '—',
        '15%',
        '15 %',
        '2026-11-30',
        '30/11/2026',
        '11/30',
        '14:00',
        '12,000 (incl. VAT)',
        '1,000 + 2,000',
        'v2',
        'Q4',
        '3x',
        '2nd',
        '10-20',
        'about 500',
        '3个',
      ]) {
        assert.equal(parseAmount(s, 'en'), undefined, s);
      }
    });
    it('reads a bare year-like number as an amount', () => {
      assert.equal(value('2000', 'en'), 2000);
    });
  });

  describe('findAmounts', () => {
    it('finds amounts in prose with offsets', () => {
      const text = 'Production ¥12,000 plus media RMB 3,000.';
      const found = findAmounts(text, 'zh');
      assert.deepEqual(
        found.map((a) => [a.value, a.currency, a.text]),
        [
          [12000, '¥', '¥12,000'],
          [3000, 'RMB', 'RMB 3,000'],
        ],
      );
      for (const a of found) assert.equal(text.slice(a.start, a.end), a.text);
    });
    it('gives UTF-16 offsets with Chinese text before the amount', () => {
      const text = '本次提案总计：人民币12,000元整。';
      const [a] = findAmounts(text, 'zh');
      assert.equal(a.value, 12000);
      assert.equal(a.start, text.indexOf('人民币'));
      assert.equal(text.slice(a.start, a.end), a.text);
    });
    it('skips dates, times, percentages and quantities', () => {
      assert.deepEqual(findAmounts('2026-11-30', 'en'), []);
      assert.deepEqual(findAmounts('2026年11月30日', 'zh'), []);
      assert.deepEqual(findAmounts('30 de noviembre de 2026', 'es'), []);
      assert.deepEqual(findAmounts('Nov 30, 2026', 'en'), []);
      assert.deepEqual(findAmounts('at 14:00', 'en'), []);
      assert.deepEqual(findAmounts('margin 15%', 'en'), []);
      assert.deepEqual(findAmounts('margen del 15 por ciento', 'es'), []);
      assert.deepEqual(findAmounts('5万人', 'zh'), []);
      assert.deepEqual(findAmounts('2026年度', 'zh'), []);
      assert.deepEqual(findAmounts('共3个方案', 'zh'), []);
      assert.deepEqual(findAmounts('v1.2.3 on Q4', 'en'), []);
      assert.deepEqual(findAmounts('call 138-1234-5678', 'en'), []);
    });
    it('keeps only amounts with a currency when there are some', () => {
      const found = findAmounts('Total (3 items): ¥12,000', 'en');
      assert.deepEqual(
        found.map((a) => a.value),
        [12000],
      );
    });
    it('then prefers formatted numbers over plain ones', () => {
      assert.deepEqual(
        findAmounts('Q4 2026 revenue 5,000,000 from 3 clients', 'en').map((a) => a.value),
        [5000000],
      );
      assert.deepEqual(
        findAmounts('Ingresos 2027: 1.200.000', 'es').map((a) => a.value),
        [1200000],
      );
      assert.deepEqual(
        findAmounts('收入500万', 'zh').map((a) => a.value),
        [5000000],
      );
    });
    it('drops a bare year only when another number is present', () => {
      assert.deepEqual(
        findAmounts('Total 2026: 500', 'en').map((a) => a.value),
        [500],
      );
      assert.deepEqual(
        findAmounts('Total: 2000', 'en').map((a) => a.value),
        [2000],
      );
    });
    it('returns nothing for text without a figure', () => {
      assert.deepEqual(findAmounts('To be confirmed with the client.', 'en'), []);
      assert.deepEqual(findAmounts('待定', 'zh'), []);
    });
  });

  describe('sums to the cent', () => {
    it('avoids floating drift', () => {
      assert.equal(sumAmounts([0.1, 0.2]), 0.3);
      assert.equal(sumAmounts([12000.5, 0.25, 99.99]), 12100.74);
      assert.equal(sumAmounts([1.1, 2.2, 3.3]), 6.6);
      assert.equal(sumAmounts(Array(10).fill(0.1)), 1);
      assert.equal(sumAmounts([]), 0);
      assert.equal(sumAmounts([1000, -250.75]), 749.25);
    });
    it('rounds each value to the cent, half away from zero', () => {
      assert.equal(toCents(1.005), 101);
      assert.equal(toCents(-1.005), -101);
      assert.equal(toCents(2.675), 268);
      assert.equal(sumAmounts([1.005, 2.675]), 3.69);
    });
    it('compares to the cent', () => {
      assert.equal(amountsEqual(0.1 + 0.2, 0.3), true);
      assert.equal(amountsEqual(12000, 12000.004), true);
      assert.equal(amountsEqual(12000, 12000.01), false);
      assert.equal(amountsEqual(-5, 5), false);
    });
    it('adds parsed line items and compares them with a stated total', () => {
      const lines = ['¥12,000.50', '¥3,000.25', '(¥1,000.75)', '¥0.10'].map((s) => parseAmount(s, 'zh')!.value);
      const total = findAmounts('**合计：¥14,000.10**', 'zh')[0].value;
      assert.equal(amountsEqual(sumAmounts(lines), total), true);
      const es = ['1.200,50 €', '800,25 €', '99,25 €'].map((s) => parseAmount(s, 'es')!.value);
      assert.equal(sumAmounts(es), 2100);
    });
  });
});
