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
