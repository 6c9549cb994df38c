import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FRAMEWORKS, startHarness, type Harness } from '../support/harness.ts';
import { callback, groupText, myChatMember } from '../support/updates.ts';
import { groupsData } from '../../src/core/groups/buttons.ts';

const KAZAKH_LETTERS = /[әғқңөұүһі]/i;

describe.each(FRAMEWORKS)('group answers under %s', (framework) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ framework });
    const prisma = h.app.db.prisma;
    await prisma.area.create({
      data: {
        id: 'aktobe',
        parentId: null,
        kind: 'province',
        nameKk: 'Ақтөбе облысы',
        nameRu: 'Актюбинская область',
        nameEn: 'Aktobe Region',
      },
    });
    await prisma.area.create({
      data: { id: 'aktobe/karasu', parentId: 'aktobe', kind: 'settlement', nameKk: 'Қарасу', nameRu: 'Карасу', nameEn: 'Karasu' },
    });
    await prisma.election.create({ data: { id: 'e-karasu', areaId: 'aktobe/karasu', pollDate: new Date('2030-06-01T03:00:00Z') } });
  });
  afterAll(async () => h?.stop());

  it('when /elections, /candidates or /results come before setup, then each gets one answer saying an admin must run /setup', async () => {
    await h.send(myChatMember(-6001, 71, 'left', 'member'));
    for (const cmd of ['/elections', '/candidates', '/results@test_bot']) {
      const texts = h.texts(await h.send(groupText(-6001, 72, cmd)));
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/\/setup/);
    }
  });

  it('when the group is set up in Kazakh, then the commands answer for its settlement in Kazakh without asking', async () => {
    h.fake.setChatMember(-6002, 73, 'creator');
    await h.send(myChatMember(-6002, 73, 'left', 'member'));
    await h.send(callback(73, groupsData.encode({ op: 'a', areaId: 'aktobe/karasu' }), { chatId: -6002 }));
    await h.send(callback(73, groupsData.encode({ op: 'lc', locale: 'kk' }), { chatId: -6002 }));
    for (const cmd of ['/elections', '/candidates', '/results']) {
      const calls = await h.send(groupText(-6002, 74, cmd, { languageCode: 'ru' }));
      const texts = h.texts(calls);
      expect(texts, cmd).toHaveLength(1);
      expect(texts[0], cmd).toMatch(KAZAKH_LETTERS);
      expect(texts[0], cmd).not.toMatch(/\/setup|Қай елді мекен/);
      expect(texts[0], cmd).toMatch(/Қарасу/);
    }
  });
});
