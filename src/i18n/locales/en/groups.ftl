## Group chats: joining
menu-setup = Group settings (admins)
group-greeting =
    Hello! I am the residents' bot: I answer questions about local elections (/elections, /candidates, /results) and take complaints in a private chat.
    Admins: send /setup to choose this group's settlement, language, time zone and posts.
group-back = I am back. The group's settings are kept; admins can change them with /setup.
group-back-not-set-up = I am back. Admins: send /setup to choose this group's settlement.

## Group chats: setup panel
setup-title = Group settings
setup-settlement-line = Settlement: { $names }
setup-settlement-none = Settlement: not chosen yet
setup-language-line = Language: { $name }
setup-time-zone-line = Time zone: { $zone }
setup-posts-line = Posts:
setup-button-open = ⚙️ Set up
setup-button-settlement = 📍 Settlement
setup-button-language = 🌐 Language
setup-button-time-zone = 🕒 Time zone
setup-button-posts = 📰 Posts
setup-button-close = Close
setup-button-back = ◀ Back
setup-closed = Settings saved. Admins can open them again with /setup.
setup-saved = Saved.

## Group chats: settlement
setup-settlements-empty = No settlement chosen yet. Find it by name or pick it from the list.
setup-settlements-list = Settlements of this group (the first one is the main one):
setup-button-remove = ✕ { $name }
setup-button-search = 🔎 Find by name
setup-button-tree = 🗂 Pick from the list
setup-button-choose-this = ✓ { $name }
setup-settlement-prompt = Reply to this message with the settlement's name, for example: Oiyl.
setup-settlement-choose = Which one do you mean?
setup-settlement-not-found = I could not find such a settlement. Reply with another spelling or pick it from the list.
setup-settlement-saved = Settlement saved: { $name }.
setup-tree-region = Choose a region:
setup-tree-choose = { $name }: choose one
setup-tree-empty = The list of settlements is not loaded yet. Please ask the bot's administrators.
setup-need-text = Please reply with text.

## Group chats: language and time zone
setup-language-menu = Which language should I speak in this group?
setup-time-zone-menu = Posts are scheduled in this time zone. Current: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Election results
        [reminders] Election reminders
       *[digest] Complaints digest
    }
setup-posts-menu = Which posts should I send to this group, and when?
setup-post-when = When should I post? Time zone: { $zone }.
setup-button-custom = ✏️ Custom (cron)
schedule-daily-20 = daily at 20:00
schedule-daily-09 = daily at 09:00
schedule-weekly-mon-09 = Mondays at 09:00
schedule-on-event = as soon as published
schedule-off = off
schedule-custom = on schedule { $cron }
setup-next-runs =
    Next posts:
    { $runs }
setup-cron-prompt = Reply to this message with a cron expression: minute hour day month weekday, in the group's time zone ({ $zone }). For example, 30 19 * * 5 means Fridays at 19:30.
setup-cron-retry = Reply again with a corrected expression, or send /cancel.

## Group chats: errors
error-group-cron-field-count = A cron expression has five parts: minute hour day month weekday, for example 0 20 * * *.
error-group-cron-invalid =
    The value "{ $value }" is not valid for the { $field ->
        [minute] minute
        [hour] hour
        [day-of-month] day of the month
        [month] month
       *[day-of-week] day of the week
    }.
error-group-cron-never = This schedule never comes round (for example, 30 February).
error-group-cron-too-frequent = That is too often for a group: at most one post an hour.

## Group chats: forum topics
topic-general = General
topic-unnamed = Topic #{ $id }
topic-menu-hint = Which topic should these posts go to?
topic-here-prompt = Which posts should I send to this topic?
topic-here-not-in-topic = Send /setup here inside the topic where posts should go.
setup-post-topic = Topic:
setup-button-topic = 🗂 Topic
topic-lost-notice = Moderators: I can no longer post in the topic "{ $topic }" (it was closed or deleted, or I may not write there). These posts go to General from now on:
topic-lost-hint = To choose another topic, send /setup here inside it.
