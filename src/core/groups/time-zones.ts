/** Kazakhstan's zones offered on the setup panel (all UTC+5 since March 2024), plus UTC. */
export const GROUP_TIME_ZONES = ['Asia/Almaty', 'Asia/Aqtobe', 'Asia/Atyrau', 'Asia/Oral', 'Asia/Qyzylorda', 'Asia/Aqtau', 'UTC'] as const;
export type GroupTimeZone = (typeof GROUP_TIME_ZONES)[number];

export const isGroupTimeZone = (v: unknown): v is GroupTimeZone =>
  typeof v === 'string' && (GROUP_TIME_ZONES as readonly string[]).includes(v);
