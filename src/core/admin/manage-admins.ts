import type { AreaEntry } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import { userId as toUserId } from '../ids.ts';
import { adminsData } from './buttons.ts';
import { lines, message, msg, type MessageReply, type Text } from '../replies.ts';
import type { AdminRepository, AreaTree } from './ports.ts';
import type { CategoryRepository } from '../complaints/ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface ManageAdminsDeps extends AuditDeps {
  admins: AdminRepository;
  areas: AreaTree;
  /** Codes an admin's category scope may name. */
  categories: Pick<CategoryRepository, 'listActive'>;
  ownerIds: readonly bigint[];
}

function assertOwner(actor: Actor): void {
  // Only reachable by staff; an admin who is not an owner is told plainly.
  if (actor.role !== 'owner') throw new DomainError('ADMIN.OWNER_ONLY');
}

/** `/admins`: owners from config, then admins with their areas and a remove button each. */
export async function listAdmins(deps: ManageAdminsDeps, actor: Actor): Promise<MessageReply> {
  assertOwner(actor);
  const admins = await deps.admins.list();
  const texts: Text[] = [msg('admin-admins-title', { owners: deps.ownerIds.map(String).join(', ') || '-' })];
  for (const a of admins) {
    texts.push(
      msg('admin-admins-item', {
        id: String(a.userId),
        areas: a.areaIds.join(', ') || '*',
        categories: a.categoryCodes?.join(', ') || '*',
      }),
    );
  }
  if (admins.length === 0) texts.push(msg('admin-admins-empty'));
  texts.push(msg('admin-admins-usage'));
  const buttons = admins.map((a) => [
    adminsData.button(msg('admin-admins-remove-button', { id: String(a.userId) }), { op: 'rm', userId: String(a.userId) }),
  ]);
  return message(lines(...texts), buttons);
}

/**
 * `/admins add <user id> [area id ...] [category code ...]`: adds or updates an admin, limited to the
 * given areas (each must exist in the area tree) and complaint categories (each an active category's
 * code). No areas = every area; no categories = every category. The limits decide what they see and
 * which new complaints they are told about.
 * @throws DomainError ADMIN.BAD_USER_ID, ADMIN.UNKNOWN_AREA, ADMIN.OWNER_ONLY
 */
export async function addAdmin(deps: ManageAdminsDeps, actor: Actor, args: string[], now: Date): Promise<MessageReply> {
  assertOwner(actor);
  const [idText, ...scope] = args;
  if (!idText || !/^\d{1,19}$/.test(idText)) throw new DomainError('ADMIN.BAD_USER_ID', { value: idText ?? '' });
  const knownAreas = new Set((await deps.areas.listAll()).map((a: AreaEntry) => a.id));
  const knownCategories = new Set((await deps.categories.listActive()).map((c) => c.code));
  const unknown = scope.find((id) => !knownAreas.has(id) && !knownCategories.has(id));
  if (unknown) throw new DomainError('ADMIN.UNKNOWN_AREA', { area: unknown });
  // An area id wins over a category code of the same spelling (area ids come from the data file).
  const areaIds = [...new Set(scope.filter((id) => knownAreas.has(id)))];
  const categoryCodes = [...new Set(scope.filter((id) => !knownAreas.has(id)))];
  const id = toUserId(idText);
  await deps.admins.save({ userId: id, role: 'admin', areaIds, categoryCodes, addedBy: actor.userId, createdAt: now });
  await recordAudit(deps, actor, 'admin.add', idText, { areas: areaIds, categories: categoryCodes });
  return message(msg('admin-admins-added', { id: idText, areas: areaIds.join(', ') || '*', categories: categoryCodes.join(', ') || '*' }));
}

/** Removes an admin (command or button). @throws DomainError ADMIN.NOT_FOUND, ADMIN.OWNER_ONLY */
export async function removeAdmin(deps: ManageAdminsDeps, actor: Actor, idText: string | undefined): Promise<MessageReply> {
  assertOwner(actor);
  if (!idText || !/^\d{1,19}$/.test(idText)) throw new DomainError('ADMIN.BAD_USER_ID', { value: idText ?? '' });
  if (!(await deps.admins.remove(toUserId(idText)))) throw new DomainError('ADMIN.NOT_FOUND', { id: idText });
  await recordAudit(deps, actor, 'admin.remove', idText);
  return message(msg('admin-admins-removed', { id: idText }));
}

/** Parses `/admins [add|remove ...]` arguments. */
export function parseAdminsArgs(args: string): { verb: 'list' | 'add' | 'remove'; rest: string[] } {
  const [verb, ...rest] = args.trim().split(/\s+/).filter(Boolean);
  if (verb === 'add' || verb === 'remove') return { verb, rest };
  return { verb: 'list', rest: [] };
}
