import {
  addSettlement,
  browseAreas,
  chooseTopic,
  hereMenu,
  topicMenu,
  topicName,
  type ForumTopicRepository,
  changeGroupLanguage,
  changeSubscription,
  changeTimeZone,
  findSettlements,
  formatRunTime,
  greetGroup,
  groupsData,
  isSubscriptionKind,
  languageMenu,
  loadSettings,
  postKindMenu,
  postsMenu,
  removeSettlement,
  scheduleSaved,
  settlementChoices,
  settlementsMenu,
  SETUP_CONVERSATION,
  showSettings,
  timeZoneMenu,
  type Actor,
  type GroupSettingsDeps,
  type GroupsButton,
  type ScheduleChoice,
  type SubscriptionKind,
} from '../../../core/groups/index.ts';
import { DomainError, errorKey } from '../../../core/errors.ts';
import { userId } from '../../../core/ids.ts';
import type { ConversationRepository } from '../../../core/ports.ts';
import { edit, message, msg, toast } from '../../../core/replies.ts';
import { isGroupAdmin } from '../admin-check.ts';
import { byOp, onButton, type Feature, type HandlerContext } from '../feature.ts';
import { GROUP_ANONYMOUS_BOT_ID } from '../parse.ts';

export interface GroupsFeatureDeps extends GroupSettingsDeps {
  /** Asked at every change; default: getChatMember now (creator, administrator, anonymous admin). */
  isAdmin?: (ctx: HandlerContext) => Promise<boolean>;
  /** Lets a prompt opened by an admin's button be answered by an anonymous admin (see `ask`). */
  conversations?: ConversationRepository;
  /** Forum topics seen in the group, offered as places for each kind of post. */
  topics: ForumTopicRepository;
}

type Step = 'settlement' | 'cron';
const ANONYMOUS = userId(GROUP_ANONYMOUS_BOT_ID);
const PROMPT_TTL_MS = 15 * 60_000;
/** `/setup here` (also in Russian and Kazakh) inside a forum topic. */
const HERE = /^(here|здесь|тут|осында|мұнда)$/i;

/**
 * Group chats: the greeting when the bot is added, and `/setup` with its settings panel.
 * Every button and every reply to a setup prompt re-checks that the sender is an admin at that
 * moment; anyone else gets a polite refusal and nothing changes.
 */
