import { PrismaGroupSettingsRepository } from '../adapters/db/repositories/prisma-group-settings-repository.ts';
import { createStartFeature } from '../adapters/telegram/features/start.ts';
import type { WireFeature } from './wiring.ts';

/** /start, /help, /language; the modules wired before it contribute deep links and /help sections. */
export const wireStart: WireFeature = (ctx, modules) => ({
  feature: createStartFeature({
    users: ctx.users,
    chats: ctx.chats,
    startPayloadHandlers: modules.flatMap((m) => (m.startPayload ? [m.startPayload] : [])),
    helpExtras: modules.flatMap((m) => (m.helpExtra ? [m.helpExtra] : [])),
    audit: new PrismaGroupSettingsRepository(ctx.prisma),
  }),
});
