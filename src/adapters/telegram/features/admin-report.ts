import { pickAreaFilter } from '../../../core/admin/pick-area-filter.ts';
import type { Actor } from '../../../core/admin/types.ts';
import { buildReport, reportAreaChoices, reportPicture, type ReportDeps } from '../../../core/reports/build-report.ts';
import { reportData, type ReportButton } from '../../../core/reports/buttons.ts';
import { parseReportArgs } from '../../../core/reports/period.ts';
import type { ReportRenderer } from '../../charts/render-report.ts';
import { byOp, onButton, type Feature, type HandlerContext } from '../feature.ts';
import { staffForButton, staffForCommand, type ResolveActor } from './admin-guard.ts';

export interface AdminReportDeps {
  resolve: ResolveActor;
  report: ReportDeps;
  renderer: ReportRenderer;
}

/**
 * `/report [period] [area]` for staff in private chat: a one-page PNG of their areas' complaints, with
 * buttons for other periods and areas. To anyone else it answers like an unknown command.
 */
export function createReportFeature(deps: AdminReportDeps): Feature {
  async function send(ctx: HandlerContext, actor: Actor, period: string, area: string | null): Promise<void> {
    const report = await buildReport(deps.report, { actor, period, area, locale: ctx.locale, now: ctx.now() });
    const { png } = deps.renderer.render(report, ctx.locale, deps.report.timeZone);
    ctx.log.info({ period, complaints: report.figures.total }, 'report sent');
    await ctx.reply(reportPicture(report, png));
  }
  return {
    name: 'reports',
    commands: [
      {
        name: 'report',
        menuKey: 'menu-report',
        menu: ['staff'],
        async handle(ctx, args) {
          const actor = await staffForCommand(ctx, deps.resolve);
          if (!actor) return;
          const { period, area } = parseReportArgs(args);
          const key = area ? pickAreaFilter(await deps.report.areas.listAll(), area) : null;
          await send(ctx, actor, period, key);
        },
      },
    ],
    buttons: [
      onButton(
        reportData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          await byOp<ReportButton>({
            v: async (_, { period, area }) => send(ctx, actor, period, area),
            a: async (_, { period, area }) => ctx.reply(await reportAreaChoices(deps.report, { actor, period, area, locale: ctx.locale })),
          })(ctx, b);
        },
        'private',
      ),
    ],
  };
}
