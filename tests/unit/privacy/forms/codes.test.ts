import { compactCode, isCodeLike } from '../../../../lib/privacy/forms/codes';
import { typed } from './context';

describe('codes and identifiers', () => {
  it.each([
    ['YK21 XRV', 'YK21XRV', true],
    ['ka-40417', 'KA40417', true],
    ['10mg', '10MG', false],
    ['mp3', 'MP3', false],
    ['B12', 'B12', false],
  ])('%j is %j, a code: %s', (text, compact, code) => {
    expect(compactCode(text)).toBe(compact);
    expect(isCodeLike(compact)).toBe(code);
  });

  it.each([
    ['plate yk21xrv', 'yk21xrv', 'profile: plate'],
    ['plate YK21 XRV', 'YK21 XRV', 'profile: plate'],
    ['plate yk-21-xrv', 'yk-21-xrv', 'profile: plate'],
    ['member KA40417', 'KA40417', 'profile: member_id'],
    ['member ka 40417', 'ka 40417', 'profile: member_id'],
    ['member Ka-40417.', 'Ka-40417', 'profile: member_id'],
    ['booking qx7p2m', 'qx7p2m', 'fact 2'],
    ['booking QX7 P2M', 'QX7 P2M', 'fact 2'],
  ])('%j → %j', (text, value, source) => expect(typed(text)).toContainEqual([value, source]));

  it.each(['plate yk22 xrv', 'plate xyk21xrv', 'the ka 4041 model', 'take 10mg of it', 'play the mp3'])(
    'keeps %j',
    (text) => expect(typed(text)).toEqual([]),
  );
});
