## Plain questions
questions-help-once = Мен жергілікті сайлау туралы сұрақтарға жауап беремін және шағым қабылдаймын. Мысалы: «Ойылда сайлау қашан?», «Қазыбаев кім?», «Ақтоғайда сайлау неге жойылды?». /help — командалар тізімі.
questions-what-do-you-mean = Не сұрап тұрғаныңызды түсінбедім. Таңдаңыз:
questions-button-candidates = Кандидаттар
questions-button-when = Сайлау күндері
questions-button-results = Нәтижелер
questions-button-how-to-vote = Қалай дауыс беру керек
questions-button-complain = Шағым беру
questions-which-person = Бірнеше кандидат сәйкес келеді. Қайсысын айтып тұрсыз?
questions-which-place = Қай жер туралы сұрап тұрсыз?
questions-documents = Жеке куәлігіңізді немесе паспортыңызды алыңыз; дауысты өз учаскеңізде өзіңіз бересіз. Басқа құжат керек емес.
questions-days-left = { $area }: келесі дауыс беру — { $date }, { $days ->
    [0] бүгін
   *[other] { $days } күннен кейін
}.
questions-days-none = { $area }: деректерде алдағы сайлау жоқ.
questions-no-results = { $area }: деректерде әзірге нәтиже жоқ.
questions-turnout = { $area }, { $date }: сайлауға қатысу { NUMBER($percent, minimumFractionDigits: 1) }% ({ $electorate } сайлаушының { $cast }).
questions-turnout-unknown = { $area }, { $date }: қатысу деңгейі жарияланбаған.
questions-against-all = { $area }, { $date }: бәріне қарсы — { $votes } дауыс ({ NUMBER($percent, minimumFractionDigits: 1) }%).
questions-against-all-votes = { $area }, { $date }: бәріне қарсы — { $votes } дауыс.
questions-against-all-unknown = { $area }, { $date }: «бәріне қарсы» дауыстар саны жарияланбаған.
questions-why-election = { $area }, { $date }: сайлау { $status ->
    [cancelled] тоқтатылды
   *[other] жарамсыз деп танылды
}. Жарияланған себебі: { $reason }
questions-why-election-none = { $area }, { $date }: сайлау { $status ->
    [cancelled] тоқтатылды
   *[other] жарамсыз деп танылды
}. Деректерде себебі жарияланбаған.
questions-why-candidate = { $name } ({ $date }): { $status ->
    [withdrawn] кандидатурасын алып тастады
   *[other] тіркеуі жойылды
}. Жарияланған себебі: { $reason }
questions-why-candidate-none = { $name } ({ $date }): { $status ->
    [withdrawn] кандидатурасын алып тастады
   *[other] тіркеуі жойылды
}. Деректерде себебі жарияланбаған.
questions-why-source = Дереккөз: { $source }
questions-why-nothing = { $area }: деректер бойынша сайлау жойылмаған және кандидат алынбаған.
questions-akim = { $area }: деректер бойынша { $date } әкім сайлауында { $name } жеңді.
questions-akim-unknown = { $area }: деректерде саналған әкім сайлауы жоқ, сондықтан әкімнің кім екенін айта алмаймын.
questions-where-title = { $area }, { $date } дауыс беру:
questions-where-hours = Учаскелер { $opens } мен { $closes } аралығында ашық (жергілікті уақыт).
questions-where-place = Қайда дауыс беру керек: { $place }
questions-where-unknown = { $area }: деректерде учаскелердің жұмыс уақыты мен мекенжайы жоқ. Әдетте учаскелер 7:00-ден 20:00-ге дейін ашық; тізімін жергілікті әкімдік пен Орталық сайлау комиссиясы (election.gov.kz) жариялайды.

## Candidate card
person-title = { $name }
person-election = Әкім сайлауы: { $area }, { $date } ({ $status ->
    [scheduled] тағайындалған
    [held] өтті
    [annulled] жарамсыз деп танылды
    [rerun_scheduled] жарамсыз деп танылды, қайта сайлау тағайындалды
    [cancelled] тоқтатылды
   *[other] { $status }
})
person-nomination = Ұсынылуы: { $kind ->
    [party] { $party }
    [self] өзін-өзі ұсынған
   *[other] хабарланбаған
}
person-incumbent = Сайлау кезіндегі қазіргі әкім: { $incumbent ->
    [yes] иә
   *[other] жоқ
}
person-votes = Дауыстар: { $votes }
person-votes-share = Дауыстар: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
person-votes-unknown = Дауыстар: хабарланбаған
person-outcome = Қорытынды: { $outcome ->
    [won] жеңді
    [lost] жеңбеді
    [tie] дауыстар тең, жеңімпаз жоқ
    [annulled] нәтижелер жарамсыз деп танылды
    [cancelled] сайлау тоқтатылды
    [upcoming] әлі өтпеген
    [withdrawn] кандидатурасын алып тастады
    [registration_cancelled] тіркеуі жойылды
   *[other] хабарланбаған
}
person-statement = Мәлімдеме: { $text }
person-statement-none = Мәлімдеме: деректерде жоқ
person-source = Дереккөз: { $source }
person-source-none = Дереккөз: деректерде көрсетілмеген
person-no-elections = Деректерде сайлау жоқ.
person-not-found = Бұл кандидат енді деректерде жоқ.
