/**
 * Letters a reader sends a lender, a collector or a credit bureau, beside the
 * negotiation letter (src/lib/negotiation-letter.ts). Each names the articles
 * it rests on (linked on its page), lists its fields, and turns the values
 * into plain text in the browser; nothing is sent anywhere. The wording asks;
 * it never claims a right the cited text does not give.
 */

export interface LetterField {
  id: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  required?: boolean;
}

export interface LetterContext {
  /** `YYYY-MM-DD`, the day the letter is written. */
  date: string;
  /** Statutory time limits as a sentence reads them, from src/data/deadlines.ts, e.g. 20日. */
  deadlines: Readonly<Record<string, string>>;
}

export type LetterValues = Readonly<Record<string, string>>;

export interface LetterTemplate {
  id: string;
  title: string;
  description: string;
  /** The citations the letter rests on, one string, linked on the page. */
  basis: string;
  fields: readonly LetterField[];
  render: (values: LetterValues, context: LetterContext) => string;
}

const value = (values: LetterValues, id: string) => values[id]?.trim() ?? '';
const nameOf = (values: LetterValues) => value(values, 'name') || '（你的姓名）';
const loanOf = (values: LetterValues) => {
  const reference = value(values, 'reference');
  return reference ? `（借款编号 ${reference}）` : '';
};
const signed = (values: LetterValues, context: LetterContext) => [
  `申请人：${nameOf(values)}`,
  `日期：${letterDate(context.date)}`,
];

