package policy

import (
	"fmt"
	"net/netip"
	"regexp"
	"strconv"
	"strings"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// checkValue validates the words of a parameter against its catalog entry
// and returns the value normalised (enums in IBM's spelling). Problems are
// added to ds.
func checkValue(def *model.Param, st *pagent.Statement, ds *source.Diagnostics) string {
	words := st.Values
	if len(words) == 0 {
		ds.Add(st.Keyword.Span, source.Error, CodeArity,
			fmt.Sprintf("%s needs a value", def.Name), valueHint(def))
		return ""
	}
	max := def.Words
	if max == 0 {
		max = 1
	}
	if max > 0 && len(words) > max && def.Kind != model.KWords && def.Kind != model.KSecret {
		extra := source.Cover(words[max].Span, words[len(words)-1].Span)
		ds.Add(extra, source.Error, CodeArity,
			fmt.Sprintf("%s takes %s; %q has %d", def.Name, plural(max, "value"), st.Value(), len(words)),
			valueHint(def))
		return st.Value()
	}
	val := st.Value()
	sp := source.Cover(words[0].Span, words[len(words)-1].Span)
	switch def.Kind {
	case model.KEnum:
		if e, ok := matchEnum(def.Enum, val); ok {
			return e
		}
		ds.Add(sp, source.Error, CodeBadEnum,
			fmt.Sprintf("%q is not a value of %s", val, def.Name),
			"use one of: "+strings.Join(def.Enum, ", "))
	case model.KKeywords:
		out := make([]string, 0, len(words))
		for _, w := range words {
			if e, ok := matchEnum(def.Enum, w.Text); ok {
				out = append(out, e)
				continue
			}
			if _, err := strconv.ParseUint(w.Text, 10, 31); err == nil && def.Max > 0 {
				out = append(out, w.Text)
				continue
			}
			ds.Add(w.Span, source.Error, CodeBadEnum,
				fmt.Sprintf("%q is not an option of %s", w.Text, def.Name),
				"options: "+strings.Join(def.Enum, ", "))
			out = append(out, w.Text)
		}
		return strings.Join(out, " ")
	case model.KInt:
		checkInt(def, val, sp, ds)
	case model.KAddr, model.KAddrSpec, model.KPrefix, model.KAddrRange:
		// Keywords standing for addresses (All, All4, Any6…) are listed in
		// the catalog's Enum of the parameter.
		if e, ok := matchEnum(def.Enum, val); ok {
			return e
		}
		checkAddress(def, words, val, sp, ds)
	case model.KPortRange:
		checkPorts(def, words, sp, ds)
	case model.KJobName, model.KUserID:
		checkPattern(def, val, sp, ds)
	case model.KPath:
		checkPath(def, val, sp, ds)
	case model.KTimePeriod:
		if !timePeriodRE.MatchString(val) {
			ds.Add(sp, source.Error, CodeBadAddr,
				fmt.Sprintf("%s %q is not a time period", def.Name, val), "write yyyymmddhhmmss:yyyymmddhhmmss")
		}
	case model.KTimeRange:
		if !timeRangeRE.MatchString(val) {
			ds.Add(sp, source.Error, CodeBadAddr,
				fmt.Sprintf("%s %q is not a time-of-day range", def.Name, val), "write hh:mm-hh:mm")
		}
	case model.KMask:
		if strings.Trim(val, "01") != "" || (def.Max > 0 && int64(len(val)) != def.Max) {
			ds.Add(sp, source.Error, CodeBadAddr,
				fmt.Sprintf("%s %q is not a mask of %d bits (0 and 1)", def.Name, val, def.Max), "")
		}
	case model.KCipher2, model.KCipher4, model.KCipherV2, model.KSigPairs, model.KGroups:
		checkCodes(def, words, ds)
	}
	return val
}

var (
	timePeriodRE = regexp.MustCompile(`^\d{14}:\d{14}$`)
	timeRangeRE  = regexp.MustCompile(`^\d{2}:\d{2}-\d{2}:\d{2}$`)
)

func plural(n int, w string) string {
	if n == 1 {
		return "one " + w
	}
	return fmt.Sprintf("%d %ss", n, w)
}

func valueHint(def *model.Param) string {
	switch def.Kind {
	case model.KEnum:
		return "use one of: " + strings.Join(def.Enum, ", ")
	case model.KInt:
		if def.Max > 0 {
			return fmt.Sprintf("a number from %d to %d", def.Min, def.Max)
		}
	}
	return ""
}

func matchEnum(enum []string, v string) (string, bool) {
	for _, e := range enum {
		if strings.EqualFold(e, v) {
			return e, true
		}
	}
	return "", false
}

func checkInt(def *model.Param, val string, sp source.Span, ds *source.Diagnostics) {
	n, err := strconv.ParseInt(val, 10, 64)
	if err != nil {
		ds.Add(sp, source.Error, CodeBadNumber, fmt.Sprintf("%s %q is not a number", def.Name, val), valueHint(def))
		return
	}
	if (def.Max > 0 || def.Min > 0) && (n < def.Min || n > def.Max) {
		ds.Add(sp, source.Error, CodeBadNumber,
			fmt.Sprintf("%s %d is out of range %d-%d", def.Name, n, def.Min, def.Max), "")
	}
}

// intAsIPv4 turns a decimal number the way Policy Agent does when it finds
// one where an address belongs: as a 32-bit IPv4 address (a z/OS 3.1
// pasearch shows RemoteAddr 6793 as 0.0.26.137).
func intAsIPv4(s string) (string, bool) {
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return "", false
	}
	return fmt.Sprintf("%d.%d.%d.%d", n>>24&255, n>>16&255, n>>8&255, n&255), true
}

