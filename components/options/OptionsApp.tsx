import { AuditLogView } from './AuditLogView';
import { ContextImport } from './ContextImport';
import { EndpointsForm } from './EndpointsForm';

export function OptionsApp() {
  return (
    <main style={{ maxWidth: '760px', margin: '0 auto' }}>
      <h1>CoGenesis options</h1>
      <EndpointsForm />
      <ContextImport />
      <AuditLogView />
    </main>
  );
}
