import type { AuditEntry } from '../../../lib/audit/types';
import { memoryAudit } from '../engines/outbound';
import { createCloudClient } from '../../../lib/engines/cloud-client';
import type { EgressOptions } from '../../../lib/engines/egress';
import type { ContextData } from '../../../lib/context/types';
import type { ChatRequest, CloudClient, LocalEngine } from '../../../lib/engines/types';
import type { JobStage } from '../../../lib/pipeline/types';
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

/** What a fake cloud endpoint does: answer with an HTTP error status, or stream `deltas` (then `error`). */
export interface CloudScript extends Script {
  status?: number;
}

/** A request as the fake cloud endpoint received it: the parsed body, and the signal fetch was given. */
export interface CloudRequest {
  url: string;
  body: Record<string, unknown>;
  messages: ChatRequest['messages'];
  headers: Headers;
  signal: AbortSignal | undefined;
}

/** A cloud endpoint that speaks the wire (SSE), so the real client and egress run in between. */
export function scriptedFetch(script: CloudScript, requests: CloudRequest[]): typeof fetch {
  return async (input, init) => {
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    requests.push({
      url: input instanceof Request ? input.url : String(input),
      body,
      messages: (body.messages ?? []) as ChatRequest['messages'],
      headers: new Headers(init?.headers),
      signal: init?.signal ?? undefined,
    });
    if (script.status)
      return new Response(JSON.stringify({ error: { message: 'scripted', type: 'x', code: null } }), {
        status: script.status,
        headers: { 'content-type': 'application/json' },
      });
    const encoder = new TextEncoder();
    let i = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (i > 0) script.afterDelta?.(i - 1);
          const delta = script.deltas[i];
          if (delta !== undefined) {
            i++;
            const chunk = { choices: [{ index: 0, delta: { content: delta }, finish_reason: null }] };
            controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
          } else if (script.error) controller.error(script.error);
          else {
            controller.enqueue(encoder.encode('data: [DONE]\n\n'));
            controller.close();
          }
        },
      },
      { highWaterMark: 0 },
    );
    return new Response(stream, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
}

export const CLOUD_ENDPOINT = {
  baseURL: 'https://cloud.example/v1',
  apiKey: 'sk-secret-key',
  model: 'big-model',
  timeoutMs: 5_000,
};

export function fakeCloud(
  script: CloudScript,
  options: { limits?: EgressOptions['limits'] } = {},
): CloudClient & { requests: CloudRequest[]; script: CloudScript } {
  const requests: CloudRequest[] = [];
  return {
    ...createCloudClient(CLOUD_ENDPOINT, { fetch: scriptedFetch(script, requests), ...options }),
    requests,
    script,
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
  const log = memoryAudit();
  let cloudCalls = 0;
  return {
    audit: log.entries,
    cloudCalls: () => cloudCalls,
    deps: {
      context,
      prepared: preparePrivacy(context),
      cloud: () => {
        cloudCalls++;
        return cloud;
      },
      local: () => local,
      audit: log,
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
