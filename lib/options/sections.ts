/** The options page's sections, in order; `options.html#<id>` opens one (`#context/fact-3` an entry). */
export const SECTIONS = [
  { id: 'setup', title: 'Setup' },
  { id: 'context', title: 'Your context' },
  { id: 'sites', title: 'Sites' },
  { id: 'models', title: 'Models' },
  { id: 'activity', title: 'Activity' },
  { id: 'advanced', title: 'Advanced' },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'];

/** The section a hash names ("#context/fact-3" → context); the first one when none does. */
export function sectionOf(hash: string): SectionId {
  const head = hash.replace(/^#/, '').split('/')[0];
  return SECTIONS.find((s) => s.id === head)?.id ?? 'setup';
}
