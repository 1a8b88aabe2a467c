import type { Detector } from '../types';
import { codesDetector } from './codes';
import { dateOfBirthDetector } from './date-of-birth';
import { emailDetector } from './email';
import { ibanDetector } from './iban';
import { internationalPhoneDetector } from './international-phone';
import { ipAddressDetector } from './ip-address';
import { knownContextDetector } from './known-context';
import { knownFormsDetector } from './known-forms';
import { nationalIdDetector } from './national-id';
import { paymentCardDetector } from './payment-card';
import { phoneDetector } from './phone';
import { properNamesDetector } from './proper-names';
import { streetAddressDetector } from './street-address';
import { urlDetector } from './url';
import { userSelectionDetector } from './user-selection';

/** Every detector, in one list (STYLE 8). A test checks each file in this folder is registered. */
export const DETECTORS: readonly Detector[] = [
  userSelectionDetector,
  knownContextDetector,
  knownFormsDetector,
  emailDetector,
  phoneDetector,
  internationalPhoneDetector,
  paymentCardDetector,
  ibanDetector,
  nationalIdDetector,
  ipAddressDetector,
  streetAddressDetector,
  dateOfBirthDetector,
  urlDetector,
  properNamesDetector,
  codesDetector,
];
