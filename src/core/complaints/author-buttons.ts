import { buttonFamily, field } from '../buttons.ts';

/**
 * The author's own actions on an open complaint (private chat), `ca:<op>:<complaint id>`:
 * - `ca:a:<id>` add words or photos; `ca:d:<id>` done adding
 * - `ca:w:<id>` withdraw (asks first); `ca:y:<id>` withdraw, confirmed
 */
export const authorActionData = buttonFamily('ca', {
  a: { id: field.int },
  d: { id: field.int },
  w: { id: field.int },
  y: { id: field.int },
});
export type AuthorActionButton = NonNullable<ReturnType<typeof authorActionData.decode>>;
