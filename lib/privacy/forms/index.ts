export { buildForms } from './build';
export { matchForms } from './match';
export type { FormsIndex } from './types';
