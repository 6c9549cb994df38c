## Complaints: shared terms
complaint-status-name = { $status ->
    [new] жаңа
    [acknowledged] қабылданды
    [in_progress] шешілуде
    [resolved] шешілді
    [rejected] бас тартылды
    [duplicate] қайталама
    [not_responsible] әкімдіктің құзыретінде емес
    [withdrawn] кері қайтарылды
   *[other] { $status }
}

## Complaints: the form
complaint-ask-category = Шағым не туралы? Санатты таңдаңыз:
complaint-emergency = ⚠️ { $category }: өмірге немесе денсаулыққа қауіп төнсе, дереу { $number } нөміріне қоңырау шалыңыз. Мұнда берілген шағым жедел қызметті алмастырмайды. Шағымды төменде жалғастыра аласыз.
complaint-ask-settlement = Мәселе қай елді мекенде? Атауын жазыңыз, мысалы: Ойыл.
complaint-pick-settlement = Бірнеше елді мекен табылды. Керегін таңдаңыз:
complaint-settlement-not-found = «{ $query }» табылмады. Атауын тексеріп, қайта жазыңыз.
complaint-similar-found = { $count ->
    [1] Ұқсас шағым бұрын берілген. Мәселе сол болса, «+1» батырмасын басыңыз: әкімдік бұл мәселе көп адамға қатысты екенін көреді, ал сіз ол туралы хабарлама аласыз.
   *[other] Ұқсас шағымдар бұрын берілген. Мәселе сол болса, «+1» батырмасын басыңыз: әкімдік бұл мәселе көп адамға қатысты екенін көреді, ал сіз ол туралы хабарлама аласыз.
}
complaint-similar-item = { $reference } · { $category } · { $settlement } · { $date } күні берілген · { complaint-status-name } · қолдағандар: { $supporters }
complaint-ask-description = Мәселені өз сөзіңізбен сипаттаңыз: не болды, қай жерде, қашаннан бері. { $min }–{ $max } таңба.
complaint-description-too-short = Тым қысқа ({ $length } таңба). Кемінде { $min } таңба жазыңыз.
complaint-description-too-long = Тым ұзын: { $length } таңба, ең көбі { $max } болуы керек. Қысқартыңыз.
complaint-ask-photos = Фото болса, жіберіңіз (ең көбі { $max }, альбоммен де болады) немесе «Өткізіп жіберу» батырмасын басыңыз.
complaint-photos-received = Фото алынды ({ $count }/{ $max }). Тағы жіберіңіз немесе «Дайын» батырмасын басыңыз.
complaint-photos-full = Фото саны шегіне жетті: { $max }. Келесі қадамға өтеміз.
complaint-ask-location = Бұл қай жерде? Төмендегі «📍 Орнымды жіберу» батырмасын басыңыз (немесе картадан орын жіберіңіз: 📎 → Геолокация), мекенжайды не бағдарды жазыңыз (мысалы: Абай к-сі 5, мектептің жанында) не «Өткізіп жіберу» түймесін басыңыз.
complaint-ask-consent = Осы шағымның мәтінін, орнын және фотоларын әкімдік кез келген жағдайда алады. Қызметкерлер сізбен байланыса алуы үшін Telegram-дағы атыңыз бен @username-іңізді де берейін бе? Бермесеңіз, шағым атыңызсыз жіберіледі, ал ол туралы хабарламаларды бәрібір осында аласыз. Басқа тұрғындар атыңызды да, фотоларыңызды да ешқашан көрмейді: оларға санаты, елді мекені және мәртебесі көрінеді, ал сипаттамаңыз келесі қадамда оны көршілерге көрсетуді таңдасаңыз ғана көрінеді.
complaint-confirm-title = Шағымды тексеріңіз:
complaint-confirm-category = Санат: { $category }
complaint-confirm-settlement = Елді мекен: { $settlement }
complaint-button-no-settlement = Елді мекенсіз жалғастыру
complaint-confirm-settlement-none = Елді мекен: көрсетілмеген
complaint-confirm-photos = Фото: { $count }
complaint-confirm-location-yes = Геолокация: бар
complaint-confirm-location-no = Геолокация: жоқ
complaint-confirm-consent-yes = Telegram-дағы аты және @username: әкімдікке беру
complaint-confirm-consent-no = Telegram-дағы аты және @username: бермеу (жасырын)
complaint-confirm-visible-yes = Сипаттама: көршілерге көрсетіледі (телефон, пошта, ник және ЖСН жасырылады)
complaint-confirm-visible-no = Сипаттама: тек сізге және әкімдікке көрінеді
complaint-confirm-description = Сипаттама:
complaint-filed =
    Шағым берілді. Нөмірі: { $reference }
    Жауап мерзімі: { $due }
    Бақылау: /mycomplaints
