package desired

import "testing"

// TestPlacedComments: a YAML comment becomes native comments on the lines
// before its statement, in profiles and syslog.conf alike, ending after
// the last character (not byte) of the text.
func TestPlacedComments(t *testing.T) {
	p := ParseProfile("p.yaml", []byte("profile:\n  # café\n  - TCPCONFIG: TTLS\n"))
	if len(p.Statements) != 1 || len(p.Statements[0].Leading) != 1 {
		t.Fatalf("profile: %d statements, diagnostics %v", len(p.Statements), p.Diagnostics)
	}
	if c := p.Statements[0].Leading[0]; c.Text != "; café" || c.Span.Line != 2 || c.Span.Col != 1 || c.Span.EndCol != 7 {
		t.Errorf("profile comment %q at %+v", c.Text, c.Span)
	}
	s := ParseSyslog("s.yaml", []byte("syslog:\n  # café\n  - {selector: \"*.*\", destination: /dev/null}\n"))
	if len(s.Rules) != 1 || len(s.Rules[0].Leading) != 1 {
		t.Fatalf("syslog: %d rules, diagnostics %v", len(s.Rules), s.Diagnostics)
	}
	if c := s.Rules[0].Leading[0]; c.Text != "# café" || c.Span.Line != 2 || c.Span.Col != 1 || c.Span.EndCol != 7 {
		t.Errorf("syslog comment %q at %+v", c.Text, c.Span)
	}
}
