package profile

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzParse: any input parses without panicking, is written back byte for
// byte, and every diagnostic points into the file.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"DEVICE PORTA MPCIPA\n  LINK ETH1 IPAQENET PORTA\nHOME\n  10.1.1.2 ETH1\nSTART PORTA\n",
		"INTERFACE ETH1 ; c\n DEFINE IPAQENET\n PORTNAME PORTA IPADDR 10.1.1.2/24\n",
		"BEGINROUTES\n ROUTE DEFAULT 10.1.1.1 ETH1 MTU 1492\nENDROUTES\n",
		"IPSEC\n IPSECRULE * * NOLOG PROTOCOL TCP SRCPORT 20 21\nENDIPSEC\n",
		"AUTOLOG 5\n TRMD PARMSTRING \"-d 1\"\nENDAUTOLOG\n",
		"HOME ...\n...\nENDHOME\nROUTE x\nENDIPSEC\nSTA X\n",
		"\xEF\xBB\xBFSTART\x00A;x\r\n\u00a0\"",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("fuzz.prof", data)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(p.Bytes(), data) {
			t.Fatalf("written back differs")
		}
		lines := bytes.Count(data, []byte{'\n'}) + 1
		for _, d := range p.Diagnostics {
			if d.Span.Line < 1 || d.Span.Line > lines || d.Span.Col < 1 {
				t.Fatalf("diagnostic outside the file: %v", d)
			}
		}
		if _, err := json.Marshal(p.Outline(true)); err != nil {
			t.Fatal(err)
		}
		_ = Score("fuzz.prof", data)
	})
}
