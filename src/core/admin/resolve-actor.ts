import type { UserId } from '../ids.ts';
import type { AdminRepository } from './ports.ts';
import type { Actor } from './types.ts';

export interface ResolveActorDeps {
  /** ADMIN_IDS from config: owners, never limited to areas. */
  ownerIds: readonly bigint[];
  admins: Pick<AdminRepository, 'find'>;
}

/** The acting staff member, or null for everyone else (who must learn nothing about admin tools). */
export async function resolveActor(deps: ResolveActorDeps, user: UserId | null | undefined): Promise<Actor | null> {
  if (user === null || user === undefined) return null;
  if (deps.ownerIds.some((id) => id === BigInt(user))) return { userId: user, role: 'owner', areaIds: null };
  const admin = await deps.admins.find(user);
  if (!admin) return null;
  const unlimited = admin.role === 'owner';
  const categories = admin.categoryCodes ?? [];
  return {
    userId: user,
    role: admin.role,
    areaIds: unlimited || admin.areaIds.length === 0 ? null : admin.areaIds,
    ...(unlimited || categories.length === 0 ? {} : { categoryCodes: categories }),
  };
}
