import { buttonFamily, field, type Field } from '../buttons.ts';
import { PERIOD_PATTERN } from './period.ts';

/** An area key (8 hex characters, see `areaKey`) or `-` for every area the admin may see. */
const areaOrAll: Field<string | null> = {
  write: (key) => key ?? '-',
  read: (t) => (t === '-' ? null : /^[0-9a-f]{8}$/.test(t) ? t : undefined),
};

/**
 * /report's buttons, `rp:<op>:<period>:<area key|->`: `v` sends the report for that period and area,
 * `a` lists areas to choose from (keeping the period). Periods as in `PERIOD_PATTERN`.
 */
export const reportData = buttonFamily('rp', {
  v: { period: field.matching(PERIOD_PATTERN), area: areaOrAll },
  a: { period: field.matching(PERIOD_PATTERN), area: areaOrAll },
});
export type ReportButton = NonNullable<ReturnType<typeof reportData.decode>>;