complaint-cancelled = Шағым беру тоқтатылды, ештеңе сақталмады.
complaint-joined = Сіз { $reference } шағымын қолдадыңыз. Мәртебесі өзгергенде хабарлаймын.
complaint-already-joined = Сіз { $reference } шағымын бұрын қолдағансыз.
complaint-join-own = { $reference } — өз шағымыңыз, оны қолдаудың қажеті жоқ.

## Complaints: hints
complaint-hint-use-buttons = Төмендегі батырмалардың бірін таңдаңыз.
complaint-hint-settlement-text = Елді мекеннің атауын мәтінмен жазыңыз.
complaint-hint-description-first = Алдымен мәселені мәтінмен сипаттаңыз, фотоны келесі қадамда қоса аласыз.
complaint-hint-text-expected = Мұнда мәтін керек: мәселені сөзбен сипаттаңыз.
complaint-hint-photo-expected = Қазір фото күтемін. Фото болмаса, «Дайын» батырмасын басыңыз.
complaint-hint-photo-as-photo = Суретті файл емес, фото ретінде жіберіңіз.
complaint-hint-location-expected = Қазір орынды күтемін: төмендегі «📍 Орнымды жіберу» батырмасын басыңыз, мекенжайды не бағдарды жазыңыз, қажет болмаса — «Өткізіп жіберу».

## Complaints: buttons
complaint-button-cancel = Тоқтату
complaint-button-skip = Өткізіп жіберу
complaint-button-done = Дайын
complaint-button-send = Жіберу
complaint-button-new = Жоқ, жаңа шағым беру
complaint-button-join = { $reference } шағымына +1
complaint-button-consent-no = Жоқ, жасырын
complaint-button-consent-yes = Иә, беру
complaint-button-visible-on = Сипаттаманы көршілерге көрсету
complaint-button-visible-off = Сипаттаманы көршілерден жасыру
complaint-button-open = { $reference }
complaint-button-prev = ◀ Артқа
complaint-button-next = Әрі қарай ▶
complaint-button-back = ↩ Тізімге
complaint-button-forget-yes = Иә, деректерімді өшіру
complaint-button-forget-no = Жоқ, қалсын
complaint-button-start = Шағым беру
complaint-button-not-now = Жоқ, рақмет
complaint-button-open-private = Жеке чатта шағым беру

## Complaints: following
complaint-list-empty = Әзірге шағымыңыз жоқ. Шағым беру: /complain
complaint-list-title = Шағымдарыңыз ({ $total }), { $page }/{ $pages } бет:
complaint-list-item-own = { $reference } · { $category } · { complaint-status-name } · { $date }
complaint-list-item-supported = { $reference } · { $category } · { complaint-status-name } · { $date } · сіз қолдадыңыз
complaint-detail-title = { $reference } шағымы
complaint-detail-category = Санат: { $category }
complaint-detail-settlement = Елді мекен: { $settlement }
complaint-detail-status = Мәртебесі: { complaint-status-name }
complaint-detail-dates = Берілген күні: { $created }. Жауап мерзімі: { $due }
complaint-detail-overdue = Жауап мерзімі өтіп кетті.
complaint-detail-supporters = Қолдағандар: { $count }. Фото: { $photos }
complaint-detail-supported = Қолдағандар: { $count }. Сіз бұл шағымды қолдадыңыз: оның сипаттамасы, фотосы мен орны авторы мен әкімдікте ғана қалады.
complaint-detail-history = Тарихы:
complaint-history-item = { $date } — { complaint-status-name }
complaint-history-item-note = { $date } — { complaint-status-name }: { $note }
complaint-history-public-note = { $date } — 💬 { $note }
complaint-history-resident = { $date } — ✉ автор қосты: { $note }
complaint-public-note = { $reference } шағымы бойынша қызметкерлердің хабары: { $note }
complaint-status-changed = { $reference } шағымы: жаңа мәртебе — { complaint-status-name }.
complaint-status-duplicate-of = Дәл осы мәселе { $reference } шағымында бұрын көрсетілген; жауап сол шағым бойынша беріледі.
complaint-status-note = Түсініктеме: { $note }

