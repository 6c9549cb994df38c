import {
  askNumber,
  electionByKey,
  pickElection,
  resultsScreen,
  saveFigure,
  setResultStatus,
  type EnterResultsDeps,
  type ResultsInputTarget,
} from '../../../core/admin/enter-results.ts';
import { assertImportFile, assertMayImport, importElectionFile, type ImportFileDeps } from '../../../core/admin/import-election-file.ts';
import { resultsData, type ResultsButton } from '../../../core/admin/buttons.ts';
import type { ResultsField } from '../../../core/admin/ports.ts';
import { message, msg } from '../../../core/replies.ts';
import { byOp, onButton, type ButtonRoute, type CommandSpec, type Feature, type HandlerContext } from '../feature.ts';
import { staffForButton, staffForCommand, staffForStep, type ResolveActor } from './admin-guard.ts';
import type { Actor } from '../../../core/admin/types.ts';

export interface AdminElectionsDeps {
  resolve: ResolveActor;
  results: EnterResultsDeps;
  importer: ImportFileDeps;
}

export const IMPORT_KIND = 'admin-import';
export const RESULTS_KIND = 'admin-results';

const documentOf = (ctx: HandlerContext) => (ctx.incoming?.kind === 'document' ? ctx.incoming : undefined);

/** Validates and (only when valid) applies the sent file; true when it was applied. */
async function importDocument(ctx: HandlerContext, deps: AdminElectionsDeps, actor: Actor): Promise<boolean> {
  const doc = documentOf(ctx)!;
  assertMayImport(actor);
  assertImportFile({ fileName: doc.fileName, fileSize: doc.fileSize });
  const bytes = await ctx.files.download(doc.fileId);
  const { applied, reply } = await importElectionFile(deps.importer, actor, doc.fileName ?? 'file', bytes, ctx.now());
  await ctx.reply(reply);
  return applied;
}

/** A data file sent without `/import` first: staff get the import; anyone else the ordinary hint. */
async function importWithoutCommand(ctx: HandlerContext, deps: AdminElectionsDeps): Promise<boolean> {
  const name = documentOf(ctx)?.fileName ?? '';
  if (!ctx.isPrivate || !/\.(ya?ml|json)$/i.test(name)) return false;
  const actor = await deps.resolve(ctx);
  if (!actor) return false;
  ctx.background(async () => void (await importDocument(ctx, deps, actor)));
  return true;
}

/** `/import` (an election data file) and `/enterresults` (election-night form). */
export function electionParts(
  deps: AdminElectionsDeps,
): Pick<Feature, 'conversations' | 'onAttachment'> & { commands: CommandSpec[]; buttons: ButtonRoute[] } {
  return {
    onAttachment: (ctx) => importWithoutCommand(ctx, deps),
    commands: [
      {
        name: 'import',
        menuKey: 'menu-import',
        menu: ['staff'],
        async handle(ctx) {
          const actor = await staffForCommand(ctx, deps.resolve);
          if (!actor) return;
          assertMayImport(actor);
          await ctx.conversation.set({ kind: IMPORT_KIND, step: 'file', data: {} });
          await ctx.reply(message(msg('admin-import-send-file')));
        },
      },
      {
        name: 'enterresults',
        menuKey: 'menu-enterresults',
        menu: ['staff'],
        async handle(ctx) {
          const actor = await staffForCommand(ctx, deps.resolve);
          if (actor) await ctx.reply(await pickElection(deps.results, actor));
        },
      },
    ],
    buttons: [
      onButton(
        resultsData,
        async (ctx, b) => {
          const actor = await staffForButton(ctx, deps.resolve);
          const e = await electionByKey(deps.results, actor, b.key);
          const ask = async (field: ResultsField, index?: number) => {
            const { reply, target } = askNumber(e, field, index);
            await ctx.conversation.set({ kind: RESULTS_KIND, step: 'number', data: { ...target } });
            await ctx.reply(reply);
          };
          await byOp<ResultsButton>({
            e: async () => ctx.reply(resultsScreen(e, true)),
            s: async (_, { status }) =>
              ctx.reply(...(await setResultStatus(deps.results, actor, e, status === 'o' ? 'official' : 'preliminary', ctx.now()))),
            c: async (_, { index }) => ask('votes', index),
            a: async () => ask('againstAll'),
            b: async () => ask('ballotsCast'),
          })(ctx, b);
        },
        'private',
      ),
    ],
    conversations: {
      [IMPORT_KIND]: async (ctx) => {
        const actor = await staffForStep(ctx, deps.resolve);
        if (!actor) return;
        if (!documentOf(ctx)) return ctx.reply(message(msg('admin-import-send-file')));
        // An invalid file keeps the form open: the admin fixes it and sends it again (or /cancel).
        // Downloading and applying a big file takes a while: in the background.
        ctx.background(async () => {
          if (await importDocument(ctx, deps, actor)) await ctx.conversation.clear();
        });
      },
      [RESULTS_KIND]: async (ctx) => {
        const actor = await staffForStep(ctx, deps.resolve);
        if (!actor) return;
        const target = (await ctx.conversation.get())?.data as ResultsInputTarget | undefined;
        if (!target?.electionId || !ctx.text) return ctx.reply(message(msg('admin-results-ask-number')));
        const replies = await saveFigure(deps.results, actor, target, ctx.text, ctx.now());
        await ctx.conversation.clear();
        await ctx.reply(...replies);
      },
    },
  };
}
