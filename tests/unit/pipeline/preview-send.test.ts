import { EMPTY_POLICY, guardPayload, preparePrivacy, redactChecked } from '../../../lib/privacy';
import { logitCloudPrompt, redactedDraftPrompt, sketchPrompt } from '../../../lib/pipeline/prompts';
import { LONG_SETS, longInputs } from '../../../scripts/lib/long-inputs';
import { SHAPES, shapeText } from '../../../scripts/lib/privacy-shapes';
import { rng, syntheticContext, syntheticInstructions } from '../../../scripts/privacy-synthetic';

/**
 * The panel says "Checked" when the guard passes the outbound text it shows; Send's egress then guards
 * every string of the request, where that text sits inside a prompt ("Instruction: …"). A detector
 * that reads a text differently after other words (the phone library's pieces of a long run did)
 * would block a Send the panel said was checked. Each prompt that carries a passed outbound text
 * must pass the guard too.
 */
describe('a preview the guard passed', () => {
  const random = rng(42);
  const prepared = preparePrivacy(syntheticContext(random));
  const texts: string[] = [
    ...syntheticInstructions(random, 150),
    ...LONG_SETS.flatMap((set) => longInputs(set, 5, 1).slice(0, 2)),
    ...Object.keys(SHAPES).flatMap((shape) => [shapeText(shape, 400, 3), shapeText(shape, 1_500, 4)]),
    // Numbers packed on a line, where the phone detector reads long runs in pieces.
    ...Object.entries(SHAPES)
      .filter(([, shape]) => shape.group === 'packed')
      .flatMap(([name]) => [5, 6, 7, 8, 9, 10].map((seed) => shapeText(name, 300 + 100 * seed, seed))),
  ];

  it('passes the guard inside every prompt that carries it', () => {
    let passed = 0;
    for (const text of texts) {
      const result = redactChecked(text, prepared, EMPTY_POLICY);
      if (!result.guard.ok) continue;
      passed++;
      const carried = [
        ...sketchPrompt(result.outbound).map((m) => m.content),
        ...redactedDraftPrompt(result.outbound).map((m) => m.content),
        logitCloudPrompt(result.outbound),
      ];
      for (const string of carried)
        expect(guardPayload(string, prepared, EMPTY_POLICY, undefined, result.vault), string).toEqual({
          ok: true,
        });
    }
    expect(passed).toBeGreaterThan(texts.length * 0.95);
  });
});
