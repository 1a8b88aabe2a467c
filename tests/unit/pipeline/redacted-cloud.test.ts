import { runJob } from '../../../lib/pipeline/run-job';
import { EMPTY_POLICY, preparePrivacy, redact } from '../../../lib/privacy';
import { fakeCloud, fakeLocal, harness, MARTIN, PRIVATE_VALUES, recordingSink } from './fakes';

const INSTRUCTION = 'Thank my manager at Acme Logistics for the leave. Sign as Martin Reynolds.';
const { outbound, vault } = redact(INSTRUCTION, preparePrivacy(MARTIN), EMPTY_POLICY);
const person = Object.keys(vault).find((p) => vault[p] === 'Martin Reynolds') ?? '[PERSON_1]';

describe('redacted cloud', () => {
  it('lets the cloud draft from the redacted text and restores placeholders on the device, never half of one', async () => {
    // The placeholder arrives split across chunks and in another case.
    const reply = `Dear manager, thank you. Best, ${person.toLowerCase()}`;
    const cloud = fakeCloud({ deltas: reply.match(/[\s\S]{1,4}/g) ?? [] });
    const local = fakeLocal({ deltas: [] });
    const { deps, audit } = harness(cloud, local);
    const sink = recordingSink();
    const draft = await runJob(
      {
        mode: 'redacted-cloud',
        site: 'mail.example',
        instruction: INSTRUCTION,
        outbound,
        policy: EMPTY_POLICY,
        signal: new AbortController().signal,
      },
      deps,
      sink,
    );
    expect(draft).toBe('Dear manager, thank you. Best, Martin Reynolds');
    expect(sink.draftText).toBe(draft);
    expect(sink.draftText).not.toMatch(/\[|\]/);
    const sent = JSON.stringify(cloud.requests);
    for (const value of PRIVATE_VALUES) expect(sent).not.toContain(value);
    expect(local.requests).toHaveLength(0);
    expect(audit.map((e) => [e.purpose, e.status])).toEqual([['draft', 'sent']]);
  });
});

describe('restoring only what was sent', () => {
  const org = Object.keys(vault).find((p) => vault[p] === 'Acme Logistics') ?? '[ORG_1]';
  const run = async (sent: string, reply: string, seen?: Record<string, string>) => {
    const cloud = fakeCloud({ deltas: reply.match(/[\s\S]{1,5}/g) ?? [] });
    const { deps } = harness(cloud, fakeLocal({ deltas: [] }));
    return runJob(
      {
        mode: 'redacted-cloud',
        site: 'mail.example',
        instruction: INSTRUCTION,
        outbound: sent,
        policy: EMPTY_POLICY,
        ...(seen ? { vault: seen } : {}),
        signal: new AbortController().signal,
      },
      deps,
      recordingSink(),
    );
  };

  it('a placeholder the user deleted from the outbound text is not restored when the cloud names it', async () => {
    expect(outbound).toContain(org);
    const sent = outbound.replace(org, 'the company');
    const draft = await run(sent, `Thanks to ${org}. ${person}`);
    expect(draft).toBe(`Thanks to ${org}. Martin Reynolds`);
    expect(draft).not.toContain('Acme');
  });

  it('a placeholder that was never issued stays as it is, for the panel to ask about', async () => {
    expect(await run(outbound, `Dear [PERSON_9], ${person}`)).toBe('Dear [PERSON_9], Martin Reynolds');
  });

  it('restores placeholders the user made by withholding words of an edited text (the vault they saw)', async () => {
    const seen = { ...vault, '[PRIVATE_1]': 'Kacper' };
    const draft = await run(`${outbound} with [PRIVATE_1]`, `Hi [PRIVATE_1] and ${person}`, seen);
    expect(draft).toBe('Hi Kacper and Martin Reynolds');
  });
});