export function createGroupsFeature(deps: GroupsFeatureDeps): Feature {
  const isAdmin = deps.isAdmin ?? isGroupAdmin;
  const actorOf = (ctx: HandlerContext): Actor => ({ id: ctx.from?.id ?? null, anonymous: ctx.from?.isAnonymousAdmin ?? false });
  const zoneOf = async (ctx: HandlerContext) => (await deps.chats.find(ctx.chat.id))?.timeZone ?? deps.defaultTimeZone;
  const runsText = (dates: Date[], zone: string, ctx: HandlerContext) => dates.map((d) => formatRunTime(d, zone, ctx.locale));

  async function ask(ctx: HandlerContext, step: Step, data: Record<string, unknown>, zone: string): Promise<void> {
    // Short-lived: in a busy group a forgotten prompt must not swallow the admin's later mentions.
    const state = {
      kind: SETUP_CONVERSATION,
      step,
      data: { ...data, by: String(ctx.from?.id ?? '') },
      expiresAt: new Date(ctx.now().getTime() + PROMPT_TTL_MS),
    };
    await ctx.conversation.set(state);
    // Button presses carry the admin's real id, but an anonymous admin's reply comes from
    // GroupAnonymousBot: keep the prompt under that id too (anonymous admins are admins by definition).
    await deps.conversations?.set(ctx.chat.id, ANONYMOUS, state);
    // A new message, not an edit: privacy mode passes the admin's *reply* to it on to the bot.
    await ctx.reply(message(step === 'settlement' ? msg('groups-settlement-prompt') : msg('groups-cron-prompt', { zone })));
  }

  async function saveSchedule(ctx: HandlerContext, kind: SubscriptionKind, choice: ScheduleChoice, asEdit: boolean): Promise<void> {
    const { subscription, next } = await changeSubscription(deps, ctx.chat.id, actorOf(ctx), kind, choice);
    const reply = scheduleSaved(kind, subscription, runsText(next, await zoneOf(ctx), ctx));
    await ctx.reply(asEdit ? reply : { ...reply, edit: false });
  }

  const actions = byOp<GroupsButton>({
    m: async (ctx) => ctx.reply(await showSettings(deps, ctx.chat.id, ctx.locale, true)),
    s: async (ctx) => ctx.reply(settlementsMenu((await loadSettings(deps, ctx.chat.id, ctx.locale)).settlements)),
    q: async (ctx) => ask(ctx, 'settlement', {}, await zoneOf(ctx)),
    t: async (ctx, b) => ctx.reply(await browseAreas(deps, b.areaId || null, b.page ?? 0, ctx.locale)),
    a: async (ctx, b) => {
      const name = await addSettlement(deps, ctx.chat.id, actorOf(ctx), b.areaId, ctx.locale);
      await ctx.reply(toast(msg('groups-settlement-saved', { name })), await showSettings(deps, ctx.chat.id, ctx.locale, true));
    },
    r: async (ctx, b) => {
      await removeSettlement(deps, ctx.chat.id, actorOf(ctx), b.areaId);
      await ctx.reply(toast(msg('groups-saved')), settlementsMenu((await loadSettings(deps, ctx.chat.id, ctx.locale)).settlements));
    },
    l: async (ctx) => ctx.reply(languageMenu()),
    lc: async (ctx, b) => {
      const locale = await changeGroupLanguage(deps, ctx.chat.id, actorOf(ctx), b.locale);
      await ctx.reply({ ...(await showSettings(deps, ctx.chat.id, locale, true)), locale });
    },
    z: async (ctx) => ctx.reply(timeZoneMenu(await zoneOf(ctx))),
    zc: async (ctx, b) => {
      await changeTimeZone(deps, ctx.chat.id, actorOf(ctx), b.zone);
      await ctx.reply(toast(msg('groups-saved')), await showSettings(deps, ctx.chat.id, ctx.locale, true));
    },
    p: async (ctx) => ctx.reply(postsMenu(await deps.settings.listSubscriptions(ctx.chat.id))),
    k: async (ctx, b) => ctx.reply(await kindMenu(ctx, b.kind)),
    kt: async (ctx, b) => {
      const sub = (await deps.settings.listSubscriptions(ctx.chat.id)).find((s) => s.kind === b.kind);
      await ctx.reply(topicMenu(b.kind, sub?.threadId ?? null, await deps.topics.listTopics(ctx.chat.id)));
    },
    tc: async (ctx, b) => {
      const saved = await saveTopic(ctx, b.kind, b.thread);
      await ctx.reply(toast(msg('groups-saved')), await kindMenu(ctx, saved.kind));
    },
    th: async (ctx, b) => {
      const { threadId } = await saveTopic(ctx, b.kind, b.thread);
      await ctx.reply(toast(msg('groups-saved')), {
        ...hereMenu(threadId ?? 0, await deps.settings.listSubscriptions(ctx.chat.id)),
        edit: true,
      });
    },
    kp: async (ctx, { kind, preset }) =>
      saveSchedule(ctx, kind, preset === 'off' ? { off: true } : preset === 'ev' ? { onEvent: true } : { preset }, true),
    kc: async (ctx, b) => ask(ctx, 'cron', { kind: b.kind }, await zoneOf(ctx)),
    x: async (ctx) => ctx.reply(edit(msg('groups-closed'))),
  });

  /** A topic chosen by button (`0` = General). */
  async function saveTopic(ctx: HandlerContext, kind: SubscriptionKind, thread: number) {
    const threadId = thread || null;
    await chooseTopic(deps, ctx.chat.id, actorOf(ctx), kind, threadId);
    return { kind, threadId };
  }

  /** One kind's screen; in a forum (topics seen) it names the topic the kind goes to. */
  async function kindMenu(ctx: HandlerContext, kind: SubscriptionKind) {
    const sub = (await deps.settings.listSubscriptions(ctx.chat.id)).find((s) => s.kind === kind);
    const topics = await deps.topics.listTopics(ctx.chat.id);
    return postKindMenu(kind, sub, await zoneOf(ctx), topics.length ? topicName(sub?.threadId, topics) : undefined);
  }

  /** `/setup here` inside a forum topic: which kinds of post should go to this topic. */
  async function setupHere(ctx: HandlerContext): Promise<void> {
    if (ctx.threadId === null) return ctx.reply(message(msg('groups-topic-here-not-in-topic')));
    await deps.topics.saveTopic({ chatId: ctx.chat.id, threadId: ctx.threadId });
    await ctx.reply(hereMenu(ctx.threadId, await deps.settings.listSubscriptions(ctx.chat.id)));
  }

  /** Closes a prompt under every id it was kept under (the presser's and the anonymous admins'). */
  async function finish(ctx: HandlerContext, by: unknown): Promise<void> {
    await ctx.conversation.clear();
    await deps.conversations?.clear(ctx.chat.id, ANONYMOUS);
    if (typeof by === 'string' && /^\d+$/.test(by)) await deps.conversations?.clear(ctx.chat.id, userId(by));
  }

  /** A reply to a setup prompt: the settlement's name or a cron expression. */
  async function onPromptReply(ctx: HandlerContext): Promise<void> {
    const state = await ctx.conversation.get();
    if (!(await isAdmin(ctx))) {
      await ctx.conversation.clear();
      return ctx.reply(message(msg('admin-only')));
    }
    const text = ctx.text?.trim() ?? '';
    if (!state || text === '') return ctx.reply(message(msg('groups-need-text')));
    if (state.step === 'cron') {
      if (!isSubscriptionKind(state.data.kind)) return finish(ctx, state.data.by);
      try {
        await saveSchedule(ctx, state.data.kind, { cron: text }, false);
        return finish(ctx, state.data.by);
      } catch (err) {
        if (!(err instanceof DomainError) || !err.code.startsWith('GROUPS.CRON')) throw err;
        // The admin may simply reply again with a corrected expression.
        return ctx.reply(message({ lines: [msg(errorKey(err.code), err.vars), msg('groups-cron-retry')] }));
      }
    }
    if (await chooseByName(ctx, text)) await finish(ctx, state.data.by); // not found: the prompt stays open for another spelling
  }

  /** Settlement by name: one clear match is saved, several are offered as buttons. False when none matched. */
  async function chooseByName(ctx: HandlerContext, text: string): Promise<boolean> {
    const found = await findSettlements(deps, text, ctx.locale);
    if (!found.clear) {
      await ctx.reply(settlementChoices(found.options));
      return found.options.length > 0;
    }
    const name = await addSettlement(deps, ctx.chat.id, actorOf(ctx), found.options[0]!.id, ctx.locale);
    await ctx.reply(message(msg('groups-settlement-saved', { name })), await showSettings(deps, ctx.chat.id, ctx.locale, false));
    return true;
  }

  return {
    name: 'groups',
    commands: [
      {
        name: 'setup',
        menuKey: 'menu-setup',
        menu: ['group-admins'],
        scope: 'group',
        async handle(ctx, args) {
          if (!(await isAdmin(ctx))) return ctx.reply(message(msg('admin-only')));
          if (HERE.test(args.trim())) return setupHere(ctx);
          // "/setup Karasu" names the settlement at once.
          if (args.trim()) return void (await chooseByName(ctx, args.trim()));
          await ctx.reply(await showSettings(deps, ctx.chat.id, ctx.locale, false));
        },
      },
    ],
    buttons: [
      onButton(
        groupsData,
        async (ctx, button) => {
          // A member pressing an admin's panel button: refuse, change nothing, not even the view.
          if (!(await isAdmin(ctx))) return ctx.reply(toast(msg('admin-only'), true));
          await actions(ctx, button);
        },
        'group',
      ),
    ],
    conversations: { [SETUP_CONVERSATION]: onPromptReply },
    async onBotMembership(ctx, change) {
      if (change.chatType !== 'group' && change.chatType !== 'supergroup') return;
      await ctx.reply(...(await greetGroup(deps.chats, change.chatId, change.oldStatus, change.newStatus, ctx.now())));
    },
  };
}
