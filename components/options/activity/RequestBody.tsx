import { readablePayload } from '../../../lib/audit/view';
import type { AuditEntry } from '../../../lib/audit/types';
import { Marked } from './Marked';

/**
 * The request as sent: its messages (or prompt) to read, every parameter (model, max_tokens,
 * temperature, top_k…), the request line and headers (keys masked), and the exact body as JSON.
 */
export function RequestBody({ entry }: { entry: AuditEntry }) {
  const body = readablePayload(entry.payload);
  return (
    <div class="request">
      {body.messages.map((m, i) => (
        <div key={i} class="message">
          <span class="role">{m.role}</span>
          <pre>
            <Marked text={m.content} />
          </pre>
        </div>
      ))}
      {body.prompt !== undefined ? (
        <div class="message">
          <span class="role">prompt</span>
          <pre>
            <Marked text={body.prompt} />
          </pre>
        </div>
      ) : null}
      {body.parameters.length ? (
        <dl class="parameters" aria-label="Parameters">
          {body.parameters.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {entry.request ? (
        <pre class="request-line">
          {`${entry.request.method} ${entry.request.url}\n${Object.entries(entry.request.headers)
            .map(([name, value]) => `${name}: ${value}`)
            .join('\n')}`}
        </pre>
      ) : null}
      <details>
        <summary>Exact body (JSON)</summary>
        <pre>
          <Marked text={JSON.stringify(entry.payload, null, 2)} />
        </pre>
      </details>
    </div>
  );
}
