## Group chats: joining
menu-setup = Топ баптаулары (тек топ әкімшілеріне)
group-greeting =
    Сәлеметсіздер ме! Мен тұрғындарға арналған ботпын: жергілікті сайлау туралы сұрақтарға жауап беремін (/elections, /candidates, /results) және жеке чатта шағым қабылдаймын.
    Топ әкімшілері: топтың елді мекенін, тілін, уақыт белдеуін және жарияланымдарын таңдау үшін /setup жіберіңіз.
group-back = Мен қайта оралдым. Топ баптаулары сақталған; топ әкімшілері оларды /setup арқылы өзгерте алады.
group-back-not-set-up = Мен қайта оралдым. Топ әкімшілері: топтың елді мекенін таңдау үшін /setup жіберіңіз.

## Group chats: setup panel
setup-title = Топ баптаулары
setup-settlement-line = Елді мекен: { $names }
setup-settlement-none = Елді мекен: әлі таңдалмаған
setup-language-line = Тіл: { $name }
setup-time-zone-line = Уақыт белдеуі: { $zone }
setup-posts-line = Жарияланымдар:
setup-button-open = ⚙️ Баптау
setup-button-settlement = 📍 Елді мекен
setup-button-language = 🌐 Тіл
setup-button-time-zone = 🕒 Уақыт белдеуі
setup-button-posts = 📰 Жарияланымдар
setup-button-close = Жабу
setup-button-back = ◀ Артқа
setup-closed = Баптаулар сақталды. Топ әкімшілері оларды /setup арқылы қайта аша алады.
setup-saved = Сақталды.

## Group chats: settlement
setup-settlements-empty = Елді мекен әлі таңдалмаған. Оны атауы бойынша іздеңіз немесе тізімнен таңдаңыз.
setup-settlements-list = Топтың елді мекендері (біріншісі — негізгісі):
setup-button-remove = ✕ { $name }
setup-button-search = 🔎 Атауы бойынша іздеу
setup-button-tree = 🗂 Тізімнен таңдау
setup-button-choose-this = ✓ { $name }
setup-settlement-prompt = Осы хабарламаға елді мекеннің атауымен жауап беріңіз, мысалы: Ойыл.
setup-settlement-choose = Қайсысын айтып отырсыз?
setup-settlement-not-found = Мұндай елді мекен табылмады. Басқаша жазып көріңіз немесе тізімнен таңдаңыз.
setup-settlement-saved = Елді мекен сақталды: { $name }.
setup-tree-region = Облысты таңдаңыз:
setup-tree-choose = { $name }: таңдаңыз
setup-tree-empty = Елді мекендер тізімі әлі жүктелмеген. Бот әкімшілеріне хабарласыңыз.
setup-need-text = Мәтінмен жауап беріңіз.

## Group chats: language and time zone
setup-language-menu = Бұл топта қай тілде сөйлейін?
setup-time-zone-menu = Жарияланымдар осы уақыт белдеуі бойынша жіберіледі. Қазір: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Сайлау қорытындылары
        [reminders] Сайлау туралы еске салу
       *[digest] Шағымдар шолуы
    }
setup-posts-menu = Бұл топқа қандай жарияланымдарды және қашан жіберейін?
setup-post-when = Қашан жіберейін? Уақыт белдеуі: { $zone }.
setup-button-custom = ✏️ Өз кестеңіз (cron)
schedule-daily-20 = күн сайын 20:00-де
schedule-daily-09 = күн сайын 09:00-де
schedule-weekly-mon-09 = дүйсенбі сайын 09:00-де
schedule-on-event = жарияланған бойда
schedule-off = өшірулі
schedule-custom = { $cron } кестесі бойынша
setup-next-runs =
    Келесі жарияланымдар:
    { $runs }
setup-cron-prompt = Осы хабарламаға cron өрнегімен жауап беріңіз: минут сағат күн ай апта-күні, топтың уақыт белдеуі бойынша ({ $zone }). Мысалы, 30 19 * * 5 — жұма сайын 19:30-да.
setup-cron-retry = Түзетілген өрнекпен қайта жауап беріңіз немесе /cancel жіберіңіз.

## Group chats: errors
error-group-cron-field-count = Cron өрнегі бес бөліктен тұрады: минут сағат күн ай апта-күні, мысалы 0 20 * * *.
error-group-cron-invalid =
    «{ $field ->
        [minute] минут
        [hour] сағат
        [day-of-month] айдың күні
        [month] ай
       *[day-of-week] апта күні
    }» өрісіндегі «{ $value }» мәні жарамсыз.
error-group-cron-never = Бұл кесте ешқашан орындалмайды (мысалы, 30 ақпан).
error-group-cron-too-frequent = Топ үшін бұл тым жиі: сағатына бір реттен артық болмауы керек.

## Group chats: forum topics
topic-general = Жалпы тақырып
topic-unnamed = №{ $id } тақырып
topic-menu-hint = Бұл жарияланымдарды қай тақырыпқа жіберейін?
topic-here-prompt = Бұл тақырыпқа қандай жарияланымдарды жіберейін?
topic-here-not-in-topic = Жарияланымдар баратын тақырыптың ішінде /setup here жіберіңіз.
setup-post-topic = Тақырып:
setup-button-topic = 🗂 Тақырып
topic-lost-notice = Модераторлар: «{ $topic }» тақырыбына енді жаза алмаймын (ол жабылды не жойылды, не маған онда жазуға рұқсат жоқ). Бұл жарияланымдар енді жалпы тақырыпқа барады:
topic-lost-hint = Басқа тақырыпты таңдау үшін оның ішінде /setup here жіберіңіз.
