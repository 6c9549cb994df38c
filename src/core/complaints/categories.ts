import type { Locale } from '../locale.ts';
import type { Category } from './types.ts';

/** A category's name in a language (Russian, then the code, when a name is missing). */
export const categoryName = (c: Category, locale: Locale): string => c.names[locale] || c.names.ru || c.code;

/** Kazakhstan's appeal law: an answer within 15 working days. */
export const DEFAULT_RESPONSE_DAYS = 15;

const cat = (
  code: string,
  group: string,
  names: Category['names'],
  keywords: string[],
  sortOrder: number,
  emergency: string | null = null,
): Category => ({ code, group, names, keywords, responseDays: DEFAULT_RESPONSE_DAYS, emergency, sortOrder, active: true });

/**
 * The seed list. Stored in ComplaintCategory and seeded idempotently: staff may rename, reorder,
 * deactivate or change targets in the database; re-seeding only adds missing codes.
 * Keywords (kk/ru/en, lower case) feed the complaint detector: `stem*` matches words starting with
 * the stem, anything else must match a whole word or phrase ("су" is water, "суық" is cold).
 */
export const SEED_CATEGORIES: readonly Category[] = [
  cat(
    'water',
    'utilities',
    { kk: 'Су', ru: 'Вода', en: 'Water' },
    ['вод*', 'канализац*', 'су', 'суы', 'суға', 'суды', 'сусыз', 'water', 'tap', 'pipe*', 'sewage'],
    10,
  ),
  cat(
    'roads',
    'infrastructure',
    { kk: 'Жолдар', ru: 'Дороги', en: 'Roads' },
    ['дорог*', 'ям*', 'асфальт*', 'жол', 'жолы', 'жолдар*', 'шұңқыр*', 'road*', 'pothole*', 'asphalt'],
    20,
  ),
  cat(
    'waste',
    'utilities',
    { kk: 'Қоқыс', ru: 'Мусор', en: 'Waste' },
    ['мусор*', 'свалк*', 'қоқыс*', 'garbage', 'trash', 'waste', 'rubbish'],
    30,
  ),
  cat('gas', 'utilities', { kk: 'Газ', ru: 'Газ', en: 'Gas' }, ['газ', 'газа', 'газом', 'газу', 'газы', 'газсыз', 'gas'], 40, '104'),
  cat(
    'electricity',
    'utilities',
    { kk: 'Электр жарығы', ru: 'Электричество', en: 'Electricity' },
    ['свет', 'света', 'светом', 'электр*', 'жарық*', 'power', 'electric*', 'blackout'],
    50,
  ),
  cat('heating', 'utilities', { kk: 'Жылу', ru: 'Отопление', en: 'Heating' }, ['отоплен*', 'батаре*', 'жылу', 'heating', 'radiator*'], 60),
  cat(
    'health',
    'social',
    { kk: 'Денсаулық', ru: 'Здравоохранение', en: 'Health' },
    ['больниц*', 'врач*', 'скор*', 'поликлиник*', 'аурухана*', 'дәрігер*', 'жедел жәрдем', 'hospital*', 'doctor*', 'ambulance', 'clinic*'],
    70,
    '103',
  ),
  cat(
    'transport',
    'infrastructure',
    { kk: 'Көлік', ru: 'Транспорт', en: 'Transport' },
    ['автобус*', 'маршрут*', 'көлік*', 'bus', 'buses', 'transport'],
    80,
  ),
  cat(
    'education',
    'social',
    { kk: 'Білім беру', ru: 'Образование', en: 'Education' },
    ['школ*', 'садик*', 'детсад*', 'мектеп*', 'балабақша*', 'school*', 'kindergarten*'],
    90,
  ),
  cat('other', 'other', { kk: 'Басқа', ru: 'Другое', en: 'Other' }, [], 100),
];
