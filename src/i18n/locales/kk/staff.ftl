# Қызметкерлерге шағымдар туралы хабар (жеке чатта, топтап: бір адамға 5 минутта бір реттен жиі емес).
staff-alert-line = { $kind ->
    [new] { $count } жаңа шағым
    [added] { $count } шағымға авторы толықтыру жіберді
    [reopened] { $count } шағым қайта ашылды: авторы түзетілмеді дейді
    [withdrawn] { $count } шағымды авторы қайтарып алды
   *[forwarded] { $count } шағым сізге жіберілді
}: { $categories }
staff-alert-open-inbox = /inbox ашу

# «Біздікі емес»: шағымды басқа санаттың қызметкерлеріне беру.
admin-review-forward = Біздікі емес: басқаға беру
admin-forward-pick = { $reference } шағымы: оны кім қарайды? Санатты таңдаңыз.
admin-forward-ask-note = { $reference } → { $category }. Шағымды қабылдайтын қызметкерлерге түсініктеме жазыңыз; тұрғындар оны көрмейді (қажет болмаса, «-» жіберіңіз). /cancel — тоқтату.
admin-forwarded = Дайын: { $reference } «{ $category }» санатының қызметкерлеріне берілді. Оларға хабар барады; хабарланған тұрғындар: { $notified }.
error-admin-forward-closed = { $reference } шағымы жабылған: тек ашық шағымды беруге болады.
complaint-forwarded = Сіздің { $reference } шағымыңыз «{ $categoryKk }» мәселесімен айналысатын қызметкерлерге берілді. Жауап осында келеді.

# Мәртебені өзгерткенде берілетін дайын жауаптар.
admin-ask-note-templates = Немесе дайын жауапты таңдаңыз ({ $locale ->
    [kk] қазақ тілінде
    [ru] орыс тілінде
   *[en] ағылшын тілінде
}, автордың тілі): ол түсініктеме ретінде жіберіледі.
admin-templates-title = Дайын жауаптар: { $count }
admin-templates-item = №{ $id } · { $category } · { admin-status-name } · { $locale }: { $text }
admin-templates-usage = Қосу: /templates add <санат коды немесе *> <мәртебе> <kk|ru|en> <мәтін>. Жою: /templates remove <нөмір>. Мәртебелер: acknowledged, in_progress, resolved, rejected, not_responsible.
admin-templates-remove-button = №{ $id } жою
admin-templates-added = №{ $id } дайын жауап сақталды.
admin-templates-removed = №{ $id } дайын жауап жойылды.
error-admin-template-usage = Былай жазыңыз: /templates add <санат коды немесе *> <мәртебе> <kk|ru|en> <мәтін>
error-admin-template-too-long = Дайын жауап { $max } таңбадан аспауы керек.
error-admin-template-not-found = №{ $id } дайын жауап жоқ.

# Қызметкерлерге апталық шолу (жеке чатта, дүйсенбі сайын): олар көре алатын шағымдар бойынша.
staff-week-title = Апталық шолу, { $from } – { $to }
staff-week-counts = Осы аптада жаңа: { $created } · ашық: { $open } · мерзімі өткен: { $overdue }
staff-week-oldest = Ең ескі ашық шағым: { $reference } (берілген күні { $created })
staff-week-by-category = Ашық шағымдар санаттар бойынша: { $list }
staff-week-by-area = Ашық шағымдар елді мекендер бойынша: { $list }
staff-week-open-overdue = /inbox: мерзімі өткендер
