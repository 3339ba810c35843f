import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  blank,
  missingFields,
  renderLetter,
  sampleLetter,
  type LetterTemplate,
} from '../../src/lib/letters';
import { letterSchema } from '../../src/lib/content/schemas';
import { deadlineTexts } from '../../src/data/deadlines';

/** The letters in content/letters/, read and checked as the build reads them, in their order. */
const lettersDir = resolve(import.meta.dirname, '../../content/letters');
const letterTemplates: LetterTemplate[] = readdirSync(lettersDir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({
    id: name.replace(/\.yaml$/, ''),
    ...letterSchema.parse(
      yaml.load(readFileSync(join(lettersDir, name), 'utf8'), { schema: yaml.CORE_SCHEMA }),
    ),
  }))
  .sort((a, b) => a.order - b.order);
const letterTemplate = (id: string) => letterTemplates.find((template) => template.id === id);
const render = (id: string, values: Record<string, string>) => {
  const template = letterTemplate(id);
  if (!template) throw new Error(`content/letters/${id}.yaml is missing`);
  return renderLetter(template, values, context);
};

const context = { date: '2026-11-25', deadlines: { 'credit-dispute': '20日' } };

describe('letter templates', () => {
  it('has the five letters the negotiation letter is joined by, each with its legal basis', () => {
    expect(letterTemplates.map((template) => template.id)).toEqual([
      'stop-contacting-others',
      'stop-processing-data',
      'credit-dispute',
      'assignment-proof',
      'contract-and-fees',
    ]);
    for (const template of letterTemplates) expect(template.basis).toMatch(/^《.+》第\d+条/);
  });

  it('names the required fields left blank', () => {
    const template = letterTemplate('credit-dispute');
    if (!template) throw new Error('missing');
    expect(missingFields(template, { recipient: '中国人民银行征信中心' }).map((f) => f.id)).toEqual(
      ['record', 'correction', 'contact'],
    );
  });

  it('writes a credit dispute with the time limit from the deadlines data and a blank for the name', () => {
    const text = render('credit-dispute', {
      recipient: '中国人民银行征信中心',
      record: '某某消费金融有限公司的贷款账户，2026年3月至5月显示逾期',
      correction: '已于2026年2月28日结清',
      contact: '本人手机',
    });
    expect(text).toContain('致中国人民银行征信中心：');
    expect(text).toContain('自收到本异议之日起20日内核查和处理');
    expect(text).toContain('三、所附证明材料：（附后）');
    expect(text).toContain('申请人：（你的姓名）');
    expect(text).toContain('日期：2026年11月25日');
  });

  it('asks a new collector for proof before paying, citing the notice rule', () => {
    const text = render('assignment-proof', {
      collector: '某某资产管理公司',
      original: '某某小贷',
      reference: 'A123',
      contact: '短信',
    });
    expect(text).toContain('在某某小贷的借款（借款编号 A123）');
    expect(text).toContain('《民法典》第546条');
    expect(text).toContain('不会向未经核实的账户付款');
  });

  it('lists the people contacted when the reader gives them, and reads well when not', () => {
    const base = { lender: '某某银行', contact: '本人手机' };
    expect(
      render('stop-contacting-others', { ...base, incidents: '11月20日打给我母亲' }),
    ).toContain('具体如下：\n11月20日打给我母亲');
    expect(render('stop-contacting-others', base)).toContain('联系了我的家人、朋友或同事。');
  });
});

describe('the sample letter shown without JavaScript', () => {
  it('marks every required field as a blank and leaves the date to write by hand', () => {
    for (const template of letterTemplates) {
      const sample = sampleLetter(template, deadlineTexts);
      for (const field of template.fields.filter((entry) => entry.required)) {
        expect(sample, `${template.id}: ${field.id}`).toContain(blank(field.label));
      }
      expect(sample).toContain('日期：____年__月__日');
      expect(sample).not.toMatch(/undefined|NaN/);
    }
  });

  it('names a blank by its field without the notes in brackets', () => {
    expect(blank('你的姓名（可以不填，打印后手写）')).toBe('【你的姓名】');
  });
});
