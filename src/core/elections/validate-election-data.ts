import { isNode, isScalar, parseDocument, visit, type Alias, type Document, type YAMLMap } from 'yaml';
import { DATA_LIMITS, nestingError } from './data-limits.ts';
import type { z } from 'zod';
import { type ElectionData, electionDataSchema } from './import-format.ts';
import { crossCheck, referenceErrors, type KnownIds } from './cross-check.ts';

export type Validation = { ok: true; data: ElectionData } | { ok: false; errors: string[] };

/** `['elections', 2, 'candidates', 0, 'votes']` -> `elections[2].candidates[0].votes` */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += (out ? '.' : '') + String(part);
  }
  return out || '(file)';
}

function zodErrors(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

/**
 * Reads YAML (a superset of JSON, so .json files parse too) and reports syntax errors by line.
 * Nesting is checked before parsing and aliases while building the data (`DATA_LIMITS`), so a hostile
 * file (nested brackets, an alias bomb) gets an error with its line instead of memory and seconds.
 */
export function parseDataText(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  const nesting = nestingError(text);
  if (nesting) return { ok: false, errors: [nesting] };
  // The library's own unique-key check compares every key with every other (60,000 keys: 80 s);
  // duplicateKeyError does the same in one pass.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}` : '(file)'}: ${e.message.split('\n')[0]}`;
      }),
    };
  }
  const duplicate = duplicateKeyError(doc, text);
  if (duplicate) return { ok: false, errors: [duplicate] };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: DATA_LIMITS.maxAliasCount }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return { ok: false, errors: [aliasError(doc, text)] };
  }
}

/** The first key repeated within one mapping, by its place. */
function duplicateKeyError(doc: Document, text: string): string | null {
  let found: string | null = null;
  visit(doc, {
    Map(_key, map: YAMLMap) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        if (seen.has(key)) {
          const at = isScalar(pair.key) || isNode(pair.key) ? pair.key.range?.[0] : undefined;
          found = `${at === undefined ? '(file)' : positionOf(text, at)}: Map keys must be unique ("${key.slice(0, 40)}" repeats)`;
          return visit.BREAK;
        }
        seen.add(key);
      }
      return undefined;
    },
  });
  return found;
}

/** The alias the expansion limit stopped at: the last one in the file is where a bomb goes off. */
function aliasError(doc: Document, text: string): string {
  let last: Alias | null = null;
  visit(doc, { Alias: (_key, node) => void (last = node) });
  const at = (last as Alias | null)?.range?.[0];
  const where = at === undefined ? '(file)' : positionOf(text, at);
  return `${where}: aliases expand to more than ${DATA_LIMITS.maxAliasCount} nodes (an alias bomb?); write the values out instead`;
}

const positionOf = (text: string, offset: number): string => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
};

/**
 * Validates an election data file: syntax, shape (zod) and references between its parts
 * (areas, people, reruns, winners). `known` holds ids already in the database, so a file may refer
 * to areas or people loaded earlier. Every error names its place, e.g.
 * `elections[2].candidates[0].votes: expected a whole number >= 0`.
 */
export function validateElectionData(text: string, known: KnownIds = {}): Validation {
  const parsed = parseDataText(text);
  if (!parsed.ok) return parsed;
  if (parsed.value === null || parsed.value === undefined) return { ok: false, errors: ['(file): the file is empty'] };
  const result = electionDataSchema.safeParse(parsed.value);
  if (!result.success) {
    // Unknown areas and people are reported in the same run, not only after the types are fixed.
    const typeErrors = zodErrors(result.error);
    return { ok: false, errors: [...typeErrors, ...referenceErrors(parsed.value, known).filter((e) => !typeErrors.includes(e))] };
  }
  const errors = crossCheck(result.data, known);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result.data };
}
