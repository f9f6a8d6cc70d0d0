package desired

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/golden/gen"
)

// A bug of the fast reader panics in the tests, instead of sending the
// document to yaml.v3 as it does for a user.
func init() { fastStrict = true }

// fastSameAsYAMLv3 checks that when the fast reader accepts a document,
// yaml.v3 reads it without error into the same tree (comments aside). It
// reports whether the fast reader accepted the document.
func fastSameAsYAMLv3(t testing.TB, name string, data []byte) bool {
	t.Helper()
	got, ok := fastYAML(data)
	if !ok {
		return false
	}
	var want yaml.Node
	if err := yaml.Unmarshal(data, &want); err != nil {
		t.Fatalf("%s: the fast reader accepts what yaml.v3 rejects (%v):\n%q", name, err, data)
	}
	if d := treeDiff(&want, got); d != "" {
		t.Fatalf("%s: the fast reader's tree differs from yaml.v3's (-yaml.v3 +fast):\n%s\ndocument: %q", name, d, data)
	}
	return true
}

// treeDiff compares two node trees, comments aside, and returns their
// differences ("" when they are the same). It compares with
// reflect.DeepEqual after dropping the comments of both: that is what
// cmp.Diff with noComments checks, but cmp takes a time exponential in
// the depth of the tree (a fuzzed document nests deep), so it only
// explains a difference.
func treeDiff(want, got *yaml.Node) string {
	dropComments(want)
	dropComments(got)
	if reflect.DeepEqual(want, got) {
		return ""
	}
	return cmp.Diff(want, got, noComments)
}

// dropComments clears the comments of a tree.
func dropComments(n *yaml.Node) {
	n.HeadComment, n.LineComment, n.FootComment = "", "", ""
	for _, c := range n.Content {
		dropComments(c)
	}
}

