import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/adapters/db/client.ts';
import { runComplaintsCli } from '../../src/cli/complaints.ts';
import { freshSqliteUrl } from '../support/databases.ts';

async function cli(args: string[], url: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const code = await runComplaintsCli(
    args,
    { DATABASE_URL: url, ...env },
    (l) => out.push(l),
    (l) => out.push(l),
  );
  return { code, text: out.join('\n') };
}

describe('npm run complaints -- add (a complaint taken by phone)', () => {
  it('when staff record a call on a new install, then it gets a reference that set-status, reopening and show accept', async () => {
    const url = freshSqliteUrl(); // never migrated, no categories yet
    const added = await cli(
      ['add', '--category', 'water', '--description', 'Третий день нет воды на улице Абая', '--name', 'Әлия', '--phone', '+7 701 000 0000'],
      url,
    );
    expect(added.code).toBe(0);
    const reference = /^(C-\d{4}-\d{6}): filed \(water, no settlement\), answer due \d{4}-\d{2}-\d{2}$/.exec(added.text)?.[1];
    expect(reference).toBeDefined();
    expect((await cli(['set-status', reference!, 'resolved', '--note', 'Водопровод починили', '--actor', '123456'], url)).code).toBe(0);
    const reopened = await cli(['set-status', reference!, 'in_progress', '--note', 'Вода снова пропала'], url);
    expect(reopened.text).toContain(`${reference}: resolved -> in_progress`);
    const shown = await cli(['show', reference!], url);
    expect(shown.text).toMatch(/status=in_progress/);
    expect(shown.text).toContain('contact: Әлия +7 701 000 0000');
  });

  it('when the category or the area does not exist, then it is an error naming the flag and nothing is filed', async () => {
    const url = freshSqliteUrl();
    expect(await cli(['add', '--category', 'nosuch', '--description', 'x y z'], url)).toMatchObject({
      code: 2,
      text: expect.stringMatching(/--category: unknown category "nosuch" \(.*water/),
    });
    expect(await cli(['add', '--category', 'water', '--area', 'no/such', '--description', 'x y z'], url)).toMatchObject({
      code: 2,
      text: expect.stringContaining('--area: unknown area "no/such"'),
    });
    expect(await cli(['add', '--category', 'water'], url)).toMatchObject({ code: 2, text: expect.stringContaining('--description') });
  });

  it('when a call is recorded, then the staff responsible hear of it like of a complaint filed in the bot (no one responsible: the owners)', async () => {
    const url = freshSqliteUrl();
    const added = await cli(['add', '--category', 'roads', '--description', 'Яма у школы'], url, { ADMIN_IDS: '4242, 4343' });
    expect(added.code).toBe(0);
    const db = await createDatabase(url);
    try {
      const alerts = await db.prisma.staffAlert.findMany({ orderBy: { adminId: 'asc' } });
      expect(alerts.map((a) => [a.adminId, a.kind, a.categoryCode, a.sentAt])).toEqual([
        [4242n, 'new', 'roads', null],
        [4343n, 'new', 'roads', null],
      ]);
    } finally {
      await db.close();
    }
    expect(await cli(['add', '--category', 'roads', '--description', 'Яма'], url, { ADMIN_IDS: '42,abc' })).toMatchObject({
      code: 2,
      text: expect.stringContaining('ADMIN_IDS must be comma-separated Telegram user ids'),
    });
  });
});
