import { askLanguage, chooseLanguage } from '../../../core/start/choose-language.ts';
import { help, welcome } from '../../../core/start/help.ts';
import { languageData } from '../../../core/start/buttons.ts';
import type { ChatRepository, UserRepository } from '../../../core/ports.ts';
import { changeGroupLanguage } from '../../../core/groups/change-group-language.ts';
import type { SettingsAudit } from '../../../core/groups/ports.ts';
import { edit, lines, message, msg, type Text } from '../../../core/replies.ts';
import { DomainError } from '../../../core/errors.ts';
import { isGroupAdmin } from '../admin-check.ts';
import { onButton, type Feature, type HandlerContext } from '../feature.ts';

export type StartPayloadHandler = (ctx: HandlerContext, payload: string) => Promise<boolean>;
export type HelpExtra = (ctx: HandlerContext) => Promise<Text | null>;

export interface StartFeatureDeps {
  users: UserRepository;
  chats: ChatRepository;
  /** Deep links (`/start <payload>`) owned by other features, asked in order. */
  startPayloadHandlers?: StartPayloadHandler[];
  /** Extra /help sections other features add for this sender (staff commands stay hidden from others). */
  helpExtras?: HelpExtra[];
  /** Records a group's language change (who, when, what); absent in tests that do not care. */
  audit?: SettingsAudit;
}

const NO_AUDIT: SettingsAudit = { record: async () => undefined, listForChat: async () => [] };

/** /start, /help, /language: the commands every chat has. */
export function createStartFeature(deps: StartFeatureDeps): Feature {
  return {
    name: 'start',
    commands: [
      {
        name: 'start',
        menuKey: 'menu-start',
        async handle(ctx) {
          if (ctx.startPayload) {
            for (const h of deps.startPayloadHandlers ?? []) if (await h(ctx, ctx.startPayload)) return;
          }
          await ctx.reply(ctx.isPrivate ? welcome(!ctx.user?.locale) : help(false));
        },
      },
      {
        name: 'help',
        menuKey: 'menu-help',
        async handle(ctx) {
          const extras: Text[] = [];
          if (ctx.isPrivate)
            for (const extra of deps.helpExtras ?? []) extras.push(...[await extra(ctx)].filter((t): t is Text => t !== null));
          const base = help(ctx.isPrivate);
          await ctx.reply(extras.length ? { ...base, text: lines(base.text, ...extras) } : base);
        },
      },
      {
        name: 'language',
        menuKey: 'menu-language',
        // Residents choose their own language in private; in a group only its admins choose.
        menu: ['private', 'group-admins'],
        async handle(ctx) {
          if (!ctx.isPrivate && !(await isGroupAdmin(ctx))) return ctx.reply(message(msg('admin-only')));
          await ctx.reply(askLanguage());
        },
      },
    ],
    buttons: [
      onButton(languageData, async (ctx, { locale }) => {
        if (!ctx.from) throw new DomainError('BUTTON.STALE');
        if (ctx.isPrivate) {
          const { reply } = await chooseLanguage(deps.users, ctx.from.id, locale);
          return ctx.reply(reply);
        }
        // In a group the language is the group's, and only its admins choose it.
        if (!(await isGroupAdmin(ctx))) return ctx.reply({ kind: 'toast', text: msg('admin-only'), alert: true });
        const actor = { id: ctx.from.id, anonymous: ctx.from.isAnonymousAdmin };
        await changeGroupLanguage(
          { chats: deps.chats, audit: deps.audit ?? NO_AUDIT, clock: { now: ctx.now } },
          ctx.chat.id,
          actor,
          locale,
        );
        await ctx.reply({ ...edit(msg('language-saved-group')), locale });
      }),
    ],
  };
}
