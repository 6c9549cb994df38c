## Admin: shared
admin-status-name = { $status ->
    [new] new
    [acknowledged] acknowledged
    [in_progress] in progress
    [resolved] resolved
    [rejected] rejected
    [duplicate] duplicate
    [not_responsible] not the akimat's responsibility
    [withdrawn] withdrawn by the author
   *[other] { $status }
}
admin-category-name = { $name }
admin-button-prev = ◀ Back
admin-button-next = Next ▶
admin-button-back = ↩ To the list

## Admin: roles and audit
admin-admins-title = Owners (from ADMIN_IDS): { $owners }
admin-admins-item = • { $id } — areas: { $areas }; categories: { $categories }
admin-admins-empty = No admins added yet.
admin-admins-usage = Add: /admins add <user id> [area id ...] [category ...] (no areas = all areas, no categories = all categories; they are told about new complaints they cover). Remove: /admins remove <user id>
admin-admins-remove-button = Remove { $id }
admin-admins-added = Admin { $id } saved, areas: { $areas }, categories: { $categories }.
admin-admins-removed = Admin { $id } removed.
admin-audit-title = Admin actions (total { $total }), newest first:
admin-audit-item = { $date } · { $actor } · { $action } { $target }

## Admin: complaint inbox
admin-inbox-title = Complaints found: { $total }
admin-inbox-filters =
    Filters — status: { $status ->
        [none] any
       *[other] { admin-status-name }
    }, category: { $category ->
        [none] any
       *[other] { $category }
    }, area: { $area ->
        [none] all
        [mine] yours
       *[other] { $area }
    }, overdue only: { $overdue ->
        [yes] yes
       *[no] no
    }
admin-inbox-empty = Nothing matches these filters.
admin-inbox-item = { $reference } · { $category } · { admin-status-name }
admin-inbox-item-overdue = ⚠ { $reference } · { $category } · { admin-status-name }
admin-filter-status = Status
admin-filter-category = Category
admin-filter-overdue-on = ✓ Overdue
admin-filter-overdue-off = Overdue
admin-filter-reset = Reset
admin-filter-any = Any
admin-filter-pick-status = Pick a status:
admin-filter-pick-category = Pick a category:
admin-filter-area = Area
admin-filter-any-area = All areas
admin-filter-pick-area = Choose an area (press "Area" again to go one level down):
admin-filter-pick-area-none = There is nothing below this area.
admin-review-title = Complaint { $reference } — { admin-status-name }
admin-review-meta =
    Category: { $category }
    Settlement: { $settlement }
    Filed: { $created }, answer due: { $due }
    Supporters (+1): { $supporters }
admin-review-overdue = ⚠ Overdue
admin-review-duplicate-of = Duplicate of { $reference }
admin-review-contact = Author's contact (shared with consent): { $contact }
admin-review-contact-hidden = The author did not agree to share contact details.
admin-review-history = History:
admin-review-history-item = { $date } — { admin-status-name }
admin-review-history-note = { $date } — { admin-status-name }: { $note }
admin-review-history-public-note = { $date } — 💬 note to residents: { $note }
admin-review-history-internal = { $date } — 🔒 internal note: { $note }
admin-review-history-resident = { $date } — ✉ the author added: { $note }
admin-review-public-note = 💬 Note to residents
admin-review-internal-note = 🔒 Internal note
admin-ask-public-note = Write a note on { $reference } for its author and supporters (they will receive it). /cancel to stop.
admin-ask-internal-note = Write an internal note on { $reference }: only staff see it, residents never do. /cancel to stop.
admin-public-note-sent = Note on { $reference } sent. Residents notified: { $notified }.
admin-internal-note-saved = Internal note on { $reference } saved. Residents were not told.
admin-review-set-status = → { admin-status-name }
admin-review-mark-duplicate = Mark as duplicate
admin-review-merge = Move +1s to the original
admin-review-open-map = 🗺 Open { $reference } on a map
admin-ask-note = Complaint { $reference } → { admin-status-name }. Write a note for the author and supporters (or send "-" for none). /cancel to stop.
admin-ask-duplicate-of = Send the reference of the original complaint (e.g. C-2026-000123), optionally followed by a note. /cancel to stop.
admin-status-changed = Done: { $reference } is now "{ admin-status-name }". Residents notified: { $notified }.
admin-merged = Supporters of { $from } moved to { $to }: { $count }.

