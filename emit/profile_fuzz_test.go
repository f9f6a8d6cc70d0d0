package emit

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
)

// FuzzFormatProfile: whatever the input, formatting a profile does not
// panic; a file with syntax errors is refused; when it formats, the text
// parses without errors to the same statements, words (up to the
// spelling of keywords), blocks, comments and typed model, formats to
// itself, and every record past column 80 is reported (checkProfile).
func FuzzFormatProfile(f *testing.F) {
	for _, fn := range profileCorpus(f) {
		if b, err := os.ReadFile(fn); err == nil {
			f.Add(b)
		}
	}
	for _, s := range []string{
		"dev d mpcipa\nlink l ipaqenet d\nhome 1.1.1.1 l\nstart d\n",
		"DEVICE PORT MPCIPA\nLINK HOME IPAQENET PORT\nHOME 1.1.1.1 HOME\n  2.2.2.2 LINK PRIMARY\nSTART PORT\n",
		"INTERFACE X ; c1\n ; c2\n DEFINE IPAQENET ; c3\n PORTNAME P IPADDR 1.1.1.1/24 ; c4\n",
		"DELETE ; c\n LINK X\nINTERFACE Y\n DELETE\n",
		"BEGINROUTES ; r\n ROUTE 10.0.0.0 255.0.0.0 = L MTU 1500 REPL ; x\n ; y\nENDROUTES ; z\n",
		"IPSEC\n IPSECRULE * * LOG PROTOCOL TCP SRCPORT 1 2 DESTPORT * ROUTING ROUTED FRAGMENTSONLY SECCLASS 3 DIRECTION INBOUND INBCONNECT\nENDIPSEC\n",
		"BSDROUTINGPARMS TRUE\n L 1500 0 255.0.0.0 0 PORT 1 2 3 4\nENDBSDROUTINGPARMS\n",
		"AUTOLOG 5\n FTPD JOBNAME FTPD1 ; c\n X PARMSTRING \"a ;\tb\"\nENDAUTOLOG\n",
		"VIPADYNAMIC\n VIPADISTRIBUTE DEFINE 1.1.1.1\n   PORT 20 21\nENDVIPADYNAMIC\n",
		"START A" + strings.Repeat(" ", 65) + "00010000\nENDROUTES\n",
		"; c" + strings.Repeat(" ", 69) + "12345678\nSTART A\n",
		"\xEF\xBB\xBFSTART\u00a0A\r\n;\tx\r\n",
		"INCLUDE " + strings.Repeat("X", 90) + "\nHOME 1.1.1.1 " + strings.Repeat("L", 80) + " ; " + strings.Repeat("c", 90) + "\n",
		"TCPCONFIG TTLS\n  TCPSENDBFRSIZE 64K ; one\n\n\n  FINWAIT2TIME 600\nPORT 20 TCP OMVS\n",
		"STOP A ; " + strings.Repeat("x", 70) + "\nBEGINROUTES\nROUTE DEFAULT 1.1.1.1 L MTU 1500 ; " + strings.Repeat("y", 60) + "\nENDROUTES ; " + strings.Repeat("z", 75) + "\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, ok := checkProfile(t, "fuzz.prof", data); !ok {
			_, _, err := FormatProfile("fuzz.prof", data)
			var fe *FormatError
			if !errors.As(err, &fe) {
				t.Fatalf("not formatted, but not refused either: %v", err)
			}
		}
	})
}

// TestProfileRandom formats profiles put together at random from the
// pieces that make layout hard (names that spell keywords, words longer
// than a record, comments of every length in every place, blank
// records, tabs, sequence numbers, quoted strings) and checks each as
// FuzzFormatProfile does. The seed is fixed: the same profiles every run.
func TestProfileRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 3000
	if testing.Short() {
		n = 300
	}
	ok := 0
	for i := 0; i < n; i++ {
		data := randomProfile(rng)
		if _, formatted := checkProfile(t, fmt.Sprintf("random-%d.prof", i), data); formatted {
			ok++
		}
	}
	t.Logf("%d of %d random profiles formatted", ok, n)
	if ok < n/3 {
		t.Errorf("only %d of %d random profiles formatted", ok, n)
	}
}

