import { type Context, print, printJson } from '../context.js';
import { formatSetting, isSettingKey, parseSetting, SETTING_KEYS } from '../domain/settings.js';
import { UserError } from '../errors.js';
import { saveSettings } from './init.js';

/** `trust config set KEY VALUE`: validated before anything is written. */
export default async function configSet(ctx: Context, key: string, value: string, opts: { json?: boolean }): Promise<void> {
  if (!isSettingKey(key)) throw new UserError(`There is no setting "${key}". The settings are: ${SETTING_KEYS.join(', ')}.`);
  const parsed = parseSetting(key, value);
  if (!parsed.ok) throw new UserError(parsed.message);
  const settings = { ...ctx.settings(), [key]: parsed.value };
  saveSettings(ctx, settings);
  if (opts.json) return printJson(ctx, settings);
  print(ctx, `${key} is now ${formatSetting(key, parsed.value) || '(none)'}.`);
}
