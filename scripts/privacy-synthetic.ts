/**
 * A synthetic context store (30 profile fields, 200 facts) and realistic instructions for the privacy
 * benchmark. All names are invented here; a seeded generator makes every run identical.
 */
import type { ContextData } from '../lib/context/types';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const FIRST = ['Maren', 'Tobiah', 'Ilse', 'Corwin', 'Yasmeen', 'Dario', 'Fenna', 'Oskar', 'Leontine', 'Rafe'];
const LAST = ['Vandersloot', 'Quillfeather', 'Ashdown', 'Okonkwo-Hale', 'Brisbois', 'Tamsett', 'Lindqvist'];
const ORGS = ['Harrowgate Dental', 'Pemberly Logistics', 'Northwind Atelier', 'Calloway & Finch LLP'];
const PLACES = ['Ashford', 'Lake Merrow', 'Dunmore Heights', 'Port Essling', 'Kestrel Bay'];
const TOPICS = [
  'piano lessons',
  'the book club',
  'marathon training',
  'the allotment',
  'a kitchen renovation',
];

export function syntheticContext(random: () => number): ContextData {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const profile: Record<string, string> = {
    name: name(),
    email: 'maren.v@example.org',
    phone: '+44 20 7946 0321',
    location: `${pick(PLACES)}, Wessex`,
    employer: pick(ORGS),
    occupation: 'Senior hygienist and practice lead',
    birthday: '14 March 1986',
    address: '27 Larkspur Road, Ashford AS3 9QT',
  };
  for (let i = 1; Object.keys(profile).length < 30; i++)
    profile[`note ${i}`] = `${pick(TOPICS)} with ${name()} in ${pick(PLACES)}`;
  const facts = Array.from({ length: 200 }, (_, i) => ({
    text:
      i % 3 === 0
        ? `${name()} is my ${pick(['sister', 'manager', 'dentist', 'neighbour'])}; lives in ${pick(PLACES)}`
        : i % 3 === 1
          ? `Booked ${pick(TOPICS)} at ${pick(ORGS)} for ${10 + (i % 18)} June, ref ${100000 + i * 37}`
          : `Reading 'The ${pick(['Quiet', 'Amber', 'Hollow'])} ${pick(['Harbour', 'Garden', 'Orchard'])}' with ${pick(FIRST)}`,
  }));
  return { version: 1, profile, facts, samples: [] };
}

export function syntheticInstructions(random: () => number, n: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const templates = [
    () => `Write a short thank-you note to ${pick(FIRST)} for covering my shift at ${pick(ORGS)} last week.`,
    () =>
      `Draft an email to my landlord about the broken boiler at 27 Larkspur Road; I can be reached on 020 7946 0321.`,
    () => `Summarise the main causes of the French Revolution in five bullet points for a school essay.`,
    () => `Help me explain Excel formulas like VLOOKUP and INDEX/MATCH to a new colleague.`,
    () =>
      `Reply to ${pick(FIRST)} ${pick(LAST)} declining the invitation to ${pick(TOPICS)} in ${pick(PLACES)} politely.`,
    () => `Make this message warmer: "hi, can we move our call to Thursday? something came up at work."`,
    () => `Write a cover letter for a practice manager role, mentioning my eight years at ${pick(ORGS)}.`,
    () =>
      `Tell my sister I'll be late for dinner; the train from ${pick(PLACES)} is delayed by forty minutes.`,
  ];
  return Array.from({ length: n }, () => pick(templates)());
}
