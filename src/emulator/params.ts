/**
 * Turns an HTTP request to the fake Bot API into a params record, the way the
 * real server does: query string, JSON, urlencoded and multipart bodies all
 * count, JSON-looking strings are parsed, and numeric ids may come as strings.
 */
import type { IncomingMessage } from 'node:http';
import { multipartBoundary, parseMultipart, type UploadedFile } from './multipart.ts';

/** A method's parameters: arbitrary Bot API payloads, hence `any`. */
export type Params = Record<string, any>;

/** Thrown when a request body cannot be read or parsed. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Keys whose values are ids or counters and must be numbers even when sent as strings. */
const NUMERIC_KEYS = new Set([
  'chat_id',
  'user_id',
  'message_id',
  'offset',
  'limit',
  'timeout',
  'from_chat_id',
  'message_thread_id',
  'reply_to_message_id',
  'cache_time',
  'max_connections',
  'until_date',
]);

/** Free-text keys that must stay strings even when they look like JSON (`text: "[1]"`). */
const TEXT_KEYS = new Set([
  'text',
  'caption',
  'title',
  'description',
  'short_description',
  'question',
  'explanation',
  'name',
  'query',
  'data',
  'secret_token',
  'url',
  'callback_query_id',
  'file_id',
  'custom_title',
]);

/** Reads the whole body, failing with 413 past `maxBytes` (Telegram refuses uploads over 50 MB). */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyError(413, 'Request Entity Too Large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Builds the params record from the query string and the body of any supported content type. */
export function parseParams(query: URLSearchParams, contentType: string | undefined, body: Buffer): Params {
  const params: Params = {};
  for (const [key, value] of query) params[key] = coerceString(key, value);
  Object.assign(params, parseBody(contentType, body));
  for (const key of NUMERIC_KEYS) {
    if (typeof params[key] === 'string' && /^-?\d+$/.test(params[key])) params[key] = Number(params[key]);
  }
  return params;
}

function parseBody(contentType: string | undefined, body: Buffer): Params {
  if (body.length === 0) return {};
  const type = (contentType ?? '').toLowerCase();
  const boundary = multipartBoundary(contentType);
  if (boundary) return parseMultipartParams(body, boundary);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const params: Params = {};
    for (const [key, value] of new URLSearchParams(body.toString('utf8'))) params[key] = coerceString(key, value);
    return params;
  }
  // Telegram treats an unlabeled body as JSON too; telegraf and grammY always label theirs.
  try {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Params;
  } catch {
    // fall through to the error below
  }
  throw new BodyError(400, 'Bad Request: invalid JSON body');
}

function parseMultipartParams(body: Buffer, boundary: string): Params {
  let parsed;
  try {
    parsed = parseMultipart(body, boundary);
  } catch (err) {
    throw new BodyError(400, `Bad Request: ${(err as Error).message}`);
  }
  const params: Params = {};
  for (const [key, value] of Object.entries(parsed.fields)) params[key] = coerceString(key, value);
  const unclaimed = new Map(Object.entries(parsed.files));
  for (const key of Object.keys(params)) params[key] = resolveAttachments(params[key], unclaimed);
  // Files not referenced via attach:// are sent under their own param name (telegraf style).
  for (const [key, file] of unclaimed) params[key] = file;
  return params;
}

/**
 * Replaces `attach://<name>` strings (grammY always uses them; telegraf for
 * media groups) with the uploaded file, also inside parsed JSON such as `media`.
 */
function resolveAttachments(value: unknown, files: Map<string, UploadedFile>): unknown {
  if (typeof value === 'string' && value.startsWith('attach://')) {
    const name = value.slice('attach://'.length);
    const file = files.get(name);
    if (!file) return value;
    files.delete(name);
    return file;
  }
  if (Array.isArray(value)) return value.map((item) => resolveAttachments(item, files));
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    const out: Params = {};
    for (const [k, v] of Object.entries(value)) out[k] = resolveAttachments(v, files);
    return out;
  }
  return value;
}

/** In urlencoded and multipart bodies everything is a string; objects such as reply_markup arrive as JSON. */
function coerceString(key: string, value: string): unknown {
  if (TEXT_KEYS.has(key)) return value;
  const trimmed = value.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return JSON.parse(trimmed);
    } catch {
      return value;
    }
  }
  return value;
}

/** Telegram accepts `true`, `"true"`, `"1"` and the like for Boolean params. */
export function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === 'true' || value === '1' || value === 'True';
}
