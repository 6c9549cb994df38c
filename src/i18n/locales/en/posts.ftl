## Complaint digest
digest-title = Complaints in { $area } from { $from } to { $to }
digest-empty = No new complaints and nothing overdue.
digest-category = { $category }: new { $new }, resolved { $resolved }, overdue { $overdue }
digest-total = In total: new { $new }, resolved { $resolved }, overdue { $overdue }
digest-median-hours = Half of the resolved complaints were resolved within { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
}.
digest-median-days = Half of the resolved complaints were resolved within { $days ->
    [one] { $days } day
   *[other] { $days } days
}.
digest-median-none = No complaints were resolved in this period.

## Election reminders
reminder-week = In a week, on { $date }, { $area } votes for its akim.
reminder-day = Tomorrow, { $date }, { $area } votes for its akim.
reminder-today = Today, { $date }, { $area } votes for its akim. Polling stations are open until 20:00.
reminder-candidates-title = Candidates in ballot order:
reminder-candidates-title-alphabetical = Candidates in alphabetical order of surnames (the ballot order has not been published):
reminder-candidate = { $order }. { $name }
reminder-no-candidates = The list of candidates has not been published yet.
reminder-nomination = Nomination of candidates: { $from } to { $to }
reminder-registration-deadline = Last day of candidate registration: { $date }
reminder-poll-date = Voting day: { $date }

## Preview and post now
menu-preview = What the group will receive next
preview-digest-at = Next complaint digest: { $date } at { $time }. If it went out now:
preview-digest-manual = The complaint digest has no schedule. If it went out now:
preview-reminders-at = Next election reminder: { $date } at { $time }.
preview-reminders-none = No election reminders are planned.
preview-results = Results are posted when they are published or change. The latest:
preview-nothing = Nothing to post yet.
preview-no-subscriptions = This group receives no scheduled posts. Admins can turn them on with /setup.
preview-post-now-hint = Post now:
preview-post-now-digest = Post the digest now
preview-post-now-reminders = Post the reminder now
preview-post-now-results = Post the results now
preview-usage = Send /preview followed by the group's id, for example: /preview -1001234567890
post-now-queued = Queued: the post will appear in the group shortly.
post-now-already = This post is already on its way.
post-now-nothing = There is nothing to post right now.
