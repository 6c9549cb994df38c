import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { type ElectionData, electionDataSchema } from './import-format.ts';
import { crossCheck, type KnownIds } from './cross-check.ts';

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

/** Reads YAML (a superset of JSON, so .json files parse too) and reports syntax errors by line. */
export function parseDataText(text: string): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = e.linePos?.[0];
        return `${pos ? `line ${pos.line}, column ${pos.col}` : '(file)'}: ${e.message.split('\n')[0]}`;
      }),
    };
  }
  return { ok: true, value: doc.toJS() };
}

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
  if (!result.success) return { ok: false, errors: zodErrors(result.error) };
  const errors = crossCheck(result.data, known);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result.data };
}
