package tls

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/zosnet/znet/model"
)

// Code is one code read from a code string.
type Code struct {
	// Value is the canonical code: 4 upper-case hex characters for suites
	// (also when written with 2 characters: 35 gives 0035) and signature
	// pairs, 4 decimal digits for groups, 1 character for SSL V2 ciphers.
	// Look it up with SuiteByCode, SigAlgByCode, GroupByCode or V2ByCode;
	// the parsers only return codes those find.
	Value string
	// Raw is the code as written.
	Raw string
	// Off is the byte offset of Raw in the parsed string.
	Off int
}

func (c Code) String() string { return c.Value }

// ProblemKind classifies a Problem so that callers can choose a severity
// and a diagnostic code.
type ProblemKind uint8

// Problem kinds.
const (
	// ProblemEmpty: nothing but blanks.
	ProblemEmpty ProblemKind = iota + 1
	// ProblemSeparator: blanks or commas between codes (z/OS wants them
	// run together). The codes on either side are still read.
	ProblemSeparator
	// ProblemLength: the string is not a whole number of codes.
	ProblemLength
	// ProblemNotCode: characters that cannot form a code (not hex, not
	// decimal).
	ProblemNotCode
	// ProblemUnknown: a well-formed code or name System SSL does not know.
	ProblemUnknown
	// ProblemName: a name where codes are expected (the IBM Q&A case of a
	// cipher name on V3CipherSuites4Char). Want holds the code.
	ProblemName
	// ProblemWidth: 2- and 4-character cipher codes confused, e.g. a
	// 4-character-only suite in a 2-character string.
	ProblemWidth
	// ProblemHexGroup: a group code written in hex (0017) where z/OS wants
	// decimal (0023). Want holds the decimal code.
	ProblemHexGroup
	// ProblemAmbiguous: a group code that is valid in decimal but, in a
	// string that elsewhere uses hex, probably meant another group. Not an
	// error on its own.
	ProblemAmbiguous
	// ProblemUnverified: a standard code whose support by System SSL is
	// not verified. The code is returned. Not an error on its own.
	ProblemUnverified
	// ProblemTooMany: more codes than System SSL takes (10 SSL V2 ciphers).
	ProblemTooMany
)

var problemKindNames = [...]string{
	ProblemEmpty: "empty", ProblemSeparator: "separator", ProblemLength: "length",
	ProblemNotCode: "not-a-code", ProblemUnknown: "unknown", ProblemName: "name",
	ProblemWidth: "width", ProblemHexGroup: "hex-group", ProblemAmbiguous: "ambiguous",
	ProblemUnverified: "unverified", ProblemTooMany: "too-many",
}

// String is a stable identifier for the kind ("hex-group").
func (k ProblemKind) String() string {
	if k >= ProblemEmpty && k <= ProblemTooMany {
		return problemKindNames[k]
	}
	return fmt.Sprintf("ProblemKind(%d)", uint8(k))
}

// Severe reports whether z/OS would reject or misread the string because
// of a problem of this kind; ProblemAmbiguous and ProblemUnverified are
// only worth a note.
func (k ProblemKind) Severe() bool { return k != ProblemAmbiguous && k != ProblemUnverified }

// Problem is something wrong with a code string, located in it.
type Problem struct {
	// Off is the byte offset in the parsed string where Text starts;
	// s[Off:Off+len(Text)] == Text.
	Off int
	// Text is the offending text.
	Text string
	Kind ProblemKind
	// Msg says what is wrong in a system programmer's terms, and what
	// would be right.
	Msg string
	// Want is the replacement text when there is an obvious one (the code
	// for a name, the decimal code for a hex group code).
	Want string
}

func (p Problem) String() string { return fmt.Sprintf("%d: %s", p.Off, p.Msg) }

// ParseCipher2 reads a run of 2-character cipher suite codes, the form of
// AT-TLS V3CipherSuites (when not a name) and GSK_V3_CIPHER_SPECS:
// "35382F" is 0035, 0038, 002F. It reports 4-character codes in it
// (C02C, or a whole 4-character string, which a 2-character reader takes
// apart into other suites), names, bad characters and unknown codes.
func ParseCipher2(s string) ([]Code, []Problem) { return parse(s, &cipher2) }

