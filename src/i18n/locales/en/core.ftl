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

## Common answers
admin-only = Only the group's admins can do this.
cancel-done = Cancelled. Nothing was saved.
cancel-nothing = There is nothing to cancel.
unknown-command = There is no such command. /help lists what I can do.
command-private-only = The /{ $command } command works only in a private chat with me.
command-group-only = The /{ $command } command works only in a group.
fallback-text = I did not understand the question. I can tell you about elections (/elections, /candidates, /results) and take a complaint (/complain). For example: "when is the vote in Oiyl?"
fallback-non-text = I understand text, commands and buttons. /help lists what I can do.
button-stale = This button is out of date. Please open the menu again.
error-unexpected = Sorry, something went wrong. Please try again a bit later.
error-button-stale = This button is out of date. Please open the menu again.
n-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Command menu
menu-start = Start
menu-help = What the bot can do
menu-language = Language
menu-cancel = Stop the current step

## Bot profile
bot-description = The residents' bot of your settlement: who is running in local elections, when and where to vote, the results. File a complaint about water, roads, waste, gas or power and follow it. Add me to your community group for reminders and results.
bot-short-description = Local elections and residents' complaints in your settlement.
