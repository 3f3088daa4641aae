# Durations in words (kernel::dates). Uzbek keeps the noun singular after a number.
duration-hours = { $n } soat
duration-minutes = { $n } daqiqa
duration-seconds = { $n } soniya
# The same amounts inside "…dan keyin" (no change of form in Uzbek).
duration-acc-hours = { $n } soat
duration-acc-minutes = { $n } daqiqa
duration-acc-seconds = { $n } soniya
duration-wait = { $duration }dan keyin
