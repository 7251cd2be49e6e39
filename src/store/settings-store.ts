import { type SettingKey, type Settings, settingsFrom } from '../domain/settings.js';
import type { Db } from './open.js';

export interface SettingsStore {
  /** True once `trust init` (or a first run) has saved settings. */
  isInitialised(): boolean;
  read(): Settings;
  raw(): Record<string, string>;
  write(values: Partial<Record<SettingKey, string | null>>, at: string): void;
}

export function settingsStore(db: Db): SettingsStore {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare<{ key: string; value: string }>(
    'INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const raw = () => Object.fromEntries(all.all().map((r) => [r.key, r.value]));
  return {
    isInitialised: () => raw().initialisedAt !== undefined,
    read: () => settingsFrom(raw()),
    raw,
    write(values, at) {
      db.transaction(() => {
        for (const [key, value] of Object.entries(values)) put.run({ key, value: value ?? '' });
        put.run({ key: 'initialisedAt', value: raw().initialisedAt ?? at });
      }).immediate();
    },
  };
}
