// Derives prisma/postgresql/schema.prisma from prisma/sqlite/schema.prisma.
// Prisma wants a literal provider (no env()), so the second provider needs a second file; deriving it
// keeps one file to edit. Pure: text in, text out, so a test can compare it with the committed copy.

/** Header written at the top of the derived schema. */
export const GENERATED_HEADER = [
  '// GENERATED from prisma/sqlite/schema.prisma by scripts/generate-clients.mjs (npm run db:generate).',
  '// Do not edit: change the sqlite schema and regenerate; test/unit/schema-drift.test.ts checks this copy.',
];

/**
 * Replaces exactly one match of `pattern` in `text`, or throws: a schema edit that breaks the
 * derivation must fail loudly instead of producing a half-sqlite postgres schema.
 * @param {string} text
 * @param {RegExp} pattern global regexp
 * @param {string} replacement
 * @param {string} what used in the error message
 */
function replaceOnce(text, pattern, replacement, what) {
  const count = [...text.matchAll(pattern)].length;
  if (count !== 1) throw new Error(`derive-postgres-schema: expected one ${what}, found ${count}`);
  return text.replace(pattern, replacement);
}

/**
 * Turns the sqlite schema text into the postgresql one: provider, client output folder and header.
 * The sqlite file's leading comment block (which talks about being the file to edit) is dropped.
 * @param {string} sqliteSchema contents of prisma/sqlite/schema.prisma
 * @returns {string} contents for prisma/postgresql/schema.prisma
 */
export function derivePostgresSchema(sqliteSchema) {
  const text = sqliteSchema.replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  let start = 0;
  while (start < lines.length && /^\s*\/\/(?!\/)/.test(lines[start])) start++;
  let body = lines.slice(start).join('\n').replace(/^\n+/, '');
  body = replaceOnce(body, /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/g, '$1"postgresql"', 'sqlite datasource provider');
  body = replaceOnce(body, /(output\s*=\s*"[^"]*\/generated\/)sqlite"/g, '$1postgresql"', 'generator output ending in /generated/sqlite');
  return `${GENERATED_HEADER.join('\n')}\n\n${body}`;
}
