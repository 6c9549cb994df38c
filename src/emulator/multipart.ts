/**
 * A small multipart/form-data parser for the fake Bot API server.
 *
 * Written by hand because grammY writes `filename=report.csv` without quotes,
 * which Node's `Request.formData()` rejects, while telegraf quotes it. Both
 * must be accepted, as the real Bot API does.
 */

/** A file part of a multipart body, as recorded in the fake's call log. */
export interface UploadedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

/** The parts of a multipart body: text fields and file parts, keyed by part name. */
export interface MultipartBody {
  fields: Record<string, string>;
  files: Record<string, UploadedFile>;
}

/** Extracts the boundary from a `multipart/form-data; boundary=...` header, or undefined. */
export function multipartBoundary(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data/i.test(contentType)) return undefined;
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return match ? (match[1] ?? match[2]) : undefined;
}

/**
 * Parses a multipart/form-data body. Tolerates lower-case, space-less headers
 * (`content-disposition:form-data;name="x"`) and unquoted filenames.
 * Throws on a body without the opening boundary.
 */
export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = { fields: {}, files: {} };
  const opener = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let pos = body.indexOf(opener);
  if (pos < 0) throw new Error('multipart body without boundary');
  pos += opener.length;
  for (;;) {
    // After a delimiter comes either "--" (the end) or CRLF and the next part.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) break;
    pos = skipLineBreak(body, pos);
    const headerEnd = body.indexOf('\r\n\r\n', pos);
    if (headerEnd < 0) throw new Error('multipart part without header end');
    const headers = parseHeaders(body.subarray(pos, headerEnd).toString('utf8'));
    const dataStart = headerEnd + 4;
    const dataEnd = body.indexOf(delimiter, dataStart);
    if (dataEnd < 0) throw new Error('multipart body without closing boundary');
    addPart(result, headers, body.subarray(dataStart, dataEnd));
    pos = dataEnd + delimiter.length;
  }
  return result;
}

function skipLineBreak(body: Buffer, pos: number): number {
  if (body[pos] === 0x0d && body[pos + 1] === 0x0a) return pos + 2;
  if (body[pos] === 0x0a) return pos + 1;
  return pos;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split(/\r\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function addPart(result: MultipartBody, headers: Map<string, string>, data: Buffer): void {
  const disposition = parseDisposition(headers.get('content-disposition') ?? '');
  const name = disposition.name;
  if (name === undefined) return;
  const filename = disposition['filename*'] ?? disposition.filename;
  if (filename === undefined) {
    result.fields[name] = data.toString('utf8');
    return;
  }
  result.files[name] = {
    filename,
    contentType: headers.get('content-type') ?? 'application/octet-stream',
    // Copy so the recorded file does not pin the whole request body in memory.
    data: Buffer.from(data),
  };
}

/**
 * Parses `form-data; name="a"; filename=b c.pdf` into `{name, filename}`.
 * An unquoted value runs until the next `; key=` so that unquoted filenames
 * with spaces or semicolons (grammY writes them raw) survive.
 */
export function parseDisposition(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  const re = /;\s*([\w*-]+)\s*=\s*/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(header))) {
    const key = match[1].toLowerCase();
    let value: string;
    let end: number;
    if (header[re.lastIndex] === '"') {
      ({ value, end } = readQuoted(header, re.lastIndex + 1));
    } else {
      const rest = header.slice(re.lastIndex);
      const next = /;\s*[\w*-]+\s*=/.exec(rest);
      end = re.lastIndex + (next ? next.index : rest.length);
      value = header.slice(re.lastIndex, end).trim();
    }
    params[key] = key.endsWith('*') ? decodeExtValue(value) : value;
    re.lastIndex = end;
  }
  return params;
}

/**
 * Reads a quoted value. A quote ends it only when followed by `;` or the end,
 * because telegraf writes names raw: `filename="say "hi".txt"`.
 */
function readQuoted(s: string, start: number): { value: string; end: number } {
  let value = '';
  let i = start;
  for (; i < s.length; i++) {
    if (s[i] === '"' && /^\s*(;|$)/.test(s.slice(i + 1))) break;
    if (s[i] === '\\' && s[i + 1] === '"') i++;
    value += s[i];
  }
  return { value, end: i + 1 };
}

/** Decodes an RFC 5987 value such as `UTF-8''%D0%BE%D1%82%D1%87%D1%91%D1%82.csv`. */
function decodeExtValue(value: string): string {
  const match = /^[\w-]*'[\w-]*'(.*)$/.exec(value);
  if (!match) return value;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
