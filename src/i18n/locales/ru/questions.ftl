## Plain questions
questions-help-once = Я отвечаю на вопросы о местных выборах и принимаю жалобы. Например: «когда выборы в Ойыле?», «кто такой Казыбаев?», «почему отменили выборы в Актогае?». /help — список команд.
questions-what-do-you-mean = Не уверен, о чём вы спрашиваете. Выберите:
questions-button-candidates = Кандидаты
questions-button-when = Даты выборов
questions-button-results = Результаты
questions-button-how-to-vote = Как голосовать
questions-button-complain = Подать жалобу
questions-which-person = Подходят несколько кандидатов. Кого вы имеете в виду?
questions-which-place = О каком месте вы спрашиваете?
questions-documents = Возьмите удостоверение личности или паспорт; голосуют лично на своём участке. Другие документы не нужны.
questions-days-left = { $area }: следующее голосование { $date }, { $days ->
    [0] сегодня
    [one] через { $days } день
    [few] через { $days } дня
    [many] через { $days } дней
   *[other] через { $days } дня
}.
questions-days-none = { $area }: предстоящих выборов в данных нет.
questions-no-results = { $area }: результатов в данных пока нет.
questions-turnout = { $area }, { $date }: явка { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } из { $electorate } избирателей).
questions-turnout-unknown = { $area }, { $date }: явка не публиковалась.
questions-against-all = { $area }, { $date }: против всех — { $votes } голосов ({ NUMBER($percent, minimumFractionDigits: 1) }%).
questions-against-all-votes = { $area }, { $date }: против всех — { $votes } голосов.
questions-against-all-unknown = { $area }, { $date }: число голосов «против всех» не публиковалось.
questions-why-election = { $area }, { $date }: выборы { $status ->
    [cancelled] отменены
   *[other] признаны недействительными
}. Причина, как опубликовано: { $reason }
questions-why-election-none = { $area }, { $date }: выборы { $status ->
    [cancelled] отменены
   *[other] признаны недействительными
}. Причина в данных не опубликована.
questions-why-candidate = { $name } ({ $date }): { $status ->
    [withdrawn] снял кандидатуру
   *[other] регистрация отменена
}. Причина, как опубликовано: { $reason }
questions-why-candidate-none = { $name } ({ $date }): { $status ->
    [withdrawn] снял кандидатуру
   *[other] регистрация отменена
}. Причина в данных не опубликована.
questions-why-source = Источник: { $source }
questions-why-nothing = { $area }: по данным, выборы не отменялись и кандидатов не снимали.
questions-akim = { $area }: по данным, выборы акима { $date } выиграл(а) { $name }.
questions-akim-unknown = { $area }: в данных нет подсчитанных выборов акима, поэтому не могу сказать, кто аким.
questions-where-title = { $area }, голосование { $date }:
questions-where-hours = Участки открыты с { $opens } до { $closes } (местное время).
questions-where-place = Где голосовать: { $place }
questions-where-unknown = { $area }: в данных нет часов работы и адресов участков. Обычно участки открыты с 7:00 до 20:00; список публикуют местный акимат и Центральная избирательная комиссия (election.gov.kz).

## Candidate card
person-title = { $name }
person-election = Выборы акима: { $area }, { $date } ({ $status ->
    [scheduled] назначены
    [held] состоялись
    [annulled] признаны недействительными
    [rerun_scheduled] признаны недействительными, назначены повторные
    [cancelled] отменены
   *[other] { $status }
})
person-nomination = Выдвижение: { $kind ->
    [party] { $party }
    [self] самовыдвижение
   *[other] не сообщалось
}
person-incumbent = Действующий аким на момент выборов: { $incumbent ->
    [yes] да
   *[other] нет
}
person-votes = Голоса: { $votes }
person-votes-share = Голоса: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
person-votes-unknown = Голоса: не сообщались
person-outcome = Итог: { $outcome ->
    [won] победа
    [lost] не победил(а)
    [tie] равенство голосов, победителя нет
    [annulled] итоги признаны недействительными
    [cancelled] выборы отменены
    [upcoming] ещё не прошли
    [withdrawn] снял(а) кандидатуру
    [registration_cancelled] регистрация отменена
   *[other] не сообщался
}
person-statement = Заявление: { $text }
person-statement-none = Заявление: в данных нет
person-source = Источник: { $source }
person-source-none = Источник: в данных не указан
person-no-elections = В данных нет выборов.
person-not-found = Этого кандидата больше нет в данных.
