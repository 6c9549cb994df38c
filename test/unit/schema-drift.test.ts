import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema } from '../../scripts/derive-postgres-schema.mjs';
import { DEFAULT_PRISMA_DIR, migrationNames } from '../../src/adapters/db/migrations/index.ts';

const read = (...parts: string[]): string => readFileSync(join(DEFAULT_PRISMA_DIR, ...parts), 'utf8');
const generated = join(DEFAULT_PRISMA_DIR, '..', 'src', 'adapters', 'db', 'generated');

describe('one schema, two providers', () => {
  it('when the sqlite schema changes, then the committed postgres schema is regenerated from it', () => {
    // Failing here means: run `npm run db:generate` and commit prisma/postgresql/schema.prisma.
    expect(read('postgresql', 'schema.prisma')).toBe(derivePostgresSchema(read('sqlite', 'schema.prisma')));
  });

  it('then both migrations folders hold the same migration names', async () => {
    const sqlite = await migrationNames(join(DEFAULT_PRISMA_DIR, 'sqlite', 'migrations'));
    expect(sqlite.length).toBeGreaterThan(0);
    expect(await migrationNames(join(DEFAULT_PRISMA_DIR, 'postgresql', 'migrations'))).toEqual(sqlite);
  });

  it('then each migrations folder is locked to its own provider', () => {
    for (const provider of ['sqlite', 'postgresql']) {
      expect(read(provider, 'migrations', 'migration_lock.toml')).toContain(`provider = "${provider}"`);
    }
  });

  it('then both generated clients have the same models and fields', async () => {
    // Browser entry points: the model and field name maps without loading a query engine.
    const entry = (provider: string): string => join(generated, provider, 'browser.ts');
    if (!existsSync(entry('sqlite')) || !existsSync(entry('postgresql'))) {
      throw new Error('generated Prisma clients missing: run `npm run db:generate`');
    }
    const shape = async (provider: string) => {
      const { Prisma } = (await import(entry(provider))) as { Prisma: Record<string, unknown> };
      return Object.fromEntries(Object.entries(Prisma).filter(([name]) => name === 'ModelName' || name.endsWith('ScalarFieldEnum')));
    };
    const sqlite = await shape('sqlite');
    expect(Object.keys(sqlite.ModelName as object).length).toBeGreaterThan(0);
    expect(await shape('postgresql')).toEqual(sqlite);
  });
});
