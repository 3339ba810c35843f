import { describe, expect, it } from 'vitest';
import { fillLetter, letterDate, placesIn } from '../../src/lib/letter-template';
import { letterSchema } from '../../src/lib/content/schemas';

const context = { date: '2026-12-03', deadlines: { 'credit-dispute': '20日' } };

describe('filling a letter', () => {
  it('puts in values, falls back for blanks, and keeps conditional text to filled fields', () => {
    const text =
      '致{lender}：我是{name|（你的姓名）}{reference?（编号 {reference}）}。{note?另：{note}|}';
    expect(fillLetter(text, { lender: '甲银行', reference: 'A1' }, context)).toBe(
      '致甲银行：我是（你的姓名）（编号 A1）。',
    );
    expect(fillLetter(text, { lender: '甲银行', name: '张三', note: '已还一半' }, context)).toBe(
      '致甲银行：我是张三。另：已还一半',
    );
  });

  it('fills deadlines and the date, or leaves the date to write by hand', () => {
    expect(fillLetter('{deadline:credit-dispute}内，{date}', {}, context)).toBe(
      '20日内，2026年12月3日',
    );
    expect(letterDate('')).toBe('____年__月__日');
  });

  it('never doubles a full stop the reader typed, and never reads a value as a place', () => {
    expect(fillLetter('请停止处理：{scope}。', { scope: '通讯录。' }, context)).toBe(
      '请停止处理：通讯录。',
    );
    expect(fillLetter('{a}', { a: '{b}' }, context)).toBe('{b}');
  });

  it('lists the places a text uses', () => {
    expect(placesIn('{a}{b|x}{c?{c}}{date}{deadline:x}{a}')).toEqual(['a', 'b', 'c']);
  });

  it('refuses an unknown deadline or an unclosed brace', () => {
    expect(() => fillLetter('{deadline:nope}', {}, context)).toThrow('没有这个期限');
    expect(() => fillLetter('致{lender：', {}, context)).toThrow('没有配对');
  });
});

describe('the letter schema', () => {
  const letter = {
    title: '一封测试信',
    description: '只在测试里用的一封信，检查字段和正文。',
    basis: '《民法典》第546条',
    order: 1,
    fields: [{ id: 'lender', label: '平台名称', required: true }],
    text: '致{lender}：请出示债权转让通知。{date}',
  };

  it('accepts a letter whose places and fields match', () => {
    expect(letterSchema.safeParse(letter).success).toBe(true);
  });

  it('names a place without a field, a field never used, and a broken place', () => {
    const messages = (input: unknown) => {
      const result = letterSchema.safeParse(input);
      return result.success
        ? []
        : result.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`);
    };
    expect(messages({ ...letter, text: `${letter.text}{contact}` })).toContain(
      'text：正文里的 {contact} 没有对应的字段',
    );
    expect(
      messages({ ...letter, fields: [...letter.fields, { id: 'name', label: '姓名' }] }),
    ).toContain('fields：字段 name 没有用在正文里');
    expect(messages({ ...letter, text: `${letter.text}{deadline:nope}` })).toContain(
      'text：没有这个期限：nope',
    );
  });
});
