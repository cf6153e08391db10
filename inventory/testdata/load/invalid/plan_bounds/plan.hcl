# Plan settings past their bounds: soak_waves = 2147483647 once hung the
# planner, wave_days = 2147483647 overflowed the calendar.
plan {
  wave_days       = 2147483647   # ERROR: number-out-of-range 21
  soak_waves      = 2147483647   # ERROR: number-out-of-range 21
  max_changes     = 1000001      # ERROR: number-out-of-range 21
  max_critical    = 1000000      # at the bound: accepted
  max_effort_days = 1e7          # ERROR: number-out-of-range 21
}

network "n" {
  role = "legacy"
}
