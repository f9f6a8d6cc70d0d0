package tcpprofile

import (
	"strings"
	"testing"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/lint/shadow"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// TestFilterPolicyOrder: the IPSEC block's rules are searched in file
// order, so a rule after a broader one is never used; shadowing analysis
// of the converted rules says so, on the profile's line.
func TestFilterPolicyOrder(t *testing.T) {
	src := `IPCONFIG IPSECURITY
IPSEC
  IPSECRULE 10.1.0.0/16 * PROTOCOL TCP
  IPSECRULE 10.1.8.0/24 * PROTOCOL TCP DESTPORT 22
  IPSECRULE * * PROTOCOL ICMP
ENDIPSEC
`
	p, ds := Load("ipsec.prof", []byte(src), nil)
	if ds.HasErrors() {
		t.Fatal(ds)
	}
	f := p.FilterPolicy()
	if f == nil {
		t.Fatal("no filter policy")
	}
	pol := policy.Build([]*pagent.File{f}, model.R31)
	var got []string
	for _, x := range shadow.Analyze(pol) {
		got = append(got, x.Code+"@"+x.Span.String()+" "+x.Rule)
	}
	want := "SHD001@ipsec.prof:4:3 IPSECRULE-line4"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("got %v, want %s", got, want)
	}
	// Order kept: the IpFilterPolicy lists the rules as the file does.
	var order []string
	for _, o := range pol.Objects {
		if o.Def.Name == "IpFilterPolicy" {
			for _, r := range o.Get("IpFilterRuleRef") {
				order = append(order, r.Value)
			}
		}
	}
	if strings.Join(order, " ") != "IPSECRULE-line3 IPSECRULE-line4 IPSECRULE-line5" {
		t.Errorf("order %v", order)
	}
}
