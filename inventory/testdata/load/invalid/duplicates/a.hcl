# The first of each: no errors here.
estate {
  name = "First"
}

plan {
  wave_days = 14
  freeze "xmas" {
    from = "2019-12-20"
    to   = "2020-01-02"
  }
  freeze "xmas" {         # ERROR: duplicate-address 3
    from = "2020-12-20"
    to   = "2021-01-02"
  }
}

network "kcom" {
  role = "legacy"
}
