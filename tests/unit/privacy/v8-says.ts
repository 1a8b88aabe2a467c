import { execFileSync } from 'node:child_process';

/**
 * Runs `lines` as a module in a Node process of its own, with tsx loading the project's TypeScript and
 * V8's test functions (%...) allowed; returns what it wrote to stdout. For tests of what V8 keeps
 * optimised: only V8 can tell, and its test functions must not run in the test worker.
 */
export function v8Says(lines: string[]): string {
  return execFileSync(
    process.execPath,
    ['--allow-natives-syntax', '--import', 'tsx', '--input-type=module', '-e', lines.join('\n')],
    { encoding: 'utf8' },
  );
}

/** A deadline for one v8Says: a process of its own, with tsx loading, takes seconds on a loaded machine. */
export const SPAWN_MS = 60_000;