## Complaints: starting elsewhere
complaint-group-use-private = Топта жеке ақпарат жарияланып қалмауы үшін шағымдарды тек жеке чатта қабылдаймын. Батырманы басыңыз — форма менімен жеке чатта ашылады.
complaint-detected-offer = Бұл шағымға ұқсайды. Шағым ретінде жіберейік пе? Бір минуттай уақыт алады, ал ол туралы хабарламаларды осында аласыз.
complaint-detected-declined = Жарайды. Ойыңыз өзгерсе: /complain.

## Complaints: forget me
complaint-forget-ask = Жеке деректеріңізді өшірейін бе? Атыңызды, @username-іңізді және есте сақталған елді мекенді өшіремін; шағымдарыңыздан олармен бірге берілген аты-жөн мен @username-ді, геолокацияны, сіздің фотоларыңызды, ал мәтіннен телефон, e-mail, ник және ЖСН нөмірлерін алып тастаймын. Шағымдардың өзі авторсыз қалады: санаты, елді мекені, сипаттамасы (байланыссыз), мәртебесі мен тарихы — әкімдік оларға жауап бере алуы және олар статистикада ескерілуі үшін. «+1» белгілері алынады, шағымдар туралы хабарламалар енді келмейді. Сағаттық шағым шегі есептеле береді, бірақ сіздің id-ңізсіз.
complaint-forget-done =
    Дайын. Өшірілді: атыңыз, @username-іңіз және есте сақталған елді мекен; шағымдарыңыздан — аты-жөн мен байланыс, геолокация: { $locations }, фото: { $photos }; телефон, e-mail, ник және ЖСН алынған сипаттамалар: { $descriptions }; алынған «+1» белгілері: { $supported }.
    Авторсыз сақталған шағымдар: { $complaints }. Оларда санаты, елді мекені, байланыссыз сипаттамасы, мәртебесі мен тарихы қалды: әкімдік жауап бере алуы және статистика шынайы болуы үшін. Олар туралы хабарламалар енді келмейді.
    Тағы { $minutes } минут бойы шағым шегі осы уақытта берген шағымдарыңызды есептейді: ол сіздің id-ңізді емес, оның шифрланған ізін сақтайды және бұл уақыт өткен соң өшіреді.
complaint-forget-declined = Жарайды, ештеңе өшірілген жоқ.

## Complaints: errors
error-complaint-not-found = Шағым табылмады.
error-complaint-rate-limited = Қысқа уақытта тым көп шағым: { $minutes } минутта ең көбі { $limit } шағым беруге болады. Келесісін { $wait } минуттан кейін бере аласыз.
error-complaint-closed = { $reference } шағымы жабылған, оны енді қолдауға болмайды.
error-complaint-conflict = { $reference } шағымының мәртебесі жаңа ғана өзгерді. Жаңартып, қайталаңыз.
error-complaint-transition-not-allowed = Шағымды «{ $from ->
    [new] жаңа
    [acknowledged] қабылданды
    [in_progress] шешілуде
    [resolved] шешілді
    [rejected] бас тартылды
    [duplicate] қайталама
    [not_responsible] әкімдіктің құзыретінде емес
    [withdrawn] кері қайтарылды
   *[other] { $from }
}» мәртебесінен «{ $to ->
    [new] жаңа
    [acknowledged] қабылданды
    [in_progress] шешілуде
    [resolved] шешілді
    [rejected] бас тартылды
    [duplicate] қайталама
    [not_responsible] әкімдіктің құзыретінде емес
    [withdrawn] кері қайтарылды
   *[other] { $to }
}» мәртебесіне ауыстыруға болмайды.
error-complaint-category-unknown = Мұндай санат жоқ. Қайта бастаңыз: /complain
error-complaint-description-missing = Сипаттама тым қысқа. Қайта бастаңыз: /complain

