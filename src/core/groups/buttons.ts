import { buttonFamily, field } from '../buttons.ts';
import { LOCALES } from '../locale.ts';
import { SUBSCRIPTION_KINDS } from './ports.ts';
import { SCHEDULE_PRESETS, type SchedulePresetId } from './schedule-presets.ts';
import { GROUP_TIME_ZONES, type GroupTimeZone } from './time-zones.ts';

const kind = field.oneOf(SUBSCRIPTION_KINDS);
/** A forum topic's message_thread_id (0 = General). */
const thread = field.custom<number>(String, (t) => (/^\d{1,10}$/.test(t) ? Number(t) : null));
const presets = Object.keys(SCHEDULE_PRESETS) as SchedulePresetId[];
/** A zone travels as its index in GROUP_TIME_ZONES (one digit). */
const zone = field.custom<GroupTimeZone>(
  (z) => String(GROUP_TIME_ZONES.indexOf(z)),
  (t) => (/^\d$/.test(t) ? (GROUP_TIME_ZONES[Number(t)] ?? null) : null),
);

/**
 * Callback data of a group's settings panel (`/setup`), `gs:<op>:<args>`:
 * - `gs:m` the panel; `gs:x` close it
 * - `gs:s` settlements; `gs:q` search by name; `gs:t:<areaId?>:<page?>` browse the tree;
 *   `gs:a:<areaId>` add; `gs:r:<areaId>` remove (area ids come from data files: too long ones get no button)
 * - `gs:l` languages; `gs:lc:<locale>` choose one
 * - `gs:z` time zones; `gs:zc:<index>` choose one
 * - `gs:p` posts; `gs:k:<kind>` one kind; `gs:kp:<kind>:<preset|off|ev>` a timetable; `gs:kc:<kind>` type a cron
 * - forums: `gs:kt:<kind>` pick the kind's topic; `gs:tc:<kind>:<thread>` choose one; `gs:th:<kind>:<thread>` from `/setup here`
 */
export const groupsData = buttonFamily('gs', {
  m: {},
  x: {},
  s: {},
  q: {},
  t: { areaId: field.text, page: field.optional(field.int) },
  a: { areaId: field.id },
  r: { areaId: field.id },
  l: {},
  lc: { locale: field.oneOf(LOCALES) },
  z: {},
  zc: { zone },
  p: {},
  k: { kind },
  kp: { kind, preset: field.oneOf([...presets, 'off', 'ev'] as const) },
  kc: { kind },
  kt: { kind },
  tc: { kind, thread },
  th: { kind, thread },
});
export type GroupsButton = NonNullable<ReturnType<typeof groupsData.decode>>;
