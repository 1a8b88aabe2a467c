import type { AuditEntry } from '../../../lib/audit/types';
import type { ContextData } from '../../../lib/context/types';
import type { ChatRequest, CloudClient, LocalEngine } from '../../../lib/engines/types';
import type { JobStage } from '../../../lib/messaging/protocol';
import type { JobDeps, JobSink } from '../../../lib/pipeline/types';
import { preparePrivacy } from '../../../lib/privacy';

/** What a fake model does for one request: the deltas to yield, then optionally an error to throw. */
export interface Script {
  deltas: string[];
  error?: Error;
  /** Called after each delta is consumed, e.g. to abort mid-stream. */
  afterDelta?: (index: number) => void;
}

async function* play(script: Script, request: ChatRequest): AsyncGenerator<string> {
  for (const [i, delta] of script.deltas.entries()) {
    yield delta;
    script.afterDelta?.(i);
  }
  if (script.error) throw script.error;
  // Deliberately ignores request.signal: runJob must still notice a cancel (see run-job tests).
  void request;
}

export interface FakeModel {
  requests: ChatRequest[];
  script: Script;
}

export function fakeCloud(script: Script): CloudClient & FakeModel {
  const requests: ChatRequest[] = [];
  return {
    endpoint: 'https://cloud.example/v1',
    model: 'big-model',
    requests,
    script,
    chat(request) {
      requests.push(request);
      return play(script, request);
    },
  };
}

export function fakeLocal(script: Script): LocalEngine & FakeModel {
  const requests: ChatRequest[] = [];
  return {
    kind: 'server',
    label: 'Fake local',
    requests,
    script,
    chat(request) {
      requests.push(request);
      return play(script, request);
    },
    // The pipeline's text variants never ask for distributions; logit mode has its own tests.
    steps() {
      throw new Error('fakeLocal.steps is not scripted');
    },
    nextTokens() {
      return Promise.reject(new Error('fakeLocal.nextTokens is not scripted'));
    },
  };
}

export const MARTIN: ContextData = {
  version: 1,
  profile: {
    name: 'Martin Reynolds',
    employer: 'Acme Logistics',
    phone: '+1 704 555 0134',
    address: '12 Elm Street, Charlotte',
  },
  facts: [{ text: 'knee surgery on 3 March' }, { text: 'Prefers short emails', tags: ['style'] }],
  samples: [{ title: 'Note', text: 'Cheers, Martin' }],
};

/** Every private value of MARTIN, for "never reached the cloud" assertions. */
export const PRIVATE_VALUES = [...Object.values(MARTIN.profile), ...MARTIN.facts.map((f) => f.text)];

export interface Harness {
  deps: JobDeps;
  audit: AuditEntry[];
  cloudCalls: () => number;
}

export function harness(cloud: CloudClient, local: LocalEngine, context: ContextData = MARTIN): Harness {
  const audit: AuditEntry[] = [];
  let cloudCalls = 0;
  return {
    audit,
    cloudCalls: () => cloudCalls,
    deps: {
      context,
      prepared: preparePrivacy(context),
      cloud: () => {
        cloudCalls++;
        return cloud;
      },
      proposer: () => {
        throw new Error('harness: logit mode has its own tests');
      },
      local: () => local,
      audit: async (entry) => {
        audit.push(entry);
      },
      now: () => 1_700_000_000_000,
    },
  };
}

export interface RecordingSink extends JobSink {
  stages: JobStage[];
  sketchText: string;
  draftText: string;
}

export function recordingSink(): RecordingSink {
  const sink: RecordingSink = {
    stages: [],
    sketchText: '',
    draftText: '',
    stage: (stage) => sink.stages.push(stage),
    progress: () => undefined,
    sketch: (delta) => {
      sink.sketchText += delta;
    },
    draft: (delta) => {
      sink.draftText += delta;
    },
  };
  return sink;
}
