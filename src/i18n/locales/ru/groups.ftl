## Group chats: joining
menu-setup = Настройки группы (для администраторов)
groups-greeting =
    Здравствуйте! Я бот для жителей: отвечаю на вопросы о местных выборах (/elections, /candidates, /results) и принимаю жалобы в личном чате.
    Администраторы: отправьте /setup, чтобы выбрать для группы населённый пункт, язык, часовой пояс и рассылки.
groups-back = Я снова здесь. Настройки группы сохранены; администраторы могут изменить их командой /setup.
groups-back-not-set-up = Я снова здесь. Администраторы: отправьте /setup, чтобы выбрать населённый пункт группы.

## Group chats: setup panel
groups-title = Настройки группы
groups-settlement-line = Населённый пункт: { $names }
groups-settlement-none = Населённый пункт: ещё не выбран
groups-language-line = Язык: { $name }
groups-time-zone-line = Часовой пояс: { $zone }
groups-posts-line = Рассылки:
groups-button-open = ⚙️ Настроить
groups-button-settlement = 📍 Населённый пункт
groups-button-language = 🌐 Язык
groups-button-time-zone = 🕒 Часовой пояс
groups-button-posts = 📰 Рассылки
groups-button-close = Закрыть
groups-button-back = ◀ Назад
groups-closed = Настройки сохранены. Администраторы могут открыть их снова командой /setup.
groups-saved = Сохранено.

## Group chats: settlement
groups-settlements-empty = Населённый пункт ещё не выбран. Найдите его по названию или выберите из списка.
groups-settlements-list = Населённые пункты группы (первый — основной):
groups-button-remove = ✕ { $name }
groups-button-search = 🔎 Найти по названию
groups-button-tree = 🗂 Выбрать из списка
groups-button-choose-this = ✓ { $name }
groups-settlement-prompt = Ответьте на это сообщение названием населённого пункта, например: Ойыл.
groups-settlement-choose = Какой из них вы имеете в виду?
groups-settlement-not-found = Не нашёл такой населённый пункт. Попробуйте другое написание или выберите из списка.
groups-settlement-saved = Населённый пункт сохранён: { $name }.
groups-tree-region = Выберите область:
groups-tree-choose = { $name }: выберите
groups-tree-empty = Список населённых пунктов ещё не загружен. Обратитесь к администраторам бота.
groups-need-text = Пожалуйста, ответьте текстом.

## Group chats: language and time zone
groups-language-menu = На каком языке мне говорить в этой группе?
groups-time-zone-menu = Рассылки идут по этому часовому поясу. Сейчас: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Итоги выборов
        [reminders] Напоминания о выборах
       *[digest] Сводка жалоб
    }
groups-posts-menu = Какие рассылки присылать в эту группу и когда?
groups-post-when = Когда присылать? Часовой пояс: { $zone }.
groups-button-custom = ✏️ Своё расписание (cron)
schedule-daily-20 = ежедневно в 20:00
schedule-daily-09 = ежедневно в 09:00
schedule-weekly-mon-09 = по понедельникам в 09:00
schedule-on-event = сразу после публикации
schedule-off = выключено
schedule-custom = по расписанию { $cron }
groups-next-runs =
    Ближайшие рассылки:
    { $runs }
groups-cron-prompt = Ответьте на это сообщение выражением cron: минута час день месяц день-недели, по часовому поясу группы ({ $zone }). Например, 30 19 * * 5 — по пятницам в 19:30.
groups-cron-retry = Ответьте ещё раз исправленным выражением или отправьте /cancel.

## Group chats: errors
error-groups-cron-field-count = В выражении cron пять частей: минута час день месяц день-недели, например 0 20 * * *.
error-groups-cron-invalid =
    Значение «{ $value }» не подходит для поля «{ $field ->
        [minute] минута
        [hour] час
        [day-of-month] день месяца
        [month] месяц
       *[day-of-week] день недели
    }».
error-groups-cron-never = Такое расписание никогда не наступит (например, 30 февраля).
error-groups-cron-too-frequent = Это слишком часто для группы: не чаще одного раза в час.

## Group chats: forum topics
groups-topic-general = Общая тема
groups-topic-unnamed = Тема №{ $id }
groups-topic-menu-hint = В какую тему отправлять эти публикации?
groups-topic-here-prompt = Какие публикации отправлять в эту тему?
groups-topic-here-not-in-topic = Отправьте /setup here внутри темы, куда нужно присылать публикации.
groups-post-topic = Тема:
groups-button-topic = 🗂 Тема
groups-topic-lost-notice = Модераторы: я больше не могу писать в тему «{ $topic }» (её закрыли или удалили, либо у меня нет права писать туда). Эти публикации теперь будут приходить в общую тему:
groups-topic-lost-hint = Чтобы выбрать другую тему, отправьте /setup here внутри неё.
