/** The private context the e2e suite imports, and an instruction that mentions several of its values. */
export const CONTEXT = {
  version: 1,
  profile: {
    name: 'Martin Reynolds',
    address: '4127 Maple Ridge Drive, Charlotte, NC 28205',
    employer: 'Brightwater Analytics',
    phone: '+1 704-555-0142',
    occupation: 'Senior data engineer',
  },
  facts: [
    { text: 'Recovering from knee surgery at Carolinas Medical Center', tags: ['health'] },
    { text: 'Volunteers bi-monthly at the local Homes for Humanity charity', tags: ['volunteering'] },
  ],
  samples: [
    { title: 'Note to team', text: 'Hi all, quick update from me: I will be out on Friday. Cheers, Martin' },
  ],
};

export const INSTRUCTION =
  'Write to my manager at Brightwater Analytics: Martin Reynolds thanks her for approving leave for the knee surgery at Carolinas Medical Center; reach me at +1 704-555-0142 or 4127 Maple Ridge Drive, Charlotte, NC 28205';

/** Values that must never reach the cloud stand-in. */
export const PRIVATE_VALUES = [
  'Martin Reynolds',
  'Martin',
  'Reynolds',
  'Brightwater Analytics',
  '704-555-0142',
  '7045550142',
  '4127 Maple Ridge Drive',
  'Carolinas Medical Center',
];
