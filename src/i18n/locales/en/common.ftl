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
menu-cancel = Stop the current step

## Bot profile
bot-description = The residents' bot of your settlement: who is running in local elections, when and where to vote, the results. File a complaint about water, roads, waste, gas or power and follow it. Add me to your community group for reminders and results.
bot-short-description = Local elections and residents' complaints in your settlement.