func randomProfile(rng *rand.Rand) []byte {
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	word := func() string {
		switch rng.IntN(12) {
		case 0:
			return pick("PORT", "HOME", "LINK", "DEVICE", "ROUTE", "START", "dev", "Interface")
		case 1:
			return strings.Repeat("W", 20+rng.IntN(80))
		case 2:
			return pick("&SYSNAME.", "OSA&SYSCLONE.", "USER.&SYSNAME..TCPPARMS(X)")
		case 3:
			return pick(`"a b"`, "\"x;\ty\"", `"--opt=1"`)
		case 4:
			return pick("10.1.1.1", "10.0.0.0/8", "255.255.255.0", "2001:DB8::1", "*", "-", "=")
		case 5:
			return pick("mtu", "MTU", "ipaddr", "PRIROUTER", "vmac", "routeall", "protocol", "tcp", "srcport", "PRIMARY", "define", "ipaqenet", "delete")
		case 6:
			return fmt.Sprint(rng.IntN(70000))
		}
		return pick("A", "NAME1", "osa1", "PortB", "L1", "JOBNAME", "OMVS", "FTPD1", "x")
	}
	comment := func() string {
		return ";" + strings.Repeat(pick("c", " ", "\t", "=", "é"), rng.IntN(95))
	}
	var b strings.Builder
	sep := func() {
		switch rng.IntN(10) {
		case 0:
			b.WriteString(" " + comment() + "\n" + strings.Repeat(" ", rng.IntN(6)))
		case 1:
			b.WriteString("\n" + comment() + "\n  ")
		case 2:
			b.WriteString("\n\t")
		case 3:
			b.WriteString("\u00a0")
		default:
			b.WriteString(pick(" ", "  ", "\t"))
		}
	}
	statement := func(kw string, nargs int) {
		b.WriteString(kw)
		for k := 0; k < nargs; k++ {
			sep()
			b.WriteString(word())
		}
		if rng.IntN(3) == 0 {
			b.WriteString(" " + comment())
		}
		b.WriteString(pick("\n", "\n", "\r\n", "\n\n", "   \n"))
	}
	for s := rng.IntN(12); s >= 0; s-- {
		if rng.IntN(4) == 0 {
			b.WriteString(strings.Repeat(" ", rng.IntN(4)) + comment() + "\n")
		}
		switch rng.IntN(14) {
		case 0:
			b.WriteString("BEGINROUTES" + pick("", " ; r") + "\n")
			for r := rng.IntN(3); r >= 0; r-- {
				statement("  ROUTE", 3+rng.IntN(8))
			}
			b.WriteString(pick("", "; before end\n") + "ENDROUTES" + pick("", " ; e", " "+comment()) + "\n")
		case 1:
			b.WriteString("IPSEC " + pick("", "LOGENABLE", "logimplicit") + "\n")
			for r := rng.IntN(3); r >= 0; r-- {
				statement(pick("  IPSECRULE", "  ipsec6rule"), 2+rng.IntN(14))
			}
			b.WriteString("ENDIPSEC\n")
		case 2:
			statement("AUTOLOG", 1+rng.IntN(8))
			b.WriteString("ENDAUTOLOG\n")
		case 3:
			b.WriteString("VIPADYNAMIC\n")
			statement(pick("  VIPADEFINE", "  VIPARANGE", "  VIPADISTRIBUTE"), rng.IntN(8))
			b.WriteString("ENDVIPADYNAMIC\n")
		case 4:
			statement(pick("START", "STOP", "INCLUDE", "PRIMARYINTERFACE"), 1)
		case 5:
			b.WriteString("HOME")
			for e := rng.IntN(4); e >= 0; e-- {
				sep()
				b.WriteString(pick("10.1.1.1", "&HOMEIP.", "2001:DB8::9") + " " + word())
				if rng.IntN(3) == 0 {
					b.WriteString(" PRIMARY")
				}
			}
			b.WriteString("\n")
		case 6:
			b.WriteString("BSDROUTINGPARMS " + pick("TRUE", "false") + "\n")
			for e := rng.IntN(3); e >= 0; e-- {
				statement("  "+word(), 4)
			}
			b.WriteString("ENDBSDROUTINGPARMS\n")
		case 7:
			line := pick("START A", "DEVICE D MPCIPA", "ENDROUTES", "")
			if line == "ENDROUTES" {
				b.WriteString("BEGINROUTES\n")
			}
			b.WriteString(line + strings.Repeat(" ", max(0, 72-len(line))) + fmt.Sprintf("%08d", rng.IntN(99999999)) + "\n")
		default:
			statement(pick("DEVICE", "dev", "LINK", "INTERFACE", "interf", "ROUTE", "TCPCONFIG", "IPCONFIG", "PORT", "GLOBALCONFIG", "DELETE", "SMFCONFIG", "udpconfig"), rng.IntN(16))
		}
	}
	if rng.IntN(5) == 0 {
		b.WriteString(comment() + "\n")
	}
	out := []byte(b.String())
	if rng.IntN(10) == 0 {
		out = append([]byte("\xEF\xBB\xBF"), out...)
	}
	return out
}
