package match

import (
	"testing"
)

func TestNames(t *testing.T) {
	for _, c := range []struct {
		pattern string
		in, out []string
	}{
		{"CICS*", []string{"CICS", "CICSA", "CICSPROD", "CICS$#@1"}, []string{"CIC", "CICX", "ACICS", "DICS"}},
		{"*", []string{"A", "Z9999999", "$"}, nil},
		{"START1", []string{"START1"}, []string{"START", "START10", "START2"}},
		{"colattls", []string{"COLATTLS"}, []string{"COLATTLJ"}},
	} {
		np, err := ParseNamePattern(c.pattern)
		if err != nil || !np.Over.Equal(np.Under) {
			t.Fatalf("%s: %v %v", c.pattern, err, np)
		}
		for _, n := range c.in {
			s, _ := exactName(n)
			if !np.Over.Contains(s) {
				t.Errorf("%s should match %s", c.pattern, n)
			}
		}
		for _, n := range c.out {
			s, _ := exactName(n)
			if np.Over.Overlaps(s) {
				t.Errorf("%s should not match %s", c.pattern, n)
			}
		}
		if got := formatNameSet(np.Over); got != map[bool]string{true: c.pattern, false: "COLATTLS"}[c.pattern != "colattls"] {
			t.Errorf("format %s = %s", c.pattern, got)
		}
	}
	np, _ := ParseNamePattern("C*PROD")
	if np.Note == "" || !np.Under.Empty() {
		t.Errorf("an inner * must be uncertain: %+v", np)
	}
	if _, err := ParseNamePattern("TOOLONGNAME"); err == nil {
		t.Error("a 9-character name must be refused")
	}
	for _, n := range []string{"A", "AB", "ABCDEFGH", "$#@"} {
		v, _ := encodeName(n)
		if decodeName(v) != n {
			t.Errorf("round trip %s: %s", n, decodeName(v))
		}
	}
}

func TestAddrSpec(t *testing.T) {
	for _, c := range []struct {
		words []string
		v4    string
		v6    string
	}{
		{[]string{"All"}, "all IPv4 addresses", "all IPv6 addresses"},
		{[]string{"10.1.2.3/24"}, "10.1.2.0/24", "nothing"},
		{[]string{"10.1.1.1-10.1.1.20"}, "10.1.1.1-10.1.1.20", "nothing"},
		{[]string{"10.1.1.1", "10.1.1.20"}, "10.1.1.1-10.1.1.20", "nothing"},
		{[]string{"10.1.1.20-10.1.1.1"}, "nothing", "nothing"},
		{[]string{"6793"}, "0.0.26.137", "nothing"},
		{[]string{"2001:db8::/32"}, "nothing", "2001:db8::/32"},
		{[]string{"::/0"}, "nothing", "all IPv6 addresses"},
		{[]string{"All4"}, "all IPv4 addresses", "nothing"},
	} {
		a, err := ParseAddrSpec(c.words)
		if err != nil {
			t.Fatalf("%v: %v", c.words, err)
		}
		if got := ATTLS.FormatSet(ALocal, a[0], 0); got != c.v4 {
			t.Errorf("%v IPv4: %s, want %s", c.words, got, c.v4)
		}
		if got := ATTLS.FormatSet(ALocal, a[1], 1); got != c.v6 {
			t.Errorf("%v IPv6: %s, want %s", c.words, got, c.v6)
		}
	}
	if _, err := ParseAddrSpec([]string{"10.1.1.1-2001:db8::1"}); err == nil {
		t.Error("a range across IP versions must be refused")
	}
}

func TestParseConnection(t *testing.T) {
	c, err := ParseConnection("local=[::ffff:10.1.1.2]:4000 remote=10.1.0.2:50000 job=colattls user=start1 dir=in time=2025-01-06T08:30+01:00")
	if err != nil {
		t.Fatal(err)
	}
	if c.Local.Addr().String() != "10.1.1.2" || c.Job != "COLATTLS" || !c.Inbound || c.At.Hour() != 8 || c.UTC.Hour() != 7 {
		t.Errorf("%+v", c)
	}
	for _, bad := range []string{
		"local=10.1.1.2:4000 remote=10.1.0.2:50000 job=A user=B",                     // no dir
		"local=10.1.1.2:4000 remote=[2001:db8::1]:5 job=A user=B dir=inbound",        // versions
		"local=10.1.1.2:0 remote=10.1.0.2:5 job=A user=B dir=inbound",                // port 0
		"local=10.1.1.2:4000 remote=10.1.0.2:5 job=TOOLONGJOB user=B dir=inbound",    // name
		"local=10.1.1.2:4000 remote=10.1.0.2:5 job=A user=B dir=inbound colour=blue", // key
	} {
		if _, err := ParseConnection(bad); err == nil {
			t.Errorf("%q should be refused", bad)
		}
	}
	pk, err := ParsePacket("src=10.1.0.2:50000 dst=10.1.1.2:22 proto=tcp dir=inbound")
	if err != nil || pk.SPort != 50000 || pk.DPort != 22 || pk.Proto != 6 || !pk.ConnectInbound {
		t.Errorf("%+v %v", pk, err)
	}
	if _, err := ParsePacket("src=10.1.0.2 dst=10.1.1.2 proto=icmp sport=5 dir=inbound"); err == nil {
		t.Error("ports on ICMP must be refused")
	}
}