// ParseCipher4 reads a run of 4-character cipher suite codes, the form of
// AT-TLS V3CipherSuites4Char and GSK_V3_CIPHER_SPECS_EXPANDED:
// "1301C02F". It reports names (which this form does not accept: IBM Q&A
// "Elliptic ciphers are defined to AT-TLS but not used"), 2-character
// strings, lengths that are not a multiple of 4, bad characters and
// unknown codes.
func ParseCipher4(s string) ([]Code, []Problem) { return parse(s, &cipher4) }

// ParseSigPairs reads a run of 4-character hex signature algorithm pair
// codes (AT-TLS SignaturePairs, SignaturePairsCert, OcspRequestSigalg;
// GSK_TLS_SIG_ALG_PAIRS, GSK_TLS_CERT_SIG_ALG_PAIRS): "04030804".
func ParseSigPairs(s string) ([]Code, []Problem) { return parse(s, &sigPairs) }

// ParseGroups reads a run of 4-digit DECIMAL group codes (AT-TLS
// ClientECurves, ServerKexECurves, ClientKeyShareGroups,
// ServerKeyShareGroups; GSK_CLIENT_ECURVE_LIST,
// GSK_SERVER_ALLOWED_KEX_ECURVES, GSK_CLIENT_TLS_KEY_SHARES,
// GSK_SERVER_TLS_KEY_SHARES): "00230029". It recognises codes written in
// hex (0017 for secp256r1) and says which decimal code was meant. The
// keyword Any of ClientECurves is the caller's to handle.
func ParseGroups(s string) ([]Code, []Problem) { return parse(s, &groups) }

// ParseV2 reads a run of 1-character SSL V2 cipher codes (AT-TLS
// V2CipherSuites when not a name, GSK_V2_CIPHER_SPECS): "17". System SSL
// takes at most 10.
func ParseV2(s string) ([]Code, []Problem) { return parse(s, &v2) }

// ParseV3CipherSuites reads the value of one AT-TLS V3CipherSuites
// parameter: a single cipher suite name (IANA name or AT-TLS constant, any
// case), or a run of 2-character codes (see ParseCipher2).
func ParseV3CipherSuites(s string) ([]Code, []Problem) {
	t, off := trim(s)
	if su, ok := SuiteByName(t); ok {
		return []Code{{Value: su.Code4, Raw: t, Off: off}}, nil
	}
	return ParseCipher2(s)
}

// ParseV2CipherSuites reads the value of one AT-TLS V2CipherSuites
// parameter: a single SSL V2 cipher constant, or a run of 1-character codes
// (see ParseV2).
func ParseV2CipherSuites(s string) ([]Code, []Problem) {
	t, off := trim(s)
	if v, ok := V2ByName(t); ok {
		return []Code{{Value: v.Code, Raw: t, Off: off}}, nil
	}
	return ParseV2(s)
}

// spec says how to read one kind of code string.
type spec struct {
	width int
	// noun names one entry in messages ("cipher suite").
	noun string
	// form names the string in messages ("4-character codes").
	form string
	// max is the most codes System SSL takes (0: no limit).
	max int
	// code checks one chunk: canonical value and whether System SSL is
	// known to support it; bad is the index of the first character that
	// cannot be part of a code (-1 if none).
	code func(chunk string) (value string, verified bool, bad int)
	// name recognises a name written where codes belong: the code to
	// write instead ("" when the name has no code in this form) and what
	// to say.
	name func(seg string) (want, msg string, ok bool)
	// unknown describes a well-formed code nobody knows.
	unknown func(chunk string) string
	// segment, when set, may take over a whole segment that is clearly
	// a mistake of form (2- vs 4-character cipher strings).
	segment func(p *parser, seg string, off int) bool
	// chunk, when set, may take over the chunk at i of seg (returning how
	// many bytes it consumed) before the ordinary reading.
	chunk func(p *parser, seg string, off, i int) int
	// fallback, when set, may explain a chunk the ordinary reading could
	// not use; it reports true when it did.
	fallback func(p *parser, chunk string, off int) bool
	// finish runs after the whole string was read.
	finish func(p *parser)
}

