import type { GpuReport } from '../../lib/engines/webgpu';

/** The capability check, in plain words; never a stack trace. */
export function GpuReportView({ report }: { report: GpuReport | undefined }) {
  if (!report) return <p class="muted">Checking this device's graphics…</p>;
  if (!report.available) {
    return (
      <div role="status" data-testid="gpu-report" data-available="false">
        <p class="error">{report.reason} The GPU model cannot run in this browser.</p>
        <p>Three ways still work:</p>
        <ul>
          <li>
            a small model on the CPU, in the browser: choose “In the browser, on the CPU” below and download
            one (its speed on this device is measured after the download);
          </li>
          <li>
            run a model server on this computer (Ollama, llama.cpp, LM Studio) and choose “A model server on
            this computer” below;
          </li>
          <li>
            set sites to <strong>Redacted cloud</strong> in the toolbar popup: the cloud drafts from the
            redacted text and your details are put back on this device.
          </li>
        </ul>
      </div>
    );
  }
  const adapter = report.adapter;
  return (
    <dl
      class="facts"
      role="status"
      data-testid="gpu-report"
      data-available="true"
      data-f16={String(report.shaderF16)}
    >
      <dt>Graphics adapter</dt>
      <dd data-testid="gpu-adapter">
        {[adapter?.vendor, adapter?.architecture, adapter?.description].filter(Boolean).join(' · ') ||
          'unnamed'}
        {adapter?.fallback ? ' (software fallback: slow)' : ''}
      </dd>
      <dt>shader-f16</dt>
      <dd data-testid="gpu-f16">
        {report.shaderF16 ? 'supported' : 'not supported: f32 model variants only'}
      </dd>
      <dt>Largest storage buffer</dt>
      <dd>{report.maxStorageBufferMB} MB</dd>
      <dt>Recommended model</dt>
      <dd data-testid="gpu-recommended">{report.recommended ?? 'none fits this adapter'}</dd>
    </dl>
  );
}
