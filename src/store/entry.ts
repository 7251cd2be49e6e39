// What the top level needs from the store, as one lazily loaded module.
export { openJournal } from './open.js';
export { settingsStore } from './settings-store.js';
