## Command menu
menu-elections = Upcoming and recent elections
menu-candidates = Who is running
menu-results = Election results

## Choosing a place
elections-choose-place = Which place are you asking about? Choose a region:
elections-choose-in = { $area }: choose a place.
elections-choose-among = Several places match. Which one do you mean?
elections-place-not-found = I could not find a place called "{ $query }". Choose it from the list, or check the spelling.
elections-group-needs-setup = This group has no settlement chosen yet. A group admin needs to run /setup first.
elections-no-data = No election data has been loaded yet.
elections-button-change-place = Another place
elections-button-whole-area = All of { $area }

## Lists of elections
elections-list-title = Elections: { $area }
elections-line = { $date } — { $area }: { $status ->
    [scheduled] scheduled
    [held] held
    [annulled] annulled
    [rerun_scheduled] annulled, rerun scheduled
    [cancelled] cancelled
   *[other] { $status }
}
elections-none-for-area = No election data for { $area } yet.
elections-no-results-yet = No results for { $area } yet. The next vote is on { $date }.
elections-page = Page { $page } of { $pages }
elections-button-open = { $date }, { $area }
elections-button-candidates = Candidates
elections-button-results = Results
elections-button-rerun-results = Rerun results
elections-button-prev = ◀ Back
elections-button-next = Next ▶

## One election
elections-card-title = Akim election: { $area }, { $date }
elections-card-status = Status: { $status ->
    [scheduled] scheduled
    [held] held
    [annulled] annulled
    [rerun_scheduled] annulled, rerun scheduled
    [cancelled] cancelled
   *[other] { $status }
}
elections-card-rerun-of = This is the rerun of the annulled vote of { $date }.
elections-card-nomination = Nomination of candidates: { $from } to { $to }
elections-card-registration = Last day of candidate registration: { $date }
elections-card-candidates = { $count ->
    [one] { $count } registered candidate
   *[other] { $count } registered candidates
}
elections-card-source = Source: { $url }

## Candidates
candidates-title = Candidates: { $area }, { $date }
candidates-order-ballot = In ballot order:
candidates-order-alphabetical = In alphabetical order of surnames (the ballot order was not published):
candidates-none = No candidates have been registered yet.
candidates-entry = { $n }. { $name }
candidates-party = nominated by { $party }
candidates-self-nominated = self-nominated
candidates-incumbent = current akim
candidates-status = { $status ->
    [withdrawn] withdrew
    [registration_cancelled] registration cancelled
   *[other] { $status }
}

## Results
results-title = Results: { $area }, { $date }
results-preliminary = PRELIMINARY results — they may still change.
results-official = Official results.
results-annulled = The results were ANNULLED by the election commission; these numbers do not count.
results-annulled-rerun = Rerun date: { $date }.
results-annulled-no-rerun = No rerun date has been announced yet.
results-cancelled = This election was cancelled.
results-none-yet = Results have not been published yet.
results-candidate = { $name }: { $votes } { $votes ->
    [one] vote
   *[other] votes
} ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-candidate-votes = { $name }: { $votes } { $votes ->
    [one] vote
   *[other] votes
}
results-candidate-no-count = { $name }: count not reported
results-against-all = Against all: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
results-against-all-votes = Against all: { $votes }
results-winner = Winner: { $name }.
results-leader = Leading: { $name }.
results-winner-declared = Winner: { $name }.
results-counts-not-reported = Vote counts were not reported.
results-tie = Equal votes: { $names }. There is no winner.
results-incomplete = Some counts are not known yet, so no percentages or winner are shown.
results-margin = Margin: { $votes } { $votes ->
    [one] vote
   *[other] votes
} ({ NUMBER($points, minimumFractionDigits: 1) } percentage points).
results-margin-votes = Margin: { $votes } { $votes ->
    [one] vote
   *[other] votes
}.
results-valid-votes = Percentages are of { $votes } valid votes, including "against all".
results-spoilt = Invalid ballots: { $votes }
results-turnout = Turnout: { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } of { $electorate } voters).
results-ballots-cast = Ballots cast: { $cast }
results-source = Source: { $source }

## Questions
elections-how-to-vote = Vote in person at your polling station, with your ID card or passport. Polling stations are open from 7:00 to 20:00 local time. The list of stations is published by the local akimat and the Central Election Commission (election.gov.kz).
elections-how-to-vote-next = The next vote here is on { $date }. Vote in person at your polling station, with your ID card or passport; stations are open from 7:00 to 20:00 local time. The list of stations is published by the local akimat and the Central Election Commission (election.gov.kz).
elections-complain-hint = To file a complaint, send /complain: I will ask for the category, the settlement and a description.

## Results chart
chart-against-all = Against all
chart-preliminary = PRELIMINARY — may still change
chart-official = Official results
chart-turnout = Turnout { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } of { $electorate })

## Add to calendar
calendar-button = 📅 Add to calendar
calendar-open-private = The calendar file comes in a private chat with me, in your language.
calendar-summary = Akim election: { $area }
calendar-location = Your polling station, { $area }
calendar-description = Polling stations are open from { $open } to { $close }. Bring your ID card.
