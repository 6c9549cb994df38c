import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scopeOf } from '../../../core/admin/area-scope.ts';
import { exportData } from '../../../core/admin/buttons.ts';
import { exportScreen } from '../../../core/admin/export-screen.ts';
import { EMPTY_STATE, encodeState, type InboxState } from '../../../core/admin/inbox-state.ts';
import { areaChoices, filterChoices, inboxFilter, type InboxDeps } from '../../../core/admin/list-inbox.ts';
import { pickAreaFilter } from '../../../core/admin/pick-area-filter.ts';
import { recordAudit, type AuditDeps } from '../../../core/admin/record-audit.ts';
import type { Actor } from '../../../core/admin/types.ts';
import type { ExportDeps } from '../../../core/exports/read-export.ts';
import { throttledProgress } from '../../../core/progress.ts';
import { edit, msg, type DocumentReply } from '../../../core/replies.ts';
import { fileSink, runExport, type ExportFormat } from '../../export/run-export.ts';
import { byOp, onButton, type ButtonRoute, type CommandSpec, type HandlerContext } from '../feature.ts';
import { staffForButton, staffForCommand, type ResolveActor } from './admin-guard.ts';

/** Telegram bots may send files up to 50 MB; a margin is kept for the multipart envelope. */
export const TELEGRAM_FILE_LIMIT = 50 * 1024 * 1024 - 64 * 1024;

export interface AdminExportDeps {
  resolve: ResolveActor;
  inbox: InboxDeps;
  exports: ExportDeps;
  audit: AuditDeps;
  timeZone: string;
  partBytes?: number;
  /** Least time between two progress edits of the export's message (default 2 s; Telegram limits edits). */
  progressEveryMs?: number;
}

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX', open311: 'Open311' };

/**
 * Writes CSV and XLSX to a temporary folder (parts under the limit), then sends each file. Files are
 * read back one at a time, so at most one part is in memory. The export screen's message shows the
 * progress (edited at most every `progressEveryMs`), then the count when done.
 */
async function sendExport(deps: AdminExportDeps, ctx: HandlerContext, actor: Actor, state: InboxState): Promise<void> {
  const { filter, areas } = await inboxFilter(deps.inbox, actor, state, ctx.now());
  const scope = scopeOf(actor, areas);
  const total = await deps.exports.source.countComplaints(filter);
  const dir = mkdtempSync(join(tmpdir(), 'akim-export-'));
  // Edits go out one after another; a failed one is logged, the export goes on.
  let edits: Promise<void> = Promise.resolve();
  const show = (text: Parameters<typeof edit>[0]) => {
    edits = edits.then(() => ctx.reply(edit(text))).catch((err: unknown) => ctx.log.warn({ err }, 'export progress not shown'));
  };
  try {
    const stamp = ctx.now().toISOString().slice(0, 10);
    let rows = 0;
    for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
      const sink = fileSink(join(dir, `complaints-${stamp}.${format}`));
      const progress = throttledProgress(
        total,
        (p) =>
          show(
            msg('admin-export-progress', {
              format: FORMAT_NAMES[format],
              done: p.done,
              total,
              rate: Math.round(p.rate),
              left: Math.ceil(p.leftSeconds ?? 0),
            }),
          ),
        { everyMs: deps.progressEveryMs ?? 2000, now: () => performance.now() },
      );
      const onRows = (done: number) => progress.tick(done);
      const out = await runExport(deps.exports, { filter, scope, locale: ctx.locale, now: ctx.now(), onRows }, sink, {
        format,
        timeZone: ctx.timeZone,
        partBytes: deps.partBytes ?? TELEGRAM_FILE_LIMIT,
      });
      rows = out.rows;
      await edits;
      for (const file of sink.files) {
        const doc: DocumentReply = { kind: 'document', filename: file.slice(dir.length + 1), data: readFileSync(file) };
        await ctx.reply(doc);
      }
    }
    await recordAudit(deps.audit, actor, 'complaints.export', null, { rows, state: encodeState(state) });
    show(msg('admin-export-done', { count: rows }));
    await edits;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

type ExportButton = NonNullable<ReturnType<typeof exportData.decode>>;

/** `/export [area]`: filter buttons like the inbox's, then the documents. */
export function exportParts(deps: AdminExportDeps): { commands: CommandSpec[]; buttons: ButtonRoute[] } {
  return {
    commands: [
      {
        name: 'export',
        menuKey: 'menu-export',
        menu: ['staff'],
        async handle(ctx, args) {
          const actor = await staffForCommand(ctx, deps.resolve);
          if (!actor) return;
          const area = pickAreaFilter(await deps.inbox.areas.listAll(), args);
          await ctx.reply(await exportScreen(deps.inbox, { ...EMPTY_STATE, area }, ctx.locale, false, actor.areaIds !== null));
        },
      },
    ],
    buttons: [
      onButton(
        exportData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await byOp<ExportButton>({
            v: async (_, { state }) => ctx.reply(await exportScreen(deps.inbox, state, ctx.locale, true, actor.areaIds !== null)),
            fs: async (_, { op, state }) => ctx.reply(await filterChoices(deps.inbox, state, op, ctx.locale, exportData)),
            fc: async (_, { op, state }) => ctx.reply(await filterChoices(deps.inbox, state, op, ctx.locale, exportData, actor)),
            fa: async (_, { state }) => ctx.reply(await areaChoices(deps.inbox, actor, state, ctx.locale, exportData)),
            go: async (_, { state }) => {
              // The screen becomes the export's progress message (its buttons go: one export at a time).
              await ctx.reply(edit(msg('admin-export-working')));
              // Minutes for a big export: the documents follow when ready, other updates go on meanwhile.
              ctx.background(() => sendExport(deps, ctx, actor, state));
            },
          })(ctx, b);
        },
        'private',
      ),
    ],
  };
}