type parser struct {
	sp    *spec
	codes []Code
	probs []Problem
	// hexGroups counts group codes found written in hex.
	hexGroups int
}

func (p *parser) problem(off int, text string, kind ProblemKind, want, msg string) {
	p.probs = append(p.probs, Problem{Off: off, Text: text, Kind: kind, Msg: msg, Want: want})
}

// isBlank reports whether c is white space that may surround a value.
func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// isSep reports whether c separates codes (which z/OS does not allow).
func isSep(c byte) bool { return isBlank(c) || c == ',' || c == ';' }

// trim drops leading and trailing blanks and returns the offset of what
// is left.
func trim(s string) (string, int) {
	i, j := 0, len(s)
	for i < j && isBlank(s[i]) {
		i++
	}
	for j > i && isBlank(s[j-1]) {
		j--
	}
	return s[i:j], i
}

func parse(s string, sp *spec) ([]Code, []Problem) {
	p := &parser{sp: sp}
	t, off := trim(s)
	if t == "" {
		p.problem(off, t, ProblemEmpty, "", "no codes given: expected "+sp.form)
		return nil, p.probs
	}
	p.codes = make([]Code, 0, len(t)/sp.width)
	sepSeen := false
	for i := 0; i < len(t); {
		if isSep(t[i]) {
			j := i
			for j < len(t) && isSep(t[j]) {
				j++
			}
			if !sepSeen {
				sepSeen = true
				p.problem(off+i, t[i:j], ProblemSeparator, "", fmt.Sprintf(
					"%s between codes: System SSL expects %s run together, with no blanks or commas",
					describeSep(t[i:j]), sp.form))
			}
			i = j
			continue
		}
		j := i
		for j < len(t) && !isSep(t[j]) {
			j++
		}
		p.segment(t[i:j], off+i)
		i = j
	}
	if sp.max > 0 && len(p.codes) > sp.max {
		extra := p.codes[sp.max]
		p.problem(extra.Off, extra.Raw, ProblemTooMany, "", fmt.Sprintf(
			"%d %ss given: System SSL takes at most %d", len(p.codes), sp.noun, sp.max))
	}
	if sp.finish != nil {
		sp.finish(p)
	}
	sort.SliceStable(p.probs, func(i, j int) bool { return p.probs[i].Off < p.probs[j].Off })
	if len(p.codes) == 0 {
		p.codes = nil
	}
	return p.codes, p.probs
}

func describeSep(sep string) string {
	switch {
	case strings.ContainsAny(sep, ",;"):
		return fmt.Sprintf("%q", strings.TrimSpace(sep)[:1])
	default:
		return "a blank"
	}
}

// segment reads one run of characters without separators.
func (p *parser) segment(seg string, off int) {
	sp := p.sp
	// No name is longer than 64 characters; skip the lookup for long runs.
	if len(seg) <= 64 {
		if want, msg, ok := sp.name(seg); ok {
			p.problem(off, seg, ProblemName, want, msg)
			return
		}
	}
	if looksLikeName(seg) {
		want, msg := unknownName(sp, seg)
		p.problem(off, seg, ProblemUnknown, want, msg)
		return
	}
	if sp.segment != nil && sp.segment(p, seg, off) {
		return
	}
	w := sp.width
	whole := len(seg) - len(seg)%w
	misaligned := whole != len(seg)
	firstBad := -1
	for i := 0; i < whole; {
		if sp.chunk != nil {
			if n := sp.chunk(p, seg[:whole], off, i); n > 0 {
				i += n
				continue
			}
		}
		chunk := seg[i : i+w]
		value, verified, bad := sp.code(chunk)
		if (bad >= 0 || value == "") && sp.fallback != nil && sp.fallback(p, chunk, off+i) {
			i += w
			continue
		}
		if bad >= 0 || value == "" {
			// In a string whose length is off, everything after the first
			// bad code is probably shifted: report only that one.
			report := firstBad < 0 || !misaligned
			if firstBad < 0 {
				firstBad = i
			}
			if report && bad >= 0 {
				p.problem(off+i, chunk, ProblemNotCode, "", fmt.Sprintf(
					"%q is not a %s code: %q is not %s", chunk, sp.noun, chunk[bad:bad+1], digitKind(sp)))
			} else if report {
				p.problem(off+i, chunk, ProblemUnknown, "", sp.unknown(chunk))
			}
			i += w
			continue
		}
		p.codes = append(p.codes, Code{Value: value, Raw: chunk, Off: off + i})
		if !verified {
			p.problem(off+i, chunk, ProblemUnverified, "", unverifiedMsg(sp, value))
		}
		i += w
	}
	if misaligned {
		rest := seg[whole:]
		msg := fmt.Sprintf("%s is %d characters, not a multiple of %d: %q at the end is an incomplete code",
			quoteShort(seg), len(seg), w, rest)
		if firstBad >= 0 {
			msg += fmt.Sprintf("; the first code not recognised starts at character %d, so a character is probably missing or extra before it",
				off+firstBad+1)
		}
		p.problem(off+whole, rest, ProblemLength, "", msg)
	}
}

