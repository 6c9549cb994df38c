import { DomainError } from '../errors.ts';
import { auditData } from './buttons.ts';
import { edit, lines, message, msg, type Button, type MessageReply, type Text } from '../replies.ts';
import type { AuditLog } from './ports.ts';
import type { Actor } from './types.ts';

const PAGE = 15;

/** `/audit` for owners: recent admin actions, newest first, paged with buttons. @throws ADMIN.OWNER_ONLY */
export async function listAudit(deps: { audit: AuditLog }, actor: Actor, pageNo: number, asEdit: boolean): Promise<MessageReply> {
  if (actor.role !== 'owner') throw new DomainError('ADMIN.OWNER_ONLY');
  const page = Math.max(0, pageNo);
  const { items, total } = await deps.audit.recent({ offset: page * PAGE, limit: PAGE });
  const texts: Text[] = [msg('admin-audit-title', { total })];
  for (const e of items) {
    texts.push(
      msg('admin-audit-item', {
        date: e.createdAt,
        actor: e.actorId === null ? '-' : String(e.actorId),
        action: e.action,
        target: e.target ?? '',
      }),
    );
  }
  const nav: Button[] = [];
  if (page > 0) nav.push(auditData.button(msg('admin-button-prev'), { op: 'p', page: page - 1 }));
  if ((page + 1) * PAGE < total) nav.push(auditData.button(msg('admin-button-next'), { op: 'p', page: page + 1 }));
  const buttons = nav.length ? [nav] : undefined;
  return asEdit ? edit(lines(...texts), buttons) : message(lines(...texts), buttons);
}
