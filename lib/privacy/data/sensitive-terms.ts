/**
 * Terms of the special categories of personal data (health, religion and belief, ethnicity,
 * sexuality, family and intimate life, legal matters, money trouble): when one of the user's facts
 * holds such a term, the term itself says something private about them ("my ACL", "type 1 diabetes"),
 * so it is withheld wherever the user types it. Chosen from general knowledge of these categories
 * (common conditions, treatments, faiths, legal procedures); `|` separates terms, which may be several
 * words. Words that are only generic ("doctor", "salary", "court") are left out: they say nothing.
 */
export const SENSITIVE_TERMS = {
  health: [
    // conditions
    'diabetes|diabetic|type 1 diabetes|type 2 diabetes|prediabetes|cancer|tumor|tumour|leukemia|leukaemia',
    'lymphoma|melanoma|carcinoma|chemo|chemotherapy|radiotherapy|radiation therapy|mastectomy|biopsy',
    'asthma|copd|epilepsy|seizures|migraine|migraines|arthritis|rheumatoid arthritis|lupus|crohn|crohns',
    "crohn's disease|colitis|ulcerative colitis|ibs|celiac|coeliac|endometriosis|pcos|fibromyalgia",
    'multiple sclerosis|parkinson|parkinsons|alzheimer|alzheimers|dementia|heart attack',
    'hypertension|high blood pressure|arrhythmia|pacemaker|hiv|hepatitis|tuberculosis|std|sti',
    'herpes|chlamydia|syphilis|infertility|ivf|miscarriage|pregnancy|pregnant|abortion|menopause',
    'depression|depressive|anxiety disorder|panic attacks|bipolar|schizophrenia|ptsd|ocd|adhd',
    'autism|autistic|asperger|aspergers|anorexia|bulimia|eating disorder|addiction|alcoholism',
    'alcoholic|rehab|relapse|overdose|suicidal|self harm|self-harm|insomnia|sleep apnea|concussion',
    'acl|mcl|meniscus|rotator cuff|herniated disc|slipped disc|sciatica|torn ligament',
    'knee surgery|hip replacement|knee replacement|transplant|dialysis|kidney disease',
    'cirrhosis|thyroid|hypothyroidism|hyperthyroidism|anemia|anaemia|sickle cell|cystic fibrosis',
    'disability|wheelchair|hearing loss|blindness|glaucoma|cataract|cataracts|long covid',
    // treatments and medicines people name
    'insulin|metformin|ozempic|wegovy|semaglutide|antidepressants|antidepressant|ssri|sertraline',
    'fluoxetine|prozac|zoloft|lexapro|xanax|adderall|ritalin|methadone|suboxone',
    'therapy sessions|physiotherapy|physical therapy|psychiatrist|psychotherapy|counselling',
  ],
  belief: [
    'muslim|islam|islamic|mosque|christian|catholic|protestant|evangelical|mormon|lds|jehovah',
    "jehovah's witness|jewish|judaism|synagogue|orthodox|hindu|hinduism|sikh|sikhism|gurdwara",
    'buddhist|buddhism|atheist|agnostic|pagan|wiccan|quaker|baptist|methodist|pentecostal',
    'anglican|episcopalian|lutheran|presbyterian|adventist|spiritist|spiritism|sunni|shia|shiite',
  ],
  ethnicity: [
    'tamil|sinhalese|kurdish|roma|romani|gypsy|aboriginal|indigenous|first nations|maori|native american',
    'african american|latino|latina|latinx|hispanic|asian american|pacific islander',
    'uyghur|rohingya|berber|amazigh|hmong|dalit|caste',
  ],
  sexuality: [
    'gay|lesbian|bisexual|queer|transgender|nonbinary|non-binary|lgbt|lgbtq|coming out',
    'same-sex|gender transition|hrt',
  ],
  family: [
    'divorce|divorced|custody|child support|alimony|adoption|foster care|foster child',
    'widow|widowed|widower|estranged|restraining order|domestic violence',
  ],
  legal: [
    'arrest|arrested|conviction|convicted|felony|misdemeanor|misdemeanour|probation|parole|dui|dwi',
    'lawsuit|sued|litigation|indictment|criminal record|jail|prison|asylum|deportation|undocumented',
    'immigration status|visa overstay',
  ],
  money: [
    'bankruptcy|bankrupt|foreclosure|debt collection|debt collector|repossession|eviction|evicted',
    'overdraft|payday loan|garnishment|insolvency|arrears|unemployed|laid off',
  ],
} as const;
