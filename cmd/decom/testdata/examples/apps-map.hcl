# The asset register's own column names.
columns = {
  "Asset Tag"   = "id"
  "Application" = "name"
  "Runs On"     = "hosted_on"
}
