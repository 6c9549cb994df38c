## Complaints: shared terms
complaint-status-name = { $status ->
    [new] new
    [acknowledged] acknowledged
    [in_progress] in progress
    [resolved] resolved
    [rejected] rejected
    [duplicate] duplicate
    [not_responsible] not the akimat's responsibility
    [withdrawn] withdrawn
   *[other] { $status }
}

## Complaints: the form
complaint-ask-category = What is the complaint about? Pick a category:
complaint-emergency = ⚠️ { $category }: if anyone's life or health is at risk, call { $number } now. A complaint here does not replace the emergency service. You can continue the form below.
complaint-ask-settlement = Which settlement is it in? Type its name, for example: Oiyl.
complaint-pick-settlement = Several settlements match. Pick the right one:
complaint-settlement-not-found = I could not find "{ $query }". Check the name and type it again.
complaint-similar-found = { $count ->
    [1] A similar complaint has already been filed. If it is the same problem, press "+1": the akimat will see that it affects more people, and you will get updates on it.
   *[other] Similar complaints have already been filed. If it is the same problem, press "+1": the akimat will see that it affects more people, and you will get updates on it.
}
complaint-similar-item = { $reference } · { $category } · { $settlement } · filed { $date } · { complaint-status-name } · supporters: { $supporters }
complaint-ask-description = Describe the problem in your own words: what, where, since when. { $min } to { $max } characters.
complaint-description-too-short = Too short: { $length } { $length ->
    [one] character
   *[other] characters
}. Please write at least { $min }.
complaint-description-too-long = Too long: { $length } { $length ->
    [one] character
   *[other] characters
}, at most { $max } allowed. Please shorten it.
complaint-ask-photos = Send photos if you have any (up to { $max }, an album is fine), or press "Skip".
complaint-photos-received = Photo received ({ $count } of { $max }). Send more or press "Done".
complaint-photos-full = That is the maximum: { $max } photos. Moving on.
complaint-ask-location = Where is it? Tap "📍 Send my location" below (or send a place on the map: 📎 → Location), type the address or a landmark (for example: Abai St 5, by the school), or tap "Skip".
complaint-ask-consent = The akimat receives the text, the place and the photos of this complaint in any case. Should I also give it your Telegram name and @username, so that staff can contact you? If not, the complaint goes without your name; you will still get updates on it here. Other residents never see your name or your photos: they see the category, the settlement and the status, and your description only if you show it to neighbours on the next screen.
complaint-confirm-title = Please check your complaint:
complaint-confirm-category = Category: { $category }
complaint-confirm-settlement = Settlement: { $settlement }
complaint-button-no-settlement = Without a settlement
complaint-confirm-settlement-none = Settlement: not given
complaint-confirm-photos = Photos: { $count }
complaint-confirm-location-yes = Location: attached
complaint-confirm-location-no = Location: none
complaint-confirm-consent-yes = Telegram name and @username: give to the akimat
complaint-confirm-consent-no = Telegram name and @username: do not give (anonymous)
complaint-confirm-visible-yes = Description: shown to neighbours (phones, e-mails, handles and IINs hidden)
complaint-confirm-visible-no = Description: seen only by you and the akimat
complaint-confirm-description = Description:
complaint-filed =
    Complaint filed. Reference: { $reference }
    Answer due by { $due }
    Follow it: /mycomplaints
complaint-cancelled = Complaint cancelled, nothing was saved.
complaint-joined = You now support complaint { $reference }. I will let you know when its status changes.
complaint-already-joined = You already support complaint { $reference }.
complaint-join-own = Complaint { $reference } is your own; there is no need to support it.

## Complaints: hints
complaint-hint-use-buttons = Please pick an option with the buttons below.
complaint-hint-settlement-text = Please type the name of the settlement.
complaint-hint-description-first = Please describe the problem in words first; you can add photos at the next step.
complaint-hint-text-expected = I need text here: describe the problem in words.
complaint-hint-photo-expected = I am waiting for photos now. If you have none, press "Done".
complaint-hint-photo-as-photo = Please send the image as a photo, not as a file.
complaint-hint-location-expected = I am waiting for the place now: tap "📍 Send my location" below, type the address or a landmark, or "Skip" if it is not needed.