func checkAddr(def *model.Param, val string, sp source.Span, ds *source.Diagnostics, inSpec bool) bool {
	if a, ok := intAsIPv4(val); ok {
		ds.Add(sp, source.Warning, CodeIntAsAddr,
			fmt.Sprintf("%s %s is a bare number: z/OS reads it as the IPv4 address %s", def.Name, val, a),
			"write the address you mean in dotted form; a port belongs in a PortRange parameter")
		return true
	}
	if _, err := netip.ParseAddr(val); err != nil {
		hint := "write an IPv4 or IPv6 address"
		if inSpec {
			hint = "write an address, address/prefix, address-address, or All"
		}
		ds.Add(sp, source.Error, CodeBadAddr, fmt.Sprintf("%s %q is not an IP address", def.Name, val), hint)
		return false
	}
	return true
}

func checkAddress(def *model.Param, words []pagent.Token, val string, sp source.Span, ds *source.Diagnostics) {
	switch def.Kind {
	case model.KAddr:
		checkAddr(def, val, sp, ds, false)
	case model.KAddrSpec:
		checkAddrSpec(def, words, sp, ds)
	case model.KPrefix:
		if _, err := netip.ParsePrefix(val); err != nil {
			ds.Add(sp, source.Error, CodeBadAddr,
				fmt.Sprintf("%s %q is not an address prefix", def.Name, val), "write address/length, such as 10.1.0.0/16")
		}
	case model.KAddrRange:
		if len(words) == 2 {
			val = words[0].Text + "-" + words[1].Text
		}
		checkAddrRange(def, val, sp, ds)
	}
}

func checkAddrSpec(def *model.Param, words []pagent.Token, sp source.Span, ds *source.Diagnostics) {
	val := words[0].Text
	if len(words) == 2 { // "a1 a2" written as two words
		checkAddrRange(def, words[0].Text+"-"+words[1].Text, sp, ds)
		return
	}
	switch {
	case strings.EqualFold(val, "All"):
	case strings.Contains(val, "/"):
		if _, err := netip.ParsePrefix(val); err != nil {
			ds.Add(sp, source.Error, CodeBadAddr, fmt.Sprintf("%s %q is not an address prefix", def.Name, val),
				"write address/length, such as 10.1.0.0/16")
		}
	case strings.Count(val, "-") == 1:
		checkAddrRange(def, val, sp, ds)
	default:
		checkAddr(def, val, sp, ds, true)
	}
}

func checkAddrRange(def *model.Param, val string, sp source.Span, ds *source.Diagnostics) {
	lo, hi, ok := strings.Cut(val, "-")
	a, err1 := netip.ParseAddr(lo)
	b, err2 := netip.ParseAddr(hi)
	if !ok || err1 != nil || err2 != nil || a.Is4() != b.Is4() {
		ds.Add(sp, source.Error, CodeBadAddr, fmt.Sprintf("%s %q is not an address range", def.Name, val),
			"write first-last, such as 10.1.1.1-10.1.1.20, both of one IP version")
		return
	}
	if b.Less(a) {
		ds.Add(sp, source.Warning, CodeEmptyRange,
			fmt.Sprintf("%s %s is empty: the first address is above the last, so nothing matches", def.Name, val),
			"swap the two addresses")
	}
}

