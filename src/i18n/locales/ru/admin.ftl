## Admin: shared
admin-status-name = { $status ->
    [new] новая
    [acknowledged] принята
    [in_progress] решается
    [resolved] решена
    [rejected] отклонена
    [duplicate] дубликат
    [not_responsible] этим занимается не акимат
    [withdrawn] отозвана автором
   *[other] { $status }
}
admin-category-name = { $name }
admin-button-prev = ◀ Назад
admin-button-next = Дальше ▶
admin-button-back = ↩ К списку

## Admin: roles and audit
admin-admins-title = Владельцы (из ADMIN_IDS): { $owners }
admin-admins-item = • { $id } — территории: { $areas }; категории: { $categories }
admin-admins-empty = Администраторов пока нет.
admin-admins-usage = Добавить: /admins add <id пользователя> [id территории ...] [категория ...] (без территорий — все территории, без категорий — все категории; о новых жалобах в них администратору придёт сообщение). Удалить: /admins remove <id пользователя>
admin-admins-remove-button = Удалить { $id }
admin-admins-added = Администратор { $id } сохранён, территории: { $areas }, категории: { $categories }.
admin-admins-removed = Администратор { $id } удалён.
admin-audit-title = Действия администраторов (всего { $total }), сначала новые:
admin-audit-item = { $date } · { $actor } · { $action } { $target }

## Admin: complaint inbox
admin-inbox-title = Найдено жалоб: { $total }
admin-inbox-filters =
    Фильтры — статус: { $status ->
        [none] любой
       *[other] { admin-status-name }
    }, категория: { $category ->
        [none] любая
       *[other] { $category }
    }, территория: { $area ->
        [none] все
        [mine] ваши
       *[other] { $area }
    }, только просроченные: { $overdue ->
        [yes] да
       *[no] нет
    }
admin-inbox-empty = По этим фильтрам ничего нет.
admin-inbox-item = { $reference } · { $category } · { admin-status-name }
admin-inbox-item-overdue = ⚠ { $reference } · { $category } · { admin-status-name }
admin-filter-status = Статус
admin-filter-category = Категория
admin-filter-overdue-on = ✓ Просроченные
admin-filter-overdue-off = Просроченные
admin-filter-reset = Сбросить
admin-filter-any = Любой
admin-filter-pick-status = Выберите статус:
admin-filter-pick-category = Выберите категорию:
admin-filter-area = Территория
admin-filter-any-area = Все территории
admin-filter-pick-area = Выберите территорию (нажмите «Территория» ещё раз, чтобы перейти на уровень ниже):
admin-filter-pick-area-none = Ниже этой территории ничего нет.
admin-review-title = Жалоба { $reference } — { admin-status-name }
admin-review-meta =
    Категория: { $category }
    Населённый пункт: { $settlement }
    Подана: { $created }, ответить до: { $due }
    Поддержали (+1): { $supporters }
admin-review-overdue = ⚠ Просрочена
admin-review-duplicate-of = Дубликат жалобы { $reference }
admin-review-contact = Контакт автора (с его согласия): { $contact }
admin-review-contact-hidden = Автор не разрешил показывать свои контакты.
admin-review-history = История:
admin-review-history-item = { $date } — { admin-status-name }
admin-review-history-note = { $date } — { admin-status-name }: { $note }
admin-review-history-public-note = { $date } — 💬 сообщение жителям: { $note }
admin-review-history-internal = { $date } — 🔒 внутренняя заметка: { $note }
admin-review-history-resident = { $date } — ✉ автор добавил: { $note }
admin-review-public-note = 💬 Сообщение жителям
admin-review-internal-note = 🔒 Внутренняя заметка
admin-ask-public-note = Напишите сообщение по жалобе { $reference } для автора и поддержавших (они его получат). /cancel — отменить.
admin-ask-internal-note = Напишите внутреннюю заметку по жалобе { $reference }: её видят только сотрудники, жители — никогда. /cancel — отменить.
admin-public-note-sent = Сообщение по жалобе { $reference } отправлено. Уведомлено жителей: { $notified }.
admin-internal-note-saved = Внутренняя заметка по жалобе { $reference } сохранена. Жителям ничего не отправлено.
admin-review-set-status = → { admin-status-name }
admin-review-mark-duplicate = Отметить как дубликат
admin-review-merge = Перенести «+1» в исходную
admin-review-open-map = 🗺 Открыть { $reference } на карте
admin-ask-note = Жалоба { $reference } → { admin-status-name }. Напишите комментарий для автора и поддержавших (или «-», если комментарий не нужен). /cancel — отменить.
admin-ask-duplicate-of = Пришлите номер исходной жалобы (например, C-2026-000123), можно с комментарием после него. /cancel — отменить.
admin-status-changed = Готово: у жалобы { $reference } статус «{ admin-status-name }». Уведомлено жителей: { $notified }.
admin-merged = Поддержавшие жалобу { $from } перенесены в { $to }: { $count }.

