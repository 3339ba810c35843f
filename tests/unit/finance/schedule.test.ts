import { describe, expect, it } from 'vitest';
import { dayNumber, parseDay, parseSchedule } from '../../../src/lib/finance/schedule';

const jan5 = dayNumber(2026, 1, 5);

describe('a pasted repayment schedule', () => {
  it('reads the formats lenders’ apps show', () => {
    const parsed = parseSchedule(
      [
        '2026-01-05 1083.33',
        '第2期 2026-02-05 应还 1,083.33元',
        '２０２６／３／５　１，０８３．３３元',
        '2026年4月5日 ￥1,083.33',
        '第5期 2026.05.05 本金 1000.00 利息 83.33 应还 1,083.33',
        '',
      ].join('\n'),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.lines.map((line) => line.amount)).toEqual([
      1083.33, 1083.33, 1083.33, 1083.33, 1083.33,
    ]);
    expect(parsed.lines[0]?.day).toBe(jan5);
    expect(parsed.lines.map((line) => line.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reports every bad line by its number and computes nothing', () => {
    const parsed = parseSchedule(
      [
        '2026-01-05 100',
        '还款 100',
        '2026-02-30 100',
        '2026-03-05',
        '2026-04-05 0',
        '2026-05-05 -5',
      ].join('\n'),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.problems[0]?.message).toMatch(/第2行：没有找到日期/);
    expect(parsed.problems[1]?.message).toMatch(/第3行：日期“2026-02-30”不存在/);
    expect(parsed.problems[2]?.message).toMatch(/第4行：没有找到金额/);
    expect(parsed.problems[3]?.message).toMatch(/第5行：金额必须大于 0/);
    expect(parsed.problems[4]?.message).toMatch(/第6行：金额不能是负数/);
  });

  it('asks which number is the total when a line has several', () => {
    const parsed = parseSchedule('2026-01-05 本金 1000 利息 83.33');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]?.message).toMatch(/1000、83\.33/);
  });

  it('says so for an empty schedule or one past ten thousand lines', () => {
    expect(parseSchedule('  \n ')).toEqual({
      ok: false,
      problems: [{ line: 0, message: '请至少填一笔还款' }],
    });
    const huge = parseSchedule(Array.from({ length: 10_001 }, () => '2026-01-05 1').join('\n'));
    expect(huge.ok).toBe(false);
    if (!huge.ok) expect(huge.problems[0]?.message).toMatch(/最多 10,000 行/);
  });

  it('reads a loan date typed the same ways', () => {
    expect(parseDay('2026年1月5日')).toBe(jan5);
    expect(parseDay('２０２６-０１-０５')).toBe(jan5);
    expect(parseDay('2026-13-01')).toBeUndefined();
    expect(parseDay('明天')).toBeUndefined();
  });
});
