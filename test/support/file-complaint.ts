import { formData } from '../../src/core/complaints/form/buttons.ts';
import type { NewComplaint } from '../../src/core/complaints/types.ts';
import { userId } from '../../src/core/ids.ts';
import { SKIP_MARK } from '../../src/core/complaints/form/state.ts';
import type { Harness } from './harness.ts';
import { callback, privateText } from './updates.ts';

/**
 * Files a complaint through the form as a resident would: category, settlement (typed; null = "without
 * a settlement"), a new complaint even when similar ones are offered, description, no photos, no
 * place, no consent; returns its reference.
 */
export async function fileThroughForm(
  h: Harness,
  user: number,
  category: string,
  settlement: string | null,
  description: string,
): Promise<string> {
  const press = async (action: Parameters<typeof formData.encode>[0]['action'], arg = '') =>
    h.texts(await h.send(callback(user, formData.encode({ action, arg })))).join('\n');
  const say = async (text: string) => h.texts(await h.send(privateText(user, text))).join('\n');
  await say('/complain');
  let step = await press('cat', category);
  if (/населённом пункте/.test(step)) {
    if (settlement) step = await say(settlement);
    else {
      await say('Жаңаауыл-12');
      step = await press('set', 'none');
    }
  }
  if (!/Опишите проблему/.test(step)) step = await press('new');
  await say(description);
  await press('next');
  await say(`${SKIP_MARK} Пропустить`);
  await press('consent', 'n');
  const filed = await press('send');
  const reference = /C-\d{4}-\d{6}/.exec(filed)?.[0];
  if (!reference) throw new Error(`not filed: ${filed.slice(0, 200)}`);
  return reference;
}

/** A complaint as a repository takes it: private, no place, no photos, no consent, due in 15 days. */
export function plainComplaint(author: number, categoryCode: string, description: string): NewComplaint {
  return {
    year: 2026,
    categoryCode,
    areaId: null,
    source: 'private',
    sourceChatId: null,
    authorId: userId(author),
    consent: false,
    contactName: null,
    contactHandle: null,
    createdAt: new Date(),
    dueAt: new Date(Date.now() + 15 * 86_400_000),
    description,
    photos: [],
    latitude: null,
    longitude: null,
  };
}
