/** The sentence saying why an entry was not saved, read out when it appears. */
export function ErrorLine({ text }: { text: string | undefined }) {
  return text ? (
    <p class="error entry-error" role="alert">
      {text}
    </p>
  ) : null;
}