## Complaints: buttons
complaint-button-cancel = Cancel
complaint-button-skip = Skip
complaint-button-done = Done
complaint-button-send = Send
complaint-button-new = No, file a new one
complaint-button-join = +1 to { $reference }
complaint-button-consent-no = No, stay anonymous
complaint-button-consent-yes = Yes, share
complaint-button-visible-on = Show the description to neighbours
complaint-button-visible-off = Hide the description from neighbours
complaint-button-open = { $reference }
complaint-button-prev = ◀ Back
complaint-button-next = Next ▶
complaint-button-back = ↩ To the list
complaint-button-forget-yes = Yes, delete my data
complaint-button-forget-no = No, keep it
complaint-button-start = File a complaint
complaint-button-not-now = No, thanks
complaint-button-open-private = File in private chat

## Complaints: following
complaint-list-empty = You have no complaints yet. File one: /complain
complaint-list-title = Your complaints ({ $total }), page { $page } of { $pages }:
complaint-list-item-own = { $reference } · { $category } · { complaint-status-name } · { $date }
complaint-list-item-supported = { $reference } · { $category } · { complaint-status-name } · { $date } · you support it
complaint-detail-title = Complaint { $reference }
complaint-detail-category = Category: { $category }
complaint-detail-settlement = Settlement: { $settlement }
complaint-detail-status = Status: { complaint-status-name }
complaint-detail-dates = Filed: { $created }. Answer due: { $due }
complaint-detail-overdue = The answer is overdue.
complaint-detail-supporters = Supporters: { $count }. Photos: { $photos }
complaint-detail-supported = Supporters: { $count }. You support this complaint: its description, photos and place stay with its author and the akimat.
complaint-detail-history = History:
complaint-history-item = { $date } — { complaint-status-name }
complaint-history-item-note = { $date } — { complaint-status-name }: { $note }
complaint-history-public-note = { $date } — 💬 { $note }
complaint-history-resident = { $date } — ✉ you added: { $note }
complaint-public-note = A note from staff on your complaint { $reference }: { $note }
complaint-status-changed = Complaint { $reference }: new status — { complaint-status-name }.
complaint-status-duplicate-of = The same problem is already filed as { $reference }; it will be answered there.
complaint-status-note = Note: { $note }

## Complaints: starting elsewhere
complaint-group-use-private = I take complaints only in a private chat, so that nothing personal ends up in the group. Press the button: the form opens in a private chat with me.
complaint-detected-offer = This looks like a complaint. File it? It takes a minute, and you will get updates on it here.
complaint-detected-declined = All right. If you change your mind: /complain.

## Complaints: forget me
complaint-forget-ask = Delete your personal data? I will erase your name, @username and remembered settlement; from your complaints, the name and @username given with them, the location, your photos, and phone numbers, e-mails, handles and IINs in the text. The complaints themselves stay, without an author: category, settlement, description (without contacts), status and history, so that the akimat can still answer them and they count in the statistics. Your "+1" marks go and updates on the complaints stop. The hourly complaint limit keeps counting, without your id.
complaint-forget-done =
    Done. Removed: your name, @username and remembered settlement; from your complaints, the name and contact, locations: { $locations }, photos: { $photos }; descriptions cleared of phone numbers, e-mails, handles and IINs: { $descriptions }; "+1" marks removed: { $supported }.
    Complaints kept without an author: { $complaints }. They keep their category, settlement, description without contacts, status and history, so that the akimat can answer them and the statistics stay honest. You will no longer get updates on them.
    For { $minutes } more minutes the complaint limit still counts what you filed in that time: it keeps a keyed fingerprint of your id, not the id, and deletes it when that time is up.
complaint-forget-declined = All right, nothing was deleted.

