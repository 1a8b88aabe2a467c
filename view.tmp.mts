import { EMPTY_POLICY, preparePrivacy, redact } from './lib/privacy';
import { logitPrivacyView } from './lib/pipeline/privacy-view';
import { rng, syntheticContext } from './scripts/privacy-synthetic';
const context = syntheticContext(rng(42));
const name = context.profile.name ?? 'x';
const prepared = preparePrivacy(context);
const PROSE = `Thank you all for the handover notes. ${name} and I read them on Monday and they made the week much easier. I would like to propose a short review next Thursday at ten, in the small meeting room. Please send me anything you want to add before then! Best wishes from the whole practice. `;
const words = PROSE.match(/\s*\S+/g) ?? [];
const toks = Array.from({ length: 600 }, (_, i) => (i === 0 ? '' : ' ') + (words[i % words.length] ?? '').trim());
let best = Infinity; let winLen = 0;
for (let r = 0; r < 8; r++) {
  const view = logitPrivacyView(prepared, EMPTY_POLICY, {});
  let text = '';
  const s = performance.now();
  for (const t of toks) { view(text); text += t; }
  best = Math.min(best, (performance.now() - s) / 600);
}
console.log('view ms/token best', best.toFixed(4));
const s = performance.now(); for (let i = 0; i < 300; i++) redact(PROSE, prepared, EMPTY_POLICY); console.log('redact PROSE ms', ((performance.now() - s) / 300).toFixed(4), PROSE.length);
