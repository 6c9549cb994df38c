## Сводка жалоб
digest-title = Жалобы: { $area }, с { $from } по { $to }
digest-empty = Новых и просроченных жалоб нет.
digest-category = { $category }: новых { $new }, решено { $resolved }, просрочено { $overdue }
digest-total = Всего: новых { $new }, решено { $resolved }, просрочено { $overdue }
digest-median-hours = Половину решённых жалоб решили не дольше чем за { $hours } { $hours ->
    [one] час
    [few] часа
    [many] часов
   *[other] часа
}.
digest-median-days = Половину решённых жалоб решили не дольше чем за { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
}.
digest-median-none = За этот период ни одна жалоба не решена.

## Напоминания о выборах
reminder-week = Через неделю, { $date }, выборы акима: { $area }.
reminder-day = Завтра, { $date }, выборы акима: { $area }.
reminder-today = Сегодня, { $date }, выборы акима: { $area }. Участки открыты до 20:00.
reminder-candidates-title = Кандидаты (по порядку в бюллетене):
reminder-candidates-title-alphabetical = Кандидаты (по алфавиту фамилий; порядок в бюллетене не опубликован):
reminder-candidate = { $order }. { $name }
reminder-no-candidates = Список кандидатов ещё не опубликован.
reminder-nomination = Выдвижение кандидатов: с { $from } по { $to }
reminder-registration-deadline = Регистрация кандидатов: по { $date } включительно
reminder-poll-date = День голосования: { $date }

## Предпросмотр и публикация сейчас
menu-preview = Что группа получит дальше
preview-digest-at = Следующая сводка жалоб: { $date } в { $time }. Если отправить сейчас:
preview-digest-manual = У сводки жалоб нет расписания. Если отправить сейчас:
preview-reminders-at = Следующее напоминание о выборах: { $date } в { $time }.
preview-reminders-none = Напоминаний о выборах не запланировано.
preview-results = Итоги публикуются, когда они выходят или меняются. Последние:
preview-nothing = Пока публиковать нечего.
preview-no-subscriptions = Рассылки в этой группе не включены. Администраторы могут включить их командой /setup.
preview-post-now-hint = Опубликовать сейчас:
preview-post-now-digest = Опубликовать сводку сейчас
preview-post-now-reminders = Опубликовать напоминание сейчас
preview-post-now-results = Опубликовать итоги сейчас
preview-usage = Отправьте /preview и id группы, например: /preview -1001234567890
post-now-queued = Поставлено в очередь: публикация скоро появится в группе.
post-now-already = Эта публикация уже отправляется.
post-now-nothing = Сейчас публиковать нечего.
