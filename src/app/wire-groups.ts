import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaGroupSettingsRepository } from '../adapters/db/repositories/prisma-group-settings-repository.ts';
import { createGroupsFeature } from '../adapters/telegram/features/groups.ts';
import type { WireFeature } from './wiring.ts';

/** Group chats: greeting on join, /setup panel (settlements, language, zone, posts), settings audit. */
export const wireGroups: WireFeature = (w) => {
  const settings = new PrismaGroupSettingsRepository(w.prisma);
  const feature = createGroupsFeature({
    chats: w.chats,
    settings,
    audit: settings,
    areas: new PrismaAreaRepository(w.prisma),
    clock: w.clock,
    defaultTimeZone: w.config.DEFAULT_TIMEZONE,
    conversations: w.conversations,
    topics: w.topics,
  });
  return { feature };
};
