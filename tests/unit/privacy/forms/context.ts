import { preparePrivacy } from '../../../../lib/privacy';
import { knownFormsDetector } from '../../../../lib/privacy/detectors/known-forms';
import { contextOf } from '../helpers';

/** A persona whose numbers, dates, phones, e-mails and codes sit in profile fields and inside facts. */
export const persona = preparePrivacy(
  contextOf(
    {
      name: 'Aisling Byrne',
      salary: '$84,500',
      phone: '+1 (704) 555-0134',
      mobile: '+44 7700 900123',
      email: 'aisling.byrne@example.org',
      plate: 'YK21 XRV',
      member_id: 'KA-40417',
      birthday: '1988-11-23',
    },
    [
      'Knee surgery on March 3 at St. Joseph Mercy',
      'Flight to Lisbon on 14/06/2027, booking ref QX7P2M',
      'Rent went up to €1,350 a month; savings 12.5k',
      'Write to the school at office@burnspark.edu about the trip',
    ],
  ),
);

/** [typed text, source] of every span the known-forms detector finds. */
export function typed(text: string): [string, string][] {
  return knownFormsDetector
    .detect(text, persona, { released: [], extra: [] })
    .map((span) => [text.slice(span.start, span.end), span.source]);
}

/** A persona who writes in scripts without spaces: values sit against the words around them. */
export const runScripts = preparePrivacy(
  contextOf({ salary: '26,000元', income: '410万円' }, [
    '车牌号是京B3Q8N5，身份证号110105198807154321',
    'ทะเบียนรถ กข 518204 ค่าเช่า 12,500 บาท',
    '手術は2026年4月9日です',
  ]),
);

export function typedIn(text: string): string[] {
  return knownFormsDetector
    .detect(text, runScripts, { released: [], extra: [] })
    .map((s) => text.slice(s.start, s.end));
}
