## Reports: the picture
report-title = Complaints report
report-period-dates = { $period ->
    [last7] last 7 days
    [last30] last 30 days
    [last90] last 90 days
    [m0] this month
    [m1] last month
   *[other] { $period }
}: { $from } – { $to }
report-scope-all = All areas
report-scope-mine = Your areas
report-kpi-total = Complaints filed
report-kpi-resolved = Resolved
report-kpi-overdue = Overdue now / answered late
report-kpi-first-response = Median days to first response
report-kpi-resolution = Median days to resolution
report-by-category = By category and status
report-group = { $group ->
    [open] open
    [resolved] resolved
    [closed] closed
   *[withdrawn] withdrawn
}
report-other-categories = Other categories
report-trend = Week by week
report-trend-filed = filed
report-trend-resolved = resolved
report-empty = No complaints were filed in this period.

## Reports: the message
report-caption = Complaints filed { $from } – { $to }: { $total }, resolved { $resolved }. Overdue now: { $overdue }; answered late: { $late }. Median days to the first response: { $firstResponse }; to resolution: { $resolution }.
report-button-period = { $period ->
    [last7] 7 days
    [last30] 30 days
    [last90] 90 days
    [m0] This month
   *[m1] Last month
}
report-button-area = Choose an area
report-button-inside = Inside ▸
report-pick-area = Which area should the report cover?
error-report-period-invalid = I do not know the period "{ $period }". Use 7d, 30d, 90d, m0 (this month), m1 (last month) or a month like 2026-11.
menu-report = Report with pictures
