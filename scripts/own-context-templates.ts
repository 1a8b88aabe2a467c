/**
 * Instruction templates of the own-context suite, per kind and language; `{v}` is where the typed form
 * goes. In Japanese, Chinese, Thai and Tamil the slot is glued to the neighbouring characters, as people
 * write those languages. No template holds a persona's value.
 */
import type { ValueKind } from './own-context-personas';

export type TemplateLang = 'en' | 'ja' | 'zh' | 'th' | 'ta';
type Table = Partial<Record<ValueKind | 'any', string[]>>;

const EN: Table = {
  money: [
    'ask my boss for a raise from {v} to something fairer',
    'I earn {v}; help me plan a monthly budget',
    'write a mortgage enquiry saying my income is {v}',
    'tell the recruiter my current pay is {v} before bonus',
    'explain to my landlord why {v} does not cover the new rent',
  ],
  date: [
    'tell her my surgery was on {v}',
    'remind the team that I am off on {v}',
    'write an invitation for a small party on {v}',
    'ask the clinic to move my appointment from {v} to the week after',
    'email HR that my leave starts {v}',
  ],
  phone: [
    'tell the plumber to call me on {v}',
    'add {v} to my email signature',
    'text the landlord that my new number is {v}',
    'ask them to ring {v} after six',
  ],
  email: [
    'ask the school to reply to {v}',
    'put {v} as my contact in the cover letter',
    'tell the agent my email is {v} and to write soon',
  ],
  code: [
    'write to the insurer quoting {v}',
    'draft a complaint and mention reference {v}',
    'tell the garage the number is {v}',
    'ask the office to update the record {v}',
  ],
  name: [
    "tell {v} I'll pick up the kids at 5",
    'write a birthday message for {v}',
    'ask {v} if we can swap shifts on Friday',
    'draft a thank-you note to {v}',
    'remind {v} about the dentist tomorrow',
  ],
  org: [
    'ask {v} if the autumn term starts at 8',
    'write a complaint to {v} about the parking',
    "tell my friend I've been with {v} for six years",
    'draft a letter to {v} asking for a refund',
    'find out whether {v} is open on bank holidays',
  ],
  place: [
    'write a short post about moving to {v}',
    'ask the neighbours in {v} about the street party',
    'tell the courier I live in {v} now',
    'recommend restaurants near {v}',
  ],
  health: [
    'tell my manager I need time off for {v}',
    'write to the pharmacy about my {v}',
    'explain my {v} to the new gym coach',
    'ask the surgery about the {v} follow-up',
  ],
  religion: [
    'write a note to the school about {v} holidays for my kids',
    'ask HR for a day off for a {v} festival',
    'explain to my coworkers that I am {v} and skip the Friday drinks',
  ],
  ethnicity: [
    'write an intro for the newsletter mentioning that I am {v}',
    'draft a speech about growing up {v} in a small town',
  ],
  legal: [
    'tell my lawyer I want to settle the {v}',
    'write to my boss that I need a day off for the {v}',
    'summarise the next steps of my {v} for my sister',
  ],
};

const JA: Table = {
  any: ['{v}について上司にメールを書いて', '{v}のことを友達に伝える文章を作って'],
  name: ['{v}に明日の予定を確認するメッセージを書いて', '{v}の誕生日メッセージを考えて'],
  date: ['{v}に休みを取りたいと上司に伝えて', '{v}の予定を家族に連絡して'],
  phone: ['電話番号は{v}ですと書き添えて', '{v}に折り返し電話してほしいと伝えて'],
  money: ['給料が{v}なので昇給をお願いする文章を書いて'],
  org: ['{v}に入学手続きについて問い合わせて', '{v}の担当者へのお礼状を書いて'],
  place: ['{v}に引っ越したことを友人に伝えて'],
  health: ['{v}の治療で休むことを職場に伝えて'],
  legal: ['{v}のため有給を取りたいと伝えて'],
  email: ['連絡先は{v}ですと記載して'],
  code: ['番号{v}を添えて総務に連絡して'],
};

const ZH: Table = {
  any: ['帮我写一段关于{v}的说明', '把{v}的事情告诉我妈妈'],
  name: ['帮我给{v}写一条生日祝福', '告诉{v}我五点去接孩子'],
  date: ['告诉领导我{v}要请假', '提醒我{v}去复诊'],
  phone: ['告诉快递员打{v}联系我', '我的电话是{v}，帮我写进简历'],
  money: ['我月薪{v}，帮我写一封要求加薪的邮件'],
  org: ['帮我写一封给{v}的投诉信', '问一下{v}几点放学'],
  place: ['推荐{v}附近的餐厅'],
  health: ['帮我向公司请假去看{v}', '写一段话向朋友解释我的{v}'],
  religion: ['写一段话介绍我信仰{v}'],
  legal: ['帮我准备{v}需要的材料清单'],
  code: ['帮我写一封信，注明编号{v}'],
  email: ['请回复到{v}'],
};

const TH: Table = {
  any: ['ช่วยเขียนข้อความเกี่ยวกับ{v}', 'บอกเพื่อนเรื่อง{v}ให้หน่อย'],
  name: ['ช่วยเขียนอวยพรวันเกิดให้{v}', 'บอก{v}ว่าจะไปรับลูกตอนห้าโมง'],
  date: ['ขอลาวันที่{v}', 'นัดหมอวันที่{v}'],
  phone: ['โทรกลับที่เบอร์{v}'],
  money: ['เงินเดือน{v}ช่วยวางแผนการเงิน'],
  org: ['ช่วยเขียนจดหมายถึง{v}', 'สอบถาม{v}ว่าเปิดเทอมวันไหน'],
  place: ['แนะนำร้านอาหารแถว{v}'],
  health: ['ขอลาป่วยเพราะ{v}'],
};

const TA: Table = {
  any: ['{v} பற்றி ஒரு கடிதம் எழுது'],
  name: ['{v}க்கு ஒரு பிறந்தநாள் வாழ்த்து எழுது', '{v}யிடம் நாளை வருவதாக சொல்லு'],
};

const TABLES: Record<TemplateLang, Table> = { en: EN, ja: JA, zh: ZH, th: TH, ta: TA };

/** The templates for a kind in a language, falling back to the language's general ones. */
export function templatesFor(kind: ValueKind, lang: TemplateLang): string[] {
  const table = TABLES[lang];
  return table[kind] ?? table.any ?? EN[kind] ?? [];
}

export const fill = (template: string, form: string): string => template.replace('{v}', form);

/** Instructions that hold two of the persona's values: {a} of the first kind, {b} of the second. */
export const PAIR_FRAMES: [ValueKind, ValueKind, string][] = [
  ['name', 'name', "tell {a} I'll pick up {b} at 5"],
  ['name', 'date', 'remind {a} that we are away on {b}'],
  ['name', 'org', 'ask {a} whether {b} has replied yet'],
  ['name', 'health', 'tell {a} that my {b} appointment has moved'],
  ['org', 'date', 'let {a} know I cannot come in on {b}'],
  ['name', 'money', 'tell {a} the offer came in at {b}'],
  ['place', 'phone', 'I moved to {a}; my number is now {b}'],
  ['code', 'email', 'send the form for {a} to {b}'],
];
