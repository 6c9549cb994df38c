## Complaints: shared terms
complaint-status-name = { $status ->
    [new] жаңа
    [acknowledged] қабылданды
    [in_progress] шешілуде
    [resolved] шешілді
    [rejected] қабылданбады
    [duplicate] қайталама
    [not_responsible] әкімдіктің құзыретінде емес
   *[other] { $status }
}

## Complaints: the form
complaint-ask-category = Шағым не туралы? Санатты таңдаңыз:
complaint-emergency = ⚠️ { $category }: өмірге не денсаулыққа қауіп болса, дәл қазір { $number } нөміріне қоңырау шалыңыз. Мұндағы шағым шұғыл қызметті алмастырмайды. Төменде рәсімдеуді жалғастыра аласыз.
complaint-ask-settlement = Мәселе қай елді мекенде? Атауын жазыңыз, мысалы: Ойыл.
complaint-pick-settlement = Бірнеше жер табылды. Керегін таңдаңыз:
complaint-settlement-not-found = «{ $query }» табылмады. Атауын тексеріп, қайта жазыңыз.
complaint-similar-found = { $count ->
    [one] Ұқсас шағым бұрын берілген. Мәселе сол болса, «+1» басыңыз: ол тезірек шешіледі, ал сізге жаңалықтары келеді.
   *[other] Ұқсас шағымдар бұрын берілген. Мәселе сол болса, «+1» басыңыз: ол тезірек шешіледі, ал сізге жаңалықтары келеді.
}
complaint-similar-item = { $reference }, { $date }, қолдағандар: { $supporters }
complaint-ask-description = Мәселені өз сөзіңізбен сипаттаңыз: не, қай жерде, қашаннан бері. { $min }–{ $max } таңба.
complaint-description-too-short = Тым қысқа ({ $length }). Кемінде { $min } таңба жазыңыз.
complaint-description-too-long = Тым ұзын: { $length } таңба, ең көбі { $max }. Қысқартыңыз.
complaint-ask-photos = Фото болса, жіберіңіз ({ $max } дейін, альбоммен де болады) немесе «Өткізу» басыңыз.
complaint-photos-received = Фото алынды (барлығы: { $count } / { $max }). Тағы жіберіңіз немесе «Дайын» басыңыз.
complaint-photos-full = Бұл ең көбі: { $max } фото. Әрі қарай өтеміз.
complaint-ask-location = Картадағы орынды жіберіңіз (қыстырғыш → Геолокация) немесе «Өткізу» басыңыз.
complaint-ask-consent = Осы шағыммен бірге атыңыз бен байланысыңызды әкімдікке берейін бе? Келісімсіз шағым жасырын жіберіледі, жаңалықтарын бәрібір осында аласыз.
complaint-confirm-title = Шағымды тексеріңіз:
complaint-confirm-category = Санат: { $category }
complaint-confirm-settlement = Орны: { $settlement }
complaint-button-no-settlement = Елді мекенсіз жалғастыру
complaint-confirm-settlement-none = Орны: көрсетілмеген
complaint-confirm-photos = Фото: { $count }
complaint-confirm-location-yes = Геолокация: бар
complaint-confirm-location-no = Геолокация: жоқ
complaint-confirm-consent-yes = Аты-жөні мен байланыс: әкімдікке беру
complaint-confirm-consent-no = Аты-жөні мен байланыс: бермеу (жасырын)
complaint-confirm-description = Сипаттама:
complaint-filed = Шағым қабылданды. Нөмірі: { $reference }. Жауап мерзімі: { $due } дейін. Бақылау: /mycomplaints
complaint-cancelled = Шағым тоқтатылды, ештеңе сақталған жоқ.
complaint-joined = Сіз { $reference } шағымын қолдадыңыз. Мәртебесі өзгергенде хабарлаймын.
complaint-already-joined = Сіз { $reference } шағымын бұрыннан қолдайсыз.
complaint-join-own = { $reference } — өз шағымыңыз, оны қолдаудың қажеті жоқ.

## Complaints: hints
complaint-hint-use-buttons = Төмендегі батырмамен таңдаңыз.
complaint-hint-settlement-text = Елді мекеннің атауын мәтінмен жазыңыз.
complaint-hint-description-first = Алдымен мәселені мәтінмен сипаттаңыз, фотоны келесі қадамда қосасыз.
complaint-hint-text-expected = Мұнда мәтін керек: мәселені сөзбен сипаттаңыз.
complaint-hint-photo-expected = Қазір фото күтемін. Фото болмаса, «Дайын» басыңыз.
complaint-hint-photo-as-photo = Суретті файл емес, фото ретінде жіберіңіз.
complaint-hint-location-expected = Қазір геолокация күтемін (қыстырғыш → Геолокация). Қажет болмаса, «Өткізу» басыңыз.

