import { PrismaGroupSettingsRepository } from '../adapters/db/repositories/prisma-group-settings-repository.ts';
import { createStartFeature } from '../adapters/telegram/features/start.ts';
import type { FeatureModule, WiringContext } from './wiring.ts';

/** /start, /help, /language; other modules contribute deep links and /help sections. */
export const wireStart = (ctx: WiringContext, modules: FeatureModule[]): FeatureModule => ({
  feature: createStartFeature({
    users: ctx.users,
    chats: ctx.chats,
    startPayloadHandlers: modules.flatMap((m) => (m.startPayload ? [m.startPayload] : [])),
    helpExtras: modules.flatMap((m) => (m.helpExtra ? [m.helpExtra] : [])),
    audit: new PrismaGroupSettingsRepository(ctx.prisma),
  }),
});
