package live_test

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/report"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
	"github.com/zosnet/znet/model/live"
	"github.com/zosnet/znet/model/policy"
)

// settingsText renders every rule's effective values (not where they come
// from: pasearch cannot say whether a value was coded or defaulted).
func settingsText(es []*policy.Effective, only map[string]map[string]bool) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "rule %s priority %d order %d group %s environment %s connection %s\n",
			e.Rule, e.Priority, e.Order, e.Group, e.Environment, e.Connection)
		var lines []string
		for _, s := range e.Settings() {
			if only != nil && !only[e.Rule][s.Name] {
				continue
			}
			v := s.Value
			if s.List != nil {
				v = "[" + strings.Join(s.List, ", ") + "]"
			}
			lines = append(lines, "  "+s.Name+" = "+v)
		}
		sort.Strings(lines)
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

// TestPasearchRoundTrip: the pasearch report in golden/report (built
// from IBM's description of the format) gives, rule by rule, the same
// effective settings znet explain computes from the policy it shows —
// for every setting the report prints.
func TestPasearchRoundTrip(t *testing.T) {
	data, err := os.ReadFile(golden.Path("report", "pasearch-t.txt"))
	if err != nil {
		t.Fatal(err)
	}
	rep, err := report.ParsePasearch("pasearch-t.txt", data)
	if err != nil || rep.Diagnostics.HasErrors() {
		t.Fatalf("report does not parse: %v %v", err, rep.Diagnostics)
	}
	f, _ := live.PolicyFile(rep)
	fromReport := policy.Build([]*pagent.File{f}, model.R31)
	for _, d := range fromReport.Diags {
		if d.Severity != source.Info && d.Code != policy.CodeIntAsAddr {
			t.Errorf("the report's policy has a problem: %v", d)
		}
	}
	files, ds := desired.LoadDocument(golden.Path("report", "pasearch-t.policy.yaml"))
	for _, f := range files {
		ds = append(ds, f.Diagnostics...)
	}
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	fromPolicy := policy.Build(files, model.R31)
	if fromPolicy.Diags.HasErrors() {
		t.Fatal(fromPolicy.Diags)
	}
	live := fromReport.ExplainAll()
	// Compare the settings pasearch printed (level is the action that
	// printed them, never "default").
	printed := map[string]map[string]bool{}
	for _, e := range live {
		printed[e.Rule] = map[string]bool{}
		for _, s := range e.Settings() {
			if s.Level != "default" {
				printed[e.Rule][s.Name] = true
			}
		}
	}
	got := settingsText(live, printed)
	want := settingsText(fromPolicy.ExplainAll(), printed)
	if got != want {
		t.Errorf("pasearch and explain disagree:\n--- from the report\n%s\n--- from the policy\n%s", got, want)
	}
	if n := len(live); n < 5 {
		t.Errorf("only %d rules compared", n)
	}
	golden.Check(t, "report/pasearch-t.effective.txt", []byte(got))
}
