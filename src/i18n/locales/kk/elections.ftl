## Command menu
menu-elections = Алдағы және соңғы сайлаулар
menu-candidates = Кім түседі
menu-results = Сайлау нәтижелері

## Choosing a place
elections-choose-place = Қай елді мекен туралы сұрайсыз? Облысты таңдаңыз:
elections-choose-in = { $area }: елді мекенді таңдаңыз.
elections-choose-among = Бірнеше жер сәйкес келеді. Қайсысын айтып тұрсыз?
elections-place-not-found = «{ $query }» деген жерді таба алмадым. Тізімнен таңдаңыз немесе жазылуын тексеріңіз.
elections-group-needs-setup = Бұл топ үшін елді мекен әлі таңдалмаған. Алдымен топ әкімшісі /setup пәрменін орындауы керек.
elections-no-data = Сайлау деректері әлі жүктелмеген.
elections-button-change-place = Басқа жер
elections-button-whole-area = Барлық аймақ: { $area }

## Lists of elections
elections-list-title = Сайлаулар: { $area }
elections-line = { $date } — { $area }: { $status ->
    [scheduled] тағайындалды
    [held] өтті
    [annulled] нәтижесі жойылды
    [rerun_scheduled] нәтижесі жойылды, қайта сайлау тағайындалды
    [cancelled] болмай қалды
   *[other] { $status }
}
elections-none-for-area = { $area } үшін сайлау туралы мәлімет әзірге жоқ.
elections-no-results-yet = { $area } бойынша нәтиже әлі жоқ. Келесі дауыс беру — { $date }.
elections-page = { $pages } беттің { $page }-беті
elections-button-open = { $date }, { $area }
elections-button-candidates = Кандидаттар
elections-button-results = Нәтижелер
elections-button-rerun-results = Қайта сайлау нәтижелері
elections-button-prev = ‹ Артқа
elections-button-next = Әрі қарай ›

## One election
elections-card-title = Әкім сайлауы: { $area }, { $date }
elections-card-status = Мәртебесі: { $status ->
    [scheduled] тағайындалды
    [held] өтті
    [annulled] нәтижесі жойылды
    [rerun_scheduled] нәтижесі жойылды, қайта сайлау тағайындалды
    [cancelled] болмай қалды
   *[other] { $status }
}
elections-card-rerun-of = Бұл { $date } күнгі нәтижесі жойылған сайлаудың орнына өткізілетін қайта сайлау.
elections-card-nomination = Кандидат ұсыну: { $from } – { $to }
elections-card-registration = Кандидаттарды тіркеу мерзімі: { $date } дейін
elections-card-candidates = { $count ->
    [one] { $count } тіркелген кандидат
   *[other] { $count } тіркелген кандидат
}
elections-card-source = Дереккөз: { $url }

## Candidates
candidates-title = Кандидаттар: { $area }, { $date }
candidates-order-ballot = Бюллетеньдегі рет бойынша:
candidates-order-alphabetical = Тегі бойынша әліпби ретімен (бюллетеньдегі рет жарияланбаған):
candidates-none = Кандидаттар әлі тіркелмеген.
candidates-entry = { $n }. { $name }
candidates-party = { $party } партиясы ұсынған
candidates-self-nominated = өзін-өзі ұсынған
candidates-incumbent = қазіргі әкім
candidates-status = { $status ->
    [withdrawn] кандидатурасын қайтарып алды
    [registration_cancelled] тіркеуі жойылды
   *[other] { $status }
}

## Results
results-title = Нәтижелер: { $area }, { $date }
results-preliminary = АЛДЫН АЛА нәтижелер — олар әлі өзгеруі мүмкін.
results-official = Ресми нәтижелер.
results-annulled = Сайлау комиссиясы нәтижелерді ЖОЙДЫ; бұл сандар есепке алынбайды.
results-annulled-rerun = Қайта сайлау { $date } күні өтті немесе тағайындалды.
results-annulled-no-rerun = Қайта сайлау күні әлі жарияланған жоқ.
results-cancelled = Бұл сайлау болмай қалды.
results-none-yet = Нәтижелер әлі жарияланған жоқ.
results-candidate = { $name }: { $votes } дауыс ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-candidate-votes = { $name }: { $votes } дауыс
results-candidate-no-count = { $name }: дауыс саны хабарланбаған
results-against-all = Бәріне қарсы: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-against-all-votes = Бәріне қарсы: { $votes }
results-winner = Жеңімпаз: { $name }.
results-leader = Алда келе жатқан: { $name }.
results-winner-declared = Жеңімпаз: { $name }.
results-counts-not-reported = Дауыс саны хабарланбаған.
results-tie = Тең түсті: { $names } — жеңімпаз жоқ.
results-incomplete = Барлық сандар әлі белгісіз, сондықтан үлестер мен жеңімпаз көрсетілмейді.
results-margin = Айырма: { $votes } дауыс ({ NUMBER($points, minimumFractionDigits: 1) } пайыздық тармақ).
results-margin-votes = Айырма: { $votes } дауыс.
results-valid-votes = Үлестер «бәріне қарсы» қоса алғанда { $votes } жарамды дауыстан есептелген.
results-spoilt = Жарамсыз бюллетеньдер: { $votes }
results-turnout = Сайлаушылардың келуі: { NUMBER($percent, minimumFractionDigits: 1) }% ({ $electorate } сайлаушының { $cast }).
results-ballots-cast = Берілген бюллетеньдер: { $cast }
results-source = Дереккөз: { $source }

## Questions
elections-how-to-vote = Өз сайлау учаскеңізде жеке куәлікпен немесе төлқұжатпен дауыс бересіз. Учаскелер жергілікті уақыт бойынша 7:00-ден 20:00-ге дейін ашық. Учаскелер тізімін жергілікті әкімдік пен Орталық сайлау комиссиясы (election.gov.kz) жариялайды.
elections-how-to-vote-next = Мұнда келесі дауыс беру — { $date }. Өз учаскеңізде жеке куәлікпен немесе төлқұжатпен дауыс бересіз; учаскелер жергілікті уақыт бойынша 7:00-ден 20:00-ге дейін ашық. Учаскелер тізімін жергілікті әкімдік пен ОСК (election.gov.kz) жариялайды.
elections-complain-hint = Шағым беру үшін /complain жіберіңіз: санатын, орнын және сипаттамасын сұраймын.
