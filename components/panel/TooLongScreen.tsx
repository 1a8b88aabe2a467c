import type { Mode } from '../../lib/settings/modes';
import { PanelHeader } from './PanelHeader';

/** The field held more than an instruction may: nothing was read or sent, and the panel says why. */
export function TooLongScreen(props: {
  mode: Mode | undefined;
  length: number;
  limit: number;
  onClose: () => void;
}) {
  return (
    <main>
      <PanelHeader mode={props.mode} />
      <p class="error" role="alert" data-testid="too-long">
        This text is {props.length.toLocaleString('en')} characters long; CoGenesis works on instructions of
        up to {props.limit.toLocaleString('en')}, so nothing was read or sent. Select the part you want help
        with (or write a shorter instruction) and press the shortcut again.
      </p>
      <footer>
        <button type="button" class="secondary" data-testid="cancel" onClick={props.onClose}>
          Close
        </button>
      </footer>
    </main>
  );
}
