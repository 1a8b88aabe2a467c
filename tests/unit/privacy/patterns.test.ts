import { dateOfBirthDetector } from '../../../lib/privacy/detectors/date-of-birth';
import { emailDetector } from '../../../lib/privacy/detectors/email';
import { ibanDetector, ibanValid } from '../../../lib/privacy/detectors/iban';
import { ipAddressDetector } from '../../../lib/privacy/detectors/ip-address';
import { nationalIdDetector } from '../../../lib/privacy/detectors/national-id';
import { luhn, paymentCardDetector } from '../../../lib/privacy/detectors/payment-card';
import { phoneDetector } from '../../../lib/privacy/detectors/phone';
import { streetAddressDetector } from '../../../lib/privacy/detectors/street-address';
import { urlDetector } from '../../../lib/privacy/detectors/url';
import { codesDetector } from '../../../lib/privacy/detectors/codes';
import type { Detector } from '../../../lib/privacy';
import { found } from './helpers';

// [detector, text, what must be found ([] = nothing: ordinary text that must survive)]
const CASES: [Detector, string, string[]][] = [
  [emailDetector, 'write to jo.ann+news@mail.example.co.uk today', ['jo.ann+news@mail.example.co.uk']],
  [emailDetector, 'use the @mention feature, e.g. @team', []],
  [phoneDetector, 'call me on +1 (704) 555-0134 tonight', ['+1 (704) 555-0134']],
  [phoneDetector, 'my mobile is 07911 123456', ['07911 123456']],
  [phoneDetector, 'we sold 1,250,000 units in 2023', []],
  [paymentCardDetector, 'card 4111 1111 1111 1111 exp 12/27', ['4111 1111 1111 1111']],
  [paymentCardDetector, 'order 4111 1111 1111 1112 failed', []],
  [ibanDetector, 'pay to GB82 WEST 1234 5698 7654 32 please', ['GB82 WEST 1234 5698 7654 32']],
  [ibanDetector, 'pay to GB82 WEST 1234 5698 7654 33 please', []],
  [nationalIdDetector, 'my SSN is 123-45-6789', ['123-45-6789']],
  [nationalIdDetector, 'NI number AB 12 34 56 C', ['AB 12 34 56 C']],
  [nationalIdDetector, 'passport no. X1234567 expires soon', ['X1234567']],
  [nationalIdDetector, 'ISBN 978-3-16-148410-0 and 666-12-3456', []],
  [
    ipAddressDetector,
    'the server at 192.168.10.24 and fe80::1ff:fe23:4567:890a',
    ['192.168.10.24', 'fe80::1ff:fe23:4567:890a'],
  ],
  [ipAddressDetector, 'version 1.2.3 at 10:30', []],
  [streetAddressDetector, 'I live at 1428 Elm Street, Apt 4 in town', ['1428 Elm Street, Apt 4']],
  [streetAddressDetector, 'Charlotte, NC 28202 and London SW1A 1AA', ['NC 28202', 'SW1A 1AA']],
  [streetAddressDetector, 'we had 3 great days', []],
  [dateOfBirthDetector, 'I was born on 3 March 1985 in a village', ['3 March 1985']],
  [dateOfBirthDetector, 'DOB: 03/04/1990', ['03/04/1990']],
  [dateOfBirthDetector, 'the meeting is on 3 March 2025', []],
  [
    urlDetector,
    'see https://example.com/u/jdoe?token=abc123 now',
    ['https://example.com/u/jdoe?token=abc123'],
  ],
  [urlDetector, 'our site brightwell-analytics.com is down', ['brightwell-analytics.com']],
  [urlDetector, 'search youtube.com for it, e.g. tutorials', []],
  [codesDetector, 'ticket PW127M and account 00123456', ['PW127M', '00123456']],
  [codesDetector, 'a 4K screen, 16GB, mp3 files, at 5pm on the 2nd, in the 1990s', []],
  // Words of a script without case glued to a number are not part of a code.
  [codesDetector, '1990に休みを取りたいと上司に伝えて', []],
  [codesDetector, '车牌川A7K3M9的车', ['A7K3M9']],
  [codesDetector, '订单号00123456已发货', ['00123456']],
  // Long numbers written in groups; thousands, years, dates and phone-length chains are not.
  [
    codesDetector,
    'card 0019 3485 9916 3058, account 1234-5678-9012, nrb 61 1090 1014 0000 0712 1981 2874',
    ['0019 3485 9916 3058', '1234-5678-9012', '61 1090 1014 0000 0712 1981 2874'],
  ],
  [codesDetector, 'raised 100 000 000 000 in 2019 2020 2021 on 2026-11-07, call 020 7946 0958', []],
  // A timestamp's pieces and a log's durations are times; the same shapes alone are codes.
  [codesDetector, 'at 2026-06-11T03:16:31.917Z gc took 194ms, 2026-06-11T03:16+02:00 in 250µs', []],
  [codesDetector, 'batch 11T03 and lot 917Z, run A2026-06-11T03:16', ['11T03', '917Z', 'A2026']],
];

describe('pattern detectors', () => {
  it.each(CASES)('%# %s', (detector, text, expected) => {
    expect(found(detector, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['4539578763621486', true],
    ['4539578763621487', false],
  ])('luhn(%s) = %s', (digits, valid) => expect(luhn(digits)).toBe(valid));

  it.each([
    ['DE89370400440532013000', true],
    ['DE89370400440532013001', false],
  ])('ibanValid(%s) = %s', (iban, valid) => expect(ibanValid(iban)).toBe(valid));
});
