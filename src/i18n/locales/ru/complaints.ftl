## Complaints: shared terms
complaint-status-name = { $status ->
    [new] новая
    [acknowledged] принята
    [in_progress] решается
    [resolved] решена
    [rejected] отклонена
    [duplicate] дубликат
    [not_responsible] этим занимается не акимат
    [withdrawn] отозвана
   *[other] { $status }
}

## Complaints: the form
complaint-ask-category = О чём жалоба? Выберите категорию:
complaint-emergency = ⚠️ { $category }: если есть угроза жизни или здоровью, немедленно звоните { $number }. Жалоба здесь не заменяет экстренную службу. Ниже можно продолжить оформление жалобы.
complaint-ask-settlement = В каком населённом пункте проблема? Напишите название, например: Ойыл.
complaint-pick-settlement = Нашлось несколько населённых пунктов. Выберите нужный:
complaint-settlement-not-found = Не нашёл «{ $query }». Проверьте название и напишите ещё раз.
complaint-similar-found = { $count ->
    [1] Похожая жалоба уже подана. Если это та же проблема, нажмите «+1»: акимат увидит, что она касается многих, а вы будете получать уведомления о ней.
   *[other] Похожие жалобы уже поданы. Если это та же проблема, нажмите «+1»: акимат увидит, что она касается многих, а вы будете получать уведомления о ней.
}
complaint-similar-item = { $reference } · { $category } · { $settlement } · подана { $date } · { complaint-status-name } · поддержали: { $supporters }
complaint-ask-description = Опишите проблему своими словами: что, где, с какого времени. От { $min } до { $max } символов.
complaint-description-too-short = Слишком коротко: { $length } { $length ->
    [one] символ
    [few] символа
   *[many] символов
}, а нужно хотя бы { $min }. Опишите подробнее.
complaint-description-too-long = Слишком длинно: { $length } { $length ->
    [one] символ
    [few] символа
   *[many] символов
}, а можно не больше { $max }. Сократите, пожалуйста.
complaint-ask-photos = Пришлите фото, если есть (до { $max }, можно альбомом), или нажмите «Пропустить».
complaint-photos-received = Фото получено ({ $count } из { $max }). Пришлите ещё или нажмите «Готово».
complaint-photos-full = Это максимум — { $max } фото. Переходим к следующему шагу.
complaint-ask-location = Где это? Нажмите «📍 Отправить моё местоположение» внизу (или отправьте место на карте: 📎 → Геопозиция), напишите адрес или ориентир (например: ул. Абая 5, у школы) либо нажмите «Пропустить».
complaint-ask-consent = Текст, место и фото этой жалобы акимат получит в любом случае. Передать ему ещё и ваше имя в Telegram и @username, чтобы сотрудники могли с вами связаться? Если нет, жалоба уйдёт без вашего имени, а уведомления о ней вы всё равно будете получать здесь. Другие жители никогда не видят ваше имя и фото: им видны категория, населённый пункт и статус, а ваше описание — только если на следующем шаге вы решите показать его соседям.
complaint-confirm-title = Проверьте жалобу:
complaint-confirm-category = Категория: { $category }
complaint-confirm-settlement = Населённый пункт: { $settlement }
complaint-button-no-settlement = Без населённого пункта
complaint-confirm-settlement-none = Населённый пункт: не указан
complaint-confirm-photos = Фото: { $count }
complaint-confirm-location-yes = Геопозиция: есть
complaint-confirm-location-no = Геопозиция: нет
complaint-confirm-consent-yes = Имя в Telegram и @username: передать в акимат
complaint-confirm-consent-no = Имя в Telegram и @username: не передавать (анонимно)
complaint-confirm-visible-yes = Описание: видно соседям (телефоны, почта, ники и ИИН скрыты)
complaint-confirm-visible-no = Описание: видно только вам и акимату
complaint-confirm-description = Описание:
complaint-filed =
    Жалоба подана. Номер: { $reference }
    Срок ответа — до { $due }
    Следить за ней: /mycomplaints
complaint-cancelled = Жалоба отменена, ничего не сохранено.
complaint-joined = Вы поддержали жалобу { $reference }. Сообщу, когда её статус изменится.
complaint-already-joined = Вы уже поддерживаете жалобу { $reference }.
complaint-join-own = Жалоба { $reference } — ваша, поддерживать её не нужно.

