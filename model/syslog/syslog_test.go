package syslog

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	gsyslog "github.com/zosnet/znet/grammar/syslog"
)

func config(t *testing.T, name, text string) *Config {
	t.Helper()
	f, err := gsyslog.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if f.Diags().HasErrors() {
		t.Fatalf("syntax errors: %v", f.Diags())
	}
	return New(f)
}

func sample(t *testing.T, name string) *Config {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(golden.Samples(t), name))
	if err != nil {
		t.Fatal(err)
	}
	return config(t, name, string(data))
}

// An AT-TLS info message (job TCPIP, the default SyslogFacility daemon)
// lands in the info and the debug file of syslog-attls-trace.conf: a
// priority selects that level and every more severe one, so the debug
// rule takes it as well, and the warning and err rules do not.
func TestSampleATTLSTrace(t *testing.T) {
	c := sample(t, "syslog-attls-trace.conf")
	got := c.Destinations(Message{Job: "TCPIP", Facility: "daemon", Priority: Info})
	want := []string{"/var/log/TCPIPdebug.%Y.%m.%d", "/var/log/TCPIPinfo.%Y.%m.%d"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AT-TLS info goes to %q, want %q", got, want)
	}
	// An err from the stack goes to every TCPIP file and the catch-all.
	got = c.Destinations(Message{Job: "TCPIP", Facility: "daemon", Priority: Err})
	want = []string{"/var/log/errors", "/var/log/TCPIPdebug.%Y.%m.%d", "/var/log/TCPIP.%Y.%m.%d",
		"/var/log/TCPIPerr.%Y.%m.%d", "/var/log/TCPIPinfo.%Y.%m.%d"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("TCPIP err goes to %q, want %q", got, want)
	}
	// With SyslogFacility Auth, the auth rule takes it too.
	got = c.Destinations(Message{Job: "TCPIP", Facility: "auth", Priority: Info})
	want = []string{"/var/log/auth", "/var/log/TCPIPdebug.%Y.%m.%d", "/var/log/TCPIPinfo.%Y.%m.%d"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("AT-TLS info (auth) goes to %q, want %q", got, want)
	}
	// *.Pagent.*.* is matched ignoring case.
	if got := c.Destinations(Message{Job: "PAGENT", Facility: "daemon", Priority: Debug}); len(got) != 1 || got[0] != "/var/log/Pagent.%Y.%m.%d" {
		t.Errorf("PAGENT debug goes to %q", got)
	}
}

// syslog-ipfilter.conf writes no message of job TCPIP below err anywhere,
// whatever its facility; err and more severe go to the catch-all.
func TestSampleIPFilter(t *testing.T) {
	c := sample(t, "syslog-ipfilter.conf")
	for _, fac := range append([]string{"daemon", "auth"}, gsyslog.Facilities...) {
		for p := Warning; p <= Debug; p++ {
			m := Message{Job: "TCPIP", Facility: fac, Priority: p}
			if d := c.Destinations(m); len(d) != 0 {
				t.Errorf("%v goes to %v, want nowhere", m, d)
			}
		}
		for p := Emerg; p <= Err; p++ {
			m := Message{Job: "TCPIP", Facility: fac, Priority: p}
			if d := c.Destinations(m); !reflect.DeepEqual(d, []string{"/var/log/errors"}) {
				t.Errorf("%v goes to %v, want /var/log/errors", m, d)
			}
		}
	}
	if d := c.Destinations(Message{Job: "TRMD1", Facility: "daemon", Priority: Info}); !reflect.DeepEqual(d, []string{"/var/log/TRMD1I.%Y.%m.%d"}) {
		t.Errorf("TRMD1 info goes to %v", d)
	}
	if c.Written(Message{Job: "TRMD1", Facility: "daemon", Priority: Debug}) {
		t.Error("TRMD1 debug is written")
	}
}

func TestMatching(t *testing.T) {
	c := config(t, "t.conf", strings.Join([]string{
		"*.*;mail.none;*.TCPIP.*.none /var/log/all",
		"mail.none;*.err /var/log/err",
		"START1.FTPD*.daemon.notice /var/log/ftp",
		"(10.1.0.0/16).local7.info /var/log/routers",
		"*.TTLS*.*.debug /var/log/ttls",
		"user.*;user.warning /var/log/user",
	}, "\n"))
	tests := []struct {
		m    Message
		want []string
	}{
		{Message{Job: "X", Facility: "daemon", Priority: Debug}, []string{"/var/log/all"}},
		{Message{Job: "X", Facility: "mail", Priority: Err}, []string{"/var/log/err"}},
		{Message{Job: "TCPIP", Facility: "daemon", Priority: Info}, nil},
		{Message{Job: "TCPIP", Facility: "daemon", Priority: Crit}, []string{"/var/log/err"}},
		{Message{Job: "FTPD1", User: "START1", Facility: "daemon", Priority: Notice}, []string{"/var/log/all", "/var/log/ftp"}},
		{Message{Job: "FTPD1", User: "OTHER", Facility: "daemon", Priority: Notice}, []string{"/var/log/all"}},
		{Message{Job: "FTPD1", Facility: "daemon", Priority: Notice}, []string{"/var/log/all"}},
		{Message{Host: "10.1.2.3", Facility: "local7", Priority: Info}, []string{"/var/log/all", "/var/log/routers"}},
		{Message{Host: "10.2.2.3", Facility: "local7", Priority: Info}, []string{"/var/log/all"}},
		{Message{Job: "TTLSX", Facility: "auth", Priority: Debug}, []string{"/var/log/all", "/var/log/ttls"}},
		{Message{Job: "X", Facility: "user", Priority: Info}, []string{"/var/log/all"}},
		{Message{Job: "X", Facility: "user", Priority: Warning}, []string{"/var/log/all", "/var/log/user"}},
	}
	for _, tt := range tests {
		if got := c.Destinations(tt.m); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%v goes to %q, want %q", tt.m, got, tt.want)
		}
	}
}

