/** The context export format of DESIGN.md: what options import/export and the command-line tools read. */
export interface ContextFact {
  text: string;
  tags?: string[];
}

export interface ContextSample {
  title?: string;
  text: string;
}

export interface ContextData {
  version: 1;
  /** Free-form string fields: name, location, occupation, phone, … */
  profile: Record<string, string>;
  /** Private notes. */
  facts: ContextFact[];
  /** The user's past writing, for style. Never sent to the cloud. */
  samples: ContextSample[];
}

export const EMPTY_CONTEXT: ContextData = { version: 1, profile: {}, facts: [], samples: [] };