## Complaints: hints
complaint-hint-use-buttons = Пожалуйста, выберите вариант кнопкой ниже.
complaint-hint-settlement-text = Напишите название населённого пункта текстом.
complaint-hint-description-first = Сначала опишите проблему текстом, фото можно будет добавить на следующем шаге.
complaint-hint-text-expected = Здесь нужен текст: опишите проблему словами.
complaint-hint-photo-expected = Сейчас жду фото. Если фото нет, нажмите «Готово».
complaint-hint-photo-as-photo = Пришлите изображение как фото, а не как файл.
complaint-hint-location-expected = Сейчас жду место: нажмите «📍 Отправить моё местоположение» внизу, напишите адрес или ориентир либо «Пропустить», если не нужно.

## Complaints: buttons
complaint-button-cancel = Отменить
complaint-button-skip = Пропустить
complaint-button-done = Готово
complaint-button-send = Отправить
complaint-button-new = Нет, подать новую
complaint-button-join = +1 к { $reference }
complaint-button-consent-no = Нет, анонимно
complaint-button-consent-yes = Да, передать
complaint-button-visible-on = Показать описание соседям
complaint-button-visible-off = Скрыть описание от соседей
complaint-button-open = { $reference }
complaint-button-prev = ◀ Назад
complaint-button-next = Далее ▶
complaint-button-back = ↩ К списку
complaint-button-forget-yes = Да, удалить мои данные
complaint-button-forget-no = Нет, оставить
complaint-button-start = Подать жалобу
complaint-button-not-now = Нет, спасибо
complaint-button-open-private = Подать в личном чате

## Complaints: following
complaint-list-empty = У вас пока нет жалоб. Подать: /complain
complaint-list-title = Ваши жалобы ({ $total }), страница { $page } из { $pages }:
complaint-list-item-own = { $reference } · { $category } · { complaint-status-name } · { $date }
complaint-list-item-supported = { $reference } · { $category } · { complaint-status-name } · { $date } · вы поддержали
complaint-detail-title = Жалоба { $reference }
complaint-detail-category = Категория: { $category }
complaint-detail-settlement = Населённый пункт: { $settlement }
complaint-detail-status = Статус: { complaint-status-name }
complaint-detail-dates = Подана: { $created }; срок ответа — до { $due }
complaint-detail-overdue = Срок ответа прошёл.
complaint-detail-supporters = Поддержали: { $count }. Фото: { $photos }
complaint-detail-supported = Поддержали: { $count }. Вы поддержали эту жалобу: её описание, фото и место остаются у автора и акимата.
complaint-detail-history = История:
complaint-history-item = { $date } — { complaint-status-name }
complaint-history-item-note = { $date } — { complaint-status-name }: { $note }
complaint-history-public-note = { $date } — 💬 { $note }
complaint-history-resident = { $date } — ✉ добавлено автором: { $note }
complaint-public-note = Сообщение сотрудников по жалобе { $reference }: { $note }
complaint-status-changed = Жалоба { $reference }: новый статус — { complaint-status-name }.
complaint-status-duplicate-of = Такая же проблема уже описана в жалобе { $reference }; ответ будет по ней.
complaint-status-note = Комментарий: { $note }

## Complaints: starting elsewhere
complaint-group-use-private = Жалобы принимаю только в личном чате, чтобы личные данные не попали в группу. Нажмите кнопку — форма откроется в личном чате со мной.
complaint-detected-offer = Похоже на жалобу. Оформить её? Это займёт минуту, а уведомления о ней будут приходить сюда.
complaint-detected-declined = Хорошо. Если передумаете — /complain.

## Complaints: forget me
complaint-forget-ask = Удалить ваши личные данные? Я сотру ваше имя, @username и запомненный населённый пункт; из ваших жалоб — переданные с ними имя и @username, геопозицию, ваши фото, а из текста — телефоны, e-mail, ники и ИИН. Сами жалобы останутся без автора: категория, населённый пункт, описание (без контактов), статус и история — чтобы акимат мог на них ответить и они учитывались в статистике. Отметки «+1» будут сняты, уведомления о жалобах приходить перестанут. Лимит жалоб в час продолжит считаться, но уже без вашего id.
complaint-forget-done =
    Готово. Удалено: ваше имя, @username и запомненный населённый пункт; из ваших жалоб — имя и контакт, геопозиций: { $locations }, фото: { $photos }; описаний, из которых убраны телефоны, e-mail, ники и ИИН: { $descriptions }; снято отметок «+1»: { $supported }.
    Сохранено без автора жалоб: { $complaints }. В них остались категория, населённый пункт, описание без контактов, статус и история, чтобы акимат мог ответить, а статистика была честной. Уведомления о них больше не придут.
    Ещё { $minutes } мин лимит жалоб учитывает поданные вами за это время: он хранит не ваш id, а его зашифрованный отпечаток, и стирает его по истечении этого времени.
complaint-forget-declined = Хорошо, ничего не удалено.

