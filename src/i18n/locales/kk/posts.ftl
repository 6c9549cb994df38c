## Шағымдар шолуы
digest-title = Шағымдар: { $area }, { $from } – { $to }
digest-empty = Жаңа шағым да, мерзімі өткен шағым да жоқ.
digest-category = { $category }: жаңа { $new }, шешілді { $resolved }, мерзімі өтті { $overdue }
digest-total = Барлығы: жаңа { $new }, шешілді { $resolved }, мерзімі өтті { $overdue }
digest-median-hours = Шешілген шағымдардың жартысы { $hours } сағат ішінде шешілді.
digest-median-days = Шешілген шағымдардың жартысы { $days } күн ішінде шешілді.
digest-median-none = Бұл кезеңде бірде-бір шағым шешілген жоқ.

## Сайлау туралы еске салу
reminder-week = Бір аптадан кейін, { $date }, әкім сайлауы: { $area }.
reminder-day = Ертең, { $date }, әкім сайлауы: { $area }.
reminder-today = Бүгін, { $date }, әкім сайлауы: { $area }. Сайлау учаскелері 20:00-ге дейін ашық.
reminder-candidates-title = Кандидаттар (бюллетеньдегі ретпен):
reminder-candidates-title-alphabetical = Кандидаттар (тегі бойынша әліпби ретімен; бюллетеньдегі рет жарияланбаған):
reminder-candidate = { $order }. { $name }
reminder-no-candidates = Кандидаттар тізімі әлі жарияланған жоқ.
reminder-nomination = Кандидаттарды ұсыну: { $from } – { $to }
reminder-registration-deadline = Кандидаттарды тіркеудің соңғы күні: { $date }
reminder-poll-date = Дауыс беру күні: { $date }

## Алдын ала қарау және қазір жариялау
menu-preview = Топқа келесі не жіберіледі
preview-digest-at = Келесі шағымдар шолуы: { $date }, сағат { $time }. Қазір жіберілсе, былай болады:
preview-digest-manual = Шағымдар шолуының кестесі жоқ. Қазір жіберілсе, былай болады:
preview-reminders-at = Сайлау туралы келесі еске салу: { $date }, сағат { $time }.
preview-reminders-none = Сайлау туралы еске салу жоспарланбаған.
preview-results = Қорытынды жарияланғанда немесе өзгергенде жіберіледі. Соңғысы:
preview-nothing = Әзірге жариялайтын ештеңе жоқ.
preview-no-subscriptions = Бұл топта жарияланымдар қосылмаған. Топ әкімшілері оларды /setup арқылы қоса алады.
preview-post-now-hint = Қазір жариялау:
preview-post-now-digest = Шолуды қазір жариялау
preview-post-now-reminders = Еске салуды қазір жариялау
preview-post-now-results = Қорытындыны қазір жариялау
preview-usage = /preview командасынан кейін топтың id-ін жазыңыз, мысалы: /preview -1001234567890
post-now-queued = Кезекке қойылды: жарияланым жақын арада топта шығады.
post-now-already = Бұл жарияланым қазір жіберіліп жатыр.
post-now-nothing = Қазір жариялайтын ештеңе жоқ.
