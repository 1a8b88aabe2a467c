/**
 * Words that say something sensitive about a person when they write about themselves: the special
 * categories of data-protection law (health, religion, ethnicity) and the matters people keep between
 * themselves and a few others (money, family situations, legal trouble). Kin words alone ("my
 * daughter") and everyday money words ("price") are left out: they are not private by themselves.
 *
 * A term ending in `*` matches any word that starts with it ("diagnos*": diagnosis, diagnosed).
 * Chosen from general knowledge of each category, not from any evaluation set.
 */
export type SensitiveCategory = 'health' | 'money' | 'religion' | 'ethnicity' | 'family' | 'legal';

const TERMS: Record<SensitiveCategory, string> = {
  health: `diagnos* surgery surgeries surgical cancer tumor tumour chemo* radiotherapy diabet*
 insulin asthma epilep* seizure* dementia alzheimer* parkinson* arthritis hiv 
 hepatitis pregnan* miscarriage abortion ivf infertil* therapy therapist psychiatr* psycholog*
 depress* anxiety bipolar schizo* adhd autism autistic ocd ptsd trauma addiction rehab sober
 sobriety relapse alcoholi* overdose medication prescription antidepressant* disorder disease
 illness chronic symptom* injury injured fracture disability disabled wheelchair hospital hospitals hospitalized hospitalised
 clinic oncolog* cardiac cardiolog* biopsy transplant dialysis physiotherapy`,
  money: `salary salaries wage wages paycheck payslip income debt debts loan loans mortgage overdraft
 bankrupt* insolven* foreclosure eviction arrears savings pension inheritance alimony
 creditor* payday unemployed unemployment welfare `,
  religion: `religion religious church mosque synagogue temple gurdwara prayer pray praying faith
 christian catholic protestant evangelical mormon muslim islam* jewish judaism hindu hinduism
 sikh buddhist buddhism atheist agnostic baptism mitzvah ramadan hajj kosher halal`,
  ethnicity: `ethnic* racial immigrant* immigration refugee* asylum citizenship undocumented 
 nationality indigenous aboriginal minority hispanic latino latina latinx`,
  family: `divorce* custody adoption adopted foster fostering widow widowed
 widower estranged stepchild stepson stepdaughter infidelity fiance fiancee bereavement
 funeral`,
  legal: `lawsuit lawsuits sued suing lawyer attorney solicitor arrest arrested
 conviction convicted criminal felony misdemeanor probation parole bail prison jail inmate
 prosecution prosecutor subpoena deposition restraining deport* tribunal
 litigation`,
};

interface Lexicon {
  exact: Map<string, SensitiveCategory>;
  /**
   * The `*` terms by their first code unit, each list in the terms' order: a word is compared only
   * with those that start as it does (the review asks this of every word it has not met, and walked
   * all of them for each).
   */
  prefixes: Map<number, [string, SensitiveCategory][]>;
}

let lexicon: Lexicon | undefined;

function build(): Lexicon {
  const exact = new Map<string, SensitiveCategory>();
  const prefixes = new Map<number, [string, SensitiveCategory][]>();
  for (const [category, words] of Object.entries(TERMS) as [SensitiveCategory, string][]) {
    for (const word of words.split(/\s+/).filter(Boolean)) {
      if (word.endsWith('*')) {
        const prefix = word.slice(0, -1);
        const list = prefixes.get(prefix.charCodeAt(0));
        if (list) list.push([prefix, category]);
        else prefixes.set(prefix.charCodeAt(0), [[prefix, category]]);
      } else if (!exact.has(word)) exact.set(word, category);
    }
  }
  return { exact, prefixes };
}

/** The sensitive category of a folded word (or one of its stems), if it has one. */
export function sensitiveCategory(
  folded: string,
  stems: readonly string[] = [folded],
): SensitiveCategory | undefined {
  lexicon ??= build();
  for (const stem of stems) {
    const hit = lexicon.exact.get(stem);
    if (hit) return hit;
  }
  return lexicon.prefixes.get(folded.charCodeAt(0))?.find(([prefix]) => folded.startsWith(prefix))?.[1];
}
