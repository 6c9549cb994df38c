import type { AdminRepository } from '../../core/admin/ports.ts';
import type { UserId } from '../../core/ids.ts';

/** Told when someone becomes staff (`true`) or stops being staff (`false`). */
export type StaffChanged = (user: UserId, staff: boolean) => Promise<void>;

/**
 * The admin repository, telling `changed` after an admin is saved or removed, so the staff menu in
 * that person's private chat follows at once. A menu that could not be changed does not undo the
 * change itself: `warn` hears of it.
 */
export function withStaffMenus(admins: AdminRepository, changed: StaffChanged, warn: (err: unknown) => void): AdminRepository {
  const tell = (user: UserId, staff: boolean) => changed(user, staff).catch(warn);
  return {
    find: (user) => admins.find(user),
    list: () => admins.list(),
    async save(admin) {
      await admins.save(admin);
      await tell(admin.userId, true);
    },
    async remove(user) {
      const removed = await admins.remove(user);
      if (removed) await tell(user, false);
      return removed;
    },
  };
}
