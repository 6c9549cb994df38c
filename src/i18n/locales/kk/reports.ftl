## Есептер: сурет
report-title = Шағымдар бойынша есеп
report-period-dates = { $period ->
    [last7] соңғы 7 күн
    [last30] соңғы 30 күн
    [last90] соңғы 90 күн
    [m0] осы ай
    [m1] өткен ай
   *[other] { $period }
}: { $from } – { $to }
report-scope-all = Барлық аудан мен ауыл
report-scope-mine = Сіздің аудандарыңыз бен ауылдарыңыз
report-kpi-total = Берілген шағым
report-kpi-resolved = Шешілді
report-kpi-overdue = Қазір мерзімі өткен / кеш жауап берілген
report-kpi-first-response = Алғашқы жауапқа дейінгі күн (медиана)
report-kpi-resolution = Шешілгенге дейінгі күн (медиана)
report-by-category = Санат пен мәртебе бойынша
report-group = { $group ->
    [open] ашық
    [resolved] шешілген
    [closed] жабылған
   *[withdrawn] кері қайтарылған
}
report-other-categories = Басқа санаттар
report-trend = Апта сайын
report-trend-filed = берілді
report-trend-resolved = шешілді
report-empty = Бұл кезеңде шағым берілмеген.

## Есептер: хабарлама
report-caption = { $from } – { $to } аралығында берілген шағым: { $total }, шешілгені { $resolved }. Қазір мерзімі өткені: { $overdue }; кеш жауап берілгені: { $late }. Алғашқы жауапқа дейінгі күн (медиана): { $firstResponse }; шешілгенге дейін: { $resolution }.
report-button-period = { $period ->
    [last7] 7 күн
    [last30] 30 күн
    [last90] 90 күн
    [m0] Осы ай
   *[m1] Өткен ай
}
report-button-area = Аудан не ауыл таңдау
report-button-inside = Ішінде ▸
report-pick-area = Есеп қай аудан не ауыл бойынша болсын?
error-report-period-invalid = «{ $period }» деген кезеңді білмеймін. 7d, 30d, 90d, m0 (осы ай), m1 (өткен ай) немесе 2026-11 сияқты айды жазыңыз.
menu-report = Суретті есеп