// ParsePorts reads a port range as Policy Agent accepts it: "n", "n-m" or
// "n m" (the form IBM's syntax diagrams show). 0 alone means every port.
func ParsePorts(words []string) (lo, hi int, err error) {
	var a, b string
	switch len(words) {
	case 1:
		var ok bool
		a, b, ok = strings.Cut(words[0], "-")
		if !ok {
			b = a
		}
	case 2:
		a, b = words[0], words[1]
	default:
		return 0, 0, fmt.Errorf("a port range is one or two numbers")
	}
	x, err1 := strconv.Atoi(a)
	y, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || x < 0 || y < 0 || x > 65535 || y > 65535 {
		return 0, 0, fmt.Errorf("ports are numbers from 0 to 65535")
	}
	if x == 0 && len(words) == 1 && !strings.Contains(words[0], "-") {
		return 0, 65535, nil
	}
	return x, y, nil
}

func tokensText(ws []pagent.Token) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func checkPorts(def *model.Param, words []pagent.Token, sp source.Span, ds *source.Diagnostics) {
	lo, hi, err := ParsePorts(tokensText(words))
	if err != nil {
		ds.Add(sp, source.Error, CodeBadAddr,
			fmt.Sprintf("%s %q is not a port range: %v", def.Name, strings.Join(tokensText(words), " "), err),
			"write n, n-m or n m; 0 means all ports")
		return
	}
	if lo > hi {
		ds.Add(sp, source.Warning, CodeEmptyRange,
			fmt.Sprintf("%s %d-%d is empty: %d is above %d, so nothing matches", def.Name, lo, hi, lo, hi),
			"swap the two ports")
	}
}

// patternRE is a job name or user ID as Policy Agent matches them: 1-8
// characters of A-Z 0-9 @ # $, with '*' as a wildcard (IBM: TTLSRule
// Jobname/Userid; trailing '*' is the documented form).
var patternRE = regexp.MustCompile(`^[A-Za-z0-9@#$*%?]{1,8}$`)

func checkPattern(def *model.Param, val string, sp source.Span, ds *source.Diagnostics) {
	if !patternRE.MatchString(val) {
		ds.Add(sp, source.Error, CodeBadAddr,
			fmt.Sprintf("%s %q is not a job name or user ID: 1-8 characters A-Z 0-9 @ # $, '*' as a wildcard", def.Name, val), "")
	}
}

// dsnRE is an MVS data set name with an optional member, as written in
// //'HLQ.PDS(MEMBER)'.
var dsnRE = regexp.MustCompile(`^[A-Za-z@#$][A-Za-z0-9@#$-]{0,7}(\.[A-Za-z@#$][A-Za-z0-9@#$-]{0,7})*(\([A-Za-z@#$][A-Za-z0-9@#$]{0,7}\))?$`)

// SplitDSN parses //'DSN(MEMBER)' and //DSN forms; ok is false for a z/OS
// UNIX path.
func SplitDSN(p string) (dsn, member string, ok bool) {
	if !strings.HasPrefix(p, "//") {
		return "", "", false
	}
	s := strings.Trim(strings.TrimPrefix(p, "//"), "'")
	dsn = s
	if i := strings.IndexByte(s, '('); i >= 0 && strings.HasSuffix(s, ")") {
		dsn, member = s[:i], s[i+1:len(s)-1]
	}
	return strings.ToUpper(dsn), strings.ToUpper(member), true
}

func checkPath(def *model.Param, val string, sp source.Span, ds *source.Diagnostics) {
	switch {
	case strings.HasPrefix(val, "//"):
		s := strings.TrimPrefix(val, "//")
		quoted := strings.HasPrefix(s, "'")
		if quoted && (!strings.HasSuffix(s, "'") || len(s) < 2) {
			ds.Add(sp, source.Error, CodeBadAddr, fmt.Sprintf("%s %s: the quote is not closed", def.Name, val),
				"write //'HLQ.PDS(MEMBER)'")
			return
		}
		name := strings.Trim(s, "'")
		if len(name) > 44+10 || !dsnRE.MatchString(name) {
			ds.Add(sp, source.Error, CodeBadAddr, fmt.Sprintf("%s %s is not a data set name", def.Name, val),
				"write //'HLQ.PDS(MEMBER)': qualifiers of 1-8 characters, a member of 1-8")
			return
		}
		if !quoted {
			ds.Add(sp, source.Warning, CodeBadAddr,
				fmt.Sprintf("%s %s has no quotes: the name is taken relative to the user's prefix", def.Name, val),
				"write the fully qualified name in quotes: //'"+name+"'")
		}
	case strings.HasPrefix(val, "/"):
	default:
		ds.Add(sp, source.Error, CodeBadAddr,
			fmt.Sprintf("%s %q is neither a z/OS UNIX path nor a data set", def.Name, val),
			"write an absolute path (/etc/pagent/ttls.conf) or //'HLQ.PDS(MEMBER)'")
	}
}
