package inventory

import "time"

// today is the system clock's date, for estate.as_of when none is given.
func today() Date { return DateFromTime(time.Now()) }
