import type { UserId } from '../ids.ts';
import { button, edit, message, msg, type MessageReply } from '../replies.ts';
import { MY_PREFIX } from './list-my-complaints.ts';
import type { ComplaintRepository } from './ports.ts';

/** /forgetme, step one: say what will happen and ask (buttons `cm:f:y` / `cm:f:n`). */
export function askForgetMe(): MessageReply {
  return message(msg('complaint-forget-ask'), [
    [button(msg('complaint-button-forget-yes'), `${MY_PREFIX}:f:y`)],
    [button(msg('complaint-button-forget-no'), `${MY_PREFIX}:f:n`)],
  ]);
}

/**
 * /forgetme, confirmed: erases names, username, phone and contact/consent on the resident's
 * complaints; the complaints stay (anonymised) because the akimat still has to answer them and
 * they count in the public statistics. The resident is told exactly that.
 */
export async function forgetMe(complaints: Pick<ComplaintRepository, 'forgetUser'>, user: UserId): Promise<MessageReply> {
  const { complaints: kept, supported } = await complaints.forgetUser(user);
  return edit(msg('complaint-forget-done', { complaints: kept, supported }));
}

export const forgetMeDeclined = (): MessageReply => edit(msg('complaint-forget-declined'));