## Complaints: errors
error-complaint-not-found = Жалоба не найдена.
error-complaint-rate-limited = Слишком много жалоб за короткое время: можно не больше { $limit } за { $minutes } минут. Следующую можно подать через { $wait } мин.
error-complaint-closed = Жалоба { $reference } уже закрыта, поддержать её нельзя.
error-complaint-conflict = Статус жалобы { $reference } только что изменили. Обновите и попробуйте ещё раз.
error-complaint-transition-not-allowed = Нельзя перевести жалобу из статуса «{ $from ->
    [new] новая
    [acknowledged] принята
    [in_progress] решается
    [resolved] решена
    [rejected] отклонена
    [duplicate] дубликат
    [not_responsible] этим занимается не акимат
    [withdrawn] отозвана
   *[other] { $from }
}» в статус «{ $to ->
    [new] новая
    [acknowledged] принята
    [in_progress] решается
    [resolved] решена
    [rejected] отклонена
    [duplicate] дубликат
    [not_responsible] этим занимается не акимат
    [withdrawn] отозвана
   *[other] { $to }
}».
error-complaint-category-unknown = Такой категории нет. Начните заново: /complain
error-complaint-description-missing = Описание слишком короткое. Начните заново: /complain

## Complaints: command menu
menu-complain = Подать жалобу
menu-mycomplaints = Мои жалобы
menu-forgetme = Удалить мои данные

## Complaint form: one-tap location and phone number
complaint-button-send-location = 📍 Отправить моё местоположение
complaint-button-share-contact = 📱 Поделиться номером телефона
complaint-ask-contact = Сотрудники могут позвонить вам по этой жалобе. Нажмите «📱 Поделиться номером телефона» внизу, чтобы передать им номер, или «Пропустить», чтобы связь была только через Telegram.
complaint-hint-contact-expected = Свой номер можно передать только кнопкой внизу. Нажмите «📱 Поделиться номером телефона» или «Пропустить».
complaint-location-received = 📍 Местоположение получено.
complaint-location-skipped = Хорошо, без местоположения.
complaint-contact-received = 📱 Номер получен: сотрудники увидят его в этой жалобе.
complaint-contact-skipped = Хорошо, без номера телефона.

## Follow-up by the author
complaint-button-fixed = ✅ Исправлено
complaint-button-not-fixed = ❌ Не исправлено
complaint-fixed-thanks = Спасибо: жалоба { $reference } остаётся решённой.
complaint-ask-not-fixed = Что не так с { $reference }? Напишите одним сообщением — жалоба будет открыта снова с вашими словами. /cancel — отменить.
complaint-ask-not-fixed-text = Опишите словами, что осталось не так (или /cancel).
complaint-reopened = Жалоба { $reference } открыта снова: сотрудники видят ваш комментарий.
complaint-fixed-question = Неделю назад вашу жалобу { $reference } отметили решённой. Проблему исправили?

## Автор дополняет или отзывает открытую жалобу
complaint-button-add = ✉ Добавить текст или фото
complaint-button-withdraw = Отозвать жалобу
complaint-button-add-done = Готово
complaint-button-withdraw-yes = Да, отозвать
complaint-button-withdraw-no = Нет, оставить
complaint-add-ask = Пришлите, что хотите добавить к жалобе { $reference }: текст или фото (в ней { $photos } из { $max } фото). Это увидят сотрудники, но не те, кто поддержал жалобу. Когда закончите, нажмите «Готово».
complaint-add-saved = Добавлено к жалобе { $reference }: сотрудники это увидят. Пришлите ещё или нажмите «Готово».
complaint-add-hint = Пришлите текст или фото, чтобы дополнить жалобу, или нажмите «Готово».
complaint-add-photos-full = В жалобе уже { $max } фото, больше нельзя. Текст добавить можно.
complaint-add-done = Готово: ваши дополнения добавлены к жалобе { $reference }.
complaint-withdraw-ask = Отозвать жалобу { $reference }? Сотрудники перестанут ею заниматься, и она будет закрыта. Поддержали: { $supporters }; им сообщат, что жалоба закрыта. Отменить это нельзя.
complaint-withdrawn = Жалоба { $reference } отозвана и закрыта.
complaint-withdrawn-notice = Жалоба { $reference }, которую вы поддержали, закрыта: её отозвали. Если проблема осталась, вы можете подать свою: /complain

## The place: a typed address or landmark
complaint-address-received = Адрес записан: { $address }. Можно ещё отправить геопозицию кнопкой «📍 Отправить моё местоположение» или нажать «Пропустить», чтобы продолжить.
complaint-address-too-long = Для адреса слишком длинно: не больше { $max } символов. Напишите улицу и дом или ориентир.
complaint-confirm-address = Адрес или ориентир: { $address }
complaint-detail-address = Адрес или ориентир: { $address }
