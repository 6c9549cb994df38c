import type { FormEvent } from '../../../core/complaints/form-state.ts';

/** Reads what the resident sent into a form event; the form never sees Telegram's shapes. */
export function messageToFormEvent(message: Record<string, any> | null): FormEvent {
  const m = message ?? {};
  if (Array.isArray(m.photo) && m.photo.length > 0) {
    // Telegram lists sizes smallest first: keep the largest.
    const fileId = String(m.photo[m.photo.length - 1]?.file_id ?? '');
    if (fileId) return { kind: 'photo', fileId, mediaGroupId: typeof m.media_group_id === 'string' ? m.media_group_id : null };
  }
  const loc = m.location;
  if (loc && typeof loc.latitude === 'number' && typeof loc.longitude === 'number') {
    return { kind: 'location', latitude: loc.latitude, longitude: loc.longitude };
  }
  const contact = m.contact;
  if (contact && typeof contact.phone_number === 'string') {
    return { kind: 'contact', phone: contact.phone_number.slice(0, 32), own: contact.user_id !== undefined && contact.user_id === m.from?.id };
  }
  if (typeof m.text === 'string') return { kind: 'text', text: m.text };
  if (m.sticker) return { kind: 'other', what: 'sticker' };
  if (m.document) return { kind: 'other', what: 'document' };
  if (m.voice || m.audio || m.video_note) return { kind: 'other', what: 'voice' };
  if (m.video || m.animation) return { kind: 'other', what: 'video' };
  return { kind: 'other', what: 'unknown' };
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
