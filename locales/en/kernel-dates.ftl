# Durations in words (kernel::dates).
duration-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
# The same amounts after "in" (English does not change them).
duration-acc-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
duration-acc-minutes = { $n ->
    [one] { $n } minute
   *[other] { $n } minutes
}
duration-acc-seconds = { $n ->
    [one] { $n } second
   *[other] { $n } seconds
}
duration-wait = in { $duration }
