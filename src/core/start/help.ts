import { lines, message, msg, type MessageReply } from '../replies.ts';

/** /help: what the bot can do here; groups get the short list of group commands. */
export function help(isPrivate: boolean): MessageReply {
  return message(isPrivate ? lines(msg('help-private'), msg('help-footer')) : msg('help-group'));
}

export function welcome(firstTime: boolean): MessageReply {
  return message(lines(msg(firstTime ? 'start-welcome' : 'start-welcome-back'), msg('help-private')));
}
