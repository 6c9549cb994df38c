import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/core/complaints/form-prompts.ts';

describe('the "+1" excerpt of another resident\'s complaint', () => {
  it('when the text holds a phone, an e-mail or a @handle, then they are masked', () => {
    const text = 'Нет воды, звоните +7 (701) 234-56-78 или 87012345678, пишите aliya@mail.kz или @aliya_k';
    const shown = excerpt(text, 200);
    expect(shown).not.toMatch(/701|234|8701|aliya/);
    expect(shown).toMatch(/^Нет воды, звоните •••/);
  });

  it('when the text is long, then it is cut with an ellipsis; short numbers (house 12) stay', () => {
    expect(excerpt('Дом 12, подъезд 3: '.repeat(10), 30)).toHaveLength(30);
    expect(excerpt('Дом 12, подъезд 3')).toBe('Дом 12, подъезд 3');
  });
});