## Complaints: command menu
menu-complain = Шағым беру
menu-mycomplaints = Менің шағымдарым
menu-forgetme = Деректерімді өшіру

## Complaint form: one-tap location and phone number
complaint-button-send-location = 📍 Орнымды жіберу
complaint-button-share-contact = 📱 Телефон нөмірімді беру
complaint-ask-contact = Қызметкерлер осы шағым бойынша сізге қоңырау шалуы мүмкін. Нөміріңізді беру үшін төмендегі «📱 Телефон нөмірімді беру» батырмасын басыңыз, тек Telegram арқылы байланысу үшін — «Өткізіп жіберу».
complaint-hint-contact-expected = Өз нөміріңізді тек төмендегі батырмамен беруге болады. «📱 Телефон нөмірімді беру» не «Өткізіп жіберу» батырмасын басыңыз.
complaint-location-received = 📍 Орын алынды.
complaint-location-skipped = Жақсы, орынсыз.
complaint-contact-received = 📱 Нөмір алынды: қызметкерлер оны осы шағымда көреді.
complaint-contact-skipped = Жақсы, телефон нөмірінсіз.

## Follow-up by the author
complaint-button-fixed = ✅ Түзетілді
complaint-button-not-fixed = ❌ Түзетілмеді
complaint-fixed-thanks = Рақмет: { $reference } шағымы шешілген күйінде қалады.
complaint-ask-not-fixed = { $reference } бойынша не әлі дұрыс емес? Бір хабарламамен жазыңыз — шағым сіздің сөздеріңізбен қайта ашылады. /cancel — болдырмау.
complaint-ask-not-fixed-text = Не әлі дұрыс емес екенін сөзбен жазыңыз (немесе /cancel).
complaint-reopened = { $reference } шағымы қайта ашылды: қызметкерлер сіздің түсініктемеңізді көреді.
complaint-fixed-question = Бір апта бұрын { $reference } шағымыңыз шешілді деп белгіленді. Мәселе түзетілді ме?

## Автор ашық шағымды толықтырады немесе кері қайтарады
complaint-button-add = ✉ Мәтін не фото қосу
complaint-button-withdraw = Шағымды кері қайтару
complaint-button-add-done = Болды
complaint-button-withdraw-yes = Иә, кері қайтару
complaint-button-withdraw-no = Жоқ, қалсын
complaint-add-ask = { $reference } шағымына не қосқыңыз келетінін жіберіңіз: мәтін немесе фото (онда { $max } фотоның { $photos } бар). Мұны қызметкерлер көреді, шағымды қолдағандар көрмейді. Аяқтаған соң «Болды» түймесін басыңыз.
complaint-add-saved = { $reference } шағымына қосылды: қызметкерлер көреді. Тағы жіберіңіз немесе «Болды» түймесін басыңыз.
complaint-add-hint = Шағымды толықтыру үшін мәтін немесе фото жіберіңіз, не «Болды» түймесін басыңыз.
complaint-add-photos-full = Шағымда { $max } фото бар, бұдан артық болмайды. Мәтін қоса аласыз.
complaint-add-done = Болды: қосқандарыңыз { $reference } шағымына тіркелді.
complaint-withdraw-ask = { $reference } шағымын кері қайтарасыз ба? Қызметкерлер онымен айналыспайды, шағым жабылады. Қолдағандар: { $supporters }; оларға шағымның жабылғаны хабарланады. Мұны болдырмау мүмкін емес.
complaint-withdrawn = { $reference } шағымы кері қайтарылып, жабылды.
complaint-withdrawn-notice = Сіз қолдаған { $reference } шағымы жабылды: ол кері қайтарылды. Мәселе әлі де болса, өз шағымыңызды бере аласыз: /complain

## The place: a typed address or landmark
complaint-address-received = Мекенжай жазылды: { $address }. Геолокацияны да «📍 Орнымды жіберу» батырмасымен жібере аласыз немесе жалғастыру үшін «Өткізіп жіберу» түймесін басыңыз.
complaint-address-too-long = Мекенжай үшін тым ұзын: { $max } таңбадан аспасын. Көше мен үйді не бағдарды жазыңыз.
complaint-confirm-address = Мекенжай не бағдар: { $address }
complaint-detail-address = Мекенжай не бағдар: { $address }
