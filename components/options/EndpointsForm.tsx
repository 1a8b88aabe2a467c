import { useEffect, useState } from 'preact/hooks';
import { toAppError } from '../../lib/errors';
import { probeInEngineHost } from '../../lib/options/probe';
import { testLocalServer } from '../../lib/options/test-local-server';
import { loadEndpoints, updateEndpoints, type EndpointSettings } from '../../lib/settings/endpoints';

type Field = [section: 'cloud' | 'localServer', key: string, label: string, type: string];

const FIELDS: Field[] = [
  ['cloud', 'baseURL', 'Cloud base URL (OpenAI-compatible)', 'url'],
  ['cloud', 'apiKey', 'Cloud API key', 'password'],
  ['cloud', 'model', 'Cloud model', 'text'],
  ['localServer', 'baseURL', 'Local model server URL (this device only)', 'url'],
  ['localServer', 'model', 'Local model', 'text'],
];

export function EndpointsForm() {
  const [settings, setSettings] = useState<EndpointSettings>();
  // `saves` counts finished saves, so the same "Saved." twice is still two answers (tests wait on it).
  const [status, setStatus] = useState<{ ok: boolean; text: string; saves: number }>();
  const [probe, setProbe] = useState<string[]>();

  useEffect(() => {
    loadEndpoints().then(setSettings, (e: unknown) =>
      setStatus({ ok: false, text: toAppError(e).userText, saves: 0 }),
    );
  }, []);
  if (!settings) return <p class="muted">Loading settings…</p>;

  const set = (section: Field[0], key: string, value: string | number) =>
    setSettings({ ...settings, [section]: { ...settings[section], [key]: value } });

  const save = async (event: Event) => {
    event.preventDefault();
    try {
      // Only this form's fields: the model manager saves the engine choice separately.
      await updateEndpoints({ cloud: settings.cloud, localServer: settings.localServer });
      setStatus((was) => ({ ok: true, text: 'Saved.', saves: (was?.saves ?? 0) + 1 }));
    } catch (error) {
      setStatus((was) => ({ ok: false, text: toAppError(error).userText, saves: (was?.saves ?? 0) + 1 }));
    }
  };

  const test = async () => {
    setProbe(['Testing…']);
    try {
      // The probes leave from the engine host, through the egress, and are audited there.
      // The local server (loopback only) is tested beside the cloud when it is the one that writes.
      const [report, local] = await Promise.all([
        probeInEngineHost(settings.cloud),
        settings.localEngine === 'server' ? testLocalServer(settings.localServer) : undefined,
      ]);
      await updateEndpoints({ cloud: settings.cloud, cloudCapabilities: report.capabilities });
      setProbe(local ? [...report.lines, local.line] : report.lines);
    } catch (error) {
      setProbe([toAppError(error).userText]);
    }
  };

  return (
    <form onSubmit={(e) => void save(e)} aria-label="Endpoints">
      <h2>Endpoints</h2>
      {FIELDS.map(([section, key, label, type]) => (
        <p key={`${section}.${key}`}>
          <label>
            {label}
            <br />
            <input
              type={type}
              name={`${section}.${key}`}
              size={60}
              value={(settings[section] as unknown as Record<string, string>)[key] ?? ''}
              onInput={(e) => set(section, key, e.currentTarget.value)}
            />
          </label>
        </p>
      ))}
      <p>
        <label>
          Cloud timeout (seconds)
          <br />
          <input
            type="number"
            name="cloud.timeout"
            min={1}
            max={600}
            value={settings.cloud.timeoutMs / 1000}
            onInput={(e) => set('cloud', 'timeoutMs', Number(e.currentTarget.value) * 1000)}
          />
        </label>
      </p>
      <button type="submit" data-testid="save-endpoints">
        Save endpoints
      </button>{' '}
      <button type="button" class="secondary" data-testid="test-connection" onClick={() => void test()}>
        Test connection
      </button>{' '}
      {status ? (
        <span
          class={status.ok ? 'ok' : 'error'}
          role="status"
          data-testid="endpoints-status"
          data-saves={status.saves}
        >
          {status.text}
        </span>
      ) : null}
      {probe ? (
        <ul class="probe" role="status" data-testid="probe">
          {probe.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
