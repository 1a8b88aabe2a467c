import type { Placement } from '../../lib/messaging/protocol';
import type { InsertQuestion } from '../../lib/panel/state';

interface Props {
  question: InsertQuestion;
  onInsert(placement: Placement, answered: { unfilled?: boolean; confirmed?: boolean }): void;
  onCancel(): void;
}

/** What Insert needs the user's word on before it writes into the page. */
export function InsertQuestionView({ question, onInsert, onCancel }: Props) {
  if (question.kind === 'unfilled') {
    const list = question.placeholders.join(', ');
    return (
      <div class="question" role="alertdialog" aria-label="Unfilled placeholders" data-testid="ask-unfilled">
        <p>
          The draft contains {list}, which CoGenesis did not send and cannot fill in (marked above). If you
          insert it, replace {question.placeholders.length === 1 ? 'it' : 'them'} in the field yourself.
        </p>
        <button
          type="button"
          data-testid="insert-anyway"
          onClick={() => onInsert(question.placement, { unfilled: true })}
        >
          Insert anyway
        </button>
        <button type="button" class="secondary" data-testid="ask-cancel" onClick={onCancel}>
          Don't insert
        </button>
      </div>
    );
  }
  return (
    <div class="question" role="alertdialog" aria-label="The field changed" data-testid="ask-field-changed">
      <p>
        The text in the field changed while this panel was open. Nothing was written.{' '}
        {question.instructionFound
          ? 'Replace only your instruction, or put the draft below everything in the field?'
          : 'Your instruction is no longer in the field as it was; put the draft below everything in it?'}
      </p>
      {question.instructionFound ? (
        <button
          type="button"
          data-testid="replace-instruction"
          onClick={() => onInsert('replace', { unfilled: true, confirmed: true })}
        >
          Replace the instruction only
        </button>
      ) : null}
      <button
        type="button"
        class={question.instructionFound ? 'secondary' : ''}
        data-testid="insert-below-changed"
        onClick={() => onInsert('below', { unfilled: true, confirmed: true })}
      >
        Insert below
      </button>
      <button type="button" class="secondary" data-testid="ask-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
