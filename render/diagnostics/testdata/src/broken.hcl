site "hq" {
  name = "Headquarters
}
