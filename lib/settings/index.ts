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
 * | endpoints.ts    | that record: load, save, update, its history          | IndexedDB settings `endpoints` |
 *
 * Why two areas: storage.local is watched (storage.onChanged), so the background pushes every tab its
 * site's answer when modes or the button change; nothing secret may go there, because in some
 * browsers content scripts can read it. IndexedDB lives in the extension's origin, which no page or
 * content script can reach: the API key, the private context (lib/context), the audit log and the
 * training traces live there (lib/db.ts). Panel sessions are not settings: storage.session
 * (lib/background/sessions.ts).
 *
 * | migrate.ts      | the one migration mechanism for every record above    | (no storage of its own)        |
 *
 * Migrations (migrate.ts): every stored settings record declares a RecordHistory beside its type: the
 * version this code writes, one step per older version (version v to v + 1), and a reader that fills
 * defaults and drops values of the wrong type. A field added with a default needs only the reader; a
 * rename, move or new meaning adds a step and a version. The endpoints record carries its version in
 * its `version` field and runs the history on every load (migrateRecord); storage.local items keep
 * their version in WXT's meta key, and itemOptions hands WXT the same steps, which WXT runs once.
 * tests/unit/settings/migrate.test.ts runs every record from its oldest stored shape.
 *
 * Not a record migration: IndexedDB's object stores and indexes (db.ts's upgrade rungs). They are the
 * database's structure, which IndexedDB only lets change inside its versionchange transaction when
 * the database is opened, before any record is read; a rung creates stores and never rewrites a
 * record, and the records in those stores migrate as above when they are read.
 */
export {};
