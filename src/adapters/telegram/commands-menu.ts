import { LOCALES, type Locale } from '../../core/locale.ts';
import type { I18n } from '../../i18n/index.ts';
import type { BotApi } from './bot-api.ts';
import type { Feature } from './feature.ts';

/** Registers the command menu per language and scope, from the features' own command specs. */
export async function registerCommandMenu(api: BotApi, i18n: I18n, features: Feature[], defaultLocale: Locale): Promise<void> {
  const specs = features.flatMap((f) => f.commands ?? []).filter((c) => c.menuKey);
  const forScope = (scope: 'private' | 'group', locale: Locale) =>
    specs
      .filter((c) => (c.menuScope ?? c.scope ?? 'all') === 'all' || (c.menuScope ?? c.scope) === scope)
      .map((c) => ({ command: c.name, description: i18n.t(locale, c.menuKey!).slice(0, 256) }));
  for (const locale of LOCALES) {
    await api.setMyCommands(forScope('private', locale), { languageCode: locale, scope: 'all_private_chats' });
    await api.setMyCommands(forScope('group', locale), { languageCode: locale, scope: 'all_group_chats' });
  }
  await api.setMyCommands(forScope('private', defaultLocale), { scope: 'default' });
}
