## Group chats: joining
menu-setup = Топ баптаулары (тек топ әкімшілеріне)
groups-greeting =
    Сәлеметсіздер ме! Мен тұрғындарға арналған ботпын: жергілікті сайлау туралы сұрақтарға жауап беремін (/elections, /candidates, /results) және жеке чатта шағым қабылдаймын.
    Топ әкімшілері: топтың елді мекенін, тілін, уақыт белдеуін және жарияланымдарын таңдау үшін /setup жіберіңіз.
groups-back = Мен қайта оралдым. Топ баптаулары сақталған; топ әкімшілері оларды /setup арқылы өзгерте алады.
groups-back-not-set-up = Мен қайта оралдым. Топ әкімшілері: топтың елді мекенін таңдау үшін /setup жіберіңіз.

## Group chats: setup panel
groups-title = Топ баптаулары
groups-settlement-line = Елді мекен: { $names }
groups-settlement-none = Елді мекен: әлі таңдалмаған
groups-language-line = Тіл: { $name }
groups-time-zone-line = Уақыт белдеуі: { $zone }
groups-posts-line = Жарияланымдар:
groups-button-open = ⚙️ Баптау
groups-button-settlement = 📍 Елді мекен
groups-button-language = 🌐 Тіл
groups-button-time-zone = 🕒 Уақыт белдеуі
groups-button-posts = 📰 Жарияланымдар
groups-button-close = Жабу
groups-button-back = ◀ Артқа
groups-closed = Баптаулар сақталды. Топ әкімшілері оларды /setup арқылы қайта аша алады.
groups-saved = Сақталды.

## Group chats: settlement
groups-settlements-empty = Елді мекен әлі таңдалмаған. Оны атауы бойынша іздеңіз немесе тізімнен таңдаңыз.
groups-settlements-list = Топтың елді мекендері (біріншісі — негізгісі):
groups-button-remove = ✕ { $name }
groups-button-search = 🔎 Атауы бойынша іздеу
groups-button-tree = 🗂 Тізімнен таңдау
groups-button-choose-this = ✓ { $name }
groups-settlement-prompt = Осы хабарламаға елді мекеннің атауымен жауап беріңіз, мысалы: Ойыл.
groups-settlement-choose = Қайсысын айтып отырсыз?
groups-settlement-not-found = Мұндай елді мекен табылмады. Басқаша жазып көріңіз немесе тізімнен таңдаңыз.
groups-settlement-saved = Елді мекен сақталды: { $name }.
groups-tree-region = Облысты таңдаңыз:
groups-tree-choose = { $name }: таңдаңыз
groups-tree-empty = Елді мекендер тізімі әлі жүктелмеген. Бот әкімшілеріне хабарласыңыз.
groups-need-text = Мәтінмен жауап беріңіз.

## Group chats: language and time zone
groups-language-menu = Бұл топта қай тілде сөйлейін?
groups-time-zone-menu = Жарияланымдар осы уақыт белдеуі бойынша жіберіледі. Қазір: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Сайлау қорытындылары
        [reminders] Сайлау туралы еске салу
       *[digest] Шағымдар шолуы
    }
groups-posts-menu = Бұл топқа қандай жарияланымдарды және қашан жіберейін?
groups-post-when = Қашан жіберейін? Уақыт белдеуі: { $zone }.
groups-button-custom = ✏️ Өз кестеңіз (cron)
schedule-daily-20 = күн сайын 20:00-де
schedule-daily-09 = күн сайын 09:00-де
schedule-weekly-mon-09 = дүйсенбі сайын 09:00-де
schedule-on-event = жарияланған бойда
schedule-off = өшірулі
schedule-custom = { $cron } кестесі бойынша
groups-next-runs =
    Келесі жарияланымдар:
    { $runs }
groups-cron-prompt = Осы хабарламаға cron өрнегімен жауап беріңіз: минут сағат күн ай апта-күні, топтың уақыт белдеуі бойынша ({ $zone }). Мысалы, 30 19 * * 5 — жұма сайын 19:30-да.
groups-cron-retry = Түзетілген өрнекпен қайта жауап беріңіз немесе /cancel жіберіңіз.

## Group chats: errors
error-groups-cron-field-count = Cron өрнегі бес бөліктен тұрады: минут сағат күн ай апта-күні, мысалы 0 20 * * *.
error-groups-cron-invalid =
    «{ $field ->
        [minute] минут
        [hour] сағат
        [day-of-month] айдың күні
        [month] ай
       *[day-of-week] апта күні
    }» өрісіндегі «{ $value }» мәні жарамсыз.
error-groups-cron-never = Бұл кесте ешқашан орындалмайды (мысалы, 30 ақпан).
error-groups-cron-too-frequent = Топ үшін бұл тым жиі: сағатына бір реттен артық болмауы керек.

## Group chats: forum topics
groups-topic-general = Жалпы тақырып
groups-topic-unnamed = №{ $id } тақырып
groups-topic-menu-hint = Бұл жарияланымдарды қай тақырыпқа жіберейін?
groups-topic-here-prompt = Бұл тақырыпқа қандай жарияланымдарды жіберейін?
groups-topic-here-not-in-topic = Жарияланымдар баратын тақырыптың ішінде /setup here жіберіңіз.
groups-post-topic = Тақырып:
groups-button-topic = 🗂 Тақырып
groups-topic-lost-notice = Модераторлар: «{ $topic }» тақырыбына енді жаза алмаймын (ол жабылды не жойылды, не маған онда жазуға рұқсат жоқ). Бұл жарияланымдар енді жалпы тақырыпқа барады:
groups-topic-lost-hint = Басқа тақырыпты таңдау үшін оның ішінде /setup here жіберіңіз.
