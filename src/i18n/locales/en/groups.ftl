## Group chats: joining
menu-setup = Group settings (admins)
groups-greeting =
    Hello! I am the residents' bot: I answer questions about local elections (/elections, /candidates, /results) and take complaints in a private chat.
    Admins: send /setup to choose this group's settlement, language, time zone and posts.
groups-back = I am back. The group's settings are kept; admins can change them with /setup.
groups-back-not-set-up = I am back. Admins: send /setup to choose this group's settlement.

## Group chats: setup panel
groups-title = Group settings
groups-settlement-line = Settlement: { $names }
groups-settlement-none = Settlement: not chosen yet
groups-language-line = Language: { $name }
groups-time-zone-line = Time zone: { $zone }
groups-posts-line = Posts:
groups-button-open = ⚙️ Set up
groups-button-settlement = 📍 Settlement
groups-button-language = 🌐 Language
groups-button-time-zone = 🕒 Time zone
groups-button-posts = 📰 Posts
groups-button-close = Close
groups-button-back = ◀ Back
groups-closed = Settings saved. Admins can open them again with /setup.
groups-saved = Saved.

## Group chats: settlement
groups-settlements-empty = No settlement chosen yet. Find it by name or pick it from the list.
groups-settlements-list = Settlements of this group (the first one is the main one):
groups-button-remove = ✕ { $name }
groups-button-search = 🔎 Find by name
groups-button-tree = 🗂 Pick from the list
groups-button-choose-this = ✓ { $name }
groups-settlement-prompt = Reply to this message with the settlement's name, for example: Oiyl.
groups-settlement-choose = Which one do you mean?
groups-settlement-not-found = I could not find such a settlement. Reply with another spelling or pick it from the list.
groups-settlement-saved = Settlement saved: { $name }.
groups-tree-region = Choose a region:
groups-tree-choose = { $name }: choose one
groups-tree-empty = The list of settlements is not loaded yet. Please ask the bot's administrators.
groups-need-text = Please reply with text.

## Group chats: language and time zone
groups-language-menu = Which language should I speak in this group?
groups-time-zone-menu = Posts are scheduled in this time zone. Current: { $zone }.

## Group chats: posts
post-kind =
    { $kind ->
        [results] Election results
        [reminders] Election reminders
       *[digest] Complaints digest
    }
groups-posts-menu = Which posts should I send to this group, and when?
groups-post-when = When should I post? Time zone: { $zone }.
groups-button-custom = ✏️ Custom (cron)
schedule-daily-20 = daily at 20:00
schedule-daily-09 = daily at 09:00
schedule-weekly-mon-09 = Mondays at 09:00
schedule-on-event = as soon as published
schedule-off = off
schedule-custom = on schedule { $cron }
groups-next-runs =
    Next posts:
    { $runs }
groups-cron-prompt = Reply to this message with a cron expression: minute hour day month weekday, in the group's time zone ({ $zone }). For example, 30 19 * * 5 means Fridays at 19:30.
groups-cron-retry = Reply again with a corrected expression, or send /cancel.

## Group chats: errors
error-groups-cron-field-count = A cron expression has five parts: minute hour day month weekday, for example 0 20 * * *.
error-groups-cron-invalid =
    The value "{ $value }" is not valid for the { $field ->
        [minute] minute
        [hour] hour
        [day-of-month] day of the month
        [month] month
       *[day-of-week] day of the week
    }.
error-groups-cron-never = This schedule never comes round (for example, 30 February).
error-groups-cron-too-frequent = That is too often for a group: at most one post an hour.

## Group chats: forum topics
groups-topic-general = General
groups-topic-unnamed = Topic #{ $id }
groups-topic-menu-hint = Which topic should these posts go to?
groups-topic-here-prompt = Which posts should I send to this topic?
groups-topic-here-not-in-topic = Send /setup here inside the topic where posts should go.
groups-post-topic = Topic:
groups-button-topic = 🗂 Topic
groups-topic-lost-notice = Moderators: I can no longer post in the topic "{ $topic }" (it was closed or deleted, or I may not write there). These posts go to General from now on:
groups-topic-lost-hint = To choose another topic, send /setup here inside it.
