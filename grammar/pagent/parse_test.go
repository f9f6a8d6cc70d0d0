package pagent

import (
	"fmt"
	"strings"
	"testing"

	"github.com/alecthomas/participle/v2"
)

// pad fills s with blanks up to n columns (s is ASCII).
func pad(s string, n int) string { return s + strings.Repeat(" ", n-len(s)) }

// The lexical and structural rules, one or a few per case, with the exact
// span of every token: columns count characters from 1, an end column is
// the first column after the token.
var ruleCases = []struct {
	name, in, want string
}{
	{
		name: "named block statement",
		in:   "TTLSRule r1\n{\n  LocalPortRange 4000\n}\n",
		want: `
TTLSRule@1:1-9 r1@1:10-12 =1:1-4:2
{@2:1-2
  LocalPortRange@3:3-17 4000@3:18-22 =3:3-22
}@4:1-2
`,
	},
	{
		name: "statement without a name, anonymous nested blocks",
		in:   "TTLSEnvironmentAction e\n{\n HandshakeRole Server\n TTLSKeyringParms\n {\n  Keyring r/k\n }\n}\n",
		want: `
TTLSEnvironmentAction@1:1-22 e@1:23-24 =1:1-8:2
{@2:1-2
  HandshakeRole@3:2-15 Server@3:16-22 =3:2-22
  TTLSKeyringParms@4:2-18 =4:2-7:3
  {@5:2-3
    Keyring@6:3-10 r/k@6:11-14 =6:3-14
  }@7:2-3
}@8:1-2
`,
	},
	{
		name: "named and anonymous blocks four deep",
		in:   "A\n{\nB b\n{\nC\n{\nD d\n{\nE 1\n}\n}\n}\n}\n",
		want: `
A@1:1-2 =1:1-13:2
{@2:1-2
  B@3:1-2 b@3:3-4 =3:1-12:2
  {@4:1-2
    C@5:1-2 =5:1-11:2
    {@6:1-2
      D@7:1-2 d@7:3-4 =7:1-10:2
      {@8:1-2
        E@9:1-2 1@9:3-4 =9:1-4
      }@10:1-2
    }@11:1-2
  }@12:1-2
}@13:1-2
`,
	},
	{
		name: "one-record statements",
		in:   "LogLevel 255\nTcpImage TCPIP //'USER.TCPPARMS(PAGENTT)' FLUSH\nCodePage IBM-1047\n",
		want: `
LogLevel@1:1-9 255@1:10-13 =1:1-13
TcpImage@2:1-9 TCPIP@2:10-15 //'USER.TCPPARMS(PAGENTT)'@2:16-42 FLUSH@2:43-48 =2:1-48
CodePage@3:1-9 IBM-1047@3:10-18 =3:1-18
`,
	},
	{
		name: "repeated parameters",
		in:   "TTLSCipherParms c\n{\nV3CipherSuites TLS_AES_128_GCM_SHA256\nV3CipherSuites TLS_AES_256_GCM_SHA384\n}\n",
		want: `
TTLSCipherParms@1:1-16 c@1:17-18 =1:1-5:2
{@2:1-2
  V3CipherSuites@3:1-15 TLS_AES_128_GCM_SHA256@3:16-38 =3:1-38
  V3CipherSuites@4:1-15 TLS_AES_256_GCM_SHA384@4:16-38 =4:1-38
}@5:1-2
`,
	},
	{
		name: "values of several words",
		in:   "IpService\n{\nDestinationPortRange 1024 65535\nDirection Bidirectional InboundConnect\n}\nKeyExchangeRule k\n{\nSharedKey Ascii x\n}\n",
		want: `
IpService@1:1-10 =1:1-5:2
{@2:1-2
  DestinationPortRange@3:1-21 1024@3:22-26 65535@3:27-32 =3:1-32
  Direction@4:1-10 Bidirectional@4:11-24 InboundConnect@4:25-39 =4:1-39
}@5:1-2
KeyExchangeRule@6:1-16 k@6:17-18 =6:1-9:2
{@7:1-2
  SharedKey@8:1-10 Ascii@8:11-16 x@8:17-18 =8:1-18
}@9:1-2
`,
	},
	{
		name: "value with embedded blanks",
		in:   "  CertificateLabel   Zowe   Server\n",
		want: `
CertificateLabel@1:3-19 Zowe@1:22-26 Server@1:29-35 =1:3-35
`,
	},
	{
		name: "data set names and z/OS UNIX paths",
		in:   "TTLSConfig //'SYS1.TCPPARMS(TTLS#1)' FLUSH PURGE\nCommonTTLSConfig /etc/pagent/common.policy\n",
		want: `
TTLSConfig@1:1-11 //'SYS1.TCPPARMS(TTLS#1)'@1:12-37 FLUSH@1:38-43 PURGE@1:44-49 =1:1-49
CommonTTLSConfig@2:1-17 /etc/pagent/common.policy@2:18-43 =2:1-43
`,
	},
	{
		name: "comments attached where they belong",
		in: "# head 1\n# head 2\n\nTTLSRule r # trailing\n{ # on open\n  # before param\n" +
			"  Direction Inbound   # after value   \n  # end of block\n} # on close\n# tail\n",
		want: `
lead # head 1@1:1-9
lead # head 2@2:1-9
TTLSRule@4:1-9 r@4:10-11 =4:1-9:2
  trail # trailing@4:12-22
{@5:1-2
  lead # before param@6:3-17
  Direction@7:3-12 Inbound@7:13-20 =7:3-20
    trail # after value@7:23-36
  bc # on open@5:3-12
  bc # end of block@8:3-17
  bc # on close@9:3-13
}@9:1-2
fc # tail@10:1-7
`,
	},
	{
		name: "comment right after a brace, comment on a '}' at top level",
		in:   "A\n{#x\n}#y\n}# z\n",
		want: `
A@1:1-2 =1:1-3:2 !incomplete
{@2:1-2
  bc #x@2:2-4
  bc #y@3:2-4
}@3:1-2
fc # z@4:2-5
! PA104 error 4:1-2
`,
	},
	{
		name: "'#' inside a word is part of it",
		in:   "Keyring TTLS#1/RING#x\nKeyringPw pa#ss # real comment\nTLSv1.2 On#\n",
		want: `
Keyring@1:1-8 TTLS#1/RING#x@1:9-22 =1:1-22
KeyringPw@2:1-10 pa#ss@2:11-16 =2:1-16
  trail # real comment@2:17-31
TLSv1.2@3:1-8 On#@3:9-12 =3:1-12
`,
	},
	{
		name: "keywords in any case are kept as written",
		in:   "ttlsrule a\n{\nTLSV1.2 ON\ndIrEcTiOn inbound\n}\n",
		want: `
ttlsrule@1:1-9 a@1:10-11 =1:1-5:2
{@2:1-2
  TLSV1.2@3:1-8 ON@3:9-11 =3:1-11
  dIrEcTiOn@4:1-10 inbound@4:11-18 =4:1-18
}@5:1-2
`,
	},
	{
		name: "names are case-sensitive and hold ~ . - _",
		in:   "TTLSRule eAct23~XCOM-XCOMSRV-Client-12345\n{\n}\nTTLSRule My.Rule_1\n{\n}\nTTLSRule my.rule_1\n{\n}\n",
		want: `
TTLSRule@1:1-9 eAct23~XCOM-XCOMSRV-Client-12345@1:10-42 =1:1-3:2
{@2:1-2
}@3:1-2
TTLSRule@4:1-9 My.Rule_1@4:10-19 =4:1-6:2
{@5:1-2
}@6:1-2
TTLSRule@7:1-9 my.rule_1@7:10-19 =7:1-9:2
{@8:1-2
}@9:1-2
`,
	},
	{
		name: "tabs separate words, trailing blanks and tabs are nothing",
		in:   "TTLSRule\tr\t\n{ \t\n\tDirection\t\tInbound \t \n}\t\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-4:2
{@2:1-2
  Direction@3:2-11 Inbound@3:13-20 =3:2-20
}@4:1-2
`,
	},
	{
		name: "CRLF line ends",
		in:   "TTLSRule r\r\n{\r\n  Direction Inbound # c \r\n}\r\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-4:2
{@2:1-2
  Direction@3:3-12 Inbound@3:13-20 =3:3-20
    trail # c@3:21-24
}@4:1-2
`,
	},
	{
		name: "blank records, also between a name and its '{'",
		in:   "\n\nTTLSRule r\n\n   \n{\n\n}\n\n",
		want: `
TTLSRule@3:1-9 r@3:10-11 =3:1-8:2
{@6:1-2
}@8:1-2
`,
	},
	{
		name: "records padded to 72 and 80 columns",
		in:   pad("TTLSRule r", 72) + "\n" + pad("{", 80) + "\n" + pad("  Direction Inbound   # c", 80) + "\n" + pad("}", 72) + "\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-4:2
{@2:1-2
  Direction@3:3-12 Inbound@3:13-20 =3:3-20
    trail # c@3:23-26
}@4:1-2
`,
	},
	{
		name: "last record without a line end",
		in:   "A b\nC d",
		want: `
A@1:1-2 b@1:3-4 =1:1-4
C@2:1-2 d@2:3-4 =2:1-4
`,
	},
	{
		name: "UTF-8 byte order mark",
		in:   "\xEF\xBB\xBFTTLSRule r\n{\n}\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-3:2
{@2:1-2
}@3:1-2
! PA113 info 1:1-1
`,
	},
	{
		name: "characters, not bytes, are columns",
		in:   "CertificateLabel Zöwe Sérver # ça va\n",
		want: `
CertificateLabel@1:1-17 Zöwe@1:18-22 Sérver@1:23-29 =1:1-29
  trail # ça va@1:30-37
`,
	},
	{
		name: "non-UTF-8 byte inside a comment: a warning at its column",
		in:   "# bad \xff byte\nA b # and\x01 \x02\n",
		want: `
lead # bad ? byte@1:1-13
A@2:1-2 b@2:3-4 =2:1-4
  trail # and? ?@2:5-13
! PA102 warning 1:7-8
! PA102 warning 2:10-11
`,
	},
	{
		name: "non-UTF-8 byte outside a comment: an error at its column",
		in:   "A \xff b\nKey\x00ring x\nC\xc2\x85 d\n",
		want: `
A@1:1-2 b@1:5-6 =1:1-6
Key@2:1-4 ring@2:5-9 x@2:10-11 =2:1-11
C@3:1-2 d@3:4-5 =3:1-5
! PA101 error 1:3-4
! PA101 error 2:4-5
! PA101 error 3:2-3
`,
	},
	{
		name: "non-breaking spaces are blanks, reported once",
		in:   "TTLSRule\u00a0\u00a0r\u00a0\n{\u00a0\n\u00a0Direction Inbound\n}\n",
		want: `
TTLSRule@1:1-9 r@1:11-12 =1:1-4:2
{@2:1-2
  Direction@3:2-11 Inbound@3:12-19 =3:2-19
}@4:1-2
! PA103 warning 1:9-10
`,
	},
	{
		name: "sequence numbers in columns 73-80 are not words",
		in: pad("TTLSRule r", 72) + "00010000\n" + pad("{", 72) + "00020000\n" + pad("# c", 72) + "00030000\n" +
			pad("", 72) + "00040000  \n" + pad("Keyring x", 72) + "0005000A\n" + pad("}", 72) + "00060000\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-6:2
{@2:1-2
  lead # c@3:1-4
  Keyring@5:1-8 x@5:9-10 0005000A@5:73-81 =5:1-81
}@6:1-2
! PA112 warning 1:73-81
`,
	},
	{
		name: "a one-line block",
		in:   "TTLSGroupAction g { TTLSEnabled On }\n",
		want: `
TTLSGroupAction@1:1-16 g@1:17-18 =1:1-37
{@1:19-20
  TTLSEnabled@1:21-32 On@1:33-35 =1:21-35
}@1:36-37
! PA109 warning 1:19-20
`,
	},
	{
		name: "an empty block on one record is not a brace sharing its record",
		in:   "TTLSKeyringParms\n{ }\n",
		want: `
TTLSKeyringParms@1:1-17 =1:1-2:4
{@2:1-2
}@2:3-4
`,
	},
	{
		name: "the last statement before '{' opens it",
		in:   "TTLSRule r\nDirection Inbound\n{\n}\n",
		want: `
TTLSRule@1:1-9 r@1:10-11 =1:1-11
Direction@2:1-10 Inbound@2:11-18 =2:1-4:2
{@3:1-2
}@4:1-2
`,
	},
	{
		name: "a value alone on its record",
		in:   "LocalPortRange\n  4000\n  10.1.1.1\n",
		want: `
LocalPortRange@1:1-15 =1:1-15
! PA110 error 2:3-7
! PA110 error 3:3-11
`,
	},
}

func TestRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.name, func(t *testing.T) {
			f := checkInvariants(t, "t.conf", []byte(c.in))
			got := render(f)
			want := strings.TrimPrefix(c.want, "\n")
			if got != want {
				t.Errorf("input %q\ngot:\n%s\nwant:\n%s", c.in, got, want)
			}
			checkChunking(t, "t.conf", []byte(c.in), f)
			checkRoundTrip(t, f)
		})
	}
}

// A chunk must never hold more records than participle matches in one
// repetition: a chunk is chunkSize bytes and the rest of its last record,
// so at most chunkSize+1 records, and a record has at most
// maxPieceItems items in one piece.
func TestChunkBound(t *testing.T) {
	if chunkSize+1 >= participle.MaxIterations/2 || maxPieceItems >= participle.MaxIterations {
		t.Errorf("chunkSize %d or maxPieceItems %d too close to participle.MaxIterations %d", chunkSize, maxPieceItems, participle.MaxIterations)
	}
}

// The grammar also reads a whole file through participle's own entry
// point (definition.Lex), token for token as the chunks do.
func TestGrammarWhole(t *testing.T) {
	src := "\xEF\xBB\xBFTTLSRule r # c\n{\n  Keyring a/b\n}\n\n# end"
	g, err := parser.ParseString("w.conf", src)
	if err != nil {
		t.Fatal(err)
	}
	var whole []string
	for _, tk := range g.Tokens {
		whole = append(whole, tk.Value+"@"+tk.Pos.String())
	}
	res := parseChunk("w.conf", src, chunk{start: 3, end: len(src), line: 1})
	if res.err != nil {
		t.Fatal(res.err)
	}
	b := newBuilder("w.conf", src)
	b.alts = res.alts
	var chunked []string
	for i := range res.toks {
		tk := &res.toks[i]
		chunked = append(chunked, b.text(tk)+"@"+fmt.Sprintf("w.conf:%d:%d", tk.line, tk.col))
	}
	if strings.Join(whole, " ") != strings.Join(chunked, " ") {
		t.Errorf("participle's Lex:\n%v\nchunks:\n%v", whole, chunked)
	}
	// 3 + 2 + 3 + 2 tokens on the records with text, the end of the
	// blank record, and the last record's comment.
	if len(whole) != 12 {
		t.Errorf("%d tokens, want 12: %v", len(whole), whole)
	}
}
