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
