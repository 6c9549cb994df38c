import { inScope, scopeOf } from '../admin/area-scope.ts';
import type { AdminRepository, AreaTree } from '../admin/ports.ts';
import type { AreaEntry } from '../areas/area.ts';
import type { UserId } from '../ids.ts';
import type { ComplaintEvent, StaffAlerts } from './events.ts';
import type { StaffAlertStore, StaffDirectory, StaffMember } from './ports.ts';

/** A member with an area or a category scope: someone responsible for part of the work. */
const isScoped = (m: StaffMember): boolean => m.areaIds !== null || m.categoryCodes !== null;

const covers = (m: StaffMember, areas: readonly AreaEntry[], c: ComplaintEvent['complaint']): boolean =>
  inScope(scopeOf(m, areas), c) && (m.categoryCodes === null || m.categoryCodes.includes(c.categoryCode));

/**
 * Who answers for a complaint: admins whose area scope (counting the areas below) and category scope
 * both cover it. When nobody does, the unscoped staff (owners, admins without limits) are told, so no
 * complaint goes unseen.
 */
export function responsibleStaff(
  staff: readonly StaffMember[],
  areas: readonly AreaEntry[],
  complaint: ComplaintEvent['complaint'],
  except?: UserId | null,
): UserId[] {
  const others = staff.filter((m) => except === undefined || except === null || m.userId !== except);
  const responsible = others.filter((m) => isScoped(m) && covers(m, areas, complaint));
  const chosen = responsible.length ? responsible : others.filter((m) => !isScoped(m));
  return [...new Set(chosen.map((m) => m.userId))];
}

export interface RouteEventDeps {
  staff: StaffDirectory;
  areas: AreaTree;
  store: Pick<StaffAlertStore, 'add'>;
}

/** Records the event for each responsible staff member; the batches are sent later (`flushStaffAlerts`). */
export async function routeComplaintEvent(deps: RouteEventDeps, event: ComplaintEvent): Promise<number> {
  const to = responsibleStaff(await deps.staff.listStaff(), await deps.areas.listAll(), event.complaint, event.actorId);
  await deps.store.add(
    to.map((adminId) => ({
      adminId,
      complaintId: event.complaint.id,
      kind: event.kind,
      categoryCode: event.complaint.categoryCode,
      at: event.at,
    })),
  );
  return to.length;
}

/**
 * The `StaffAlerts` port: routes each event, and reports a failure instead of throwing (a resident's
 * complaint is filed whether or not staff could be told at that moment).
 */
export function staffAlerts(deps: RouteEventDeps, onError: (err: unknown) => void): StaffAlerts {
  return {
    async raise(event) {
      try {
        await routeComplaintEvent(deps, event);
      } catch (err) {
        onError(err);
      }
    },
  };
}

/** Owners from config (unlimited) and admins from the database, with their scopes. */
export function staffDirectory(ownerIds: readonly bigint[], admins: Pick<AdminRepository, 'list'>): StaffDirectory {
  return {
    async listStaff() {
      const owners: StaffMember[] = ownerIds.map((id) => ({ userId: id as UserId, role: 'owner', areaIds: null, categoryCodes: null }));
      const ownerSet = new Set(ownerIds.map(String));
      const rest = (await admins.list())
        .filter((a) => !ownerSet.has(String(a.userId)))
        .map(
          (a): StaffMember => ({
            userId: a.userId,
            role: a.role,
            areaIds: a.role === 'owner' || a.areaIds.length === 0 ? null : a.areaIds,
            categoryCodes: a.role === 'owner' || !a.categoryCodes?.length ? null : a.categoryCodes,
          }),
        );
      return [...owners, ...rest];
    },
  };
}
