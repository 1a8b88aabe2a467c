import type { TraceStep } from '../fusion/trace';
import { saveTrace } from '../fusion/trace-store';

/**
 * The opt-in training trace of one panel's last Logit draft. It is kept only if the user opted in,
 * and saved only if they insert that draft; a successful insert closes the panel, so it is saved
 * when the job port closes.
 */
export class InsertedTrace {
  private steps: TraceStep[] = [];
  private inserting = false;

  /** A new draft starts: the previous one's trace is dropped. */
  reset(): void {
    this.steps = [];
    this.inserting = false;
  }

  record(steps: TraceStep[], optedIn: boolean): void {
    this.steps = optedIn ? steps : [];
  }

  /** The panel is inserting the draft (true), or the insert failed (false). */
  accepted(inserting: boolean): void {
    this.inserting = inserting;
  }

  /** The port closed: save the trace of an inserted draft (nothing when there is none). */
  async closed(save: (steps: TraceStep[]) => Promise<void> = saveTrace): Promise<void> {
    if (this.inserting) await save(this.steps);
  }
}
