import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The redaction command of DESIGN.md, run as a user runs it: JSON Lines in, JSON Lines out. */
function run(lines: string[], args: string[] = []): Record<string, unknown>[] {
  const out = execFileSync(resolve('node_modules/.bin/tsx'), [resolve('scripts/redact.ts'), ...args], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
  });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('npm run redact', () => {
  it('redacts with --context, lets a line carry its own context, and reports bad lines without stopping', () => {
    const dir = mkdtempSync(join(tmpdir(), 'redact-'));
    const file = join(dir, 'context.json');
    writeFileSync(
      file,
      JSON.stringify({ version: 1, profile: { name: 'Martin Reynolds' }, facts: [], samples: [] }),
    );
    const results = run(
      [
        JSON.stringify({ id: 'a', instruction: 'Email Martin Reynolds at martin@example.com' }),
        JSON.stringify({
          id: 'b',
          instruction: 'Thank Jo Smith',
          context: { profile: { name: 'Jo Smith' } },
        }),
        // A value that is not text must not be dropped (it would go out unredacted): the line fails.
        JSON.stringify({
          id: 'c',
          instruction: 'call 7045550134',
          context: { profile: { phone: 7045550134 } },
        }),
        'not json',
      ],
      ['--context', file],
    );
    expect(results[0]).toMatchObject({ id: 'a', outbound: 'Email [PERSON_1] at [EMAIL_1]', blocked: false });
    expect(results[0]?.redactions).toEqual([
      { placeholder: '[PERSON_1]', kind: 'PERSON', source: 'profile: name', start: 6, end: 21 },
      { placeholder: '[EMAIL_1]', kind: 'EMAIL', source: 'pattern: e-mail', start: 25, end: 43 },
    ]);
    expect(results[1]).toMatchObject({ id: 'b', outbound: 'Thank [PERSON_1]', blocked: false });
    expect(results[2]).toMatchObject({ id: 'c', error: 'profile.phone must be text.', blocked: true });
    expect(results[3]).toMatchObject({ id: null, blocked: true });
    expect(JSON.stringify(results)).not.toContain('Martin');
  });
});
