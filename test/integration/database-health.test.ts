import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { TEST_PROVIDERS, migratedDatabase } from '../support/databases.ts';

describe.each(TEST_PROVIDERS)('the database health probe on %s', (provider) => {
  it('when three replicas probe a new database at the same moment, then every probe says ok', async () => {
    const fresh = await migratedDatabase(provider);
    const replicas = [fresh.db, await createDatabase(fresh.url), await createDatabase(fresh.url)];
    try {
      for (let round = 0; round < 5; round++) {
        // The probe's row is gone, as on a new database: each replica's write may be the first.
        await fresh.db.prisma.processedUpdate.deleteMany({ where: { updateId: -1n } });
        expect(await Promise.all(replicas.map((r) => r.health()))).toEqual(['ok', 'ok', 'ok']);
      }
      expect(await fresh.db.prisma.processedUpdate.count({ where: { updateId: -1n } })).toBe(1);
    } finally {
      await Promise.all(replicas.slice(1).map((r) => r.close()));
      await fresh.cleanup();
    }
  });
});