func digitKind(sp *spec) string {
	if sp == &groups {
		return "a decimal digit"
	}
	return "a hexadecimal digit"
}

// quoteShort quotes s, shortened in the middle when long.
func quoteShort(s string) string {
	if len(s) <= 24 {
		return strconv.Quote(s)
	}
	return strconv.Quote(s[:12]+"…"+s[len(s)-8:]) + " (the code string)"
}

// show returns s as it is when it is printable ASCII, quoted otherwise.
func show(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x21 || s[i] > 0x7e {
			return strconv.Quote(s)
		}
	}
	return s
}

// looksLikeName reports whether seg is shaped like a name rather than a
// code string: codes never contain underscores or hyphens.
func looksLikeName(seg string) bool { return strings.ContainsAny(seg, "_-") }

// unknownName explains a name nobody knows; for a cipher suite spelled
// with the SSL_ prefix of other products it also returns the code to write.
func unknownName(sp *spec, seg string) (want, msg string) {
	msg = fmt.Sprintf("%s looks like a %s name, and System SSL knows none of that name", show(seg), sp.noun)
	if sp != &cipher2 && sp != &cipher4 {
		return "", msg
	}
	u := strings.ToUpper(seg)
	if strings.HasPrefix(u, "SSL_") {
		if su, ok := SuiteByName("TLS_" + u[4:]); ok {
			want = su.Code4
			if sp == &cipher2 && su.Code2 != "" {
				want = su.Code2
			}
			return want, msg + fmt.Sprintf(": z/OS spells it %s (code %s)", su.Name, want)
		}
	}
	if len(seg) <= 64 {
		if sug := model.Suggest(seg, suiteNamesNear(len(seg))); len(sug) > 0 {
			su, _ := SuiteByName(sug[0])
			return "", msg + fmt.Sprintf(": did you mean %s (code %s)?", su.Name, su.Code4)
		}
	}
	return "", msg
}

// suiteNamesNear returns the suite names whose length is within 3 of n:
// model.Suggest accepts at most 3 edits, so no other name can match, and
// the edit distance is too costly to compute for all of them.
func suiteNamesNear(n int) []string {
	var out []string
	for _, name := range suiteNameList {
		if d := len(name) - n; d >= -3 && d <= 3 {
			out = append(out, name)
		}
	}
	return out
}

func unverifiedMsg(sp *spec, value string) string {
	name := ""
	switch sp {
	case &sigPairs:
		if a, ok := SigAlgByCode(value); ok {
			name = a.Name
		}
	case &groups:
		if g, ok := GroupByCode(value); ok {
			name = g.Name
		}
	}
	return fmt.Sprintf("%s (%s) is a standard %s, but whether System SSL supports it is unverified", value, name, sp.noun)
}

// hexVal reads chunk (at most 4 characters) as a hex number, in either
// case; bad is the index of the first character that is not a hex digit, or
// -1.
func hexVal(chunk string) (n uint16, bad int) {
	for i := 0; i < len(chunk); i++ {
		c := chunk[i]
		var d byte
		switch {
		case c >= '0' && c <= '9':
			d = c - '0'
		case c >= 'A' && c <= 'F':
			d = c - 'A' + 10
		case c >= 'a' && c <= 'f':
			d = c - 'a' + 10
		default:
			return 0, i
		}
		n = n<<4 | uint16(d)
	}
	return n, -1
}

