import type { UserId } from '../ids.ts';
import { edit, message, msg, type MessageReply } from '../replies.ts';
import { myComplaintsData } from './buttons.ts';
import { DEFAULT_LIMITS, type ComplaintLimits } from './limits.ts';
import type { ComplaintRepository } from './ports.ts';

/** /forgetme, step one: say what will happen and ask (buttons `cm:f:y` / `cm:f:n`). */
export function askForgetMe(): MessageReply {
  return message(msg('complaint-forget-ask'), [
    [myComplaintsData.button(msg('complaint-button-forget-yes'), { op: 'f', answer: 'y' })],
    [myComplaintsData.button(msg('complaint-button-forget-no'), { op: 'f', answer: 'n' })],
  ]);
}

/**
 * /forgetme, confirmed: erases what points to the person (names, username, remembered settlement; on
 * their complaints the contact, location, photos, and phones, e-mails and IINs in the text). The
 * complaints stay without an author, because the akimat still has to answer them and they count in
 * the statistics: the akimat keeps the problem, not the person. The reply says exactly what was
 * removed and what was kept. The hourly limit keeps counting (under a keyed hash, for its window only),
 * so /forgetme is no way round it.
 */
export async function forgetMe(
  complaints: Pick<ComplaintRepository, 'forgetUser'>,
  user: UserId,
  now: Date = new Date(),
  limits: Pick<ComplaintLimits, 'rateWindowMinutes'> = DEFAULT_LIMITS,
): Promise<MessageReply> {
  const out = await complaints.forgetUser(user, new Date(now.getTime() - limits.rateWindowMinutes * 60_000));
  return edit(msg('complaint-forget-done', { ...out, minutes: limits.rateWindowMinutes }));
}

export const forgetMeDeclined = (): MessageReply => edit(msg('complaint-forget-declined'));
