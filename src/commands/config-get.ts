import { type Context, print, printJson } from '../context.js';
import { formatSetting, isSettingKey, SETTING_KEYS } from '../domain/settings.js';
import { UserError } from '../errors.js';

/** `trust config get [KEY]`. */
export default async function configGet(ctx: Context, key: string | undefined, opts: { json?: boolean }): Promise<void> {
  const settings = ctx.settings();
  if (key === undefined) {
    if (opts.json) return printJson(ctx, settings);
    for (const k of SETTING_KEYS) print(ctx, `${k.padEnd(13)} ${formatSetting(k, settings[k])}`);
    return;
  }
  if (!isSettingKey(key)) throw new UserError(`There is no setting "${key}". The settings are: ${SETTING_KEYS.join(', ')}.`);
  if (opts.json) return printJson(ctx, { [key]: settings[key] });
  print(ctx, formatSetting(key, settings[key]));
}
