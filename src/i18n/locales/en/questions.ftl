## Plain questions
questions-help-once = I answer questions about local elections and take complaints. For example: "when is the vote in Oiyl?", "who is Kazybaev?", "why was the Aqtoghai vote annulled?". /help lists the commands.
questions-what-do-you-mean = I am not sure what you are asking. Choose one:
questions-button-candidates = Candidates
questions-button-when = Election dates
questions-button-results = Results
questions-button-how-to-vote = How to vote
questions-button-complain = File a complaint
questions-which-person = Several candidates match. Which one do you mean?
questions-which-place = Which place are you asking about?
questions-documents = Bring your identity card or passport; you vote in person at your polling station. Other documents are not needed.
questions-days-left = { $area }: the next vote is on { $date }, { $days ->
    [0] today
    [one] in { $days } day
   *[other] in { $days } days
}.
questions-days-none = { $area }: there is no upcoming vote in the data.
questions-no-results = { $area }: no results in the data yet.
questions-turnout = { $area }, { $date }: turnout { NUMBER($percent, minimumFractionDigits: 1) }% ({ $cast } of { $electorate } voters).
questions-turnout-unknown = { $area }, { $date }: turnout was not published.
questions-against-all = { $area }, { $date }: against all — { $votes } votes ({ NUMBER($percent, minimumFractionDigits: 1) }%).
questions-against-all-votes = { $area }, { $date }: against all — { $votes } votes.
questions-against-all-unknown = { $area }, { $date }: the "against all" count was not published.
questions-why-election = { $area }, { $date }: the vote was { $status ->
    [cancelled] cancelled
   *[other] annulled
}. Reason, as published: { $reason }
questions-why-election-none = { $area }, { $date }: the vote was { $status ->
    [cancelled] cancelled
   *[other] annulled
}. No reason was published in the data.
questions-why-candidate = { $name } ({ $date }): { $status ->
    [withdrawn] withdrew
   *[other] registration cancelled
}. Reason, as published: { $reason }
questions-why-candidate-none = { $name } ({ $date }): { $status ->
    [withdrawn] withdrew
   *[other] registration cancelled
}. No reason was published in the data.
questions-why-source = Source: { $source }
questions-why-nothing = { $area }: no vote was annulled or cancelled and no candidate was removed, according to the data.
questions-akim = { $area }: according to the data, { $name } won the akim election of { $date }.
questions-akim-unknown = { $area }: the data has no counted akim election, so I cannot say who the akim is.
questions-where-title = { $area }, vote of { $date }:
questions-where-hours = Polling stations are open from { $opens } to { $closes } (local time).
questions-where-place = Where to vote: { $place }
questions-where-unknown = { $area }: the data has no polling hours or places. Stations are usually open from 7:00 to 20:00; the list is published by the local akimat and the Central Election Commission (election.gov.kz).

## Candidate card
person-title = { $name }
person-election = Akim election: { $area }, { $date } ({ $status ->
    [scheduled] scheduled
    [held] held
    [annulled] annulled
    [rerun_scheduled] annulled, rerun scheduled
    [cancelled] cancelled
   *[other] { $status }
})
person-nomination = Nomination: { $kind ->
    [party] { $party }
    [self] self-nominated
   *[other] not reported
}
person-incumbent = Current akim at the time: { $incumbent ->
    [yes] yes
   *[other] no
}
person-votes = Votes: { $votes }
person-votes-share = Votes: { $votes } ({ NUMBER($percent, minimumFractionDigits: 1) }%)
person-votes-unknown = Votes: not reported
person-outcome = Outcome: { $outcome ->
    [won] won
    [lost] did not win
    [tie] equal votes, no winner
    [annulled] results annulled
    [cancelled] election cancelled
    [upcoming] not held yet
    [withdrawn] withdrew
    [registration_cancelled] registration cancelled
   *[other] not reported
}
person-statement = Statement: { $text }
person-statement-none = Statement: none in the data
person-source = Source: { $source }
person-source-none = Source: not given in the data
person-no-elections = No elections in the data.
person-not-found = This candidate is no longer in the data.
