/**
 * Small closed word classes the name finder reasons with. They describe how names are built in
 * English text (an organisation ends in "Ltd" or "University", a place follows "in"), not any name.
 */
const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Lower-case words that may join two capitalised words of one name: "Bank of America", "van Dijk".
 * Not "and": "Martin and Anja" are two people, and each needs its own placeholder. */
export const CONNECTORS = set('of for the de da del der den di du la le van von y al el bin ibn &');

/** Words that make a capitalised span an organisation. */
export const ORG_WORDS = set(`
  university univ college school academy institute institution polytechnic hospital clinic bank
  company corporation corp inc ltd llc llp plc co gmbh ag sa group holdings technology technologies tech
  solutions services systems consulting consultants trust foundation association society agency
  department ministry council committee center centre store stores shop restaurant hotel cafe labs lab
  studio studios media energy capital partners industries international global enterprises ventures
  network networks software pharma pharmaceuticals healthcare airline airlines airways motors limited
  federation club church mission bureau office authority commission board firm brands analytics
  insurance securities logistics
  clinica hospital escola escuela colegio universidad universidade banco empresa instituto centro
  sociedad sociedade fundacion fundacao associacao asociacion igreja iglesia klinik krankenhaus
  schule universitat stiftung verein szkola szpital przychodnia uniwersytet fundacja spolka sad
  ecole universite societe clinique hopital cooperative mutual orthopedics orthopaedics pediatrics
  paediatrics dental dentistry cardiology physiotherapy pharmacy`);

/** Last words that make a name a school even after a place word: "Burns Park Elementary". */
export const SCHOOL_HEADS = set('elementary middle high secondary primary preschool montessori nursery');

/** Words that make a capitalised span a place. */
export const PLACE_WORDS = set(`
  city county state province district region island islands river lake mount mountain valley beach bay
  village town street avenue road park airport harbour harbor`);

/** Ordinary words that still open a name when they lead a capitalised span: "New York", "North Bay". */
export const HEAD_WORDS = set(`
  new north south east west northern southern eastern western san santa saint st los las fort port lake
  mount upper lower great royal national united central`);

/** Words before a person's name; they stay outside the placeholder ("Dear [PERSON_1]"). */
export const HONORIFICS = set(`mr mrs ms miss mx dr prof professor sir madam dear hi hello hey
  herr frau pani panna señor senor señora senora sra srta mme mlle monsieur madame signor signora`);

/** Words a greeting opens with ("Hi May,", "Dear Frank,"): the capitalised word after one is a name. */
export const GREETINGS = set('hi hello hey dear hiya');

/** Who a greeting or a message may address without naming anyone ("Hi all,", "Dear Sir,"). */
export const ADDRESSEES = set(`all everyone everybody anyone team guys folks friends there sir sirs madam
  colleagues members customer customers client clients world mates gang both ladies gentlemen`);

/** Verbs that follow the name of who spoke or wrote ("Harry replied on 23 June"). */
export const REPORTING_VERBS = set(
  'said says replied replies commented comments wrote writes posted asked answered',
);

/** Words after which a word no dictionary knows names something, even in lower case ("called soskill"). */
export const NAMING_CUES = set('called named company firm brand');

/** Words for a message, after which "to" introduces whom it is for ("a mail to Blessing"). */
export const MESSAGE_WORDS = set('mail email e-mail letter message note reply text memo invitation');

/** A company's legal form, even in lower case ("snowflake inc"): only forms no sentence uses as a word. */
export const LEGAL_FORM_ABBREVIATIONS = set('inc ltd llc plc gmbh corp');

/** A preposition that usually introduces a place. */
export const PLACE_PREPOSITIONS = set('in near across around');

/** Words for a saint, whose name names a day, a church or a town, not someone ("St Patrick's Day"). */
export const SAINTS = set('st saint san santa sao sainte');

/** Abbreviations whose period does not end a sentence, so a name may continue after them. */
export const ABBREVIATIONS = set('mr mrs ms dr prof st jr sr mt ft co');

/**
 * Words that say what kind of place or institution a name is, not which one: "Elementary", "Memorial",
 * "General". With ORG_WORDS, PLACE_WORDS and HEAD_WORDS they make a name's generic frame; a run of a
 * known value made only of frame words ("Elementary School", "St. … Hospital") identifies nobody.
 */
export const DESCRIPTORS = set(`
  elementary primary secondary middle high junior senior memorial general regional community public
  private medical children childrens womens veterans grammar nursery preschool kindergarten daycare
  upper lower old saint st sainte holy sacred family health care main local county city state
  federal national municipal district`);

/** A word of a name's generic frame (see DESCRIPTORS). */
export const isFrameWord = (lower: string): boolean =>
  ORG_WORDS.has(lower) ||
  PLACE_WORDS.has(lower) ||
  HEAD_WORDS.has(lower) ||
  DESCRIPTORS.has(lower) ||
  CONNECTORS.has(lower);
