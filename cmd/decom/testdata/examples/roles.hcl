# NetBox roles in this estate's words.
values = {
  kind = {
    "pdu" = "storage"
  }
}