// --- cipher suites ---------------------------------------------------------

var cipher2, cipher4 spec

func init() {
	cipher2 = spec{
		width: 2, noun: "cipher suite", form: "2-character cipher codes",
		code: func(chunk string) (string, bool, int) {
			n, bad := hexVal(chunk)
			if bad >= 0 {
				return "", false, bad
			}
			if s := suiteByLow[n]; s != nil {
				return s.Code4, true, -1
			}
			return "", false, -1
		},
		name: func(seg string) (string, string, bool) {
			s, ok := SuiteByName(seg)
			if !ok {
				return "", "", false
			}
			if s.Code2 == "" {
				return s.Code4, fmt.Sprintf(
					"%s is a cipher suite name where 2-character codes are expected, and it has no 2-character code: code %s in a 4-character string (V3CipherSuites4Char, GSK_V3_CIPHER_SPECS_EXPANDED)",
					seg, s.Code4), true
			}
			return s.Code2, fmt.Sprintf(
				"%s is a cipher suite name where 2-character codes are expected: its code is %s (AT-TLS takes a name only alone on a V3CipherSuites line)",
				seg, s.Code2), true
		},
		unknown: func(chunk string) string {
			return fmt.Sprintf("%s is not a cipher suite System SSL knows", show(strings.ToUpper(chunk)))
		},
		segment: fourInTwo,
		chunk:   fourOnlyInTwo,
	}
	cipher4 = spec{
		width: 4, noun: "cipher suite", form: "4-character cipher codes",
		code: func(chunk string) (string, bool, int) {
			n, bad := hexVal(chunk)
			if bad >= 0 {
				return "", false, bad
			}
			if s := suiteByNum.get(n); s != nil {
				return s.Code4, true, -1
			}
			return "", false, -1
		},
		name: func(seg string) (string, string, bool) {
			s, ok := SuiteByName(seg)
			if !ok {
				return "", "", false
			}
			return s.Code4, fmt.Sprintf(
				"%s is a cipher suite name where 4-character codes are expected: write its code, %s (AT-TLS takes names only on V3CipherSuites; a name here is not read as that suite)",
				seg, s.Code4), true
		},
		unknown: func(chunk string) string {
			return fmt.Sprintf("%s is not a cipher suite System SSL knows", show(strings.ToUpper(chunk)))
		},
		segment: twoInFour,
	}
}

// fourInTwo catches a string of 4-character codes given where 2-character
// codes belong ("003500380039" read two at a time is 00 35 00 38 00 39,
// which includes TLS_NULL_WITH_NULL_NULL). It reports the mistake once and
// returns what a 2-character reader finds.
func fourInTwo(p *parser, seg string, off int) bool {
	if len(seg) < 4 || len(seg)%4 != 0 {
		return false
	}
	var as4 []string
	for i := 0; i < len(seg); i += 4 {
		v, _, bad := cipher4.code(seg[i : i+4])
		if bad >= 0 || v == "" {
			return false
		}
		as4 = append(as4, v)
	}
	var as2 []string
	for i := 0; i < len(seg); i += 2 {
		chunk := seg[i : i+2]
		v, _, _ := cipher2.code(chunk)
		if v != "" {
			p.codes = append(p.codes, Code{Value: v, Raw: chunk, Off: off + i})
			as2 = append(as2, strings.ToUpper(chunk))
		} else {
			as2 = append(as2, strings.ToUpper(chunk)+"(unknown)")
		}
	}
	want := strings.ToUpper(seg)
	p.problem(off, seg, ProblemWidth, want, fmt.Sprintf(
		"%s is a string of 4-character codes (%s) where 2-character codes are expected; read two characters at a time it is %s, a different list: code it on V3CipherSuites4Char or GSK_V3_CIPHER_SPECS_EXPANDED",
		quoteShort(seg), listShort(as4), listShort(as2)))
	return true
}