## Complaints: errors
error-complaint-not-found = Complaint not found.
error-complaint-rate-limited = Too many complaints in a short time: at most { $limit } per { $minutes } minutes. You can file the next one in { $wait } min.
error-complaint-closed = Complaint { $reference } is already closed; it can no longer be supported.
error-complaint-conflict = The status of complaint { $reference } was just changed. Refresh and try again.
error-complaint-transition-not-allowed = A complaint cannot move from "{ $from ->
    [new] new
    [acknowledged] acknowledged
    [in_progress] in progress
    [resolved] resolved
    [rejected] rejected
    [duplicate] duplicate
    [not_responsible] not the akimat's responsibility
    [withdrawn] withdrawn
   *[other] { $from }
}" to "{ $to ->
    [new] new
    [acknowledged] acknowledged
    [in_progress] in progress
    [resolved] resolved
    [rejected] rejected
    [duplicate] duplicate
    [not_responsible] not the akimat's responsibility
    [withdrawn] withdrawn
   *[other] { $to }
}".
error-complaint-category-unknown = There is no such category. Start again: /complain
error-complaint-description-missing = The description is too short. Start again: /complain

## Complaints: command menu
menu-complain = File a complaint
menu-mycomplaints = My complaints
menu-forgetme = Delete my data

## Complaint form: one-tap location and phone number
complaint-button-send-location = 📍 Send my location
complaint-button-share-contact = 📱 Share my phone number
complaint-ask-contact = Staff may call you about this complaint. Tap "📱 Share my phone number" below to give them your number, or "Skip" to be contacted only through Telegram.
complaint-hint-contact-expected = Only the button below shares your own number. Tap "📱 Share my phone number", or "Skip".
complaint-location-received = 📍 Location received.
complaint-location-skipped = No location, then.
complaint-contact-received = 📱 Number received: staff will see it with this complaint.
complaint-contact-skipped = No phone number, then.

## Follow-up by the author
complaint-button-fixed = ✅ Fixed
complaint-button-not-fixed = ❌ Not fixed
complaint-fixed-thanks = Thank you: complaint { $reference } stays resolved.
complaint-ask-not-fixed = What is still wrong with { $reference }? Write it in one message; the complaint will be reopened with your words. /cancel to stop.
complaint-ask-not-fixed-text = Please describe in words what is still wrong (or /cancel).
complaint-reopened = Complaint { $reference } is reopened: staff see your note.
complaint-fixed-question = Your complaint { $reference } was marked resolved a week ago. Has it been fixed?

## The author adds to or withdraws an open complaint
complaint-button-add = ✉ Add text or photos
complaint-button-withdraw = Withdraw the complaint
complaint-button-add-done = Done
complaint-button-withdraw-yes = Yes, withdraw it
complaint-button-withdraw-no = No, keep it
complaint-add-ask = Send what you want to add to { $reference }: text or photos (it has { $photos } of { $max } photos). Staff will see it; people who support the complaint will not. Press "Done" when finished.
complaint-add-saved = Added to { $reference }: staff will see it. Send more or press "Done".
complaint-add-hint = Send text or a photo to add to the complaint, or press "Done".
complaint-add-photos-full = The complaint already has { $max } photos, the most it can hold. You can still add text.
complaint-add-done = Done: your additions are with complaint { $reference }.
complaint-withdraw-ask = Withdraw complaint { $reference }? Staff will stop working on it and it will be closed. Supporters: { $supporters }; they will be told that it is closed. This cannot be undone.
complaint-withdrawn = Complaint { $reference } is withdrawn and closed.
complaint-withdrawn-notice = Complaint { $reference }, which you support, is closed: it was withdrawn. If the problem is still there, you can file your own: /complain

## The place: a typed address or landmark
complaint-address-received = Address noted: { $address }. You can also send the location with "📍 Send my location", or tap "Skip" to go on.
complaint-address-too-long = That is too long for an address: at most { $max } characters. Type the street and house or a landmark.
complaint-confirm-address = Address or landmark: { $address }
complaint-detail-address = Address or landmark: { $address }