// fastCases are small documents, each accepted by the fast reader or
// declined (left to yaml.v3).
var fastCases = []struct {
	name, doc string
	accept    bool
}{
	// Shapes.
	{"empty document", "", true},
	{"only blanks", "  \n\n   \n", true},
	{"only comments", "# one\n  # two\n\n#three", true},
	{"top scalar", "a\n", true},
	{"top quoted scalar", "'a'\n", true},
	{"top flow sequence", "[a, b]\n", true},
	{"mapping", "a: 1\nb: two\n", true},
	{"no final line end", "a: 1\nb: two", true},
	{"indented top mapping", "  a: 1\n  b: 2\n", true},
	{"top mapping then less indented", "  a: 1\nb: 2\n", false},
	{"nested mappings", "a:\n  b:\n    c: 1\n  d: 2\ne: 3\n", true},
	{"sequence", "- a\n- b\n", true},
	{"sequence in mapping", "a:\n  - x\n  - y\nb: 1\n", true},
	{"sequence at the key's indentation", "a:\n- x\n- y\nb: 1\n", true},
	{"mappings in a sequence at the key's indentation", "a:\n- b: 1\n  c: 2\n- d\ne:\n-\n", true},
	{"nested sequences", "- - a\n  - b\n- - - c\n", true},
	{"compact mappings in a sequence", "- a: 1\n  b: 2\n-   c: 3\n    d: [x]\n", true},
	{"sequence at the key's indentation in a compact mapping", "- a:\n  - 1\n  b: 2\n", true},
	{"entry on the next line", "-\n  a: 1\n-\n  - b\n", true},
	{"value on the next line", "a:\n  b\nc:\n  'd'\n", true},
	{"blank and comment lines inside", "a:\n\n  # c\n\n  b: 1\n# left\n    # deep\nc: 2\n", true},
	{"duplicate keys", "a: 1\na: 2\n", true},
	{"deeper than the first entry", "a:\n    b: 1\n  c: 2\n", false},
	{"sequence then a key at its indentation", "a:\n  - x\n  b: 1\n", false},
	{"entry in a compact mapping", "- a: 1\n  - b\n", false},
	{"content after a top scalar", "a\nb: 1\n", false},

	// Empty values.
	{"empty values", "a:\nb:   \nc:    # note\nd: 1\n", true},
	{"empty value at the end", "a: 1\nb:", true},
	{"empty entries", "-\n-   \n-  # note\n- x\n-", true},
	{"empty values in a nested mapping", "- a:\n  b:\n-\n", true},

	// Scalars.
	{"value with colons", "a: b:c\nurl: http://x.example.com:8080/p\n", true},
	{"value with hash", "a: b#c\n", true},
	{"comment after values", "a: b #c\nb: 'x' # c\nc: [1, 2] # c\nd: \"y\"   #c\n", true},
	{"trailing blanks", "a: b   \nc: 'd'   \ne: [f]  \n", true},
	{"inner blanks", "a: x  y\nb: x - y\n", true},
	{"flow characters in a block plain scalar", "a: a,b]{c}\nb: x]\n", true},
	{"star and ampersand inside", "Jobname: FTPD*\nb: a&b\nc: a!b\n", true},
	{"keys with dots, slashes, tildes", "TLSv1.2: On\na/b: 1\n~x: 2\nx~: 3\n-k: 4\n", true},
	{"key with blanks", "a b: c\nd : e\n", true},
	{"quoted keys", "\"a b\": 1\n'c''d': 2\n'e' : 3\n\"\": 4\n", true},
	{"single quotes", "a: 'it''s'\nb: ''\nc: '  x  '\nd: 'a \"b\" # c: d'\n", true},
	{"double quotes", "a: \"x\"\nb: \"\"\nc: \"it's # : [\"\n", true},
	{"double-quoted escape", "a: \"x\\ty\"\n", false},
	{"double-quoted key with escape", "\"a\\\"b\": 1\n", false},
	{"quoted then hash", "a: 'b'#c\n", false},
	{"quoted then text", "a: 'b' c\n", false},
	{"quoted key without a blank after the colon", "\"a\":b\n", false},
	{"open quote", "a: 'b\n  c'\n", false},
	{"unicode", "ä: x\n\"é\": [ü, v]\nn: naïve # c\n", true},
	{"four-byte character", "a: \U0001F600\n", false},
	{"non-breaking space", "a: x\u00a0y\n", true},
	{"long key", strings.Repeat("k", 1001) + ": v\n", false},
	{"long value", "k: " + strings.Repeat("v", 5000) + "\n", true},
	{"long scalars", strings.Repeat("v", 2000) + "\n", true},
	{"long quoted scalars", "- '" + strings.Repeat("v", 2000) + "'\n- k: \"" + strings.Repeat("v", 2000) + "\"\n", true},
	{"long flow sequences", "- [" + strings.Repeat("item, ", 300) + "x]\n- k: [" + strings.Repeat("'item', ", 300) + "x]\n", true},
	{"long line of many nodes", "k: [" + strings.Repeat("ä, ", 20000) + "é]\n", true},
	{"long flow sequence at the top", "[" + strings.Repeat("item, ", 300) + "x]\n", true},

	// Flow sequences.
	{"flow sequences", "a: [a, b, 3]\nb: []\nc: [ a ,b ]\nd: [a b, -1, 'q', \"r\"]\n", true},
	{"colons and hashes in flow sequences", "a: [2001:db8::1/64, a:b, ring#1, //'X(Y#1)']\n", true},
	{"colon before a flow indicator", "a: [b:]\n", false},
	{"flow sequence as an entry", "- [a]\n- - [b, c]\n", true},
	{"nested flow sequence", "a: [a, [b]]\n", false},
	{"flow mapping", "a: {b: 1}\n", false},
	{"flow pair", "a: [b: 1]\n", false},
	{"flow trailing comma", "a: [a, ]\n", false},
	{"flow empty item", "a: [a, , b]\n", false},
	{"flow over two lines", "a: [a,\n  b]\n", false},
	{"flow comment inside", "a: [a #c\n  ]\n", false},
	{"flow sequence key", "[a]: b\n", false},
	{"text after a flow sequence", "a: [a] b\n", false},

	// Tags of plain scalars.
	{"strings", "a: On\nb: yes\nc: off\nd: y\ne: nULL\nf: tRUE\ng: Inf\nh: NaN\n", true},
	{"null and bool", "a: ~\nb: null\nc: Null\nd: NULL\ne: true\nf: True\ng: TRUE\nh: false\ni: False\nj: FALSE\n", true},
	{"integers", "a: 0\nb: 1\nc: -1\nd: +1\ne: -0\nf: +0\ng: 123456789012345678\nh: -123456789012345678\n", true},
	{"numeric strings", "a: 10.0.0.1\nb: 10.0.0.0/24\nc: 1414-1420\nd: 2001:db8::1\ne: 3DES\nf: 1..2\ng: 2001-12\nh: 80/tcp\n", true},
	{"merge key", "<<: 1\n", false},
	{"hexadecimal", "a: 0x1F\n", false},
	{"octal", "a: 012\n", false},
	{"leading zero, not octal", "a: 08\n", false},
	{"underscores", "a: 1_000\n", false},
	{"float", "a: .5\n", false},
	{"exponent", "a: 1e3\n", false},
	{"infinity", "a: -.inf\n", false},
	{"timestamp", "a: 2001-12-14\n", false},
	{"large integer", "a: 9223372036854775807\n", false},
	{"larger integer", "a: 99999999999999999999\n", false},

	// Declined syntax.
	{"anchor and alias", "a: &x 1\nb: *x\n", false},
	{"tag", "a: !!str 1\n", false},
	{"directive", "%YAML 1.2\n---\na: 1\n", false},
	{"document start", "---\na: 1\n", false},
	{"document end", "a: 1\n...\n", false},
	{"literal block", "a: |\n  text\n", false},
	{"folded block", "a: >\n  text\n", false},
	{"plain over two lines", "a: b\n  c\n", false},
	{"entry over two lines", "- a\n  b\n", false},
	{"complex key", "? a\n: b\n", false},
	{"mapping value in a value", "a: b: c\n", false},
	{"sequence entry as a value", "a: - b\n", false},
	{"lone dash as a value", "a: -\n", false},
	{"tab indentation", "a:\n\tb: 1\n", false},
	{"tab after a value", "a: b\t# c\n", false},
	{"BOM", "\ufeffa: 1\n", false},
	{"lone CR", "a: 1\rb: 2\n", false},
	{"NEL", "a: 1\u0085b: 2\n", false},
	{"line separator", "a: 1\u2028b: 2\n", false},
	{"control character", "a: \x01\n", false},
	{"invalid UTF-8", "a: \xff\n", false},
	{"colon start", "a: :x\n", false},
	{"question start", "a: ?x\n", false},

	// Line ends.
	{"CRLF", "a: 1\r\nb:\r\n  - x\r\n  - 'y' # c\r\n", true},
	{"CRLF without the last", "a: 1\r\nb: 2", true},
	{"CRLF blank lines", "\r\n\r\na: 1\r\n\r\n", true},
}

