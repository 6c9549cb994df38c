## Command menu
menu-elections = Алдағы және соңғы сайлаулар
menu-candidates = Сайлауға кім түседі
menu-results = Сайлау қорытындылары

## Choosing a place
elections-choose-place = Қай елді мекен туралы сұрайсыз? Облысты таңдаңыз:
elections-choose-in = { $area }: елді мекенді таңдаңыз.
elections-choose-among = Бірнеше жер табылды. Қайсысын айтып отырсыз?
elections-place-not-found = «{ $query }» деген жерді таба алмадым. Тізімнен таңдаңыз немесе жазылуын тексеріңіз.
elections-group-needs-setup = Бұл топқа елді мекен әлі таңдалмаған. Алдымен топ әкімшісі /setup жіберуі керек.
elections-no-data = Сайлау деректері әлі жүктелмеген.
elections-button-change-place = Басқа жер
elections-button-whole-area = { $area } толығымен

## Lists of elections
elections-list-title = Сайлаулар: { $area }
elections-line = { $date } — { $area }: { $status ->
    [scheduled] тағайындалды
    [held] өтті
    [annulled] жарамсыз деп танылды
    [rerun_scheduled] жарамсыз деп танылды, қайта сайлау тағайындалды
    [cancelled] болмай қалды
   *[other] { $status }
}
elections-none-for-area = { $area } бойынша сайлау туралы мәлімет әзірге жоқ.
elections-no-results-yet = { $area } бойынша қорытынды әлі жоқ. Келесі дауыс беру күні — { $date }.
elections-page = { $page }/{ $pages } бет
elections-button-open = { $date }, { $area }
elections-button-candidates = Кандидаттар
elections-button-results = Қорытынды
elections-button-rerun-results = Қайта сайлау қорытындысы
elections-button-prev = ◀ Артқа
elections-button-next = Әрі қарай ▶

## One election
elections-card-title = Әкім сайлауы: { $area }, { $date }
elections-card-status = Мәртебесі: { $status ->
    [scheduled] тағайындалды
    [held] өтті
    [annulled] жарамсыз деп танылды
    [rerun_scheduled] жарамсыз деп танылды, қайта сайлау тағайындалды
    [cancelled] болмай қалды
   *[other] { $status }
}
elections-card-rerun-of = Бұл — { $date } күнгі жарамсыз деп танылған сайлаудың орнына өтетін қайта сайлау.
elections-card-nomination = Кандидаттарды ұсыну: { $from } – { $to }
elections-card-registration = Кандидаттарды тіркеудің соңғы күні: { $date }
elections-card-candidates = { $count ->
    [one] { $count } кандидат тіркелген
   *[other] { $count } кандидат тіркелген
}
elections-card-source = Дереккөз: { $url }

## Candidates
candidates-title = Кандидаттар: { $area }, { $date }
candidates-order-ballot = Бюллетеньдегі ретпен:
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
results-title = Қорытынды: { $area }, { $date }
results-preliminary = АЛДЫН АЛА қорытынды — ол әлі өзгеруі мүмкін.
results-official = Ресми қорытынды.
results-annulled = Сайлау комиссиясы қорытындыны ЖАРАМСЫЗ деп таныды; бұл сандар есепке алынбайды.
results-annulled-rerun = Қайта сайлау күні: { $date }.
results-annulled-no-rerun = Қайта сайлау күні әлі жарияланған жоқ.
results-cancelled = Бұл сайлау болмай қалды.
results-none-yet = Қорытынды әлі жарияланған жоқ.
results-candidate = { $name }: { $votes } дауыс ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-candidate-votes = { $name }: { $votes } дауыс
results-candidate-no-count = { $name }: дауыс саны хабарланбаған
results-against-all = Барлығына қарсы: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-against-all-votes = Барлығына қарсы: { $votes }
results-winner = Жеңімпаз: { $name }.
results-leader = Алда: { $name }.
results-winner-declared = Жеңімпаз: { $name }.
results-counts-not-reported = Дауыс саны хабарланбаған.
results-tie = Дауыстар тең: { $names }. Жеңімпаз анықталмады.
results-incomplete = Кейбір сандар әлі белгісіз, сондықтан пайыздар мен жеңімпаз көрсетілмейді.
results-margin = Айырма: { $votes } дауыс ({ NUMBER($points, minimumFractionDigits: 1) } пайыздық тармақ).
results-margin-votes = Айырма: { $votes } дауыс.
results-valid-votes = Пайыздар «барлығына қарсы» дауыстарын қоса алғанда { $votes } жарамды дауыстан есептелген.
results-spoilt = Жарамсыз бюллетеньдер: { $votes }
results-turnout = Сайлаушылардың қатысуы: { NUMBER($percent, minimumFractionDigits: 1) }% ({ $electorate } сайлаушыдан { $cast } адам дауыс берді).
results-ballots-cast = Дауыс бергендер: { $cast }
results-source = Дереккөз: { $source }

## Questions
elections-how-to-vote = Дауысты өз сайлау учаскеңізге барып, жеке куәлікпен немесе төлқұжатпен бересіз. Учаскелер жергілікті уақыт бойынша 7:00-ден 20:00-ге дейін ашық. Учаскелер тізімін жергілікті әкімдік пен Орталық сайлау комиссиясы (election.gov.kz) жариялайды.
elections-how-to-vote-next = Мұнда келесі дауыс беру күні — { $date }. Дауысты өз учаскеңізге барып, жеке куәлікпен немесе төлқұжатпен бересіз; учаскелер жергілікті уақыт бойынша 7:00-ден 20:00-ге дейін ашық. Учаскелер тізімін жергілікті әкімдік пен Орталық сайлау комиссиясы (election.gov.kz) жариялайды.
elections-complain-hint = Шағым беру үшін /complain жіберіңіз: санатты, елді мекенді және сипаттаманы сұраймын.

## Results chart
chart-against-all = Барлығына қарсы
chart-preliminary = АЛДЫН АЛА — әлі өзгеруі мүмкін
chart-official = Ресми қорытынды
chart-turnout = Келу { NUMBER($percent, minimumFractionDigits: 1) }% ({ $electorate } адамның { $cast })

## Add to calendar
calendar-button = 📅 Күнтізбеге қосу
calendar-open-private = Күнтізбе файлы менімен жеке чатта, өз тіліңізде келеді.
calendar-summary = Әкім сайлауы: { $area }
calendar-location = Сайлау учаскеңіз, { $area }
calendar-description = Учаскелер { $open } мен { $close } аралығында ашық. Жеке куәлігіңізді алыңыз.
