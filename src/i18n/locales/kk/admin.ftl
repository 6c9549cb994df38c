## Admin: shared
admin-status-name = { $status ->
    [new] жаңа
    [acknowledged] қабылданды
    [in_progress] шешілуде
    [resolved] шешілді
    [rejected] бас тартылды
    [duplicate] қайталама
    [not_responsible] әкімдіктің құзыретінде емес
    [withdrawn] авторы кері қайтарып алды
   *[other] { $status }
}
admin-category-name = { $name }
admin-button-prev = ◀ Артқа
admin-button-next = Әрі қарай ▶
admin-button-back = ↩ Тізімге

## Admin: roles and audit
admin-admins-title = Бот иелері (ADMIN_IDS): { $owners }
admin-admins-item = • { $id } — аумақтар: { $areas }; санаттар: { $categories }
admin-admins-empty = Әзірге бот әкімшілері жоқ.
admin-admins-usage = Қосу: /admins add <пайдаланушы id> [аумақ id ...] [санат ...] (аумақ көрсетілмесе — барлық аумақ, санат көрсетілмесе — барлық санат; олардағы жаңа шағымдар туралы хабар келеді). Жою: /admins remove <пайдаланушы id>
admin-admins-remove-button = Жою: { $id }
admin-admins-added = Бот әкімшісі { $id } сақталды, аумақтары: { $areas }, санаттары: { $categories }.
admin-admins-removed = Бот әкімшісі { $id } жойылды.
admin-audit-title = Бот әкімшілерінің әрекеттері (барлығы { $total }), жаңалары басында:
admin-audit-item = { $date } · { $actor } · { $action } { $target }

## Admin: complaint inbox
admin-inbox-title = Табылған шағымдар: { $total }
admin-inbox-filters =
    Сүзгілер — мәртебе: { $status ->
        [none] кез келген
       *[other] { admin-status-name }
    }, санат: { $category ->
        [none] кез келген
       *[other] { $category }
    }, аумақ: { $area ->
        [none] барлығы
        [mine] сіздің аумақтарыңыз
       *[other] { $area }
    }, тек мерзімі өткендер: { $overdue ->
        [yes] иә
       *[no] жоқ
    }
admin-inbox-empty = Бұл сүзгілер бойынша ештеңе жоқ.
admin-inbox-item = { $reference } · { $category } · { admin-status-name }
admin-inbox-item-overdue = ⚠ { $reference } · { $category } · { admin-status-name }
admin-filter-status = Мәртебе
admin-filter-category = Санат
admin-filter-overdue-on = ✓ Мерзімі өткен
admin-filter-overdue-off = Мерзімі өткен
admin-filter-reset = Тазарту
admin-filter-any = Кез келген
admin-filter-pick-status = Мәртебені таңдаңыз:
admin-filter-pick-category = Санатты таңдаңыз:
admin-filter-area = Аумақ
admin-filter-any-area = Барлық аумақтар
admin-filter-pick-area = Аумақты таңдаңыз («Аумақ» батырмасын қайта бассаңыз — бір деңгей төмен):
admin-filter-pick-area-none = Бұл аумақтың ішінде басқа аумақ жоқ.
admin-review-title = { $reference } шағымы — { admin-status-name }
admin-review-meta =
    Санат: { $category }
    Елді мекен: { $settlement }
    Берілген күні: { $created }, жауап мерзімі: { $due }
    Қолдағандар (+1): { $supporters }
admin-review-overdue = ⚠ Мерзімі өтті
admin-review-duplicate-of = { $reference } шағымының қайталамасы
admin-review-contact = Автордың байланыс деректері (келісімімен): { $contact }
admin-review-contact-hidden = Автор байланыс деректерін көрсетуге келісім бермеді.
admin-review-history = Тарихы:
admin-review-history-item = { $date } — { admin-status-name }
admin-review-history-note = { $date } — { admin-status-name }: { $note }
admin-review-history-public-note = { $date } — 💬 тұрғындарға хабар: { $note }
admin-review-history-internal = { $date } — 🔒 ішкі жазба: { $note }
admin-review-history-resident = { $date } — ✉ автор қосты: { $note }
admin-review-public-note = 💬 Тұрғындарға хабар
admin-review-internal-note = 🔒 Ішкі жазба
admin-ask-public-note = { $reference } шағымы бойынша автор мен қолдағандарға хабар жазыңыз (олар оны алады). /cancel — тоқтату.
admin-ask-internal-note = { $reference } шағымы бойынша ішкі жазба жазыңыз: оны тек қызметкерлер көреді, тұрғындар ешқашан көрмейді. /cancel — тоқтату.
admin-public-note-sent = { $reference } шағымы бойынша хабар жіберілді. Хабарланған тұрғындар: { $notified }.
admin-internal-note-saved = { $reference } шағымы бойынша ішкі жазба сақталды. Тұрғындарға ештеңе жіберілген жоқ.
admin-review-set-status = → { admin-status-name }
admin-review-mark-duplicate = Қайталама деп белгілеу
admin-review-merge = «+1» бастапқыға көшіру
admin-review-open-map = 🗺 { $reference } картадан ашу
admin-ask-note = { $reference } шағымы → { admin-status-name }. Автор мен қолдағандарға түсініктеме жазыңыз (түсініктеме қажет болмаса, «-» жіберіңіз). /cancel — тоқтату.
admin-ask-duplicate-of = Бастапқы шағымның нөмірін жіберіңіз (мысалы, C-2026-000123), артынан түсініктеме жазуға болады. /cancel — тоқтату.
admin-status-changed = Дайын: { $reference } шағымының мәртебесі — «{ admin-status-name }». Хабарланған тұрғындар: { $notified }.
admin-merged = { $from } шағымын қолдағандар { $to } шағымына көшірілді: { $count }.