## Complaints: buttons
complaint-button-cancel = Бас тарту
complaint-button-skip = Өткізу
complaint-button-done = Дайын
complaint-button-send = Жіберу
complaint-button-new = Жоқ, жаңасын беру
complaint-button-join = { $reference } шағымына +1
complaint-button-consent-no = Жоқ, жасырын
complaint-button-consent-yes = Иә, беру
complaint-button-open = { $reference }
complaint-button-prev = ◀ Артқа
complaint-button-next = Әрі қарай ▶
complaint-button-back = ◀ Тізімге
complaint-button-forget-yes = Иә, деректерімді өшіру
complaint-button-forget-no = Жоқ, қалсын
complaint-button-start = Шағым беру
complaint-button-not-now = Жоқ, рақмет
complaint-button-open-private = Жеке чатта шағым беру

## Complaints: following
complaint-list-empty = Әзірге шағымыңыз жоқ. Шағым беру: /complain
complaint-list-title = Сіздің шағымдарыңыз ({ $total }), { $page }/{ $pages } бет:
complaint-list-item-own = { $reference } · { $category } · { complaint-status-name } · { $date }
complaint-list-item-supported = { $reference } · { $category } · { complaint-status-name } · { $date } · сіз қолдадыңыз
complaint-detail-title = { $reference } шағымы
complaint-detail-category = Санат: { $category }
complaint-detail-settlement = Орны: { $settlement }
complaint-detail-status = Мәртебесі: { complaint-status-name }
complaint-detail-dates = Берілген күні: { $created }. Жауап мерзімі: { $due }
complaint-detail-overdue = Жауап мерзімі өтіп кетті.
complaint-detail-supporters = Қолдағандар: { $count }. Фото: { $photos }
complaint-detail-history = Тарихы:
complaint-history-item = { $date } — { complaint-status-name }
complaint-history-item-note = { $date } — { complaint-status-name }: { $note }
complaint-status-changed = { $reference } шағымы: жаңа мәртебе — { complaint-status-name }.
complaint-status-note = Түсініктеме: { $note }

## Complaints: starting elsewhere
complaint-group-use-private = Шағымдарды тек жеке чатта қабылдаймын, топқа жеке ақпарат түспеуі үшін. Батырманы басыңыз: форма менімен жеке чатта ашылады.
complaint-detected-offer = Бұл шағымға ұқсайды. Рәсімдейік пе? Бір минут алады, ал шешімі туралы хабар аласыз.
complaint-detected-declined = Жарайды. Ойыңыз өзгерсе: /complain.

## Complaints: forget me
complaint-forget-ask = Жеке деректеріңізді өшірейін бе? Атыңызды, пайдаланушы атыңызды, телефоныңызды және есте сақталған елді мекеніңізді, ал шағымдарыңыздан байланыс пен келісімді өшіремін. Шағымдардың өзі авторсыз қалады: әкімдік оларға жауап беруге міндетті, әрі олар жалпы статистикаға кіреді. Олар туралы жаңалық енді келмейді.
complaint-forget-done = Дайын: жеке деректеріңіз өшірілді. Жасырын сақталған шағымдар: { $complaints } — әкімдік мәні бойынша жауап беруі және статистика шынайы болуы үшін; оларда сізбен байланыс енді жоқ. Алынған «+1» белгілері: { $supported }.
complaint-forget-declined = Жарайды, ештеңе өшірілген жоқ.

## Complaints: errors
error-complaint-not-found = Шағым табылмады.
error-complaint-rate-limited = Қысқа уақытта тым көп шағым: { $minutes } минутта ең көбі { $limit }. Кейінірек қайталаңыз.
error-complaint-closed = { $reference } шағымы жабылған, оған қосылуға болмайды.
error-complaint-conflict = { $reference } шағымының мәртебесі жаңа ғана өзгерді. Жаңартып, қайталаңыз.
error-complaint-transition-not-allowed = Шағымды «{ $from }» мәртебесінен «{ $to }» мәртебесіне ауыстыруға болмайды.
error-complaint-category-unknown = Мұндай санат жоқ. Қайта бастаңыз: /complain
error-complaint-description-missing = Сипаттама тым қысқа. Қайта бастаңыз: /complain

## Complaints: command menu
menu-complain = Шағым беру
menu-mycomplaints = Менің шағымдарым
menu-forgetme = Деректерімді өшіру
