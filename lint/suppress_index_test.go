package lint

import (
	"math/rand"
	"slices"
	"testing"

	"github.com/zosnet/znet/grammar/source"
)

// TestScopeIndex checks the suppression index against trying every
// suppression, on random nested and overlapping scopes in two files and
// without a file, for two rules.
func TestScopeIndex(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	files := []string{"a.conf", "b.conf", ""}
	ids := []string{"TLS003", "HYG002"}
	for round := 0; round < 200; round++ {
		var sups []*Suppression
		for i := rng.Intn(30); i > 0; i-- {
			l := 1 + rng.Intn(40)
			el := l + rng.Intn(8)
			sc := source.Span{File: files[rng.Intn(3)], Line: l, Col: 1 + rng.Intn(5), EndLine: el, EndCol: 1 + rng.Intn(20)}
			if el == l && sc.EndCol <= sc.Col {
				sc.EndCol = sc.Col + 1
			}
			var sid []string
			for _, id := range ids {
				if rng.Intn(2) == 0 {
					sid = append(sid, id)
				}
			}
			if len(sid) == 0 {
				sid = ids[:1]
			}
			sups = append(sups, &Suppression{IDs: sid, Scope: sc})
		}
		ix := newScopeIndex(sups)
		for i := 0; i < 100; i++ {
			f := &Finding{RuleID: ids[rng.Intn(2)], Span: source.Span{File: files[rng.Intn(3)], Line: 1 + rng.Intn(50), Col: 1 + rng.Intn(20)}}
			want := map[*Suppression]bool{}
			for _, s := range sups {
				if contains(s.Scope, f.Span) && slices.Contains(s.IDs, f.RuleID) {
					want[s] = true
				}
			}
			got := map[*Suppression]bool{}
			ix.covering(f, func(s *Suppression) {
				if got[s] {
					t.Fatalf("round %d: %v reported twice", round, s.Scope)
				}
				got[s] = true
			})
			if len(got) != len(want) {
				t.Fatalf("round %d: finding %v: index found %d suppressions, trying all finds %d", round, f.Span, len(got), len(want))
			}
			for s := range want {
				if !got[s] {
					t.Fatalf("round %d: finding %v: index misses scope %v", round, f.Span, s.Scope)
				}
			}
		}
	}
}