## Admin: exports
admin-export-title = Шағымдарды жүктеп алу (CSV және XLSX). Сүзгілерді таңдап, «Файлдарды алу» батырмасын басыңыз.
admin-export-go = 📄 Файлдарды алу
admin-export-working = Файлдарды дайындап жатырмын…
admin-export-progress = { $format } дайындап жатырмын. Шағымдар: { $total } ішінен { $done }, секундына { $rate }, шамамен { $left } с қалды.
admin-export-done = Жүктеп алынған шағымдар: { $count }.

## Admin: election data
admin-import-send-file = Сайлау деректері бар файлды (YAML немесе JSON, 2 МБ-қа дейін) құжат ретінде жіберіңіз. /cancel — тоқтату.
admin-import-invalid = Файл қолданылмады. Қателер саны: { $count }. Оларды түзетіп, файлды қайта жіберіңіз:
admin-import-more = …және тағы { $count }.
admin-import-applied = Файл қолданылды.
admin-import-counts = { $kind ->
    [areas] Аумақтар
    [people] Адамдар
   *[elections] Сайлаулар
}: жаңа { $created }, өзгерген { $updated }, өзгеріссіз { $unchanged }
admin-import-candidacies = Кандидатуралар: жаңа { $created }, өзгерген { $updated }, өзгеріссіз { $unchanged }, жойылған { $removed }
admin-import-results = Қорытындысы өзгерген сайлаулар: { $count }; топтарға қорытынды жариялау кезекке қойылды: { $groups }
admin-results-none = Қорытынды енгізетін сайлау жоқ.
admin-results-pick = Сайлауды таңдаңыз:
admin-results-election = { $placeKk }, { $date }
admin-results-title = Қорытынды: { $placeKk }, { $date } — { $status ->
    [official] ресми
    [preliminary] алдын ала
   *[other] әлі енгізілмеген
} ({ $version }-нұсқа). Өзгерту үшін жолды басыңыз.
admin-results-candidate = { $name }: { $votes }
admin-results-against-all = Барлығына қарсы: { $value }
admin-results-ballots = Дауыс бергендер: { $value }
admin-results-mark-preliminary = Алдын ала деп белгілеу
admin-results-mark-official = Ресми деп белгілеу
admin-results-ask-votes = { $name } алған дауыс саны: бүтін сан жіберіңіз.
admin-results-ask-against-all = «Барлығына қарсы» дауыс саны: бүтін сан жіберіңіз.
admin-results-ask-ballots = Дауыс бергендер саны: бүтін сан жіберіңіз.
admin-results-ask-number = Бүтін сан немесе /cancel жіберіңіз.
admin-results-saved = Сақталды. Қорытынды кезекке қойылған топтар: { $groups }.

## Admin: errors
error-admin-owner-only = Мұны тек бот иелері жасай алады.
error-admin-bad-user-id = «{ $value }» — Telegram пайдаланушысының id-і емес (тек цифрлар).
error-admin-unknown-area = «{ $area }» id-і бар аумақ та, шағым санаты да жоқ.
error-admin-not-found = Бот әкімшісі { $id } табылмады.
error-admin-complaint-not-found = Шағым табылмады.
error-admin-area-not-found = «{ $query }» аумағын таба алмадым.
error-admin-not-a-duplicate = { $reference } шағымы қайталама деп белгіленбеген.
error-admin-not-a-number = «{ $value }» — бүтін сан емес. Тек цифр жазыңыз немесе /cancel жіберіңіз.
error-admin-import-bad-file = Көлемі ең көбі { $max } болатын .yaml, .yml немесе .json файлын жіберіңіз.

## Admin: help
admin-help =
    Қызметкерлерге:
    /inbox — шағымдар: сүзгілер, мәртебелер, қайталамалар
    /export — шағымдарды жүктеп алу (CSV және XLSX)
    /report — бір суреттегі есеп: шағымдар санат пен мәртебе бойынша, жауап мерзімі, кешіктірілгені, апталық өзгерісі
    /import — сайлау деректері бар файлды жүктеу (немесе файлды жай жіберіңіз)
    /enterresults — дауыс беру қорытындысын енгізу
admin-help-owner =
    { admin-help }
    /admins — бот әкімшілері және олардың аумақтары
    /audit — әрекеттер журналы
    /templates — мәртебені өзгерткенде берілетін дайын жауаптар
error-admin-import-needs-all-areas = Сайлау деректері бар файлдарды тек аумақ шектеуі жоқ қызметкерлер жүктей алады. Өз аумағыңыздың қорытындысын /enterresults арқылы енгізіңіз.

## Staff menu
menu-inbox = Келіп түскен шағымдар
menu-export = Шағымдарды жүктеп алу (CSV, XLSX)
menu-import = Сайлау деректерінің файлын жүктеу
menu-enterresults = Дауыс беру қорытындысын енгізу
menu-admins = Бот әкімшілері және олардың аумақтары (бот иесіне)
menu-audit = Әрекеттер журналы
menu-templates = Дайын жауаптар

## Admin: the place the resident typed
admin-review-address = Мекенжай не бағдар (тұрғынның сөзі): { $address }
