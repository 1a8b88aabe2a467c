/**
 * Where each setting lives, and why. Import from the file that holds a concern, not from here.
 *
 * | File            | Holds                                                 | Stored in                      |
 * | --------------- | ----------------------------------------------------- | ------------------------------ |
 * | modes.ts        | the modes, their labels, siteKey, modeFor             | (definitions only)             |
 * | site-modes.ts   | each site's mode and the mode for new sites           | storage.local `siteModes`      |
 * | field-button.ts | the field button, on or off globally and per site     | storage.local `fieldButton`    |
 * | cloud.ts        | the cloud endpoint (API key), Test connection's cache | IndexedDB settings `endpoints` |
 * | local-engine.ts | the on-device engine, its model, the local server     | IndexedDB settings `endpoints` |
 * | endpoints.ts    | that record: load, save, update, defaults, migration  | IndexedDB settings `endpoints` |
 *
 * Why two areas: storage.local is watched (storage.onChanged), so the background pushes every tab its
 * site's answer when modes or the button change; nothing secret may go there, because in some
 * browsers content scripts can read it. IndexedDB lives in the extension's origin, which no page or
 * content script can reach: the API key, the private context (lib/context), the audit log and the
 * training traces live there (lib/db.ts). Panel sessions are not settings: storage.session
 * (lib/background/sessions.ts).
 *
 * Migrations: storage.local items carry a WXT `version` (a change adds a `migrations` entry there);
 * the endpoints record only ever gains fields, filled in by endpoints.ts's withFallback; IndexedDB's
 * stores are created by db.ts's upgrade rungs.
 */
export {};
