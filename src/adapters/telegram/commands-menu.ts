import type { UserId } from '../../core/ids.ts';
import { LOCALES, type Locale } from '../../core/locale.ts';
import type { I18n } from '../../i18n/index.ts';
import type { BotApi, CommandScope } from './bot-api.ts';
import type { CommandSpec, Feature, MenuPlace } from './feature.ts';

/** Which menus each of Telegram's scopes shows. A narrower scope replaces a wider one, so it repeats its commands. */
const SCOPES: Array<{ scope: CommandScope; places: MenuPlace[] }> = [
  { scope: 'default', places: ['private'] },
  { scope: 'all_private_chats', places: ['private'] },
  { scope: 'all_group_chats', places: ['group'] },
  { scope: 'all_chat_administrators', places: ['group', 'group-admins'] },
];
/** A staff member's own private chat: residents' private commands and the staff tools. */
const STAFF_PLACES: MenuPlace[] = ['private', 'staff'];

function placesOf(c: CommandSpec): MenuPlace[] {
  if (c.menu) return c.menu;
  const where = c.menuScope ?? c.scope ?? 'all';
  return where === 'all' ? ['private', 'group'] : [where];
}

/**
 * The command menus, per scope and language: residents' commands for everyone, group settings for
 * group admins (all_chat_administrators), staff tools only in the private chats of staff (`chat`
 * scope, changed as staff are added and removed), and the bot's description in every language.
 */
export class CommandMenus {
  constructor(
    private readonly api: BotApi,
    private readonly i18n: I18n,
    private readonly features: () => Feature[],
    private readonly defaultLocale: Locale,
  ) {}

  /** The commands listed for `places`, in `locale` (tests read them too). */
  list(places: MenuPlace[], locale: Locale): Array<{ command: string; description: string }> {
    return this.features()
      .flatMap((f) => f.commands ?? [])
      .filter((c) => c.menuKey && placesOf(c).some((p) => places.includes(p)))
      .map((c) => ({ command: c.name, description: this.i18n.t(locale, c.menuKey!).slice(0, 256) }));
  }

  /** Every scope in every language (and without a language, in the default one), the descriptions, and each staff member's menu. */
  async register(staff: Array<{ id: UserId; locale: Locale }>): Promise<void> {
    for (const { scope, places } of SCOPES) {
      for (const locale of LOCALES) await this.api.setMyCommands(this.list(places, locale), { languageCode: locale, scope });
      await this.api.setMyCommands(this.list(places, this.defaultLocale), { scope });
    }
    for (const locale of [...LOCALES, null]) {
      const loc = locale ?? this.defaultLocale;
      const languageCode = locale ?? undefined;
      await this.api.setMyDescription(this.i18n.t(loc, 'bot-description').slice(0, 512), { languageCode });
      await this.api.setMyDescription(this.i18n.t(loc, 'bot-short-description').slice(0, 120), { languageCode, short: true });
    }
    for (const s of staff) await this.showStaff(s.id, s.locale);
  }

  /** A new staff member sees the staff tools in their private chat. */
  async showStaff(user: UserId, locale: Locale): Promise<void> {
    await this.api.setMyCommands(this.list(STAFF_PLACES, locale), { scope: { chat: user } });
  }

  /** A removed staff member's private chat falls back to the residents' menu. */
  async hideStaff(user: UserId): Promise<void> {
    await this.api.deleteMyCommands({ scope: { chat: user } });
  }
}
