import { userId, type UserId } from '../../../core/ids.ts';
import { COMPLAINT_EVENTS, type ComplaintEventKind } from '../../../core/staff-alerts/events.ts';
import type { PendingAlert, StaffAlertStore, StaffMessageDraft } from '../../../core/staff-alerts/ports.ts';
import type { PrismaDb } from '../client.ts';
import { isUniqueViolation } from './prisma-job-slot-repository.ts';

export const STAFF_ALERT_KIND = 'staff-alert';

const asKind = (k: string): ComplaintEventKind => ((COMPLAINT_EVENTS as readonly string[]).includes(k) ? (k as ComplaintEventKind) : 'new');

/**
 * StaffAlert rows wait with `sentAt` null. A batch marks one person's pending rows sent and writes
 * the outbox message in one transaction; the outbox row's dedupe key names the person and the
 * batch's first event, so two replicas flushing the same batch at once queue one message.
 */
export class PrismaStaffAlertStore implements StaffAlertStore {
  constructor(private readonly db: PrismaDb) {}

  async add(alerts: PendingAlert[]): Promise<void> {
    if (!alerts.length) return;
    await this.db.staffAlert.createMany({
      data: alerts.map((a) => ({
        adminId: BigInt(a.adminId),
        complaintId: a.complaintId,
        kind: a.kind,
        categoryCode: a.categoryCode,
        createdAt: a.at,
      })),
    });
  }

  async discard(adminId: UserId): Promise<number> {
    const { count } = await this.db.staffAlert.deleteMany({ where: { adminId: BigInt(adminId), sentAt: null } });
    return count;
  }

  async due(now: Date, gapMs: number): Promise<UserId[]> {
    const pending = await this.db.staffAlert.findMany({ where: { sentAt: null }, distinct: ['adminId'], select: { adminId: true } });
    if (!pending.length) return [];
    const recent = await this.db.staffAlert.findMany({
      where: { adminId: { in: pending.map((p) => p.adminId) }, sentAt: { gt: new Date(now.getTime() - gapMs) } },
      distinct: ['adminId'],
      select: { adminId: true },
    });
    const waiting = new Set(recent.map((r) => String(r.adminId)));
    return pending.filter((p) => !waiting.has(String(p.adminId))).map((p) => userId(p.adminId));
  }

  async sendBatch(
    adminId: UserId,
    now: Date,
    gapMs: number,
    deliver: (alerts: PendingAlert[]) => Promise<StaffMessageDraft>,
  ): Promise<boolean> {
    const admin = BigInt(adminId);
    const recent = await this.db.staffAlert.findFirst({ where: { adminId: admin, sentAt: { gt: new Date(now.getTime() - gapMs) } } });
    if (recent) return false;
    const rows = await this.db.staffAlert.findMany({ where: { adminId: admin, sentAt: null }, orderBy: { id: 'asc' }, take: 1000 });
    if (!rows.length) return false;
    const draft = await deliver(
      rows.map((r) => ({ adminId, complaintId: r.complaintId, kind: asKind(r.kind), categoryCode: r.categoryCode, at: r.createdAt })),
    );
    try {
      await this.db.$transaction([
        this.db.staffAlert.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { sentAt: now } }),
        this.db.outboxMessage.create({
          data: {
            chatId: admin,
            kind: STAFF_ALERT_KIND,
            text: draft.text,
            buttons: draft.buttons,
            // The batch is named by its first event: a replica that read the same batch fails here.
            dedupeKey: `${STAFF_ALERT_KIND}|${admin}|${rows[0]!.id}`,
          },
        }),
      ]);
      return true;
    } catch (err) {
      // Another replica queued this batch first: once is what we want.
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  }

  /** Forgets batches sent before `before` (hourly). */
  async prune(before: Date): Promise<number> {
    const { count } = await this.db.staffAlert.deleteMany({ where: { sentAt: { lt: before } } });
    return count;
  }
}
