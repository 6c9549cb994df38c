import { adminsData, auditData } from '../../../core/admin/buttons.ts';
import { addAdmin, listAdmins, parseAdminsArgs, removeAdmin, type ManageAdminsDeps } from '../../../core/admin/manage-admins.ts';
import { listAudit } from '../../../core/admin/list-audit.ts';
import {
  addTemplate,
  listTemplates,
  parseTemplatesArgs,
  removeTemplate,
  type TemplatesDeps,
} from '../../../core/admin/response-templates.ts';
import type { Actor } from '../../../core/admin/types.ts';
import type { AuditLog } from '../../../core/admin/ports.ts';
import { onButton, type CommandSpec, type Feature } from '../feature.ts';
import { exportParts, type AdminExportDeps } from './admin-export.ts';
import { electionParts, IMPORT_KIND, RESULTS_KIND, type AdminElectionsDeps } from './admin-elections.ts';
import { staffForButton, staffForCommand, type ResolveActor } from './admin-guard.ts';
import { FORWARD_KIND, inboxParts, NOTE_KIND, type AdminInboxDeps } from './admin-inbox.ts';

export interface AdminFeatureDeps {
  resolve: ResolveActor;
  manage: ManageAdminsDeps;
  audit: AuditLog;
  inbox: Omit<AdminInboxDeps, 'resolve'>;
  exports: Omit<AdminExportDeps, 'resolve'>;
  elections: Omit<AdminElectionsDeps, 'resolve'>;
}

/**
 * Admin tools: /admins and /audit (owners), /inbox (complaint review), /export (CSV and XLSX),
 * /import (election data file) and /enterresults (election night). None is in the command menu,
 * and to anyone else every one of them answers exactly like an unknown command.
 */
export function createAdminFeature(deps: AdminFeatureDeps): Feature {
  const resolve = deps.resolve;
  const inbox = inboxParts({ resolve, ...deps.inbox });
  const exports = exportParts({ resolve, ...deps.exports });
  const elections = electionParts({ resolve, ...deps.elections });
  return {
    name: 'admin',
    commands: [
      {
        name: 'admins',
        menuKey: 'menu-admins',
        menu: ['staff'],
        async handle(ctx, args) {
          const actor = await staffForCommand(ctx, resolve);
          if (!actor) return;
          const { verb, rest } = parseAdminsArgs(args);
          if (verb === 'add') return ctx.reply(await addAdmin(deps.manage, actor, rest, ctx.now()));
          if (verb === 'remove') return ctx.reply(await removeAdmin(deps.manage, actor, rest[0]));
          await ctx.reply(await listAdmins(deps.manage, actor));
        },
      },
      {
        name: 'audit',
        menuKey: 'menu-audit',
        menu: ['staff'],
        async handle(ctx) {
          const actor = await staffForCommand(ctx, resolve);
          if (actor) await ctx.reply(await listAudit({ audit: deps.audit }, actor, 0, false));
        },
      },
      templatesCommand(resolve, deps.inbox.templates),
      ...inbox.commands,
      ...exports.commands,
      ...elections.commands,
    ],
    buttons: [
      onButton(
        adminsData,
        async (ctx, { userId }) => ctx.reply(await removeAdmin(deps.manage, await staffForButton(ctx, resolve), userId)),
        'private',
      ),
      onButton(
        auditData,
        async (ctx, { page }) => ctx.reply(await listAudit({ audit: deps.audit }, await staffForButton(ctx, resolve), page, true)),
        'private',
      ),
      ...inbox.buttons,
      ...exports.buttons,
      ...elections.buttons,
    ],
    conversations: { ...inbox.conversations, ...elections.conversations },
    // A note, a duplicate's original, a figure, a data file: one question each, never answered late.
    prompts: [NOTE_KIND, FORWARD_KIND, RESULTS_KIND, IMPORT_KIND],
    onAttachment: elections.onAttachment,
  };
}

/** `/templates [add <category|*> <status> <locale> <text> | remove <n>]` (owners): the ready answers. */
function templatesCommand(resolve: ResolveActor, templates: TemplatesDeps): CommandSpec {
  const verbs = {
    add: (actor: Actor, rest: string) => addTemplate(templates, actor, rest),
    remove: (actor: Actor, rest: string) => removeTemplate(templates, actor, rest),
    list: (actor: Actor) => listTemplates(templates, actor),
  };
  return {
    name: 'templates',
    menuKey: 'menu-templates',
    menu: ['staff'],
    async handle(ctx, args) {
      const actor = await staffForCommand(ctx, resolve);
      const { verb, rest } = parseTemplatesArgs(args);
      if (actor) await ctx.reply(await verbs[verb](actor, rest));
    },
  };
}
