import type { FormEvent } from '../../../core/complaints/form/state.ts';
import type { Incoming } from '../parse.ts';

/** What the resident sent, as a form event: a document is "not a photo", the rest maps one to one. */
export function messageToFormEvent(incoming: Incoming | null): FormEvent {
  if (!incoming) return { kind: 'other', what: 'unknown' };
  if (incoming.kind === 'document') return { kind: 'other', what: 'document' };
  return incoming;
}

/**
 * Runs jobs one at a time per key (chat + user). The parts of an album arrive as separate updates
 * that a framework may handle concurrently; without this, two parts could both read the same form
 * state, and one photo would be lost or the prompt sent twice. Single process only: across replicas
 * the stored state is last-writer-wins.
 */
export class KeyedQueue {
  private tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.catch(() => undefined).then(job);
    this.tails.set(key, next);
    const cleanup = () => {
      if (this.tails.get(key) === next) this.tails.delete(key);
    };
    next.then(cleanup, cleanup);
    return next;
  }
}
