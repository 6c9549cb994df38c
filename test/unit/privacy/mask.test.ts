import { describe, expect, it } from 'vitest';
import { MASK, maskPersonalData, maskedExcerpt } from '../../../src/core/privacy/mask.ts';

describe('masking what identifies a resident in their own words', () => {
  it.each([
    ['+7 701 123 45 67'],
    ['+7 (701) 123-45-67'],
    ['8(701)1234567'],
    ['8 (701) 123 45 67'],
    ['8.701.123.45.67'],
    ['8/701/123/45/67'],
    ['87011234567'],
    ['+77011234567'],
    ['701 123 45 67'],
    ['8-701-123-45-67'],
    ['8 7132 21 34 56'],
    ['2-15-34'],
    ['21 34 56'],
  ])('when a phone is written as %s, then no digit of it is left', (phone) => {
    const shown = maskPersonalData(`Звоните ${phone} вечером`);
    expect(shown).toBe(`Звоните ${MASK} вечером`);
  });

  it.each([['aliya@mail.kz'], ['a.b+c@gov.kz'], ['иван@почта.рф'], ['әлия.қасым@пошта.қаз'], ['ALIYA_1@Example.COM']])(
    'when an e-mail %s is in the text, then it is masked whatever the script',
    (email) => {
      expect(maskPersonalData(`пишите ${email}, спасибо`)).toBe(`пишите ${MASK}, спасибо`);
    },
  );

  it('when @handles and t.me links are in the text, then they are masked', () => {
    expect(maskPersonalData('мой ник @aliya_k, канал t.me/oiyl_water и https://t.me/+AbCdEf123 и telegram.me/joinchat/xyz')).toBe(
      `мой ник ${MASK}, канал ${MASK} и ${MASK} и ${MASK}`,
    );
  });

  it('when an IIN (12 digits) is in the text, with or without spaces, then it is masked', () => {
    expect(maskPersonalData('ИИН 880101300123.')).toBe(`ИИН ${MASK}.`);
    expect(maskPersonalData('ЖСН: 880101 300 123')).toBe(`ЖСН: ${MASK}`);
  });

  it('when the text has house numbers, years, amounts and dates, then they stay', () => {
    expect(maskPersonalData('см. C-2026-000123')).toBe('см. C-2026-000123');
    const text = 'Дом 12, кв. 45, подъезд 3: с 12.03.2026 (2026-03-12) нет воды, 2021-2023 ремонт, заплатили 15000 тенге в 14:30';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('when masked twice, then nothing changes (idempotent)', () => {
    const once = maskPersonalData('звоните 87011234567 или @aliya, aliya@mail.kz');
    expect(maskPersonalData(once)).toBe(once);
    expect(once).not.toMatch(/\d{3}|aliya/);
  });

  it('when an excerpt is cut, then it is masked first and ends with an ellipsis', () => {
    const shown = maskedExcerpt('Нет воды, звоните 8.701.123.45.67 '.repeat(5), 40);
    expect(shown).toHaveLength(40);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown).not.toMatch(/701/);
  });

  it('when text has no digit, no @ and no link, then it comes back as the very same string', () => {
    const text = 'Третий день нет воды, "контейнеры" переполнены: ә ғ қ ң ө ұ ү һ і';
    expect(maskPersonalData(text)).toBe(text);
  });

  it('when a link is in capitals or a handle stands without digits, then it is still masked', () => {
    expect(maskPersonalData('пишите T.ME/Aliya_K или HTTPS://TELEGRAM.DOG/x')).toBe(`пишите ${MASK} или ${MASK}`);
    expect(maskPersonalData('спросите @aliya_k')).toBe(`спросите ${MASK}`);
    expect(maskPersonalData('почта әлия@пошта.қаз')).toBe(`почта ${MASK}`);
  });
});
