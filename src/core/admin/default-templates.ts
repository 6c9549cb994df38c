import type { Locale } from '../locale.ts';
import { ANY_CATEGORY, type NewResponseTemplate } from './response-templates.ts';

type Texts = Record<Locale, string>;
const t = (status: NewResponseTemplate['status'], texts: Texts, categoryCode = ANY_CATEGORY, sortOrder = 0): NewResponseTemplate[] =>
  (Object.entries(texts) as [Locale, string][]).map(([locale, text]) => ({ categoryCode, status, locale, text, sortOrder }));

/** Ready answers a new install starts with; owners change them with /templates. */
export const DEFAULT_TEMPLATES: readonly NewResponseTemplate[] = [
  ...t('acknowledged', {
    kk: 'Шағымыңыз тіркелді, жауапты қызметкерге жіберілді. Мерзімінде жауап береміз.',
    ru: 'Жалоба принята и передана ответственному сотруднику. Ответим в установленный срок.',
    en: 'Your complaint is registered and passed to the person responsible. We will answer within the deadline.',
  }),
  ...t('in_progress', {
    kk: 'Жұмыс басталды. Аяқталғанда хабарлаймыз.',
    ru: 'Работы начаты. Сообщим, когда закончим.',
    en: 'Work has started. We will tell you when it is done.',
  }),
  ...t(
    'in_progress',
    {
      kk: 'Жолды жөндеу жоспарға енгізілді. Ауа райы мүмкіндік бергенде жұмыс жасалады.',
      ru: 'Ремонт дороги включён в план. Работы проведут, как позволит погода.',
      en: 'The road repair is in the plan. The work will be done as soon as the weather allows.',
    },
    'roads',
  ),
  ...t('resolved', {
    kk: 'Мәселе шешілді. Әлі де шешілмесе, /mycomplaints арқылы хабарлаңыз.',
    ru: 'Проблема устранена. Если это не так, сообщите через /mycomplaints.',
    en: 'The problem has been fixed. If it has not, tell us through /mycomplaints.',
  }),
  ...t(
    'resolved',
    {
      kk: 'Су беру қалпына келтірілді. Рахмет, күткеніңіз үшін.',
      ru: 'Подача воды восстановлена. Спасибо за терпение.',
      en: 'The water supply is back. Thank you for your patience.',
    },
    'water',
  ),
  ...t('rejected', {
    kk: 'Тексеру кезінде мәселе расталмады. Сұрақтарыңыз болса, жаңа шағым жіберіңіз.',
    ru: 'При проверке проблема не подтвердилась. Если есть вопросы, подайте новую жалобу.',
    en: 'The check did not confirm the problem. If you have questions, please file a new complaint.',
  }),
  ...t('not_responsible', {
    kk: 'Бұл мәселе әкімдіктің құзырына жатпайды. Тиісті қызметке хабарласыңыз.',
    ru: 'Этот вопрос не входит в полномочия акимата. Обратитесь в соответствующую службу.',
    en: 'This is outside the akimat’s remit. Please contact the service responsible.',
  }),
];