/** `2026-12-03` as 2026年12月3日; an empty date leaves blanks to write by hand. */
export function letterDate(date: string): string {
  if (date === '') return '____年__月__日';
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** What a blank looks like in a sample letter: the field's name without its notes, in 【】. */
export const blank = (label: string) => `【${label.replace(/（[^）]*）/g, '').trim()}】`;

/**
 * The letter with every required field left as a marked blank and no date:
 * what the page shows when its script cannot run, to copy or write out by hand.
 */
export function sampleLetter(
  template: LetterTemplate,
  deadlines: LetterContext['deadlines'],
): string {
  const values = Object.fromEntries(
    template.fields.map((field) => [field.id, field.required ? blank(field.label) : '']),
  );
  return template.render(values, { date: '', deadlines });
}
const paragraphs = (...blocks: (string | string[])[]) => blocks.flat().join('\n');

const lenderField: LetterField = {
  id: 'lender',
  label: '平台或机构名称',
  hint: '写借款合同上“出借人”“贷款人”的全称。',
  required: true,
};
const nameField: LetterField = { id: 'name', label: '你的姓名（可以不填，打印后手写）' };
const referenceField: LetterField = { id: 'reference', label: '借款编号（可不填）' };
const contactField: LetterField = {
  id: 'contact',
  label: '希望对方怎样联系你',
  hint: '例如：本人手机、App 内消息或电子邮件。',
  required: true,
};

export const letterTemplates: readonly LetterTemplate[] = [
  {
    id: 'stop-contacting-others',
    title: '请停止联系我的家人朋友',
    description: '催收打给家人、朋友、同事时，书面要求对方只联系你本人。',
    basis: '《民法典》第1032条、第1034条',
    fields: [
      lenderField,
      nameField,
      referenceField,
      contactField,
      {
        id: 'incidents',
        label: '被联系的人和时间（可不填）',
        hint: '例如：11月20日，有人打电话给我母亲，说我欠钱不还。',
        multiline: true,
      },
    ],
    render: (values, context) => {
      const incidents = value(values, 'incidents');
      return paragraphs(
        `致${value(values, 'lender')}：`,
        '',
        `我是借款人${nameOf(values)}${loanOf(values)}。我知道自己的借款已经逾期，愿意与贵方沟通还款。`,
        '',
        `近期，贵方或贵方委托的催收人员联系了我的家人、朋友或同事${incidents ? `，具体如下：\n${incidents}` : '。'}`,
        '他们不是这笔借款的借款人或担保人。向他们透露我的借款情况，侵扰他们的生活，也涉及我的隐私和个人信息，而隐私权和个人信息受法律保护（《民法典》第1032条、第1034条）。',
        '',
        '请贵方及委托的催收人员：',
        '1. 停止联系我的家人、朋友、同事等第三人，不再向他们透露我的借款信息；',
        `2. 今后通过${value(values, 'contact')}与我联系；`,
        '3. 以书面形式（短信、App 内消息或电子邮件）确认已收到本函。',
        '',
        '如果这类联系继续，我会保留证据，向有关部门投诉，必要时报警。',
        '',
        signed(values, context),
      );
    },
  },
  {
    id: 'stop-processing-data',
    title: '请停止处理并删除我的个人信息',
    description: '撤回对通讯录等信息的处理同意，请对方删除，并说明它处理了哪些信息、交给了谁。',
    basis: '《个人信息保护法》第15条、第23条、第44条、第45条、第47条',
    fields: [
      lenderField,
      nameField,
      referenceField,
      {
        id: 'scope',
        label: '请对方停止处理的信息',
        hint: '例如：我的通讯录、通话记录，以及我的家人朋友的联系方式。',
        multiline: true,
        required: true,
      },
      contactField,
    ],
    render: (values, context) =>
      paragraphs(
        `致${value(values, 'lender')}：`,
        '',
        `我是${nameOf(values)}${loanOf(values)}。我对自己的个人信息的处理享有知情权、决定权，有权限制或者拒绝他人对我的个人信息进行处理（《个人信息保护法》第44条）；基于同意处理个人信息的，我有权撤回同意（第15条）。`,
        '',
        `现在我撤回对以下信息的处理同意，请贵方停止处理：${value(values, 'scope').replace(/[。.]$/, '')}。`,
        '',
        '个人撤回同意的，个人信息处理者应当主动删除个人信息；法律、行政法规规定的保存期限未届满，或者删除在技术上难以实现的，应当停止除存储和采取必要的安全保护措施之外的处理（第47条）。请贵方删除上述信息；需要依法保留的，请说明依据和期限。',
        '',
        '同时请提供贵方处理的我的个人信息，供我查阅、复制（《个人信息保护法》第45条）。贵方向其他个人信息处理者提供我的个人信息的，依法应当事先告知我接收方的名称或者姓名、联系方式等，并取得我的单独同意（第23条）；如果有过这样的提供，请告诉我接收方是谁、怎样联系。',
        '',
        '撤回同意不影响撤回前已进行的处理的效力（第15条），也不改变我的还款义务；我仍愿意就欠款与贵方协商。',
        '',
        `请通过${value(values, 'contact')}书面答复。`,
        '',
        signed(values, context),
      ),
  },
  {
    id: 'credit-dispute',
    title: '征信异议申请',
    description: '信用报告里的记录有错或遗漏时，向征信机构或报送信息的机构提出异议。',
    basis: '《征信业管理条例》第25条',
    fields: [
      {
        id: 'recipient',
        label: '交给谁',
        hint: '中国人民银行征信中心，或者把这条记录报上去的机构的全称。',
        required: true,
      },
      nameField,
      {
        id: 'record',
        label: '哪一条记录',
        hint: '例如：某某消费金融有限公司的贷款账户，2026年3月至5月显示逾期。',
        multiline: true,
        required: true,
      },
      {
        id: 'correction',
        label: '错在哪里，正确的应该是什么',
        hint: '例如：我已于2026年2月28日按协议结清，3月起不应再显示逾期。',
        multiline: true,
        required: true,
      },
      {
        id: 'evidence',
        label: '附上的证明材料（可不填）',
        hint: '例如：结清证明、还款记录截图、平台同意延期的短信。',
        multiline: true,
      },
      contactField,
    ],
    render: (values, context) =>
      paragraphs(
        `致${value(values, 'recipient')}：`,
        '',
        `我是信息主体${nameOf(values)}。我认为我的信用报告中以下信息存在错误或者遗漏，现依照《征信业管理条例》第25条提出异议，请求更正。`,
        '',
        `一、有异议的信息：${value(values, 'record')}`,
        `二、错误之处和正确的情况：${value(values, 'correction')}`,
        `三、所附证明材料：${value(values, 'evidence') || '（附后）'}`,
        '',
        `请贵方对相关信息作出存在异议的标注，自收到本异议之日起${context.deadlines['credit-dispute'] ?? ''}内核查和处理，并将结果书面答复我（《征信业管理条例》第25条）。`,
        '',
        `联系方式：${value(values, 'contact')}`,
        '（身份证件号码和签名请在打印后手写，并附身份证件复印件。）',
        '',
        signed(values, context),
      ),
  },
  {
    id: 'assignment-proof',
    title: '请出示债权转让通知和欠款明细',
    description: '新公司说欠款已经转给它时，先请它拿出转让的证明、收款账户和欠款明细，再谈还款。',
    basis: '《民法典》第546条、第548条',
    fields: [
      {
        id: 'collector',
        label: '来联系你的公司名称',
        hint: '对方自称的全称；说不出全称的，先问清楚。',
        required: true,
      },
      {
        id: 'original',
        label: '原来借钱给你的平台或机构',
        required: true,
      },
      nameField,
      referenceField,
      contactField,
    ],
    render: (values, context) =>
      paragraphs(
        `致${value(values, 'collector')}：`,
        '',
        `贵方联系我，称我在${value(values, 'original')}的借款${loanOf(values)}已经转让给贵方，或者由贵方处理。债权人转让债权，未通知债务人的，该转让对债务人不发生效力（《民法典》第546条）。在核实之前，我不会向未经核实的账户付款。请贵方提供：`,
        '1. 债权转让的通知，或者能够证明这笔债权已经转让给贵方的材料；',
        '2. 贵方的全称和对公收款账户；',
        '3. 欠款明细：本金、利息、罚息、违约金和其他费用分别列明，以及我已还款项的记录；',
        '4. 如果贵方只是受委托催收、债权并未转让，请说明委托方和委托的范围。',
        '',
        '我对原债权人的抗辩，可以向受让人主张（《民法典》第548条）。收到上述材料、核实无误后，我愿意就还款与贵方协商。',
        '',
        `请通过${value(values, 'contact')}书面答复。`,
        '',
        signed(values, context),
      ),
  },
  {
    id: 'contract-and-fees',
    title: '请提供借款合同和费用明细',
    description: '找不到合同、看不懂欠款怎么算时，请平台给出合同、实际放款金额和每一项费用。',
    basis: '《个人信息保护法》第45条；《民法典》第670条',
    fields: [lenderField, nameField, referenceField, contactField],
    render: (values, context) =>
      paragraphs(
        `致${value(values, 'lender')}：`,
        '',
        `我是借款人${nameOf(values)}${loanOf(values)}。为了核对欠款、商量还款，请贵方提供：`,
        '1. 借款合同及其附件（包括担保、保险、服务等相关协议）的完整文本；',
        '2. 实际放款的金额和日期；',
        '3. 还款计划，以及本金、利息、罚息、违约金、服务费、担保费等各项费用分别的金额和计算方法；',
        '4. 我已还款项的明细。',
        '',
        '其中我的借款和还款记录属于我的个人信息，我有权查阅、复制，个人信息处理者应当及时提供（《个人信息保护法》第45条）。利息不得预先在本金中扣除，预先扣除的，应当按照实际借款数额返还借款并计算利息（《民法典》第670条），所以请写明实际到账的金额。',
        '',
        `请通过${value(values, 'contact')}书面答复。`,
        '',
        signed(values, context),
      ),
  },
];

export function letterTemplate(id: string): LetterTemplate | undefined {
  return letterTemplates.find((template) => template.id === id);
}

/** The required fields left blank, by id. */
export function missingFields(template: LetterTemplate, values: LetterValues): LetterField[] {
  return template.fields.filter((field) => field.required && !value(values, field.id));
}
