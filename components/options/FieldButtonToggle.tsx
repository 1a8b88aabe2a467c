import { useEffect, useState } from 'preact/hooks';
import { fieldButtonItem, type FieldButtonSettings } from '../../lib/settings/field-button';

/** The field button everywhere (each site can still turn it off from the toolbar popup). */
export function FieldButtonToggle() {
  const [settings, setSettings] = useState<FieldButtonSettings>();
  useEffect(() => {
    void fieldButtonItem.getValue().then(setSettings);
  }, []);
  if (!settings) return null;
  return (
    <section aria-label="Field button">
      <h2>Field button</h2>
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          data-testid="button-global"
          onChange={(e) => {
            const next = { ...settings, enabled: e.currentTarget.checked };
            setSettings(next);
            void fieldButtonItem.setValue(next);
          }}
        />{' '}
        Show a small ✦ button on the text field you are typing in (sites turned off in the popup:{' '}
        {settings.disabledSites.length})
      </label>
    </section>
  );
}
