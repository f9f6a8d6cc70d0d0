package match

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/zosnet/znet/model/policy"
)

// TimeCond is an IpTimeCondition: the rule is in effect at the instants
// that satisfy every component (IBM, IP Configuration Reference,
// "IpTimeCondition statement"; component formats and the day-of-month
// layout follow DMTF CIM_PolicyTimePeriodCondition, whose property names
// IBM uses, and are unverified against IBM's text).
type TimeCond struct {
	Label string // the statement, for messages
	UTC   bool
	// Period is the inclusive From..To range, as yyyymmddhhmmss numbers;
	// HasPeriod is false when no TimePeriod is coded.
	HasPeriod bool
	From, To  uint64
	Months    [12]bool
	// DayStart[i] selects day i+1 counted from the start of the month,
	// DayEnd[i] the day i+1 counted back from its end (DayEnd[0] is the
	// last day). A day is selected when either selects it.
	DayStart, DayEnd [31]bool
	Weekdays         [7]bool // Sunday first
	// Minutes of the day in effect, MinFrom up to (not including) MinTo;
	// a range whose start is after its end wraps past midnight.
	MinFrom, MinTo int
}

// Always reports whether the condition puts no limit on time.
func (t *TimeCond) Always() bool {
	if t.HasPeriod || t.MinFrom != 0 || t.MinTo != 1440 {
		return false
	}
	for _, b := range t.Months {
		if !b {
			return false
		}
	}
	for _, b := range t.Weekdays {
		if !b {
			return false
		}
	}
	return allTrue(t.DayStart[:]) || allTrue(t.DayEnd[:])
}

func allTrue(bs []bool) bool {
	for _, b := range bs {
		if !b {
			return false
		}
	}
	return true
}

func maskSet(bs []bool) Set {
	var ivs []Interval
	for i, b := range bs {
		if b {
			ivs = append(ivs, Interval{P(uint64(i)), P(uint64(i))})
		}
	}
	return NewSet(ivs...)
}

