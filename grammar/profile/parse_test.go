package profile

import (
	"bytes"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// shape renders the statements of a file compactly for table tests:
// "NAME arg arg" per statement, blocks as "NAME [sub; sub] END".
func shape(list []*Statement) string {
	var parts []string
	for _, s := range list {
		p := s.Name
		switch {
		case s.Placeholder:
			p = "<...>"
		case s.Unknown:
			p = "?" + s.Tokens[0].Text
		}
		for _, a := range s.Args() {
			p += " " + a.Text
		}
		if s.Block {
			p += " [" + shape(s.Body) + "]"
			if len(s.End) > 0 {
				p += " " + strings.ToUpper(s.End[0].Text)
			}
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, "; ")
}

func codes(f *File) string {
	var cs []string
	for _, d := range f.Diagnostics {
		cs = append(cs, fmt.Sprintf("%s@%d:%d", d.Code, d.Span.Line, d.Span.Col))
	}
	return strings.Join(cs, " ")
}

func mustParse(t *testing.T, src string) *File {
	t.Helper()
	f, err := Parse("t.prof", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Bytes(); !bytes.Equal(got, []byte(src)) {
		t.Fatalf("written back differs:\n%q\n%q", got, src)
	}
	return f
}

func TestStatements(t *testing.T) {
	tests := []struct {
		name, src, shape, codes string
	}{
		{"device link mpcipa", "DEVICE PORTA MPCIPA PRIROUTER\nLINK ETH1 IPAQENET PORTA\n",
			"DEVICE PORTA MPCIPA PRIROUTER; LINK ETH1 IPAQENET PORTA", ""},
		{"device abbreviated", "DEVice VIPA1 VIRTual 0\nlink vipa1l virtual 0 vipa1\n",
			"DEVICE VIPA1 VIRTual 0; LINK vipa1l virtual 0 vipa1", ""},
		{"device too short an abbreviation", "DE X MPCIPA\n", "?DE X MPCIPA", "PR105@1:1"},
		{"link continued", "LINK ETH1\n  IPAQENET\n  PORTA INBPERF DYNAMIC\n",
			"LINK ETH1 IPAQENET PORTA INBPERF DYNAMIC", ""},
		{"interface define", "INTERFACE ETH1\n DEFINE IPAQENET\n PORTNAME PORTA\n IPADDR 10.1.1.2/24\n",
			"INTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2/24", ""},
		{"interface abbreviated", "INTERFace ETH1 DEFINE VIRTUAL IPADDR 9.1.1.1\n",
			"INTERFACE ETH1 DEFINE VIRTUAL IPADDR 9.1.1.1", ""},
		{"interface delete on its own record", "INTERFACE ETH1\n  DELEte\nSTART X\n",
			"INTERFACE ETH1 DELEte; START X", ""},
		{"delete link", "DELETE LINK ETH1\nDELEte DEVice PORTA\n", "DELETE LINK ETH1; DELETE DEVice PORTA", ""},
		{"delete port is not a PORT statement", "DELETE PORT 20 TCP OMVS\n", "DELETE PORT 20 TCP OMVS", ""},
		{"home pairs", "HOME\n 10.1.1.1 ETH1\n 10.1.1.2 ETH2 PRIMARY\n 10.1.1.3 ETH3\nSTART A\n",
			"HOME 10.1.1.1 ETH1 10.1.1.2 ETH2 PRIMARY 10.1.1.3 ETH3; START A", ""},
		{"home ended by endhome", "HOME\n 10.1.1.1 ETH1\nENDHOME\nSTART A\n",
			"HOME 10.1.1.1 ETH1; ?ENDHOME; START A", "PR105@3:1"},
		{"home link named like a keyword", "HOME 10.1.1.1 START\nSTART START\n",
			"HOME 10.1.1.1 START; START START", ""},
		{"home symbol", "HOME &HOMEIPADDRESS1 ETH1\n", "HOME &HOMEIPADDRESS1 ETH1", ""},
		{"enddevice", "DEVICE PORTA MPCIPA\nENDDEVICE\n", "DEVICE PORTA MPCIPA; ?ENDDEVICE", "PR105@2:1"},
		{"start one argument", "START PORTA EXTRA\n", "START PORTA; ?EXTRA", "PR105@1:13"},
		{"start name on the next record", "START\n  PORTA\nSTOP PORTB\n", "START PORTA; STOP PORTB", ""},
		{"start abbreviated leniently", "STOP X\nSTA PORTA\n", "STOP X; START PORTA", "PR112@2:1"},
		{"routes block", "BEGINROUTES\n ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\n ROUTE 10.1.0.0/16 = ETH1 MTU 1500\nENDROUTES\n",
			"BEGINROUTES [ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492; ROUTE 10.1.0.0/16 = ETH1 MTU 1500] ENDROUTES", ""},
		{"routes abbreviated", "BEGINRoutes\nRoute DEFAULT6 FE80::1 OSA6 MTU 5000 REPL\nEndRoutes\n",
			"BEGINROUTES [ROUTE DEFAULT6 FE80::1 OSA6 MTU 5000 REPL] ENDROUTES", ""},
		{"routes missing end", "BEGINROUTES\n ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\nSTART PORTA\n",
			"BEGINROUTES [ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492]; START PORTA", "PR106@1:1"},
		{"routes never closed", "BEGINROUTES\n ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\n",
			"BEGINROUTES [ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492]", "PR106@1:1"},
		{"stray end", "ENDROUTES\n", "ENDROUTES", "PR107@1:1"},
		{"route outside block", "ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\n", "ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492", "PR108@1:1"},
		{"ipsec block", "IPSEC LOGENABLE\n IPSECRULE * * NOLOG PROTOCOL ICMP\n IPSEC6RULE * * LOG\nENDIPSEC\n",
			"IPSEC LOGENABLE [IPSECRULE * * NOLOG PROTOCOL ICMP; IPSEC6RULE * * LOG] ENDIPSEC", ""},
		{"ipsecrule abbreviated", "IPSEC\nIPSECR 10.1.1.0/24 * ROUTING EITHER\nENDIPSEC\n",
			"IPSEC [IPSECRULE 10.1.1.0/24 * ROUTING EITHER] ENDIPSEC", ""},
		{"autolog verbatim block", "AUTOLOG 5\n FTPD JOBNAME FTPD1\n PORT\nENDAUTOLOG\nPORT 21 TCP FTPD1\n",
			"AUTOLOG 5 FTPD JOBNAME FTPD1 PORT [] ENDAUTOLOG; PORT 21 TCP FTPD1", ""},
		{"autolog abbreviated", "AUTOLog 5\n FTPD\nENDAUTOLog\n", "AUTOLOG 5 FTPD [] ENDAUTOLOG", ""},
		{"vipadynamic keeps port", "VIPADYNAMIC\n VIPADEFINE 255.255.255.0 10.1.1.9\n VIPADISTRIBUTE DEFINE 10.1.1.9\n   PORT 20 21 DESTIP ALL\nENDVIPADYNAMIC\n",
			"VIPADYNAMIC [VIPADEFINE 255.255.255.0 10.1.1.9; VIPADISTRIBUTE DEFINE 10.1.1.9 PORT 20 21 DESTIP ALL] ENDVIPADYNAMIC", ""},
		{"bsdroutingparms", "BSDROUTINGPARMS TRUE\n ETH1 1492 0 255.255.255.0 0\nENDBSDROUTINGPARMS\n",
			"BSDROUTINGPARMS TRUE ETH1 1492 0 255.255.255.0 0 [] ENDBSDROUTINGPARMS", ""},
		{"verbatim statements", "PORT\n 20 TCP OMVS NOAUTOLOG\n 21 TCP FTPD1\nSMFCONFIG TYPE119 TCPTERM\nITRACE OFF\n",
			"PORT 20 TCP OMVS NOAUTOLOG 21 TCP FTPD1; SMFCONFIG TYPE119 TCPTERM; ITRACE OFF", ""},
		{"include", "INCLUDE USER.TCPPARMS(DEVS)\nINCLUDE /etc/tcpip/routes.prof\n",
			"INCLUDE USER.TCPPARMS(DEVS); INCLUDE /etc/tcpip/routes.prof", ""},
		{"placeholder records", "DEVICE A MPCIPA\n...\nHOME ...\n 10.1.1.1 L\n", "DEVICE A MPCIPA; <...>; HOME ... 10.1.1.1 L",
			"PR104@2:1 PR104@3:6"},
		{"unknown first word", "FOO BAR\nSTART A\n", "?FOO BAR; START A", "PR105@1:1"},
		{"semicolon glued", "START PORTA;comment\n", "START PORTA;comment", "PR109@1:12"},
		{"quoted string", "AUTOLOG\n TRMD PARMSTRING \"-d 1 ; x\"\nENDAUTOLOG\n",
			"AUTOLOG TRMD PARMSTRING \"-d 1 ; x\" [] ENDAUTOLOG", ""},
		{"quoted string not closed", "AUTOLOG\n TRMD PARMSTRING \"-d 1\nENDAUTOLOG\n",
			"AUTOLOG TRMD PARMSTRING \"-d 1 [] ENDAUTOLOG", "PR111@2:18"},
		{"gateway is still a statement", "GATEWAY\n 9.0.0.0 = ETH1 1500 0\nSTART A\n", "GATEWAY 9.0.0.0 = ETH1 1500 0; START A", ""},
		{"empty", "; nothing here\n\n", "", "PR114@1:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := mustParse(t, tc.src)
			if got := shape(f.Statements); got != tc.shape {
				t.Errorf("statements\n got %s\nwant %s", got, tc.shape)
			}
			if got := codes(f); got != tc.codes {
				t.Errorf("diagnostics\n got %s\nwant %s\n%v", got, tc.codes, f.Diagnostics)
			}
		})
	}
}

func TestComments(t *testing.T) {
	src := "; leading one\n\t; leading two\nINTERFACE ETH1 ; after the name\n  DEFINE IPAQENET\n; inside\n  PORTNAME PORTA ; trailing\n" +
		"BEGINROUTES ; routes\n ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\n ; before end\nENDROUTES ; end\n; at the end\n"
	f := mustParse(t, src)
	in := f.Statements[0]
	if got := texts(in.Leading); strings.Join(got, "|") != "; leading one|; leading two" {
		t.Errorf("leading %q", got)
	}
	if got := texts(in.Inner); strings.Join(got, "|") != "; after the name|; inside" {
		t.Errorf("inner %q", got)
	}
	if in.Trailing == nil || in.Trailing.Text != "; trailing" {
		t.Errorf("trailing %v", in.Trailing)
	}
	br := f.Statements[1]
	if br.Trailing == nil || br.Trailing.Text != "; routes" {
		t.Errorf("block trailing %v", br.Trailing)
	}
	if got := texts(br.EndComments); strings.Join(got, "|") != "; before end|; end" {
		t.Errorf("end comments %q", got)
	}
	if got := texts(f.Comments); strings.Join(got, "|") != "; at the end" {
		t.Errorf("file comments %q", got)
	}
	if c := in.Leading[1]; c.Span.Line != 2 || c.Span.Col != 2 {
		t.Errorf("comment after a tab at %v", c.Span)
	}
}

func TestPositions(t *testing.T) {
	f := mustParse(t, "  INTERFACE   ETH1\n\tDEFINE IPAQENET ; x\n")
	s := f.Statements[0]
	sp := s.Span()
	if sp.Line != 1 || sp.Col != 3 || sp.EndLine != 2 || sp.EndCol != 17 {
		t.Errorf("span %+v", sp)
	}
	if a := s.Args()[0]; a.Line != 1 || a.Col != 15 || a.EndCol != 19 {
		t.Errorf("arg %+v", a)
	}
}

func TestRoundTripEdits(t *testing.T) {
	f := mustParse(t, "START PORTA ; old\nSTOP PORTB\n")
	f.Statements[0].Tokens[1].Text = "ETH1"
	if got := string(f.Bytes()); got != "START ETH1 ; old\nSTOP PORTB\n" {
		t.Errorf("edited: %q", got)
	}
}

func TestRoundTripOddBytes(t *testing.T) {
	for _, src := range []string{
		"", "\n", "\r\n", "START A", "START A\r\nSTOP B\r\n", "\xEF\xBB\xBFSTART A\n",
		"START\x00A\n", "START \xff A\n", "; only \x01 comment", "START\u00a0A\n",
		strings.Repeat(" ", 80) + "\n", "\"open quote\n", "...\n…\n",
	} {
		f, err := Parse("x", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if got := string(f.Bytes()); got != src {
			t.Errorf("%q written back as %q", src, got)
		}
	}
}

func TestBadBytes(t *testing.T) {
	f := mustParse(t, "\xEF\xBB\xBFSTART\x01A\nSTOP B ; \x02\nSTOP\u00a0C\n")
	if got := codes(f); got != "PR113@1:1 PR101@1:6 PR102@2:10 PR103@3:5" {
		t.Errorf("diagnostics %s: %v", got, f.Diagnostics)
	}
	if got := shape(f.Statements); got != "START A; STOP B; STOP C" {
		t.Errorf("statements %s", got)
	}
}

func TestSequenceNumbers(t *testing.T) {
	line := "START PORTA" + strings.Repeat(" ", 61) + "00010000\n"
	f := mustParse(t, line)
	if got := codes(f); got != "PR110@1:73" {
		t.Errorf("diagnostics %s", got)
	}
}

func TestKeywords(t *testing.T) {
	ks := Keywords()
	if !sort.StringsAreSorted(ks) || len(ks) < 40 {
		t.Errorf("keywords %v", ks)
	}
	for w, want := range map[string]string{"DEVice": "DEVICE", "dev": "DEVICE", "INTERF": "INTERFACE", "INTER": "",
		"bsdr": "BSDROUTINGPARMS", "IPCONF": "IPCONFIG", "IPCONFIG6": "IPCONFIG6", "PORTR": "PORTRANGE", "ENDR": "ENDROUTES",
		"autol": "AUTOLOG", "delE": "DELETE", "ipsecr": "IPSECRULE", "EQENET": ""} {
		if got := Canonical(w); got != want {
			t.Errorf("Canonical(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestHasSymbol(t *testing.T) {
	for s, want := range map[string]bool{"&SYSNAME.": true, "A&B": true, "&&": false, "&1": false, "AB&": false, "x&&y": true} {
		if HasSymbol(s) != want {
			t.Errorf("HasSymbol(%q) = %v", s, !want)
		}
	}
}

func TestOutline(t *testing.T) {
	f := mustParse(t, "; c\nBEGINROUTES\n ROUTE DEFAULT = E MTU 1 ; t\nENDROUTES\n")
	o := f.Outline(true).(*OFile)
	if o.Kind != "profile" || len(o.Statements) != 1 {
		t.Fatalf("%+v", o)
	}
	s := o.Statements[0]
	if s.At != "2:1-4:10" || s.End != "ENDROUTES" || len(s.Block) != 1 || s.Block[0].Comment != "; t" || s.Comments[0] != "; c" {
		t.Errorf("%+v %+v", s, s.Block[0])
	}
	if o2 := (&File{Name: "e"}).Outline(false).(*OFile); o2.Statements == nil {
		t.Error("empty outline must hold an empty list")
	}
}
