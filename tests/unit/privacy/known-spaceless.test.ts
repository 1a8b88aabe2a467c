import { preparePrivacy } from '../../../lib/privacy';
import { knownContextDetector } from '../../../lib/privacy/detectors/known-context';
import { contextOf, found } from './helpers';

const prepared = preparePrivacy(
  contextOf({ name: '陈美玲', employer: '深圳华强电子', friend: 'Thanawat' }, [
    '孩子在青枫实验小学上学',
    '娘は桜ヶ丘みなみ保育園に通っています',
    '我的儿子周子轩在北京读书',
    '上司は山本健太さんです。職場は大阪北浜証券です',
    'ลูกสาวชื่อปริยากร เรียนที่โรงเรียนสาธิตจุฬา',
  ]),
);

describe('known values in scripts without spaces', () => {
  it.each([
    ['a profile name inside a sentence', '请帮我给陈美玲写一封感谢信', '陈美玲'],
    ['a given name alone', '美玲的生日快到了', '美玲'],
    ['a profile organisation inside a run', '我想离开深圳华强电子去别的公司', '深圳华强电子'],
    ['a name from a Chinese fact', '帮周子轩写请假条', '周子轩'],
    ['a name from a Japanese fact, before an honorific', '山本健太さんにお礼のメールを書いて', '山本健太'],
    ['an organisation from a Japanese fact', '大阪北浜証券の面接', '大阪北浜証券'],
    ['a name from a Thai fact', 'เขียนการ์ดวันเกิดให้ปริยากร', 'ปริยากร'],
    ['full-width forms folded', '陈美玲さん', '陈美玲'],
    ['a Chinese familiar form', '给小陈写生日祝福', '小陈'],
    ['a Chinese name from a fact in a familiar form', '告诉老轩我晚点到', '老轩'],
    ['a school without its institution word', '青枫实验的家长会', '青枫实验'],
    ['a school by its first two characters', '问一下青枫几点放学', '青枫'],
    ['Latin letters glued to Thai', 'ช่วยเขียนการ์ดให้Thanawat', 'Thanawat'],
  ])('%s: %j', (_, text, expected) => {
    expect(found(knownContextDetector, text, prepared)).toContain(expected);
  });

  it.each([
    ['a big city alone', '北京的天气怎么样'],
    ['an ordinary word of a fact', '证券市场的新闻'],
    ['a school word', 'โรงเรียนเปิดวันจันทร์'],
  ])('keeps %s: %j', (_, text) => {
    expect(found(knownContextDetector, text, prepared)).toEqual([]);
  });
});
