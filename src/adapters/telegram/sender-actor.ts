import type { AdminRepository } from '../../core/admin/ports.ts';
import { resolveActor } from '../../core/admin/resolve-actor.ts';
import type { Actor } from '../../core/admin/types.ts';
import type { HandlerContext } from './feature.ts';

/**
 * The staff member behind an update's sender, or null: owners from ADMIN_IDS; admins from the staff row
 * the update's snapshot read with the chat and the user (no query of its own), else from `admins`. An
 * anonymous group admin is nobody here: who they are is hidden.
 */
export function senderActor(
  ownerIds: readonly bigint[],
  admins: Pick<AdminRepository, 'find'>,
): (ctx: HandlerContext) => Promise<Actor | null> {
  return (ctx) => {
    const from = ctx.from;
    if (!from || from.isAnonymousAdmin) return Promise.resolve(null);
    const seen = ctx.staff;
    return resolveActor({ ownerIds, admins: seen === undefined ? admins : { find: async () => seen } }, from.id);
  };
}
