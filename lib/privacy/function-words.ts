/**
 * The most frequent words of English that carry no private meaning by themselves: closed classes
 * (pronouns, determiners, prepositions, conjunctions, auxiliaries) and the commonest verbs, nouns and
 * adjectives of everyday requests. A word of this set never makes the review flag a word as possibly
 * private just because the user's notes contain it too.
 */
const WORDS = `
  a about above after again against all also although always am among an and another any are around
  as at be because been before being below between both but by can could did do does doing done down
  during each either else even ever every few for from further had has have having he her here hers
  herself him himself his how however i if in into is it its itself just least less many may me might
  more most much must my myself neither never no nor not now of off often on once one only onto or
  other others our ours ourselves out over own per please quite rather same she should since so some
  such than that the their theirs them themselves then there these they this those though through thus
  to too toward towards under until up upon us very via was we well were what whatever when where
  whether which while who whom whose why will with within without would yet you your yours yourself
  yourselves
  able add allow answer appear ask become begin believe bring build buy call change come consider
  continue create cut decide describe draft email explain feel find finish follow get give go got
  happen hear help hold include keep know learn leave let like listen live look lose love make mean
  meet mention message move need note offer open pass pay plan play post prepare provide put reach
  read receive remember reply request run say see seem send serve set share show sit speak spend stand
  start stay stop suggest take talk tell thank thanks think try turn understand use wait want watch
  work write
  about again already back best better big day days early good great hello hi high last late little
  long lot lots new next nice old part people person place point quick quickly real really right short
  small soon still sure thing things time today tomorrow way week weekend weeks whole year years
  yesterday morning afternoon evening night month months kind sort letter words text short
`;

let set: Set<string> | undefined;

/** True for a (folded) word that says nothing private on its own. */
export function isFunctionWord(folded: string): boolean {
  set ??= new Set(WORDS.split(/\s+/).filter(Boolean));
  return set.has(folded);
}