## Admin: exports
admin-export-title = Export complaints (CSV and XLSX). Choose filters, then press "Get files".
admin-export-go = 📄 Get files
admin-export-working = Preparing the files…
admin-export-progress = Preparing { $format }: { $done } of { $total } complaints, { $rate } a second, about { $left } s left.
admin-export-done = Exported complaints: { $count }.

## Admin: election data
admin-import-send-file = Send the election data file (YAML or JSON, up to 2 MB) as a document. /cancel to stop.
admin-import-invalid = The file was not applied. Errors: { $count }. Fix them and send the file again:
admin-import-more = …and { $count } more.
admin-import-applied = The file was applied.
admin-import-counts = { $kind ->
    [areas] Areas
    [people] People
   *[elections] Elections
}: new { $created }, changed { $updated }, unchanged { $unchanged }
admin-import-candidacies = Candidacies: new { $created }, changed { $updated }, unchanged { $unchanged }, removed { $removed }
admin-import-results = Elections with changed results: { $count }; results posts queued for groups: { $groups }
admin-results-none = There are no elections to enter results for.
admin-results-pick = Choose the election:
admin-results-election = { $placeEn }, { $date }
admin-results-title = Results: { $placeEn }, { $date } — { $status ->
    [official] official
    [preliminary] preliminary
   *[other] not entered yet
} (version { $version }). Press a line to change it.
admin-results-candidate = { $name }: { $votes }
admin-results-against-all = Against all: { $value }
admin-results-ballots = Ballots cast: { $value }
admin-results-mark-preliminary = Mark preliminary
admin-results-mark-official = Mark official
admin-results-ask-votes = Votes for { $name }: send a whole number.
admin-results-ask-against-all = "Against all" votes: send a whole number.
admin-results-ask-ballots = Ballots cast: send a whole number.
admin-results-ask-number = Send a whole number, or /cancel.
admin-results-saved = Saved. Results post queued for groups: { $groups }.

## Admin: errors
error-admin-owner-only = Only the bot's owners can do this.
error-admin-bad-user-id = "{ $value }" is not a Telegram user id (digits only).
error-admin-unknown-area = There is no area or complaint category with id "{ $area }".
error-admin-not-found = Admin { $id } was not found.
error-admin-complaint-not-found = Complaint not found.
error-admin-area-not-found = I could not find the area "{ $query }".
error-admin-not-a-duplicate = { $reference } is not marked as a duplicate.
error-admin-not-a-number = "{ $value }" is not a whole number. Send digits only, or /cancel.
error-admin-import-bad-file = Send a .yaml, .yml or .json file of at most { $max }.

## Admin: help
admin-help =
    For staff:
    /inbox — complaints: filters, statuses, duplicates
    /export — export complaints (CSV and XLSX)
    /report — a one-page picture: complaints by category and status, response times, overdue, weekly trend
    /import — load an election data file (or just send the file)
    /enterresults — enter results of a vote
admin-help-owner =
    { admin-help }
    /admins — admins and their areas
    /audit — the action log
    /templates — ready answers for status changes
error-admin-import-needs-all-areas = Election data files can be loaded only by staff without an area limit. Enter your area's results with /enterresults.

## Staff menu
menu-inbox = Complaints inbox
menu-export = Export complaints (CSV, XLSX)
menu-import = Load an election data file
menu-enterresults = Enter results of a vote
menu-admins = Admins and their areas (owner)
menu-audit = Action log
menu-templates = Ready answers

## Admin: the place the resident typed
admin-review-address = Address or landmark (typed by the resident): { $address }
