import { EnginePort } from '../messaging/engine-port';
import { JOB_PORT, type JobEvent, type JobRequest } from '../messaging/protocol';

/** The panel's job line to the engine host; a lost host arrives as an engine-stopped error event. */
export function createJobClient(onEvent: (event: JobEvent) => void): EnginePort<JobRequest, JobEvent> {
  return new EnginePort<JobRequest, JobEvent>(JOB_PORT, onEvent, (error) =>
    onEvent({ type: 'error', error }),
  );
}
