# Уведомления сотрудникам о жалобах (в личке, пачками: не чаще раза в 5 минут на человека).
staff-alert-line = { $kind ->
    [new] { $count ->
        [one] { $count } новая жалоба
        [few] { $count } новые жалобы
        [many] { $count } новых жалоб
       *[other] { $count } новых жалоб
    }
    [added] { $count ->
        [one] { $count } жалоба с дополнением от автора
        [few] { $count } жалобы с дополнениями от авторов
        [many] { $count } жалоб с дополнениями от авторов
       *[other] { $count } жалоб с дополнениями от авторов
    }
    [reopened] { $count ->
        [one] { $count } жалоба открыта снова: автор пишет, что не исправлено
        [few] { $count } жалобы открыты снова: авторы пишут, что не исправлено
        [many] { $count } жалоб открыты снова: авторы пишут, что не исправлено
       *[other] { $count } жалоб открыты снова: авторы пишут, что не исправлено
    }
    [withdrawn] { $count ->
        [one] { $count } жалоба отозвана автором
        [few] { $count } жалобы отозваны авторами
        [many] { $count } жалоб отозваны авторами
       *[other] { $count } жалоб отозваны авторами
    }
   *[forwarded] { $count ->
        [one] { $count } жалоба передана вам
        [few] { $count } жалобы переданы вам
        [many] { $count } жалоб переданы вам
       *[other] { $count } жалоб переданы вам
    }
}: { $categories }
staff-alert-open-inbox = Открыть /inbox

# «Не наше»: передать жалобу сотрудникам другой категории.
admin-review-forward = Не наше: передать
admin-forward-pick = Жалоба { $reference }: кто ею занимается? Выберите категорию.
admin-forward-ask-note = { $reference } → { $category }. Напишите комментарий для сотрудников, которые её примут; жители его не увидят (или «-», если не нужен). /cancel — отменить.
admin-forwarded = Готово: { $reference } передана сотрудникам категории «{ $category }». Им придёт сообщение; уведомлено жителей: { $notified }.
error-admin-forward-closed = Жалоба { $reference } уже закрыта: передать можно только открытую.
complaint-forwarded = Вашу жалобу { $reference } передали сотрудникам, которые занимаются темой «{ $categoryRu }». Ответ придёт сюда.

# Готовые ответы для смены статуса.
admin-ask-note-templates = Или выберите готовый ответ ({ $locale ->
    [kk] на казахском
    [ru] на русском
   *[en] на английском
}, язык автора): он уйдёт как комментарий.
admin-templates-title = Готовые ответы: { $count }
admin-templates-item = №{ $id } · { $category } · { admin-status-name } · { $locale }: { $text }
admin-templates-usage = Добавить: /templates add <код категории или *> <статус> <kk|ru|en> <текст>. Удалить: /templates remove <номер>. Статусы: acknowledged, in_progress, resolved, rejected, not_responsible.
admin-templates-remove-button = Удалить №{ $id }
admin-templates-added = Готовый ответ №{ $id } сохранён.
admin-templates-removed = Готовый ответ №{ $id } удалён.
error-admin-template-usage = Напишите так: /templates add <код категории или *> <статус> <kk|ru|en> <текст>
error-admin-template-too-long = Готовый ответ — не длиннее { $max } символов.
error-admin-template-not-found = Готового ответа №{ $id } нет.

# Еженедельная сводка для сотрудников (в личке, по понедельникам) по жалобам, которые им видны.
staff-week-title = Сводка за неделю, { $from } – { $to }
staff-week-counts = Новых за неделю: { $created } · открытых: { $open } · просроченных: { $overdue }
staff-week-oldest = Самая давняя открытая: { $reference } (подана { $created })
staff-week-by-category = Открытые по категориям: { $list }
staff-week-by-area = Открытые по населённым пунктам: { $list }
staff-week-open-overdue = Просроченные в /inbox
