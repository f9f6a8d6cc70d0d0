package model

import (
	"sort"
	"strings"
)

// Suggest returns the candidates closest to word by edit distance (ignoring
// case), best first, when they are close enough to be a plausible
// misspelling: at most a third of the word's length, and at most 3 edits.
func Suggest(word string, candidates []string) []string {
	w := strings.ToLower(word)
	limit := len(w) / 3
	if limit > 3 {
		limit = 3
	}
	if limit < 1 {
		limit = 1
	}
	type cand struct {
		s string
		d int
	}
	var found []cand
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		if d := distance(w, strings.ToLower(c)); d <= limit {
			found = append(found, cand{c, d})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		if found[i].d != found[j].d {
			return found[i].d < found[j].d
		}
		return found[i].s < found[j].s
	})
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.s
	}
	return out
}

// distance is the Damerau-Levenshtein (optimal string alignment) distance:
// insertions, deletions, substitutions and swaps of neighbours cost 1.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	n, m := len(ra), len(rb)
	prev2 := make([]int, m+1)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := 0; j <= m; j++ {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		for j := 1; j <= m; j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}
