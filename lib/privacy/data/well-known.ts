/**
 * Proper nouns and acronyms that everyone uses and that say nothing about a person: calendar words,
 * languages and peoples, religions, continents, standard tech products and formats, common titles and
 * abbreviations. A capitalised word listed here is kept by the name finder ("Excel formulas", "the
 * French Revolution", "a CV in English"). Chosen from general knowledge, not from any evaluation data;
 * a user's own values are still caught by the known-context detector whatever this list says.
 */
export const WELL_KNOWN = [
  // calendar
  'january february march april may june july august september october november december',
  'jan feb mar apr jun jul aug sep sept oct nov dec',
  'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
  'christmas easter ramadan eid diwali hanukkah thanksgiving halloween xmas',
  // languages, peoples, religions, continents
  'english french german spanish italian portuguese dutch greek latin arabic hebrew hindi urdu bengali',
  'chinese mandarin cantonese japanese korean russian polish turkish persian swahili thai vietnamese',
  'european african asian latino hispanic arab western eastern northern southern',
  'christian christianity muslim islam islamic jewish judaism hindu hinduism buddhist buddhism catholic',
  'protestant bible quran koran god jesus allah',
  'europe asia africa america americas antarctica oceania earth',
  // standard software, formats, platforms and tech words
  'excel word powerpoint outlook office windows macos linux android ios iphone ipad mac macbook',
  'python java javascript typescript html css sql json xml csv pdf php ruby rust golang kotlin swift',
  'react angular vue node nodejs npm git github gitlab docker kubernetes aws azure api apis sdk url',
  'chatgpt gpt openai ai llm ml nlp seo crm erp saas faq faqs gui ui ux qa ok usb wifi bluetooth',
  'gmail youtube instagram twitter linkedin whatsapp tiktok telegram zoom slack skype wechat',
  'wikipedia reddit wordpress shopify etsy ebay paypal venmo visa mastercard',
  'unicode ascii utf http https www html5 ide vscode jupyter pandas numpy matlab excel vba',
  'todo fixme readme localhost',
  'vlookup hlookup xlookup sumif sumifs countif countifs iferror concat',
  // titles, degrees, roles, common abbreviations
  'mr mrs ms miss dr prof sir madam dear hi hello regards sincerely thanks',
  'ceo cfo cto coo cmo hr it pr vp md phd mba msc bsc ba ma bs ms llm gpa cv resume ielts toefl gre gmat',
  'usa us uk eu un uae nato who nasa fbi cia gdp vat tax id ids dob asap fyi etc am pm',
  'ltd inc llc plc co corp ngo ngos ecommerce',
  // function words of other languages, capitalised at a sentence start
  'le la les des du un une el los las il lo al der die das und ein eine',
  // business and study acronyms
  'kpi kpis roi b2b b2c gdpr swot okr okrs sop sops rfp rfq nda mou sla smart pest esg csr hse r&d',
  'mvp poc ppt docx xlsx ipo m&a p&l ebitda cagr irr npv usd eur gbp inr cny jpy aud cad',
  'stem ict ieee iso apa mla ucas sat act ib gcse igcse ap covid',
].join(' ');