// fourOnlyInTwo catches one 4-character-only suite (C02C, 1301) inside a
// 2-character string, where it would be read as two other codes. Like
// fourInTwo it reports the mistake and returns what a 2-character reader
// finds.
func fourOnlyInTwo(p *parser, seg string, off, i int) int {
	if i+4 > len(seg) { // seg holds whole codes only
		return 0
	}
	// Every 4-character-only suite starts C0 or 13.
	if c0, c1 := seg[i], seg[i+1]; !(c0 == '1' && c1 == '3') && !((c0 == 'C' || c0 == 'c') && c1 == '0') {
		return 0
	}
	pair := seg[i : i+4]
	v, _, bad := cipher4.code(pair)
	if bad >= 0 || v == "" {
		return 0
	}
	s := suiteByCode4[v]
	if !s.FourCharOnly() {
		return 0
	}
	// Return what a 2-character reader finds (13 and 01 in 1301 are suites).
	for j := i; j < i+4; j += 2 {
		if v2, _, _ := cipher2.code(seg[j : j+2]); v2 != "" {
			p.codes = append(p.codes, Code{Value: v2, Raw: seg[j : j+2], Off: off + j})
		}
	}
	p.problem(off+i, pair, ProblemWidth, s.Code4, fmt.Sprintf(
		"%s is %s, which has no 2-character code; in a 2-character string it reads as %s and %s: code it by name on its own V3CipherSuites line, or on V3CipherSuites4Char (GSK_V3_CIPHER_SPECS_EXPANDED)",
		s.Code4, s.Name, strings.ToUpper(pair[:2]), strings.ToUpper(pair[2:])))
	return 4
}

// twoInFour catches a string of 2-character codes given where 4-character
// codes belong ("35383932").
func twoInFour(p *parser, seg string, off int) bool {
	if len(seg) < 2 || len(seg)%2 != 0 {
		return false
	}
	// A string that starts with a valid 4-character code is read as one:
	// as 2-character codes it would start with 00 (TLS_NULL_WITH_NULL_NULL)
	// or a code that does not exist.
	if len(seg) >= 4 {
		if v, _, _ := cipher4.code(seg[:4]); v != "" {
			return false
		}
	}
	var want strings.Builder
	var as2 []string
	for i := 0; i < len(seg); i += 2 {
		v, _, _ := cipher2.code(seg[i : i+2])
		if v == "" {
			return false
		}
		want.WriteString(v)
		as2 = append(as2, strings.ToUpper(seg[i:i+2]))
	}
	p.problem(off, seg, ProblemWidth, want.String(), fmt.Sprintf(
		"%s is a string of 2-character codes (%s) where 4-character codes are expected: write %s",
		quoteShort(seg), listShort(as2), shorten(want.String(), 48)))
	return true
}

func listShort(l []string) string {
	if len(l) > 4 {
		return strings.Join(l[:4], " ") + " …"
	}
	return strings.Join(l, " ")
}

func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// --- signature algorithm pairs ----------------------------------------------

var sigPairs spec

var hashByte = map[string]string{"01": "MD5", "02": "SHA-1", "03": "SHA-224", "04": "SHA-256", "05": "SHA-384", "06": "SHA-512"}
var sigByte = map[string]string{"01": "RSA", "02": "DSA", "03": "ECDSA"}

func init() {
	sigPairs = spec{
		width: 4, noun: "signature algorithm pair", form: "4-character signature algorithm pair codes",
		code: func(chunk string) (string, bool, int) {
			n, bad := hexVal(chunk)
			if bad >= 0 {
				return "", false, bad
			}
			if a := sigByNum.get(n); a != nil {
				return a.Code, a.Verified, -1
			}
			return "", false, -1
		},
		name: func(seg string) (string, string, bool) {
			a, ok := SigAlgByName(seg)
			if !ok {
				return "", "", false
			}
			return a.Code, fmt.Sprintf("%s is a signature algorithm name where 4-character codes are expected: its code is %s", seg, a.Code), true
		},
		unknown: func(chunk string) string {
			u := strings.ToUpper(chunk)
			if h, ok := hashByte[u[:2]]; ok {
				if s, ok := sigByte[u[2:]]; ok {
					return fmt.Sprintf("%s (%s with %s) is not a signature algorithm pair System SSL knows", u, h, s)
				}
			}
			return fmt.Sprintf("%s is not a signature algorithm pair System SSL knows", show(u))
		},
	}
}

