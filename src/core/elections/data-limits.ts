/**
 * Limits a data file must keep before it is parsed at all. A YAML parser holds a node per nesting
 * level and recurses over them: 2 MB of `[[[[...` once took 10 s and 1.3 GB. Real election files nest
 * a handful of levels; these limits leave room for any hand-written file.
 */
export const DATA_LIMITS = {
  /** Brackets (`[` `{`) open at once. */
  maxFlowDepth: 64,
  /** Block nesting on one line: indentation columns plus chained `- ` / `? ` indicators. */
  maxIndent: 256,
  maxChainedIndicators: 32,
  /** Alias expansions (`*a`) while building the data: a billion-laughs file stops here. */
  maxAliasCount: 100,
  /**
   * Entries (lines plus `,`-separated flow items). The YAML library takes about 0.7 s per 20,000 on a
   * busy 2-core machine (more for long quoted strings), so a bigger file is refused: split it. The bot
   * reads uploads in a worker thread (adapters/elections/validate-in-worker.ts) besides.
   */
  maxEntries: 20_000,
} as const;

/** Where a file breaks a limit: `line 3, column 17: ...`, or null when it keeps them. */
export function nestingError(text: string, limits = DATA_LIMITS): string | null {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  let quote: '"' | "'" | null = null;
  let entries = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      if (++entries > limits.maxEntries)
        return `line ${line}: more than ${limits.maxEntries} entries in one file; split it into several files`;
      lineStart = i + 1;
      if (quote === "'") continue; // single-quoted scalars may span lines; so may double-quoted ones
      const block = blockError(text, lineStart, limits);
      if (block) return `line ${line}, column ${block.column}: ${block.message}`;
      continue;
    }
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1] ?? ' '))) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
    } else if (ch === '"' || (ch === "'" && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' '))) {
      quote = ch;
    } else if (ch === '[' || ch === '{') {
      if (++depth > limits.maxFlowDepth)
        return `line ${line}, column ${i - lineStart + 1}: nested more than ${limits.maxFlowDepth} levels deep`;
    } else if ((ch === ']' || ch === '}') && depth > 0) {
      depth--;
    } else if (ch === ',' && depth > 0 && ++entries > limits.maxEntries) {
      return `line ${line}, column ${i - lineStart + 1}: more than ${limits.maxEntries} entries in one file; split it into several files`;
    }
  }
  const first = blockError(text, 0, limits);
  return first ? `line 1, column ${first.column}: ${first.message}` : null;
}

/** Indentation and `- - - x` chains at the start of one line. */
function blockError(text: string, start: number, limits: typeof DATA_LIMITS): { column: number; message: string } | null {
  let i = start;
  while (text[i] === ' ') i++;
  if (i - start > limits.maxIndent) return { column: i - start + 1, message: `indented more than ${limits.maxIndent} columns` };
  let chained = 0;
  while ((text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
    if (++chained > limits.maxChainedIndicators)
      return { column: i - start + 1, message: `nested more than ${limits.maxChainedIndicators} levels deep` };
    i += 2;
    while (text[i] === ' ') i++;
  }
  return null;
}
