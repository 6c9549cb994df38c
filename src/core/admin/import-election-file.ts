import { importElectionData } from '../elections/import-election-data.ts';
import type { ElectionDataValidator, ElectionImportStore } from '../elections/ports.ts';
import { DomainError } from '../errors.ts';
import { lines, message, msg, raw, type MessageReply } from '../replies.ts';
import type { ResultsAnnouncer } from './ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface ImportFileDeps extends AuditDeps {
  store: ElectionImportStore;
  announcer: ResultsAnnouncer;
  /** Where the file is read and checked; the bot passes a worker thread, the default reads in place. */
  validate?: ElectionDataValidator;
}

/** Admin uploads: YAML or JSON, small enough to read in one go. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
const SHOWN_ERRORS = 30;

/**
 * A data file may touch any area (the tree, people, every election in it), so only staff without an
 * area limit load files; area-limited admins enter their own results with /enterresults.
 * @throws ADMIN.IMPORT_NEEDS_ALL_AREAS
 */
export function assertMayImport(actor: Pick<Actor, 'areaIds'>): void {
  if (actor.areaIds !== null) throw new DomainError('ADMIN.IMPORT_NEEDS_ALL_AREAS');
}

/** Checks a document before downloading it. @throws ADMIN.IMPORT_BAD_FILE */
export function assertImportFile(doc: { fileName: string | null; fileSize: number | null }): void {
  const okName = /\.(ya?ml|json)$/i.test(doc.fileName ?? '');
  if (!okName || (doc.fileSize ?? 0) > IMPORT_MAX_BYTES) throw new DomainError('ADMIN.IMPORT_BAD_FILE', { max: '2 MB' });
}

/**
 * Validates and applies an election data file (the elections' import use case: all or nothing).
 * Errors are listed with their places; a valid file is applied with a summary, recorded, and every
 * election whose results changed gets its results post queued.
 */
export async function importElectionFile(
  deps: ImportFileDeps,
  actor: Actor,
  fileName: string,
  bytes: Buffer,
  now: Date,
): Promise<{ applied: boolean; reply: MessageReply }> {
  assertMayImport(actor);
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const outcome = await importElectionData(deps.store, text, deps.validate);
  if (!outcome.ok) {
    await recordAudit(deps, actor, 'elections.import.rejected', fileName, { errors: outcome.errors.length });
    const shown = outcome.errors.slice(0, SHOWN_ERRORS).map((e) => raw(`• ${e}`));
    const more = outcome.errors.length - shown.length;
    const text = lines(
      msg('admin-import-invalid', { count: outcome.errors.length }),
      ...shown,
      ...(more > 0 ? [msg('admin-import-more', { count: more })] : []),
    );
    return { applied: false, reply: message(text) };
  }
  const s = outcome.summary;
  await recordAudit(deps, actor, 'elections.import', fileName, { ...s });
  let queued = 0;
  for (const id of s.resultsChanged) queued += (await deps.announcer.announce(id, now)).queued;
  const reply = message(
    lines(
      msg('admin-import-applied'),
      msg('admin-import-counts', { kind: 'areas', ...s.areas }),
      msg('admin-import-counts', { kind: 'people', ...s.people }),
      msg('admin-import-counts', { kind: 'elections', ...s.elections }),
      msg('admin-import-candidacies', { ...s.candidacies }),
      msg('admin-import-results', { count: s.resultsChanged.length, groups: queued }),
    ),
  );
  return { applied: true, reply };
}
