/** The review in Local only mode: the instruction, and that nothing leaves the device. */
export function LocalOnlyReview({ instruction }: { instruction: string }) {
  return (
    <section>
      <h2>Your instruction</h2>
      <p class="instruction" data-testid="instruction">
        {instruction}
      </p>
      <p class="ok">Nothing leaves this device in Local only mode.</p>
    </section>
  );
}