func TestFastYAMLCases(t *testing.T) {
	for _, tc := range fastCases {
		t.Run(tc.name, func(t *testing.T) {
			if got := fastSameAsYAMLv3(t, tc.name, []byte(tc.doc)); got != tc.accept {
				t.Errorf("accepted = %v, want %v: %q", got, tc.accept, tc.doc)
			}
		})
	}
}

// TestFastYAMLPlainTags reads every short plain scalar of number-like
// characters (up to three of many, up to five of a few), as a mapping
// value and in a flow sequence, and compares with yaml.v3 whenever the
// fast reader resolves it.
func TestFastYAMLPlainTags(t *testing.T) {
	resolved, n := 0, 0
	for _, words := range [][]string{words("019.-+_:eExob/T ", 3), words("0.-e_", 5)} {
		for _, w := range words {
			n++
			if fastSameAsYAMLv3(t, w, []byte("k: "+w+"\n")) {
				resolved++
			}
			fastSameAsYAMLv3(t, w, []byte("k: ["+w+"]\n"))
		}
	}
	for _, w := range []string{
		"2001-12-14", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10", "2001-1-2", "1234-5", "1234-56-",
		"1024-65535", "12345-6", "9223372036854775807", "-9223372036854775808", "18446744073709551615",
		"123456789012345678", "1234567890123456789", "0b101", "-0b101", "0o17", "-0o17", "0x_1F", "+.inf", "-.Inf",
		".nan", ".NaN", "1.2.3", "v1.2.3", "1.2.3-beta", "10.1.1.1/32", "fe80::1", "::1", "1:2", "1_0.0.0",
	} {
		fastSameAsYAMLv3(t, w, []byte("k: "+w+"\n"))
	}
	t.Logf("%d of %d short number-like scalars resolved", resolved, n)
}

// words returns every word of 1 to n characters of the alphabet.
func words(alphabet string, n int) []string {
	var all []string
	last := []string{""}
	for ; n > 0; n-- {
		var longer []string
		for _, w := range last {
			for _, c := range alphabet {
				longer = append(longer, w+string(c))
			}
		}
		all = append(all, longer...)
		last = longer
	}
	return all
}