## Admin: exports
admin-export-title = Выгрузка жалоб (CSV и XLSX). Выберите фильтры и нажмите «Получить файлы».
admin-export-go = 📄 Получить файлы
admin-export-working = Готовлю файлы…
admin-export-progress = Готовлю { $format }. Жалобы: { $done } из { $total }, { $rate } в секунду, осталось около { $left } с.
admin-export-done = Выгружено жалоб: { $count }.

## Admin: election data
admin-import-send-file = Пришлите файл с данными о выборах (YAML или JSON, до 2 МБ) документом. /cancel — отменить.
admin-import-invalid = Файл не применён. Ошибок: { $count }. Исправьте их и пришлите файл снова:
admin-import-more = …и ещё { $count }.
admin-import-applied = Файл применён.
admin-import-counts = { $kind ->
    [areas] Территории
    [people] Люди
   *[elections] Выборы
}: добавлено { $created }, изменено { $updated }, без изменений { $unchanged }
admin-import-candidacies = Кандидатуры: добавлено { $created }, изменено { $updated }, без изменений { $unchanged }, удалено { $removed }
admin-import-results = Выборов с изменёнными итогами: { $count }; публикаций итогов поставлено в очередь для групп: { $groups }
admin-results-none = Нет выборов, для которых можно ввести итоги.
admin-results-pick = Выберите выборы:
admin-results-election = { $placeRu }, { $date }
admin-results-title = Итоги: { $placeRu }, { $date } — { $status ->
    [official] официальные
    [preliminary] предварительные
   *[other] ещё не введены
} (версия { $version }). Нажмите на строку, чтобы изменить.
admin-results-candidate = { $name }: { $votes }
admin-results-against-all = Против всех: { $value }
admin-results-ballots = Проголосовало избирателей: { $value }
admin-results-mark-preliminary = Пометить предварительными
admin-results-mark-official = Пометить официальными
admin-results-ask-votes = Голоса за кандидата { $name }: пришлите целое число.
admin-results-ask-against-all = Голоса «против всех»: пришлите целое число.
admin-results-ask-ballots = Сколько избирателей проголосовало: пришлите целое число.
admin-results-ask-number = Пришлите целое число или /cancel.
admin-results-saved = Сохранено. Итоги поставлены в очередь для групп: { $groups }.

## Admin: errors
error-admin-owner-only = Это могут делать только владельцы бота.
error-admin-bad-user-id = «{ $value }» — не id пользователя Telegram (только цифры).
error-admin-unknown-area = Территории или категории жалоб с id «{ $area }» нет.
error-admin-not-found = Администратор { $id } не найден.
error-admin-complaint-not-found = Жалоба не найдена.
error-admin-area-not-found = Не нашёл территорию «{ $query }».
error-admin-not-a-duplicate = Жалоба { $reference } не отмечена как дубликат.
error-admin-not-a-number = «{ $value }» — не целое число. Пришлите только цифры или /cancel.
error-admin-import-bad-file = Пришлите файл .yaml, .yml или .json размером не больше { $max }.

## Admin: help
admin-help =
    Для сотрудников:
    /inbox — жалобы: фильтры, статусы, дубликаты
    /export — выгрузка жалоб (CSV и XLSX)
    /report — отчёт одной картинкой: жалобы по категориям и статусам, сроки ответа, просрочка, динамика по неделям
    /import — загрузить файл с данными выборов (или просто пришлите файл)
    /enterresults — ввести итоги голосования
admin-help-owner =
    { admin-help }
    /admins — администраторы и их территории
    /audit — журнал действий
    /templates — готовые ответы для смены статуса
error-admin-import-needs-all-areas = Загружать файлы с данными выборов могут сотрудники без ограничения по территориям. Итоги своей территории вводите через /enterresults.

## Staff menu
menu-inbox = Входящие жалобы
menu-export = Выгрузка жалоб (CSV, XLSX)
menu-import = Загрузить файл данных о выборах
menu-enterresults = Внести итоги голосования
menu-admins = Администраторы и их районы (владелец)
menu-audit = Журнал действий
menu-templates = Готовые ответы

## Admin: the place the resident typed
admin-review-address = Адрес или ориентир (со слов жителя): { $address }
