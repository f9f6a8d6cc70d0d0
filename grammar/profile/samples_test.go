package profile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

func readSample(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(golden.Samples(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// The samples README: tcpip-device-link-clean.prof holds DEVICE, LINK,
// HOME, a BEGINROUTES block and START; tcpip-interface-expected.prof one
// INTERFACE statement; tcpip-interface-multiline.prof one INTERFACE
// statement over several records with a comment inside.
func TestSamplesParse(t *testing.T) {
	tests := []struct {
		file, shape string
		comments    int
	}{
		{"tcpip-device-link-clean.prof",
			"DEVICE PORTA MPCIPA; LINK ETH1 IPAQENET PORTA; HOME 10.1.1.2 ETH1; BEGINROUTES [ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492] ENDROUTES; START PORTA", 1},
		{"tcpip-interface-expected.prof",
			"INTERFACE ETH1 DEFINE IPAQENET CHPIDTYPE OSD IPADDR 10.1.1.2 PORTNAME PORTA", 0},
		{"tcpip-interface-multiline.prof",
			"INTERFACE JFPORTCP4 DEFINE IPAQENET CHPIDTYPE OSD IPADDR 10.1.1.2 PORTNAME PORTA", 1},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := Parse(tc.file, readSample(t, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			if got := shape(f.Statements); got != tc.shape {
				t.Errorf("statements\n got %s\nwant %s", got, tc.shape)
			}
			if len(f.Diagnostics) != 0 {
				t.Errorf("unexpected diagnostics %v", f.Diagnostics)
			}
			n := 0
			f.Walk(func(s, _ *Statement) { n += len(s.Leading) + len(s.Inner) })
			if n != tc.comments {
				t.Errorf("%d comments, want %d", n, tc.comments)
			}
		})
	}
}

// tcpip-device-link.prof: a positioned error for each "..." record.
func TestSampleDeviceLinkPlaceholders(t *testing.T) {
	name := "tcpip-device-link.prof"
	data := readSample(t, name)
	f, err := Parse(name, data)
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for _, d := range f.Diagnostics {
		if d.Code != CodePlaceholder {
			t.Errorf("unexpected %v", d)
			continue
		}
		got = append(got, d.Span.Line)
	}
	var want []int
	for i, l := range strings.Split(string(data), "\n") {
		if strings.Contains(l, "...") {
			want = append(want, i+1)
		}
	}
	if len(want) == 0 || len(got) != len(want) {
		t.Fatalf("placeholder errors on lines %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("placeholder errors on lines %v, want %v", got, want)
		}
	}
}

// Every sample, of whatever kind, is written back byte for byte, and
// profiles are recognised while the other kinds are not.
func TestSamplesRoundTripAndScore(t *testing.T) {
	dir := golden.Samples(t)
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		f, err := Parse(e.Name(), data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.Bytes(), data) {
			t.Errorf("%s: written back differs", e.Name())
		}
		sc := Score(e.Name(), data)
		switch {
		case strings.HasPrefix(e.Name(), "tcpip-") || strings.HasPrefix(e.Name(), "obey-"):
			if sc < 50 {
				t.Errorf("%s: score %d, want at least 50", e.Name(), sc)
			}
		case strings.HasSuffix(e.Name(), ".conf") || strings.HasSuffix(e.Name(), ".env"):
			if sc != 0 {
				t.Errorf("%s: score %d, want 0", e.Name(), sc)
			}
		default:
			if sc > 20 {
				t.Errorf("%s: score %d, want at most 20", e.Name(), sc)
			}
		}
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		src    string
		lo, hi int
	}{
		{"TTLSRule r\n{\n  LocalPortRange 4000\n}\n", 0, 0},
		{"IpFilterPolicy\n{\n  PolicyScope Both\n}\n", 0, 0},
		{"*.TCPIP.*.err /var/log/tcpip\n*.INETD.*.debug /var/log/inetd\n", 0, 0},
		{"# comment\nGSK_V3_CIPHER_SPECS_EXPANDED=C02CC02B\nGSK_PROTOCOL_TLSV1_2=ON\n", 0, 0},
		{"DEVICE PORTA MPCIPA\nLINK ETH1 IPAQENET PORTA\nHOME 10.1.1.1 ETH1\n", 90, 90},
		{"; profile\nTCPCONFIG TTLS\nIPCONFIG IPSECURITY\n", 90, 90},
		{"hello world\nthis is prose about an interface\n", 0, 20},
		{"; only a comment\n", 10, 10},
	}
	for _, tc := range tests {
		if got := Score("x", []byte(tc.src)); got < tc.lo || got > tc.hi {
			t.Errorf("Score(%q) = %d, want %d-%d", tc.src, got, tc.lo, tc.hi)
		}
	}
}