// TestFastYAMLFiles reads every YAML file of the repository with both
// readers.
func TestFastYAMLFiles(t *testing.T) {
	read, valid, accepted := 0, 0, 0
	var declined []string
	repoYAML(t, func(path string, data []byte) {
		read++
		var n yaml.Node
		if yaml.Unmarshal(data, &n) == nil {
			valid++
		}
		if fastSameAsYAMLv3(t, path, data) {
			accepted++
		} else {
			declined = append(declined, path)
		}
	})
	t.Logf("%d YAML files, %d valid, %d accepted by the fast reader; declined: %s", read, valid, accepted, strings.Join(declined, " "))
	if read < 20 || 3*accepted < 2*valid {
		t.Errorf("%d YAML files read, %d valid, only %d accepted by the fast reader", read, valid, accepted)
	}
}

// TestFastYAMLGenerated: the fast reader accepts the generated policy.
func TestFastYAMLGenerated(t *testing.T) {
	y := generatedPolicy(t, 1000)
	if !fastSameAsYAMLv3(t, "generated", y) {
		t.Fatalf("the fast reader declines the generated policy (%d bytes)", len(y))
	}
}

// FuzzFastYAML: on any input, when the fast reader accepts it, yaml.v3
// reads it without error into the same tree.
func FuzzFastYAML(f *testing.F) {
	for _, tc := range fastCases {
		if len(tc.doc) <= 1024 { // big seeds slow the fuzzer down
			f.Add([]byte(tc.doc))
		}
	}
	f.Add([]byte("TTLSRule:\n  a:\n    Priority: 1\n    V3CipherSuites: [TLS_AES_256_GCM_SHA384, x]\n  b:\n    - 1\n    - 'c'\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fastSameAsYAMLv3(t, "fuzz", data)
	})
}

// BenchmarkFastYAML reads the generated policy of gen.Rules rules with
// the fast reader and with yaml.v3.
func BenchmarkFastYAML(b *testing.B) {
	y := generatedPolicy(b, gen.Rules)
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(len(y)))
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := fastYAML(y); !ok {
				b.Fatal("declined")
			}
		}
	})
	b.Run("yaml.v3", func(b *testing.B) {
		b.SetBytes(int64(len(y)))
		b.ReportAllocs()
		for b.Loop() {
			var n yaml.Node
			if err := yaml.Unmarshal(y, &n); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestFastYAMLRandom compares the readers on random documents of lines
// mixing mappings, sequences, scalars and comments at random
// indentations: most are invalid or outside the subset, and exercise the
// reader's rules on the structure of blocks.
func TestFastYAMLRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 20000
	if testing.Short() {
		n = 2000
	}
	accepted := 0
	for range n {
		if fastSameAsYAMLv3(t, "random", randomDoc(rng)) {
			accepted++
		}
	}
	t.Logf("%d of %d random documents accepted", accepted, n)
}

// randomDoc writes a random document of a few lines.
func randomDoc(rng *rand.Rand) []byte {
	scalars := []string{"a", "b c", "'q'", "'it''s'", `"d"`, `""`, "1", "-1", "08", "~", "null", "On", "x:y", "x#y", "[a, 'b']", "[]",
		"1414-1420", "10.0.0.1/24", "-", "- a", "?", ":", "a:", "a: b", "#c", "'", "[a", "- b: c", "|", "&x a", "*x", "!t a", "--- a", "...", "a\tb",
		"ä", "é x", "'a' b", "a #b", "[a:b, c#d]", "[b:]", "{a: b}", "0x1F", "2001-12-14", ".5", "1e3", "<<", "a\u00a0", `"a\"b"`}
	lines := []string{"%s: %s", "%s:", "- %s", "-", "- %s: %s", "- - %s", "%s", "# note", "", "%s: %s # note", "-   %s: %s", "? %s",
		"%s : %s", "- - %s: %s", "-\t%s", "%s:  # note"}
	var b strings.Builder
	for range 1 + rng.IntN(8) {
		b.WriteString(strings.Repeat(" ", rng.IntN(7)))
		line := lines[rng.IntN(len(lines))]
		args := []any{}
		for range strings.Count(line, "%s") {
			args = append(args, scalars[rng.IntN(len(scalars))])
		}
		fmt.Fprintf(&b, line, args...)
		b.WriteString([]string{"\n", "\n", "\n", "\r\n", "  \n", ""}[rng.IntN(6)])
	}
	return []byte(b.String())
}
