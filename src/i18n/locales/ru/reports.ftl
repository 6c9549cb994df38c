## Отчёты: картинка
report-title = Отчёт по жалобам
report-period-dates = { $period ->
    [last7] последние 7 дней
    [last30] последние 30 дней
    [last90] последние 90 дней
    [m0] этот месяц
    [m1] прошлый месяц
   *[other] { $period }
}: { $from } – { $to }
report-scope-all = Все районы и сёла
report-scope-mine = Ваши районы и сёла
report-kpi-total = Подано жалоб
report-kpi-resolved = Решено
report-kpi-overdue = Просрочено сейчас / ответ с опозданием
report-kpi-first-response = Медиана дней до первого ответа
report-kpi-resolution = Медиана дней до решения
report-by-category = По категориям и статусам
report-group = { $group ->
    [open] открыты
    [resolved] решены
    [closed] закрыты
   *[withdrawn] отозваны
}
report-other-categories = Другие категории
report-trend = По неделям
report-trend-filed = подано
report-trend-resolved = решено
report-empty = За этот период жалоб не подавали.

## Отчёты: сообщение
report-caption = Жалоб подано { $from } – { $to }: { $total }, решено { $resolved }. Просрочено сейчас: { $overdue }; ответ с опозданием: { $late }. Медиана дней до первого ответа: { $firstResponse }; до решения: { $resolution }.
report-button-period = { $period ->
    [last7] 7 дней
    [last30] 30 дней
    [last90] 90 дней
    [m0] Этот месяц
   *[m1] Прошлый месяц
}
report-button-area = Выбрать район или село
report-button-inside = Внутри ▸
report-pick-area = По какому району или селу сделать отчёт?
error-report-period-invalid = Не знаю такого периода: «{ $period }». Укажите 7d, 30d, 90d, m0 (этот месяц), m1 (прошлый месяц) или месяц, например 2026-11.
menu-report = Отчёт в картинках
