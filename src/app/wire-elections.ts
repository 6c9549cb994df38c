import { PrismaAreaRepository } from '../adapters/db/repositories/prisma-area-repository.ts';
import { PrismaElectionRepository } from '../adapters/db/repositories/prisma-election-repository.ts';
import { calendarStartPayload, createElectionsFeature } from '../adapters/telegram/features/elections.ts';
import { loadIntentModel } from '../core/questions/load-intent-model.ts';
import type { WireFeature } from './wiring.ts';

/** Elections: area and election repositories, the committed intent model, and the feature (commands, buttons, plain questions). */
export const wireElections: WireFeature = (w) => {
  const deps = {
    areas: new PrismaAreaRepository(w.prisma),
    elections: new PrismaElectionRepository(w.prisma),
    users: w.users,
    clock: w.clock,
    model: loadIntentModel(),
  };
  return { feature: createElectionsFeature(deps), startPayload: calendarStartPayload(deps) };
};
