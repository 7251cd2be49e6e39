import { pad2, type WeekStart } from './journal-day.js';

export type Role = 'repairing' | 'healing' | 'both';

/** The person's settings. `dayEndsAt` is the hour (0-6) the journal day ends: 4 means 04:00. */
export interface Settings {
  role: Role;
  partner: string | null;
  dayEndsAt: number;
  weekStartsOn: WeekStart;
}

export const DEFAULT_SETTINGS: Settings = { role: 'both', partner: null, dayEndsAt: 4, weekStartsOn: 'mon' };

export const SETTING_KEYS = ['role', 'partner', 'dayEndsAt', 'weekStartsOn'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

export const ROLES: readonly Role[] = ['repairing', 'healing', 'both'];

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key);
}

/**
 * Reads a setting's value as a person types it, or explains what is allowed.
 * `dayEndsAt` takes `4`, `04`, `4:00` or `04:00`.
 */
export function parseSetting(key: SettingKey, raw: string): { ok: true; value: Settings[SettingKey] } | { ok: false; message: string } {
  const text = raw.trim();
  switch (key) {
    case 'role': {
      const role = text.toLowerCase();
      if ((ROLES as readonly string[]).includes(role)) return { ok: true, value: role as Role };
      return { ok: false, message: `role must be repairing, healing or both (got "${raw}").` };
    }
    case 'partner':
      if (text.length > 80) return { ok: false, message: 'partner must be at most 80 characters.' };
      return { ok: true, value: text === '' ? null : text };
    case 'dayEndsAt': {
      const m = /^0?([0-6])(?::00)?$/.exec(text);
      if (m) return { ok: true, value: Number(m[1]) };
      return { ok: false, message: `dayEndsAt must be an hour from 0 to 6, like 4 or 04:00 (got "${raw}").` };
    }
    case 'weekStartsOn': {
      const day = text.toLowerCase().slice(0, 3);
      if (day === 'mon' || day === 'sun') return { ok: true, value: day };
      return { ok: false, message: `weekStartsOn must be mon or sun (got "${raw}").` };
    }
  }
}

/** Settings from stored key/value text; anything missing or unreadable falls back to the default. */
export function settingsFrom(stored: Record<string, string>): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  for (const key of SETTING_KEYS) {
    const raw = stored[key];
    if (raw === undefined) continue;
    const parsed = parseSetting(key, raw);
    if (parsed.ok) Object.assign(settings, { [key]: parsed.value });
  }
  return settings;
}

export function formatSetting(key: SettingKey, value: Settings[SettingKey]): string {
  if (key === 'dayEndsAt') return `${pad2(value as number)}:00`;
  return value === null ? '' : String(value);
}
