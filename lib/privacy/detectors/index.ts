import type { Detector } from '../types';
import { knownContextDetector } from './known-context';
import { userSelectionDetector } from './user-selection';

/** Every detector, in one list (STYLE 8). A test checks each file in this folder is registered. */
export const DETECTORS: readonly Detector[] = [userSelectionDetector, knownContextDetector];
