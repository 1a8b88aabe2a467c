/** The on-device model loading (from cache) or downloading, while a job waits for it. */
export function ModelProgress({ progress }: { progress: { fraction: number; text: string } }) {
  const percent = Math.round(progress.fraction * 100);
  return (
    <p class="progress" role="status" data-testid="model-progress">
      <progress max={100} value={percent} aria-label="Preparing the on-device model" /> {percent}%{' '}
      <span class="muted">{progress.text}</span>
    </p>
  );
}