// Boxes returns the condition as the time part of cubes: one or two sets
// per time dimension (two when days are selected both from the start and
// from the end of the month).
func (t *TimeCond) Boxes() [][]Set {
	full := timeDims()
	base := make([]Set, nTime)
	for i := range base {
		base[i] = full[i].Full()
	}
	if t.Always() {
		return [][]Set{base}
	}
	if t.HasPeriod {
		base[tPeriod] = Range(P(t.From), P(t.To))
	}
	base[tMonth] = maskSet(t.Months[:])
	base[tWeekday] = maskSet(t.Weekdays[:])
	switch {
	case t.MinFrom < t.MinTo:
		base[tMinute] = Range(P(uint64(t.MinFrom)), P(uint64(t.MinTo-1)))
	case t.MinFrom > t.MinTo:
		base[tMinute] = Range(P(uint64(t.MinFrom)), P(1439))
		if t.MinTo > 0 {
			base[tMinute] = base[tMinute].Union(Range(P(0), P(uint64(t.MinTo-1))))
		}
	default:
		base[tMinute] = nil
	}
	startAll, endAll := allTrue(t.DayStart[:]), allTrue(t.DayEnd[:])
	startNone, endNone := !anyTrue(t.DayStart[:]), !anyTrue(t.DayEnd[:])
	switch {
	case startAll || endAll:
		return [][]Set{base}
	case endNone:
		base[tDayStart] = maskSet(t.DayStart[:])
		return [][]Set{base}
	case startNone:
		base[tDayEnd] = maskSet(t.DayEnd[:])
		return [][]Set{base}
	}
	a := append([]Set(nil), base...)
	a[tDayStart] = maskSet(t.DayStart[:])
	b := append([]Set(nil), base...)
	b[tDayEnd] = maskSet(t.DayEnd[:])
	return [][]Set{a, b}
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// Matches reports whether instant at (wall clock of the zone the
// condition is written in) is inside the window.
func (t *TimeCond) Matches(at time.Time) bool {
	if t.HasPeriod {
		v, _ := strconv.ParseUint(at.Format("20060102150405"), 10, 64)
		if v < t.From || v > t.To {
			return false
		}
	}
	if !t.Months[at.Month()-1] || !t.Weekdays[at.Weekday()] {
		return false
	}
	day := at.Day()
	last := time.Date(at.Year(), at.Month()+1, 0, 0, 0, 0, 0, at.Location()).Day()
	if !t.DayStart[day-1] && !t.DayEnd[last-day] {
		return false
	}
	m := at.Hour()*60 + at.Minute()
	switch {
	case t.MinFrom < t.MinTo:
		return m >= t.MinFrom && m < t.MinTo
	case t.MinFrom > t.MinTo:
		return m >= t.MinFrom || m < t.MinTo
	}
	return false
}

// Describe renders the window in words for messages.
func (t *TimeCond) Describe() string {
	if t.Always() {
		return "always"
	}
	var parts []string
	if t.HasPeriod {
		parts = append(parts, fmt.Sprintf("from %s to %s", ATTLS.formatPt(ATime+tPeriod, P(t.From), 0), ATTLS.formatPt(ATime+tPeriod, P(t.To), 0)))
	}
	switch {
	case !anyTrue(t.Months[:]):
		parts = append(parts, "in no month")
	case !allTrue(t.Months[:]):
		parts = append(parts, "in "+listBits(t.Months[:], monthNames))
	}
	switch {
	case !anyTrue(t.Weekdays[:]):
		parts = append(parts, "on no weekday")
	case !allTrue(t.Weekdays[:]):
		parts = append(parts, "on "+listBits(t.Weekdays[:], weekdayNames))
	}
	if !allTrue(t.DayStart[:]) && !allTrue(t.DayEnd[:]) {
		parts = append(parts, "on selected days of the month")
	}
	if t.MinFrom != 0 || t.MinTo != 1440 {
		parts = append(parts, fmt.Sprintf("%02d:%02d-%02d:%02d", t.MinFrom/60, t.MinFrom%60, t.MinTo/60, t.MinTo%60))
	}
	z := "local time"
	if t.UTC {
		z = "UTC"
	}
	return strings.Join(parts, ", ") + " (" + z + ")"
}

func listBits(bs []bool, names []string) string {
	var out []string
	for i, b := range bs {
		if b {
			out = append(out, names[i][:3])
		}
	}
	return strings.Join(out, ",")
}

// ParseTimeCond reads an IpTimeCondition object. Values the catalog's
// defaults leave out are "always" (masks of ones, 00:00-24:00, Local).
func ParseTimeCond(o *policy.Object) (*TimeCond, error) {
	t := &TimeCond{Label: o.Label(), MinFrom: 0, MinTo: 1440}
	for i := range t.Months {
		t.Months[i] = true
	}
	for i := range t.Weekdays {
		t.Weekdays[i] = true
	}
	for i := 0; i < 31; i++ {
		t.DayStart[i], t.DayEnd[i] = true, true
	}
	if p := o.Last("TimePeriod"); p != nil {
		a, b, ok := strings.Cut(p.Value, ":")
		x, err1 := strconv.ParseUint(a, 10, 64)
		y, err2 := strconv.ParseUint(b, 10, 64)
		if !ok || err1 != nil || err2 != nil || len(a) != 14 || len(b) != 14 {
			return nil, fmt.Errorf("TimePeriod %q is not yyyymmddhhmmss:yyyymmddhhmmss", p.Value)
		}
		t.HasPeriod, t.From, t.To = true, x, y
	}
	if err := mask(o, "MonthOfYearMask", t.Months[:]); err != nil {
		return nil, err
	}
	if err := mask(o, "DayOfWeekMask", t.Weekdays[:]); err != nil {
		return nil, err
	}
	if p := o.Last("DayOfMonthMask"); p != nil {
		if len(p.Value) != 62 || strings.Trim(p.Value, "01") != "" {
			return nil, fmt.Errorf("DayOfMonthMask %q is not 62 bits", p.Value)
		}
		for i := 0; i < 31; i++ {
			t.DayStart[i] = p.Value[i] == '1'
			t.DayEnd[i] = p.Value[31+i] == '1'
		}
	}
	if p := o.Last("TimeOfDayRange"); p != nil {
		a, b, ok := strings.Cut(p.Value, "-")
		x, err1 := minutes(a)
		y, err2 := minutes(b)
		if !ok || err1 != nil || err2 != nil {
			return nil, fmt.Errorf("TimeOfDayRange %q is not hh:mm-hh:mm", p.Value)
		}
		if x == y {
			return nil, fmt.Errorf("TimeOfDayRange %q starts where it ends; whether that is all day or never is not documented", p.Value)
		}
		t.MinFrom, t.MinTo = x, y
	}
	if p := o.Last("TimeZone"); p != nil {
		t.UTC = strings.EqualFold(p.Value, "UTC")
	}
	return t, nil
}

func mask(o *policy.Object, name string, into []bool) error {
	p := o.Last(name)
	if p == nil {
		return nil
	}
	if len(p.Value) != len(into) || strings.Trim(p.Value, "01") != "" {
		return fmt.Errorf("%s %q is not %d bits", name, p.Value, len(into))
	}
	for i := range into {
		into[i] = p.Value[i] == '1'
	}
	return nil
}

func minutes(s string) (int, error) {
	h, m, ok := strings.Cut(s, ":")
	x, err1 := strconv.Atoi(h)
	y, err2 := strconv.Atoi(m)
	if !ok || err1 != nil || err2 != nil || x < 0 || y < 0 || y > 59 || x > 24 || x == 24 && y != 0 {
		return 0, fmt.Errorf("%q is not hh:mm", s)
	}
	return x*60 + y, nil
}
