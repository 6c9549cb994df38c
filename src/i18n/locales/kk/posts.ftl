## Шағымдар шолуы
digest-title = Шағымдар: { $area }, { $from } – { $to }
digest-empty = Жаңа шағым жоқ, мерзімі өткені жоқ.
digest-category = { $category }: жаңа { $new }, шешілді { $resolved }, мерзімі өтті { $overdue }
digest-total = Барлығы: жаңа { $new }, шешілді { $resolved }, мерзімі өтті { $overdue }
digest-median-hours = Шешудің медиана уақыты: { $hours ->
    [one] { $hours } сағат
   *[other] { $hours } сағат
}
digest-median-days = Шешудің медиана уақыты: { $days } күн
digest-median-none = Бұл кезеңде бірде-бір шағым шешілген жоқ.

## Сайлау туралы еске салу
reminder-week = Бір аптадан кейін, { $date }, әкім сайлауы: { $area }.
reminder-day = Ертең, { $date }, әкім сайлауы: { $area }.
reminder-today = Бүгін, { $date }, әкім сайлауы: { $area }. Сайлау учаскелері 20:00-ге дейін ашық.
reminder-candidates-title = Бюллетеньдегі ретімен кандидаттар:
reminder-candidate = { $order }. { $name }
reminder-no-candidates = Кандидаттар тізімі әлі жарияланған жоқ.
reminder-nomination = Кандидат ұсыну: { $from } – { $to }
reminder-registration-deadline = Кандидаттарды тіркеу { $date } дейін
reminder-poll-date = Дауыс беру күні: { $date }

## Алдын ала қарау және қазір жариялау
menu-preview = Топ келесі не алады
preview-digest-at = Келесі шағымдар шолуы: { $date }, сағат { $time }. Қазір жіберілсе:
preview-digest-manual = Шағымдар шолуының кестесі жоқ. Қазір жіберілсе:
preview-reminders-at = Сайлау туралы келесі еске салу: { $date }, сағат { $time }.
preview-reminders-none = Сайлау туралы еске салу жоспарланбаған.
preview-results = Қорытындылар жарияланғанда не өзгергенде жіберіледі. Соңғысы:
preview-nothing = Әзірге жариялайтын ештеңе жоқ.
preview-no-subscriptions = Бұл топ кесте бойынша жарияланымдар алмайды. Әкімшілер оларды /setup арқылы қоса алады.
preview-post-now-hint = Қазір жариялау:
preview-post-now-digest = Шолуды қазір жариялау
preview-post-now-reminders = Еске салуды қазір жариялау
preview-post-now-results = Қорытындыны қазір жариялау
preview-usage = /preview пәрменінен кейін топтың id-ін жіберіңіз, мысалы: /preview -1001234567890
preview-admins-only = Мұны тек топ әкімшілері мен бот әкімшілері көре алады.
post-now-queued = Кезекке қойылды: жарияланым топта жақында шығады.
post-now-already = Бұл жарияланым қазір жіберіліп жатыр.
post-now-nothing = Қазір жариялайтын ештеңе жоқ.
