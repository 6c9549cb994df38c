import { createHash } from 'node:crypto';
import { subtreeIds } from '../areas/area.ts';
import { DomainError } from '../errors.ts';
import { resultsData } from './buttons.ts';
import { edit, lines, message, msg, type Keyboard, type MessageReply, type Text } from '../replies.ts';
import type { AreaTree, ResultsAnnouncer, ResultsElection, ResultsField, ResultsStore } from './ports.ts';
import { recordAudit, type AuditDeps } from './record-audit.ts';
import type { Actor } from './types.ts';

export interface EnterResultsDeps extends AuditDeps {
  results: ResultsStore;
  areas: AreaTree;
  announcer: ResultsAnnouncer;
}

/** Election ids can be longer than a button allows: buttons carry 8 hex characters of their hash. */
export const electionKey = (id: string): string => createHash('sha1').update(id).digest('hex').slice(0, 8);

/** Elections in the actor's areas (an area-limited admin enters results only there). */
async function visibleElections(deps: EnterResultsDeps, actor: Actor): Promise<ResultsElection[]> {
  const all = await deps.results.list(200);
  if (actor.areaIds === null) return all;
  const areas = await deps.areas.listAll();
  const scope = new Set(actor.areaIds.flatMap((id) => [...subtreeIds(areas, id)]));
  return all.filter((e) => scope.has(e.areaId));
}

/** Finds an election by its button key. @throws BUTTON.STALE when unknown or out of scope. */
export async function electionByKey(deps: EnterResultsDeps, actor: Actor, key: string): Promise<ResultsElection> {
  const found = (await visibleElections(deps, actor)).find((e) => electionKey(e.id) === key);
  if (!found) throw new DomainError('BUTTON.STALE');
  return found;
}

/** Step 1: pick an election (newest first). */
export async function pickElection(deps: EnterResultsDeps, actor: Actor): Promise<MessageReply> {
  const list = (await visibleElections(deps, actor)).slice(0, 20);
  if (list.length === 0) return message(msg('admin-results-none'));
  const rows: Keyboard = list.map((e) => [
    resultsData.button(msg('admin-results-election', { placeKk: e.place.kk, placeRu: e.place.ru, placeEn: e.place.en, date: e.pollDate }), {
      op: 'e',
      key: electionKey(e.id),
    }),
  ]);
  return message(msg('admin-results-pick'), rows);
}

/** Step 2: the election's current figures; each button edits one of them. */
export function resultsScreen(e: ResultsElection, asEdit: boolean): MessageReply {
  const k = electionKey(e.id);
  const texts: Text[] = [
    msg('admin-results-title', {
      placeKk: e.place.kk,
      placeRu: e.place.ru,
      placeEn: e.place.en,
      date: e.pollDate,
      status: e.resultStatus ?? 'none',
      version: e.resultsVersion,
    }),
  ];
  const rows: Keyboard = e.candidates.map((c, i) => [
    resultsData.button(msg('admin-results-candidate', { name: c.name, votes: c.votes ?? '-' }), { op: 'c', key: k, index: i }),
  ]);
  rows.push([
    resultsData.button(msg('admin-results-against-all', { value: e.againstAll ?? '-' }), { op: 'a', key: k }),
    resultsData.button(msg('admin-results-ballots', { value: e.ballotsCast ?? '-' }), { op: 'b', key: k }),
  ]);
  rows.push([
    resultsData.button(msg('admin-results-mark-preliminary'), { op: 's', key: k, status: 'p' }),
    resultsData.button(msg('admin-results-mark-official'), { op: 's', key: k, status: 'o' }),
  ]);
  return asEdit ? edit(lines(...texts), rows) : message(lines(...texts), rows);
}

/** What a number typed next is for (kept in the conversation). */
export interface ResultsInputTarget {
  electionId: string;
  field: ResultsField;
  candidacyId?: string;
}

/** Step 3 prompt. @throws BUTTON.STALE for an unknown candidate index. */
export function askNumber(e: ResultsElection, field: ResultsField, index?: number): { reply: MessageReply; target: ResultsInputTarget } {
  if (field === 'votes') {
    const c = index === undefined ? undefined : e.candidates[index];
    if (!c) throw new DomainError('BUTTON.STALE');
    return { reply: message(msg('admin-results-ask-votes', { name: c.name })), target: { electionId: e.id, field, candidacyId: c.id } };
  }
  return {
    reply: message(msg(field === 'againstAll' ? 'admin-results-ask-against-all' : 'admin-results-ask-ballots')),
    target: { electionId: e.id, field },
  };
}

/**
 * Saves one typed figure (a whole number >= 0), records it, and queues the results post for the
 * groups following the election. @throws ADMIN.NOT_A_NUMBER
 */
export async function saveFigure(
  deps: EnterResultsDeps,
  actor: Actor,
  target: ResultsInputTarget,
  text: string,
  now: Date,
): Promise<MessageReply[]> {
  const cleaned = text.replace(/[\s\u00a0_]/g, '');
  if (!/^\d{1,9}$/.test(cleaned)) throw new DomainError('ADMIN.NOT_A_NUMBER', { value: text.slice(0, 20) });
  const value = Number(cleaned);
  const before = await deps.results.get(target.electionId);
  if (!before) throw new DomainError('BUTTON.STALE');
  if (target.field === 'votes') await deps.results.setVotes(target.electionId, target.candidacyId!, value, now);
  else await deps.results.setTotals(target.electionId, { [target.field]: value }, now);
  return afterChange(deps, actor, target.electionId, { field: target.field, candidacy: target.candidacyId, value }, now);
}

/** Marks the results preliminary or official (a change like any other: recorded and posted). */
export async function setResultStatus(
  deps: EnterResultsDeps,
  actor: Actor,
  e: ResultsElection,
  status: 'preliminary' | 'official',
  now: Date,
): Promise<MessageReply[]> {
  await deps.results.setTotals(e.id, { resultStatus: status }, now);
  return afterChange(deps, actor, e.id, { field: 'resultStatus', value: status }, now);
}

async function afterChange(
  deps: EnterResultsDeps,
  actor: Actor,
  electionId: string,
  details: Record<string, unknown>,
  now: Date,
): Promise<MessageReply[]> {
  await recordAudit(deps, actor, 'results.enter', electionId, details);
  const { queued } = await deps.announcer.announce(electionId, now);
  const updated = await deps.results.get(electionId);
  return [message(msg('admin-results-saved', { groups: queued })), ...(updated ? [resultsScreen(updated, false)] : [])];
}
