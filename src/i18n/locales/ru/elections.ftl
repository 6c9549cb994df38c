## Command menu
menu-elections = Ближайшие и недавние выборы
menu-candidates = Кто баллотируется
menu-results = Итоги выборов

## Choosing a place
elections-choose-place = О каком населённом пункте вы спрашиваете? Выберите область:
elections-choose-in = { $area }: выберите населённый пункт.
elections-choose-among = Подходит несколько мест. Какое вы имеете в виду?
elections-place-not-found = Не нашёл место «{ $query }». Выберите его из списка или проверьте написание.
elections-group-needs-setup = Для этой группы ещё не выбран населённый пункт. Администратору группы нужно сначала выполнить /setup.
elections-no-data = Данные о выборах ещё не загружены.
elections-button-change-place = Другое место
elections-button-whole-area = { $area } целиком

## Lists of elections
elections-list-title = Выборы: { $area }
elections-line = { $date } — { $area }: { $status ->
    [scheduled] назначены
    [held] состоялись
    [annulled] итоги признаны недействительными
    [rerun_scheduled] итоги признаны недействительными, назначены повторные выборы
    [cancelled] отменены
   *[other] { $status }
}
elections-none-for-area = { $area }: данных о выборах пока нет.
elections-no-results-yet = { $area }: итогов пока нет, ближайшее голосование — { $date }
elections-page = Страница { $page } из { $pages }
elections-button-open = { $date }, { $area }
elections-button-candidates = Кандидаты
elections-button-results = Итоги
elections-button-rerun-results = Итоги повторных выборов
elections-button-prev = ◀ Назад
elections-button-next = Далее ▶

## One election
elections-card-title = Выборы акима: { $area }, { $date }
elections-card-status = Статус: { $status ->
    [scheduled] назначены
    [held] состоялись
    [annulled] итоги признаны недействительными
    [rerun_scheduled] итоги признаны недействительными, назначены повторные выборы
    [cancelled] отменены
   *[other] { $status }
}
elections-card-rerun-of = Это повторные выборы: итоги голосования { $date } были признаны недействительными.
elections-card-nomination = Выдвижение кандидатов: с { $from } по { $to }
elections-card-registration = Регистрация кандидатов: по { $date } включительно
elections-card-candidates = { $count ->
    [one] { $count } зарегистрированный кандидат
    [few] { $count } зарегистрированных кандидата
   *[many] { $count } зарегистрированных кандидатов
}
elections-card-source = Источник: { $url }

## Candidates
candidates-title = Кандидаты: { $area }, { $date }
candidates-order-ballot = По порядку в бюллетене:
candidates-order-alphabetical = По алфавиту фамилий (порядок в бюллетене не опубликован):
candidates-none = Кандидаты ещё не зарегистрированы.
candidates-entry = { $n }. { $name }
candidates-party = от партии { $party }
candidates-self-nominated = самовыдвижение
candidates-incumbent = действующий аким
candidates-status = { $status ->
    [withdrawn] снял(а) свою кандидатуру
    [registration_cancelled] регистрация отменена
   *[other] { $status }
}

## Results
results-title = Итоги: { $area }, { $date }
results-preliminary = ПРЕДВАРИТЕЛЬНЫЕ итоги — они ещё могут измениться.
results-official = Официальные итоги.
results-annulled = Итоги ПРИЗНАНЫ НЕДЕЙСТВИТЕЛЬНЫМИ избирательной комиссией; эти цифры не учитываются.
results-annulled-rerun = Дата повторных выборов: { $date }
results-annulled-no-rerun = Дата повторных выборов пока не объявлена.
results-cancelled = Эти выборы отменены.
results-none-yet = Итоги ещё не опубликованы.
results-candidate = { $name }: { $votes } { $votes ->
    [one] голос
    [few] голоса
   *[many] голосов
} ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-candidate-votes = { $name }: { $votes } { $votes ->
    [one] голос
    [few] голоса
   *[many] голосов
}
results-candidate-no-count = { $name }: число голосов не сообщалось
results-against-all = Против всех: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-against-all-votes = Против всех: { $votes }
results-winner = Победитель: { $name }.
results-leader = Лидирует: { $name }.
results-winner-declared = Победитель: { $name }.
results-counts-not-reported = Число голосов не сообщалось.
results-tie = Равное число голосов: { $names }. Победитель не определён.
results-incomplete = Часть цифр ещё неизвестна, поэтому проценты и победитель не показаны.
results-margin = Отрыв: { $votes } { $votes ->
    [one] голос
    [few] голоса
   *[many] голосов
} ({ NUMBER($points, minimumFractionDigits: 1) } процентного пункта).
results-margin-votes = Отрыв: { $votes } { $votes ->
    [one] голос
    [few] голоса
   *[many] голосов
}.
results-valid-votes = Проценты считаются от { $votes } действительных голосов, включая «против всех».
results-spoilt = Недействительных бюллетеней: { $votes }
results-turnout = Явка: { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } из { $electorate } избирателей).
results-ballots-cast = Проголосовало избирателей: { $cast }
results-source = Источник: { $source }

## Questions
elections-how-to-vote = Голосовать нужно лично на своём избирательном участке, с удостоверением личности или паспортом. Участки открыты с 7:00 до 20:00 по местному времени. Список участков публикуют местный акимат и Центральная избирательная комиссия (election.gov.kz).
elections-how-to-vote-next = Ближайшее голосование здесь — { $date }; голосовать нужно лично на своём участке, с удостоверением личности или паспортом; участки открыты с 7:00 до 20:00 по местному времени. Список участков публикуют местный акимат и Центральная избирательная комиссия (election.gov.kz).
elections-complain-hint = Чтобы подать жалобу, отправьте /complain: я спрошу категорию, населённый пункт и описание.

## Results chart
chart-against-all = Против всех
chart-preliminary = ПРЕДВАРИТЕЛЬНЫЕ — могут измениться
chart-official = Официальные итоги
chart-turnout = Явка { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } из { $electorate })

## Add to calendar
calendar-button = 📅 Добавить в календарь
calendar-open-private = Файл для календаря придёт в личном чате со мной, на вашем языке.
calendar-summary = Выборы акима: { $area }
calendar-location = Ваш избирательный участок, { $area }
calendar-description = Участки открыты с { $open } до { $close }. Возьмите удостоверение личности.
