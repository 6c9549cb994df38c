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
import { message, msg, type DocumentReply } from '../../../core/replies.ts';
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
}

/**
 * Writes CSV and XLSX to a temporary folder (parts under the limit), then sends each file. Files are
 * read back one at a time, so at most one part is in memory.
 */
async function sendExport(deps: AdminExportDeps, ctx: HandlerContext, actor: Actor, state: InboxState): Promise<void> {
  const { filter, areas } = await inboxFilter(deps.inbox, actor, state, ctx.now());
  const scope = scopeOf(actor, areas);
  const dir = mkdtempSync(join(tmpdir(), 'akim-export-'));
  try {
    const stamp = ctx.now().toISOString().slice(0, 10);
    let rows = 0;
    for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
      const sink = fileSink(join(dir, `complaints-${stamp}.${format}`));
      const out = await runExport(deps.exports, { filter, scope, locale: ctx.locale, now: ctx.now() }, sink, {
        format,
        timeZone: ctx.timeZone,
        partBytes: deps.partBytes ?? TELEGRAM_FILE_LIMIT,
      });
      rows = out.rows;
      for (const file of sink.files) {
        const doc: DocumentReply = { kind: 'document', filename: file.slice(dir.length + 1), data: readFileSync(file) };
        await ctx.reply(doc);
      }
    }
    await recordAudit(deps.audit, actor, 'complaints.export', null, { rows, state: encodeState(state) });
    await ctx.reply(message(msg('admin-export-done', { count: rows })));
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
            fc: async (_, { op, state }) => ctx.reply(await filterChoices(deps.inbox, state, op, ctx.locale, exportData)),
            fa: async (_, { state }) => ctx.reply(await areaChoices(deps.inbox, actor, state, ctx.locale, exportData)),
            go: async (_, { state }) => {
              await ctx.reply({ kind: 'toast', text: msg('admin-export-working') });
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
