import { AuditLogView } from './AuditLogView';
import { ContextImport } from './ContextImport';
import { EndpointsForm } from './EndpointsForm';
import { FieldButtonToggle } from './FieldButtonToggle';
import { FusionTraces } from './FusionTraces';
import { ModelManager } from './ModelManager';

export function OptionsApp() {
  return (
    <main style={{ maxWidth: '760px', margin: '0 auto' }}>
      <h1>CoGenesis options</h1>
      <EndpointsForm />
      <ModelManager />
      <ContextImport />
      <FieldButtonToggle />
      <FusionTraces />
      <AuditLogView />
    </main>
  );
}
