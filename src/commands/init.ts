import { type Context, print, printJson } from '../context.js';
import type { WeekStart } from '../domain/journal-day.js';
import { formatSetting, parseSetting, ROLES, type Role, SETTING_KEYS, type Settings } from '../domain/settings.js';
import { UserError } from '../errors.js';
import { settingsStore } from '../store/settings-store.js';
import { canPrompt, loadPrompter, type Prompter } from '../ui/prompts.js';
import { isoNow } from './shared.js';

export interface InitOptions {
  role?: string;
  partner?: string;
  dayEndsAt?: string;
  weekStartsOn?: string;
  input?: boolean;
  json?: boolean;
}

/** `trust init`: asks for (or takes flags for) the settings, and saves them. */
export default async function init(ctx: Context, opts: InitOptions): Promise<void> {
  const given = settingsFromFlags(opts);
  const current = ctx.settings();
  let settings: Settings = { ...current, ...given };
  if (canPrompt(ctx, opts.input === false)) {
    settings = await askSettings(await loadPrompter(ctx), settings, given);
  }
  saveSettings(ctx, settings);
  if (opts.json) return printJson(ctx, settings);
  print(ctx, 'Settings saved:');
  for (const key of SETTING_KEYS) print(ctx, `  ${key.padEnd(13)} ${formatSetting(key, settings[key]) || ctx.color.dim('(none)')}`);
  print(ctx, ctx.color.dim('Change any of them with: trust config set KEY VALUE'));
}

function settingsFromFlags(opts: InitOptions): Partial<Settings> {
  const out: Partial<Settings> = {};
  const flags = { role: opts.role, partner: opts.partner, dayEndsAt: opts.dayEndsAt, weekStartsOn: opts.weekStartsOn };
  for (const key of SETTING_KEYS) {
    const raw = flags[key];
    if (raw === undefined) continue;
    const parsed = parseSetting(key, raw);
    if (!parsed.ok) throw new UserError(parsed.message);
    Object.assign(out, { [key]: parsed.value });
  }
  return out;
}

export function saveSettings(ctx: Pick<Context, 'db' | 'now'>, settings: Settings): void {
  settingsStore(ctx.db()).write(
    {
      role: settings.role,
      partner: settings.partner,
      dayEndsAt: String(settings.dayEndsAt),
      weekStartsOn: settings.weekStartsOn,
    },
    isoNow(ctx),
  );
}

/** The first-run questions; anything given as a flag is not asked again. */
export async function askSettings(prompt: Prompter, base: Settings, given: Partial<Settings> = {}): Promise<Settings> {
  const s = { ...base };
  if (given.role === undefined) {
    s.role = await prompt.choose<Role>(
      'Which side of the repair are you on?',
      ROLES.map((role) => ({
        value: role,
        name:
          role === 'repairing'
            ? 'I broke trust and am repairing it'
            : role === 'healing'
              ? 'I was hurt and am healing'
              : 'Both of us, in different ways',
      })),
      s.role,
    );
  }
  if (given.partner === undefined) {
    s.partner = await prompt.text("Your partner's name (optional, Enter to skip)", { default: s.partner });
  }
  if (given.dayEndsAt === undefined) {
    s.dayEndsAt = await prompt.choose<number>(
      'When does your day end? (a check-in after midnight but before this counts for the evening before)',
      [0, 1, 2, 3, 4, 5, 6].map((h) => ({ value: h, name: `${formatSetting('dayEndsAt', h)}${h === 4 ? ' (usual)' : ''}` })),
      s.dayEndsAt,
    );
  }
  if (given.weekStartsOn === undefined) {
    s.weekStartsOn = await prompt.choose<WeekStart>(
      'Which day does your week start on?',
      [
        { value: 'mon', name: 'Monday' },
        { value: 'sun', name: 'Sunday' },
      ],
      s.weekStartsOn,
    );
  }
  return s;
}
