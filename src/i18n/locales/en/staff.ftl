# Staff notices about complaints (private, batched: at most one per 5 minutes per person).
staff-alert-line = { $kind ->
    [new] { $count ->
        [one] 1 new complaint
       *[other] { $count } new complaints
    }
    [added] { $count ->
        [one] 1 complaint with something added by its author
       *[other] { $count } complaints with something added by their authors
    }
    [reopened] { $count ->
        [one] 1 complaint reopened: the author says it is not fixed
       *[other] { $count } complaints reopened: the authors say they are not fixed
    }
    [withdrawn] { $count ->
        [one] 1 complaint withdrawn by its author
       *[other] { $count } complaints withdrawn by their authors
    }
   *[forwarded] { $count ->
        [one] 1 complaint passed on to you
       *[other] { $count } complaints passed on to you
    }
}: { $categories }
staff-alert-open-inbox = Open /inbox

# "Not ours": passing a complaint to the staff of another category.
admin-review-forward = Not ours: pass on
admin-forward-pick = Complaint { $reference }: whose staff handle it? Choose the category.
admin-forward-ask-note = { $reference } → { $category }. Write a note for the staff who take it over; residents never see it (or send "-" for none). /cancel to stop.
admin-forwarded = Done: { $reference } passed on to the staff for "{ $category }". They are told; residents notified: { $notified }.
error-admin-forward-closed = { $reference } is closed already: only open complaints are passed on.
complaint-forwarded = Your complaint { $reference } was passed to the staff who handle "{ $categoryEn }". They will answer you here.

# Response templates (ready answers) for status changes.
admin-ask-note-templates = Or choose a ready answer ({ $locale ->
    [kk] in Kazakh
    [ru] in Russian
   *[en] in English
}, the author's language): it is sent as the note.
admin-templates-title = Ready answers: { $count }
admin-templates-item = #{ $id } · { $category } · { admin-status-name } · { $locale }: { $text }
admin-templates-usage = Add: /templates add <category code or *> <status> <kk|ru|en> <text>. Remove: /templates remove <number>. Statuses: acknowledged, in_progress, resolved, rejected, not_responsible.
admin-templates-remove-button = Remove #{ $id }
admin-templates-added = Ready answer #{ $id } saved.
admin-templates-removed = Ready answer #{ $id } removed.
error-admin-template-usage = Write it as: /templates add <category code or *> <status> <kk|ru|en> <text>
error-admin-template-too-long = A ready answer may be at most { $max } characters.
error-admin-template-not-found = There is no ready answer #{ $id }.

# The weekly staff summary (private, Mondays), for the complaints this person may see.
staff-week-title = Weekly summary, { $from } – { $to }
staff-week-counts = New this week: { $created } · open: { $open } · overdue: { $overdue }
staff-week-oldest = Oldest open: { $reference } (filed { $created })
staff-week-by-category = Open by category: { $list }
staff-week-by-area = Open by settlement: { $list }
staff-week-open-overdue = Overdue in /inbox