func TestATTLSSender(t *testing.T) {
	for _, tt := range []struct {
		trace int
		want  Priority
	}{{0, Err}, {1, Err}, {2, Err}, {3, Err}, {4, Info}, {6, Info}, {8, Debug}, {255, Debug}} {
		if s := ATTLS("TCPIP", "", tt.trace); s.Priority != tt.want || len(s.Facilities) != 2 {
			t.Errorf("ATTLS trace %d = %v %v, want %v", tt.trace, s.Priority, s.Facilities, tt.want)
		}
	}
}

func TestParsePriority(t *testing.T) {
	for in, want := range map[string]Priority{"panic": Emerg, "ERROR": Err, "warn": Warning, "debug": Debug} {
		if p, err := ParsePriority(in); err != nil || p != want {
			t.Errorf("ParsePriority(%q) = %v, %v", in, p, err)
		}
	}
	for _, in := range []string{"none", "*", "infoo"} {
		if _, err := ParsePriority(in); err == nil {
			t.Errorf("ParsePriority(%q) accepted", in)
		}
	}
}

func renderChecks(t *testing.T, c *Config, opts Options) []byte {
	var b strings.Builder
	for _, d := range Check(c, opts) {
		b.WriteString(d.String() + "\n")
	}
	return []byte(b.String())
}

// TestChecks runs the checks on both samples with the senders an IP
// filtering and AT-TLS system configures; the findings are golden files.
func TestChecks(t *testing.T) {
	senders := []Sender{ATTLS("TCPIP", "", 2), TRMD("TRMD1"), PAGENT("PAGENT"), DMD("DMD")}
	for _, name := range []string{"syslog-attls-trace.conf", "syslog-ipfilter.conf"} {
		t.Run(name, func(t *testing.T) {
			c := sample(t, name)
			golden.Check(t, "syslog/check/"+name+".golden", renderChecks(t, c, Options{Senders: senders, Overlaps: true}))
		})
	}
	// With AT-TLS info tracing on, the ipfilter sample loses the info
	// messages.
	c := sample(t, "syslog-ipfilter.conf")
	ds := Check(c, Options{Senders: []Sender{ATTLS("TCPIP", "daemon", 6)}})
	if len(ds) != 1 || ds[0].Code != CodeNotLogged || !strings.Contains(ds[0].Message, "warning, notice and info") {
		t.Errorf("checks = %v", ds)
	}
}

func TestCheckTable(t *testing.T) {
	for _, tt := range []struct {
		name, conf string
		senders    []Sender
		overlaps   bool
		want       string
	}{
		{"nothing configured", "*.err /e\n", []Sender{TRMD("TRMD1")}, false, "1:1 SL201"},
		{"all written", "*.TRMD1.*.info /t\n", []Sender{TRMD("TRMD1")}, false, ""},
		{"writes nothing", "*.TCPIP.*.none /n\n", nil, false, "1:1 SL203"},
		{"overlap same job", "*.TCPIP.*.err /a\n*.TCPIP.*.info /b\n", nil, true, "2:1 SL202"},
		{"same file is no overlap", "*.TCPIP.*.err /a\n*.TCPIP.*.info /a\n", nil, true, ""},
		{"catch-all is no overlap", "*.err /a\n*.TCPIP.*.info /b\n", nil, true, ""},
		{"disjoint facilities", "*.TCPIP.daemon.info /a\n*.TCPIP.auth.info /b\n", nil, true, ""},
		{"excluded by none", "*.TCPIP.*.info /a\n*.TCPIP.*.info;*.TCPIP.*.none /b\n", nil, true, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := config(t, "t.conf", tt.conf)
			var got []string
			for _, d := range Check(c, Options{Senders: tt.senders, Overlaps: tt.overlaps}) {
				got = append(got, fmt.Sprintf("%d:%d %s", d.Span.Line, d.Span.Col, d.Code))
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("checks = %q, want %q", g, tt.want)
			}
		})
	}
}
