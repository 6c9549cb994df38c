import { PrismaGroupSettingsRepository } from '../adapters/db/repositories/prisma-group-settings-repository.ts';
import { createCoreFeature } from '../adapters/telegram/features/core.ts';
import type { FeatureModule, WiringContext } from './wiring.ts';

export const wireCore = (ctx: WiringContext, startPayloadHandlers: FeatureModule['startPayload'][]): FeatureModule => ({
  feature: createCoreFeature({ users: ctx.users, chats: ctx.chats, startPayloadHandlers: startPayloadHandlers.filter((h) => h !== undefined), audit: new PrismaGroupSettingsRepository(ctx.prisma) }),
});
