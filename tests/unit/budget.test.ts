import { describe, expect, it } from 'vitest';
import { buildBudgetStatement } from '../../src/lib/budget';

const debts = [
  { lender: '甲银行', owed: 20_000 },
  { lender: '乙消费金融', owed: 8_000 },
  { lender: '丙小贷', owed: 2_000 },
];
const income = (amount: number) => [{ label: '工资', amount }];
const essentials = (amount: number) => [{ label: '房租', amount }];

describe('a budget statement', () => {
  it('shares what is left in proportion to what is owed, lifting a small lender to the floor', () => {
    const statement = buildBudgetStatement({
      income: income(5_000),
      essentials: essentials(3_800),
      debts,
      floor: 100,
    });
    expect(statement.leftOver).toBe(1_200);
    expect(statement.standing).toBe('fair');
    // 丙 would get 80 by proportion alone; at the floor of 100 the other two share 1,100 as 20:8.
    expect(statement.offers.map((offer) => offer.monthly)).toEqual([785, 314, 100]);
    expect(statement.offeredTotal).toBeLessThanOrEqual(statement.leftOver);
  });

  it('falls back to proportion alone when the floor cannot be met for everyone', () => {
    const statement = buildBudgetStatement({
      income: income(3_150),
      essentials: essentials(3_000),
      debts,
      floor: 100,
    });
    expect(statement.standing).toBe('below-floor');
    expect(statement.offers.map((offer) => offer.monthly)).toEqual([100, 40, 10]);
  });

  it('offers nothing, and says so, when essentials take everything', () => {
    const statement = buildBudgetStatement({
      income: income(3_000),
      essentials: essentials(3_500),
      debts,
      floor: 100,
    });
    expect(statement.standing).toBe('nothing-left');
    expect(statement.leftOver).toBe(-500);
    expect(statement.offers.every((offer) => offer.monthly === 0)).toBe(true);
  });

  it('never offers a lender more than it is owed', () => {
    const statement = buildBudgetStatement({
      income: income(9_000),
      essentials: essentials(4_000),
      debts: [
        { lender: '甲', owed: 3_000 },
        { lender: '乙', owed: 1_000 },
      ],
      floor: 0,
    });
    expect(statement.offers.map((offer) => offer.monthly)).toEqual([3_000, 1_000]);
  });

  it('adds up several income and spending lines', () => {
    const statement = buildBudgetStatement({
      income: [
        { label: '工资', amount: 4_200.5 },
        { label: '兼职', amount: 800 },
      ],
      essentials: [
        { label: '房租', amount: 1_500 },
        { label: '吃饭', amount: 1_200 },
      ],
      debts: [{ lender: '甲', owed: 10_000 }],
      floor: 0,
    });
    expect(statement.incomeTotal).toBe(5_000.5);
    expect(statement.essentialsTotal).toBe(2_700);
    expect(statement.offers[0]?.monthly).toBe(2_300);
  });
});
