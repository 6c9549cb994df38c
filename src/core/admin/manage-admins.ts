import type { AreaEntry } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import { userId as toUserId } from '../ids.ts';
import { adminsData } from './buttons.ts';
import { lines, message, msg, type MessageReply, type Text } from '../replies.ts';
import type { AdminRepository, AreaTree } from './ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface ManageAdminsDeps extends AuditDeps {
  admins: AdminRepository;
  areas: AreaTree;
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
    texts.push(msg('admin-admins-item', { id: String(a.userId), areas: a.areaIds.join(', ') || '*' }));
  }
  if (admins.length === 0) texts.push(msg('admin-admins-empty'));
  texts.push(msg('admin-admins-usage'));
  const buttons = admins.map((a) => [
    adminsData.button(msg('admin-admins-remove-button', { id: String(a.userId) }), { op: 'rm', userId: String(a.userId) }),
  ]);
  return message(lines(...texts), buttons);
}

/**
 * `/admins add <user id> [area id ...]`: adds or updates an admin, limited to the given areas
 * (each must exist in the area tree).
 * @throws DomainError ADMIN.BAD_USER_ID, ADMIN.UNKNOWN_AREA, ADMIN.OWNER_ONLY
 */
export async function addAdmin(deps: ManageAdminsDeps, actor: Actor, args: string[], now: Date): Promise<MessageReply> {
  assertOwner(actor);
  const [idText, ...areaIds] = args;
  if (!idText || !/^\d{1,19}$/.test(idText)) throw new DomainError('ADMIN.BAD_USER_ID', { value: idText ?? '' });
  const known = new Set((await deps.areas.listAll()).map((a: AreaEntry) => a.id));
  const unknown = areaIds.find((id) => !known.has(id));
  if (unknown) throw new DomainError('ADMIN.UNKNOWN_AREA', { area: unknown });
  const id = toUserId(idText);
  await deps.admins.save({ userId: id, role: 'admin', areaIds, addedBy: actor.userId, createdAt: now });
  await recordAudit(deps, actor, 'admin.add', idText, { areas: areaIds });
  return message(msg('admin-admins-added', { id: idText, areas: areaIds.join(', ') || '*' }));
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