// --- groups ------------------------------------------------------------------

var groups spec

func init() {
	groups = spec{
		width: 4, noun: "group", form: "4-digit decimal group codes",
		code: func(chunk string) (string, bool, int) {
			n := 0
			for i := 0; i < len(chunk); i++ {
				c := chunk[i]
				if c < '0' || c > '9' {
					return "", false, i
				}
				n = n*10 + int(c-'0')
			}
			if g := groupByIANA.get(uint16(n)); g != nil {
				return g.Code, g.Verified, -1
			}
			return "", false, -1
		},
		name: func(seg string) (string, string, bool) {
			if strings.EqualFold(seg, "Any") {
				return "", "Any is not a group code: on ClientECurves it stands alone, instead of any codes", true
			}
			g, ok := GroupByName(seg)
			if !ok {
				return "", "", false
			}
			return g.Code, fmt.Sprintf("%s is a group name where 4-digit codes are expected: its z/OS code is %s", seg, g.Code), true
		},
		unknown: func(chunk string) string {
			return fmt.Sprintf("%s is not a group System SSL knows (z/OS group codes are the IANA number in decimal)", show(chunk))
		},
		fallback: hexGroup,
		finish:   ambiguousGroups,
	}
}

// hexGroup catches a group code written in hex: 0017 is secp256r1's IANA
// value 0x0017, whose z/OS code is 0023. It sees only chunks that are not
// a valid decimal code.
func hexGroup(p *parser, chunk string, off int) bool {
	g, ok := groupInHex(chunk)
	if !ok {
		return false // the ordinary reading reports it
	}
	p.hexGroups++
	p.problem(off, chunk, ProblemHexGroup, g.Code, fmt.Sprintf(
		"%s is %s written in hex; z/OS group codes are decimal: %s", chunk, g.Name, g.Code))
	return true
}

// groupInHex reads chunk as a hex number and finds the group with that IANA
// value.
func groupInHex(chunk string) (*Group, bool) {
	n, bad := hexVal(chunk)
	if bad >= 0 {
		return nil, false
	}
	g := groupByIANA.get(n)
	return g, g != nil
}

// ambiguousGroups notes, in a string where some codes were written in hex,
// the codes that are valid in decimal but name another group in hex (0019
// is secp192r1, but 0x19 is secp521r1).
func ambiguousGroups(p *parser) {
	if p.hexGroups == 0 {
		return
	}
	for _, c := range p.codes {
		other, ok := groupInHex(c.Value)
		if !ok || !other.Verified {
			continue // only groups System SSL is known to use are likely meant
		}
		g := groupByCode[c.Value]
		p.problem(c.Off, c.Raw, ProblemAmbiguous, other.Code, fmt.Sprintf(
			"%s reads as %s (decimal); other codes here are written in hex, and if this one is too it means %s: write %s",
			c.Raw, g.Name, other.Name, other.Code))
	}
}

// --- SSL V2 --------------------------------------------------------------------

var v2 spec

func init() {
	v2 = spec{
		width: 1, noun: "SSL V2 cipher", form: "1-character SSL V2 cipher codes", max: 10,
		code: func(chunk string) (string, bool, int) {
			if v, ok := v2ByCode[chunk]; ok {
				return v.Code, true, -1
			}
			return "", false, -1 // any other character: unknown
		},
		name: func(seg string) (string, string, bool) {
			v, ok := V2ByName(seg)
			if !ok {
				return "", "", false
			}
			return v.Code, fmt.Sprintf("%s is an SSL V2 cipher name where 1-character codes are expected: its code is %s", seg, v.Code), true
		},
		unknown: func(chunk string) string {
			return fmt.Sprintf("%s is not an SSL V2 cipher System SSL knows (the codes are 1 2 3 4 6 7)", show(chunk))
		},
	}
}
