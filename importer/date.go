package importer

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/decomhq/decom/inventory"
)

// DateOrder says how to read a date written with numbers only, such as
// 04/03/2019: day first (the UK, the default), month first (the US) or
// year first.
type DateOrder string

// Date orders.
const (
	DMY DateOrder = "dmy"
	MDY DateOrder = "mdy"
	YMD DateOrder = "ymd"
)

// DateOrders lists the orders --date-order takes.
var DateOrders = []DateOrder{DMY, MDY, YMD}

var (
	isoDate     = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})$`)
	numericDate = regexp.MustCompile(`^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$`)
	namedDate   = regexp.MustCompile(`^(\d{1,2})[ -]([A-Za-z]{3,9})\.?,?[ -](\d{4})$`)
	// midnight is the time of day a spreadsheet appends to a date cell.
	midnight = regexp.MustCompile(`[ T]00:00(:00(\.0+)?)?$`)
)

var months = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		months[strings.ToLower(m.String())] = m
		months[strings.ToLower(m.String()[:3])] = m
	}
	months["sept"] = time.September
}

// ParseDate reads a date as spreadsheets write it: ISO 2019-03-31 always;
// numbers separated by "/", "." or "-" (31/03/2019, 3/1/2019) in the given
// order; or a day, a month name and a year (31 Mar 2019, 31-March-2019). A
// time of midnight after the date is ignored. It rejects days that do not
// exist, two-digit years and years before 1971, and says why.
func ParseDate(text string, order DateOrder) (inventory.Date, error) {
	s := midnight.ReplaceAllString(strings.TrimSpace(text), "")
	var y, m, d int
	how := orderText(order)
	switch {
	case isoDate.MatchString(s):
		p := isoDate.FindStringSubmatch(s)
		y, m, d = atoi(p[1]), atoi(p[2]), atoi(p[3])
		how = "year-month-day"
	case numericDate.MatchString(s):
		p := numericDate.FindStringSubmatch(s)
		a, b, c := p[1], p[2], p[3]
		if order == YMD {
			if len(a) != 4 {
				return 0, fmt.Errorf("%q does not start with a four-digit year, as --date-order ymd reads dates", text)
			}
			y, m, d = atoi(a), atoi(b), atoi(c)
			break
		}
		if len(c) != 4 {
			return 0, fmt.Errorf("%q has no four-digit year at the end; write the year in full, e.g. 31/03/2019", text)
		}
		if len(a) > 2 {
			return 0, fmt.Errorf("%q is not a date in %s order", text, orderText(order))
		}
		y = atoi(c)
		if order == MDY {
			m, d = atoi(a), atoi(b)
		} else {
			d, m = atoi(a), atoi(b)
		}
	case namedDate.MatchString(s):
		p := namedDate.FindStringSubmatch(s)
		mon, ok := months[strings.ToLower(p[2])]
		if !ok {
			return 0, fmt.Errorf("%q has no month name decom knows; write the date as 31/03/2019 or 2019-03-31", text)
		}
		y, m, d = atoi(p[3]), int(mon), atoi(p[1])
		how = "day month year"
	default:
		return 0, fmt.Errorf("%q is not a date; write it as %s or 2019-03-31", text, example(order))
	}
	if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
		return 0, fmt.Errorf("%q is not a day on the calendar (read as %s); check the day and month", text, how)
	}
	if y < 1971 {
		return 0, fmt.Errorf("%q is before 1971; decom plans from 1971 onwards", text)
	}
	return inventory.DateOf(y, time.Month(m), d), nil
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func orderText(o DateOrder) string {
	switch o {
	case MDY:
		return "month/day/year"
	case YMD:
		return "year/month/day"
	}
	return "day/month/year"
}

func example(o DateOrder) string {
	switch o {
	case MDY:
		return "03/31/2019"
	case YMD:
		return "2019/03/31"
	}
	return "31/03/2019"
}
