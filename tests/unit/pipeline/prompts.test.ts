import { draftPrompt, sketchPrompt } from '../../../lib/pipeline/prompts';
import type { RelevantContext } from '../../../lib/pipeline/relevant-context';
import { aboutMeLines, firstOutlinePoint } from '../../servers/openai-stub';

const CONTEXT: RelevantContext = {
  profile: [
    ['name', 'Martin Reynolds'],
    ['employer', 'Acme Logistics'],
  ],
  facts: ['knee surgery on 3 March'],
  samples: ['Cheers, Martin', 'Best, M.'],
};
const EMPTY: RelevantContext = { profile: [], facts: [], samples: [] };

function userText(messages: { role: string; content: string }[]): string {
  const user = messages.filter((m) => m.role === 'user');
  expect(user).toHaveLength(1);
  return user[0]?.content ?? '';
}

describe('sketchPrompt', () => {
  it('is a system and a user message asking for an 8–15 point outline that keeps placeholders', () => {
    const messages = sketchPrompt('Thank [PERSON_1] at [ORG_1].');
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const user = userText(messages);
    expect(user.split('\n')[0]).toBe('Instruction: Thank [PERSON_1] at [ORG_1].');
    expect(user).toMatch(/numbered outline of 8 to 15 short points/);
    expect(user).toMatch(/placeholder.*exactly as written/);
  });

  it('holds nothing but the redacted instruction and fixed wording', () => {
    const a = JSON.stringify(sketchPrompt('AAA'));
    const b = JSON.stringify(sketchPrompt('BBB'));
    expect(a.replace('AAA', 'BBB')).toBe(b);
  });
});

describe('draftPrompt', () => {
  it('gives the local model the context, the instruction and the trimmed outline', () => {
    const user = userText(draftPrompt('thank my manager', CONTEXT, '\n1. Greet Martin.\n2. Thank.\n\n'));
    expect(user).toContain(
      'About me:\n- name: Martin Reynolds\n- employer: Acme Logistics\n- knee surgery on 3 March\n',
    );
    expect(user).toContain('Instruction: thank my manager');
    expect(user).toContain('Outline to follow:\n1. Greet Martin.\n2. Thank.\n');
    expect(user).toContain('Examples of my writing, for style:\nCheers, Martin\n---\nBest, M.');
    expect(user.trimEnd().split('\n').at(-1)).toMatch(/final text only/);
  });

  it('leaves the outline out in local-only mode', () => {
    expect(userText(draftPrompt('x', CONTEXT))).not.toContain('Outline');
  });

  it('says when nothing is stored, and has no style section without samples', () => {
    const user = userText(draftPrompt('x', EMPTY));
    expect(user).toContain('About me: (nothing stored)');
    expect(user).not.toContain('Examples of my writing');
  });

  // The e2e suite's local stand-in reads the prompt this way; keep the two in step.
  it('is readable by the local stand-in: About me lines and first outline point', () => {
    const user = userText(draftPrompt('x', CONTEXT, '1. Greet Martin.\n2. Thank.'));
    expect(aboutMeLines(user)).toEqual([
      '- name: Martin Reynolds',
      '- employer: Acme Logistics',
      '- knee surgery on 3 March',
    ]);
    expect(firstOutlinePoint(user)).toBe('1. Greet Martin.');
  });
});
