# A file that parses is still checked on its own, but references into the
# broken file (device.sw) and to nowhere are not judged while it is broken.
application "app" {
  hosted_on   = [device.sw, device.nowhere]
  criticality = "hihg"           # ERROR: unknown-enum-value 17
}
