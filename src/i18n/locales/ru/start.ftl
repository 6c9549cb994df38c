## Start and help
start-welcome = Здравствуйте! Я бот для жителей вашего села: подскажу, кто баллотируется в акимы, когда выборы и каковы итоги. А ещё приму жалобу: вода, дороги, мусор, газ и другие проблемы.
start-welcome-back = С возвращением!
help-private =
    Что я умею:
    /elections — ближайшие и недавние выборы
    /candidates — кандидаты
    /results — итоги выборов
    /complain — подать жалобу
    /mycomplaints — мои жалобы
    /language — сменить язык
    Можно и просто спросить: «когда выборы в Ойыле?», «кто победил в Актогае?»
help-footer = /forgetme — удалить мои данные. /cancel — прервать текущий шаг.
help-group = В группе я отвечаю на команды /elections, /candidates, /results и на вопросы, в которых меня упомянули. Жалобы принимаю в личном чате: /complain. Настройки группы — /setup (только для администраторов).

## Language
language-choose = Выберите язык:
language-saved = Готово: теперь я говорю по-русски.
language-saved-group = Готово: в этой группе я говорю по-русски.

## Command menu
menu-start = Начать
menu-help = Что умеет бот
menu-language = Язык
