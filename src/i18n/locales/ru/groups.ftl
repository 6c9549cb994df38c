## Group chats: joining
menu-setup = Настройки группы (для администраторов)
group-greeting =
    Здравствуйте! Я бот для жителей: отвечаю на вопросы о местных выборах (/elections, /candidates, /results) и принимаю жалобы в личном чате.
    Администраторы: отправьте /setup, чтобы выбрать для группы населённый пункт, язык, часовой пояс и рассылки.
group-back = Я снова здесь. Настройки группы сохранены; администраторы могут изменить их командой /setup.
group-back-not-set-up = Я снова здесь. Администраторы: отправьте /setup, чтобы выбрать населённый пункт группы.

## Group chats: setup panel
setup-title = Настройки группы
setup-settlement-line = Населённый пункт: { $names }
setup-settlement-none = Населённый пункт: ещё не выбран
setup-language-line = Язык: { $name }
setup-time-zone-line = Часовой пояс: { $zone }
setup-posts-line = Рассылки:
setup-button-open = ⚙️ Настроить
setup-button-settlement = 📍 Населённый пункт
setup-button-language = 🌐 Язык
setup-button-time-zone = 🕒 Часовой пояс
setup-button-posts = 📰 Рассылки
setup-button-close = Закрыть
setup-button-back = ◀ Назад
setup-closed = Настройки сохранены. Администраторы могут открыть их снова командой /setup.
setup-saved = Сохранено.

## Group chats: settlement
setup-settlements-empty = Населённый пункт ещё не выбран. Найдите его по названию или выберите из списка.
setup-settlements-list = Населённые пункты группы (первый — основной):
setup-button-remove = ✕ { $name }
setup-button-search = 🔎 Найти по названию
setup-button-tree = 🗂 Выбрать из списка
setup-button-choose-this = ✓ { $name }
setup-settlement-prompt = Ответьте на это сообщение названием населённого пункта, например: Ойыл.
setup-settlement-choose = Какой из них вы имеете в виду?
setup-settlement-not-found = Не нашёл такой населённый пункт. Попробуйте другое написание или выберите из списка.
setup-settlement-saved = Населённый пункт сохранён: { $name }.
setup-tree-region = Выберите область:
setup-tree-choose = { $name }: выберите
setup-tree-empty = Список населённых пунктов ещё не загружен. Обратитесь к администраторам бота.
setup-need-text = Пожалуйста, ответьте текстом.

## Group chats: language and time zone
setup-language-menu = На каком языке мне говорить в этой группе?
setup-time-zone-menu = Рассылки идут по этому часовому поясу. Сейчас: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Итоги выборов
        [reminders] Напоминания о выборах
       *[digest] Сводка жалоб
    }
setup-posts-menu = Какие рассылки присылать в эту группу и когда?
setup-post-when = Когда присылать? Часовой пояс: { $zone }.
setup-button-custom = ✏️ Своё расписание (cron)
schedule-daily-20 = ежедневно в 20:00
schedule-daily-09 = ежедневно в 09:00
schedule-weekly-mon-09 = по понедельникам в 09:00
schedule-on-event = сразу после публикации
schedule-off = выключено
schedule-custom = по расписанию { $cron }
setup-next-runs =
    Ближайшие рассылки:
    { $runs }
setup-cron-prompt = Ответьте на это сообщение выражением cron: минута час день месяц день-недели, по часовому поясу группы ({ $zone }). Например, 30 19 * * 5 — по пятницам в 19:30.
setup-cron-retry = Ответьте ещё раз исправленным выражением или отправьте /cancel.

## Group chats: errors
error-group-cron-field-count = В выражении cron пять частей: минута час день месяц день-недели, например 0 20 * * *.
error-group-cron-invalid =
    Значение «{ $value }» не подходит для поля «{ $field ->
        [minute] минута
        [hour] час
        [day-of-month] день месяца
        [month] месяц
       *[day-of-week] день недели
    }».
error-group-cron-never = Такое расписание никогда не наступит (например, 30 февраля).
error-group-cron-too-frequent = Это слишком часто для группы: не чаще одного раза в час.

## Group chats: forum topics
topic-general = Общая тема
topic-unnamed = Тема №{ $id }
topic-menu-hint = В какую тему отправлять эти публикации?
topic-here-prompt = Какие публикации отправлять в эту тему?
topic-here-not-in-topic = Отправьте /setup here внутри темы, куда нужно присылать публикации.
setup-post-topic = Тема:
setup-button-topic = 🗂 Тема
topic-lost-notice = Модераторы: я больше не могу писать в тему «{ $topic }» (её закрыли или удалили, либо у меня нет права писать туда). Эти публикации теперь будут приходить в общую тему:
topic-lost-hint = Чтобы выбрать другую тему, отправьте /setup here внутри неё.
