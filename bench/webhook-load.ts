/**
 * The load of `npm run bench -- webhook`, in its own process: autocannon posts private `/help` updates
 * to a webhook over HTTP from `connections` connections, from as many chats in turn (update n comes
 * from chat n mod connections), `amount` updates in all with ids unique in the run. (autocannon starts
 * each request's context afresh, so a chat cannot be kept per connection: an earlier version that
 * tried sent every update from a new chat.)
 * Argument: JSON { url, secret, connections, amount, firstUpdateId, firstChatId }. Prints one JSON line.
 */
import autocannon from 'autocannon';

const o = JSON.parse(process.argv[2] ?? '{}') as {
  url: string;
  secret: string;
  connections: number;
  amount: number;
  firstUpdateId: number;
  firstChatId: number;
};

let updateId = o.firstUpdateId;
const text = '/help';

function update(): string {
  const id = updateId++;
  const chat = o.firstChatId + ((id - o.firstUpdateId) % o.connections);
  const from = { id: chat, is_bot: false, first_name: 'Resident', language_code: 'ru' };
  return JSON.stringify({
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chat, type: 'private', first_name: 'Resident' },
      from,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: text.length }],
    },
  });
}

const startedAt = Date.now();
const result = await autocannon({
  url: o.url,
  connections: o.connections,
  amount: o.amount,
  timeout: 30,
  requests: [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': o.secret },
      setupRequest: (req) => ({ ...req, body: update() }),
    },
  ],
});
console.log(
  JSON.stringify({
    startedAt,
    sent: result.requests.sent,
    ok: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    seconds: result.duration,
    latencyP50: result.latency.p50,
    latencyP99: result.latency.p99,
  }),
);
