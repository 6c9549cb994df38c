## Start and help
start-welcome = Hello! I am a bot for residents of your village: I can tell you who is running for akim, when the vote is and what the results are. I also take complaints about water, roads, waste, gas and other problems.
start-welcome-back = Welcome back!
help-private =
    What I can do:
    /elections — upcoming and recent elections
    /candidates — candidates
    /results — election results
    /complain — file a complaint
    /mycomplaints — my complaints
    /language — change the language
    You can also just ask: "when is the vote in Oiyl?", "who won in Aktogay?"
help-footer = /forgetme — delete my data. /cancel — stop the current step.
help-group = In a group I answer /elections, /candidates, /results and questions that mention me. I take complaints in a private chat: /complain. Group settings: /setup (admins only).

## Language
language-choose = Choose a language:
language-saved = Done: I speak English now.
language-saved-group = Done: I speak English in this group now.

## Command menu
menu-start = Start
menu-help = What the bot can do
menu-language = Language
