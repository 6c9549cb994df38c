import type { Reply } from '../replies.ts';
import { message, msg } from '../replies.ts';
import { subtreeIds } from '../areas/area.ts';
import { type ElectionView, areaButtons } from './buttons.ts';
import { answerElectionRequest, type ElectionRequest, rememberArea } from './answer-election-request.ts';
import { showAreaElections } from './show-area-elections.ts';
import { currentElection, isAhead } from './election-texts.ts';
import type { ElectionsDeps } from './ports.ts';
import { understandQuestion } from './understand-question.ts';

const VIEW_OF_INTENT: Partial<Record<string, ElectionView>> = { candidates: 'candidates', when: 'elections', results: 'results' };

/**
 * A plain question ("когда выборы в Ойыле?"): understood, then answered like the matching command
 * with the place it names. Returns null when the question is not about elections (and names no
 * place), so other features or the general fallback can answer it.
 */
export async function answerQuestion(deps: ElectionsDeps, text: string, req: Omit<ElectionRequest, 'view' | 'placeText'>): Promise<Reply[] | null> {
  const areas = await deps.areas.listAll();
  const { intent, place } = understandQuestion(text, areas);
  if (intent === 'complain') return [message(msg('elections-complain-hint'))];
  const named = place.kind === 'one' ? place.match.area : null;
  if (intent === 'how-to-vote') {
    const areaId = named?.id ?? req.knownAreaId;
    const list = areaId ? await deps.elections.listByAreas([...subtreeIds(areas, areaId)]) : [];
    const next = currentElection(list, deps.clock.now());
    const upcoming = next && isAhead(next, deps.clock.now()) ? next : null;
    return [message(upcoming ? msg('elections-how-to-vote-next', { date: upcoming.pollDate }) : msg('elections-how-to-vote'))];
  }
  const view = VIEW_OF_INTENT[intent] ?? (place.kind !== 'none' ? 'elections' : undefined);
  if (!view) return null;
  if (place.kind === 'many') {
    return [message(msg('elections-choose-among'), areaButtons(areas, place.matches.map((m) => m.area), 'a', view, req.locale))];
  }
  if (named) {
    await rememberArea(deps, req.rememberFor, named, req.knownAreaId);
    return [await showAreaElections(deps, named, view, req.locale, false)];
  }
  return answerElectionRequest(deps, { ...req, view, placeText: null });
}
