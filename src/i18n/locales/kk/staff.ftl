# Қызметкерлерге шағымдар туралы хабар (жеке чатта, топтап: бір адамға 5 минутта бір реттен жиі емес).
staff-alert-line = { $kind ->
    [new] { $count } жаңа шағым
    [added] { $count } шағымға авторы толықтыру жіберді
    [reopened] { $count } шағым қайта ашылды: авторы түзетілмеді дейді
    [withdrawn] { $count } шағымды авторы қайтарып алды
   *[forwarded] { $count } шағым сізге жіберілді
}: { $categories }
staff-alert-open-inbox = /inbox ашу
