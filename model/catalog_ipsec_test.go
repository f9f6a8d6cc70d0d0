package model

import (
	"strings"
	"testing"
)

// ipsecFamilies are the families catalog_common.go, catalog_ipsec.go and
// catalog_config.go register.
var ipsecFamilies = map[string]bool{"common": true, "ipsec": true, "main": true, "image": true, "dmd": true}

func ipsecOwnStatements(t *testing.T) []*Stmt {
	t.Helper()
	var out []*Stmt
	for _, s := range Statements() {
		if ipsecFamilies[s.Family] {
			out = append(out, s)
		}
	}
	if len(out) < 40 {
		t.Fatalf("only %d statements in families common, ipsec, main, image, dmd", len(out))
	}
	return out
}

func TestIpsecLookupIgnoresCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ipfilterrule", "IpFilterRule"},
		{"IPFILTERPOLICY", "IpFilterPolicy"},
		{"KeyExchangeOFFER", "KeyExchangeOffer"},
		{"ipaddrgroup", "IpAddrGroup"},
		{"tcpImage", "TcpImage"}, // as in shared/samples/pagent-main.conf
		{"DMConfig", "DmConfig"}, // as in shared/samples/dmd-simulate.conf
		{"dmstackconfig", "DmStackConfig"},
		{"IPSECCONFIG", "IpSecConfig"},
	} {
		s := Lookup(tc.in)
		if s == nil {
			t.Errorf("Lookup(%q) = nil, want %s", tc.in, tc.want)
			continue
		}
		if s.Name != tc.want {
			t.Errorf("Lookup(%q).Name = %q, want %q", tc.in, s.Name, tc.want)
		}
	}
	if s := Lookup("IpFilterRul"); s != nil {
		t.Errorf("Lookup of a misspelling found %s", s.Name)
	}
}

func TestIpsecRequiredParams(t *testing.T) {
	for _, tc := range []struct{ stmt, param string }{
		{"IpAddr", "Addr"},
		{"PortRange", "Port"},
		{"IpFilterRule", "IpGenericFilterActionRef"},
		{"IpGenericFilterAction", "IpFilterAction"},
		{"IpDynVpnAction", "IpDataOfferRef"},
		{"KeyExchangeRule", "KeyExchangeActionRef"},
		{"KeyExchangeAction", "KeyExchangeOfferRef"},
		{"TcpImage", "ImageName"},
		{"TTLSConfig", "PolicyFile"},
		{"IpSecConfig", "PolicyFile"},
		{"LogLevel", "Level"},
	} {
		s := Lookup(tc.stmt)
		if s == nil {
			t.Fatalf("%s not registered", tc.stmt)
		}
		p := s.Param(tc.param)
		if p == nil {
			t.Errorf("%s has no parameter %s", tc.stmt, tc.param)
			continue
		}
		if !p.Required {
			t.Errorf("%s %s should be required", tc.stmt, tc.param)
		}
	}
	for _, tc := range []struct{ stmt, param string }{
		{"IpFilterRule", "IpSourceAddr"},
		{"IpService", "Protocol"},
		{"DmStackConfig", "Mode"},
		{"TcpImage", "ImageConfigFile"}, // TcpImage TCPIP FLUSH PURGE 3600 has none
	} {
		if p := Lookup(tc.stmt).Param(tc.param); p == nil || p.Required {
			t.Errorf("%s %s should exist and be optional", tc.stmt, tc.param)
		}
	}
}

// References from common and ipsec statements name registered statements of
// those families; references from the configuration files resolve too.
func TestIpsecRefsResolve(t *testing.T) {
	for _, s := range ipsecOwnStatements(t) {
		for _, p := range s.Params {
			if p.Kind != KRef {
				if len(p.Ref) > 0 {
					t.Errorf("%s %s: Ref set on a %v parameter", s.Name, p.Name, p.Kind)
				}
				continue
			}
			if len(p.Ref) == 0 {
				t.Errorf("%s %s: KRef without Ref", s.Name, p.Name)
			}
			if !strings.HasSuffix(p.Name, "Ref") {
				t.Errorf("%s %s: reference parameters end in Ref", s.Name, p.Name)
			}
			for _, r := range p.Ref {
				target := Lookup(r)
				if target == nil {
					t.Errorf("%s %s names %q, which is not registered", s.Name, p.Name, r)
					continue
				}
				if target.Name != r {
					t.Errorf("%s %s names %q; IBM spells it %q", s.Name, p.Name, r, target.Name)
				}
				if (s.Family == "common" || s.Family == "ipsec") && target.Family != "common" && target.Family != "ipsec" {
					t.Errorf("%s %s refers to %s of family %s", s.Name, p.Name, r, target.Family)
				}
			}
		}
		for _, n := range s.Nested {
			sub := Lookup(n)
			if sub == nil {
				t.Errorf("%s nests %q, which is not registered", s.Name, n)
				continue
			}
			if sub.Name != n {
				t.Errorf("%s nests %q; IBM spells it %q", s.Name, n, sub.Name)
			}
			if !sub.Block {
				t.Errorf("%s nests one-record statement %s", s.Name, n)
			}
			if !s.Block {
				t.Errorf("one-record statement %s cannot nest %s", s.Name, n)
			}
		}
	}
}

func TestIpsecRefNamesItsInlineStatement(t *testing.T) {
	// Where a statement may be coded inline and also referred to, the
	// reference is spelled <Statement>Ref so "inline or Ref" can be checked.
	for _, tc := range []struct{ parent, child string }{
		{"IpAddrGroup", "IpAddr"},
		{"IpAddrGroup", "IpAddrSet"},
		{"PortGroup", "PortRange"},
		{"IpFilterPolicy", "IpFilterRule"},
		{"IpFilterGroup", "IpFilterRule"},
		{"IpFilterRule", "IpService"},
		{"IpFilterRule", "IpTimeCondition"},
		{"IpServiceGroup", "IpService"},
		{"IpDynVpnAction", "IpDataOffer"},
		{"IpManVpnAction", "IpTimeCondition"},
		{"KeyExchangePolicy", "KeyExchangeRule"},
		{"KeyExchangeRule", "LocalSecurityEndpoint"},
		{"KeyExchangeRule", "RemoteSecurityEndpoint"},
		{"KeyExchangeAction", "KeyExchangeOffer"},
		{"LocalDynVpnPolicy", "LocalDynVpnRule"},
	} {
		p := Lookup(tc.parent)
		if p == nil {
			t.Fatalf("%s not registered", tc.parent)
		}
		if !p.MayNest(tc.child) {
			t.Errorf("%s should nest %s", tc.parent, tc.child)
		}
		ref := p.Param(tc.child + "Ref")
		if ref == nil || ref.Kind != KRef || len(ref.Ref) != 1 || ref.Ref[0] != tc.child {
			t.Errorf("%s should have %sRef naming %s", tc.parent, tc.child, tc.child)
		}
	}
}

func TestIpsecParamsWellFormed(t *testing.T) {
	for _, s := range ipsecOwnStatements(t) {
		if s.Naming < NameRequired || s.Naming > NameValue {
			t.Errorf("%s: Naming not set", s.Name)
		}
		if s.Doc == "" || s.Cite == "" {
			t.Errorf("%s: Doc and Cite are required", s.Name)
		}
		if Lookup(s.Name) != s {
			t.Errorf("%s: Lookup does not return the registered statement", s.Name)
		}
		seen := map[string]bool{}
		for _, p := range s.Params {
			k := strings.ToLower(p.Name)
			if seen[k] {
				t.Errorf("%s: parameter %s listed twice", s.Name, p.Name)
			}
			seen[k] = true
			if p.Kind < KText || p.Kind > KKeywords {
				t.Errorf("%s %s: Kind not set", s.Name, p.Name)
			}
			if p.Doc == "" || p.Cite == "" {
				t.Errorf("%s %s: Doc and Cite are required", s.Name, p.Name)
			}
			if p.Kind == KEnum && len(p.Enum) == 0 {
				t.Errorf("%s %s: KEnum without Enum", s.Name, p.Name)
			}
			if p.Kind == KKeywords && len(p.Enum) == 0 && p.Max == 0 {
				t.Errorf("%s %s: KKeywords accepts nothing", s.Name, p.Name)
			}
			if p.Kind == KInt && p.Max < p.Min {
				t.Errorf("%s %s: Max %d below Min %d", s.Name, p.Name, p.Max, p.Min)
			}
			if p.Kind == KMask && p.Max == 0 {
				t.Errorf("%s %s: KMask needs its length in Max", s.Name, p.Name)
			}
			if p.Words < -1 {
				t.Errorf("%s %s: Words %d", s.Name, p.Name, p.Words)
			}
			if Lookup(p.Name) != nil && !s.Block {
				t.Errorf("%s %s: a one-record value shadows statement %s", s.Name, p.Name, p.Name)
			}
			for _, d := range p.Defaults {
				ipsecCheckDefault(t, s, &p, d.Value)
			}
		}
	}
}

func ipsecCheckDefault(t *testing.T, s *Stmt, p *Param, v string) {
	t.Helper()
	words := strings.Fields(v)
	max := p.Words
	if max == 0 {
		max = 1
	}
	if max > 0 && len(words) > max {
		t.Errorf("%s %s: default %q has more than %d words", s.Name, p.Name, v, max)
	}
	switch p.Kind {
	case KEnum:
		ok := false
		for _, e := range p.Enum {
			ok = ok || e == v
		}
		if !ok {
			t.Errorf("%s %s: default %q is not in Enum %v", s.Name, p.Name, v, p.Enum)
		}
	case KKeywords:
		for _, w := range words {
			ok := p.Max > 0 && strings.Trim(w, "0123456789") == ""
			for _, e := range p.Enum {
				ok = ok || e == w
			}
			if !ok {
				t.Errorf("%s %s: default word %q is neither in Enum nor a number", s.Name, p.Name, w)
			}
		}
	case KMask:
		if int64(len(v)) != p.Max || strings.Trim(v, "01") != "" {
			t.Errorf("%s %s: default %q is not a %d-bit mask", s.Name, p.Name, v, p.Max)
		}
	}
}

func TestIpsecOneRecordStatements(t *testing.T) {
	for _, tc := range []struct {
		stmt   string
		params []string
	}{
		{"TcpImage", []string{"ImageName", "ImageConfigFile", "Options"}},
		{"PEPInstance", []string{"ImageName", "ImageConfigFile", "Options"}},
		{"TTLSConfig", []string{"PolicyFile", "Options"}},
		{"IpSecConfig", []string{"PolicyFile", "Options"}},
		{"IdsConfig", []string{"PolicyFile", "Options"}},
		{"RoutingConfig", []string{"PolicyFile"}},
		{"CommonTTLSConfig", []string{"PolicyFile"}},
		{"CommonIpSecConfig", []string{"PolicyFile"}},
		{"LogLevel", []string{"Level"}},
		{"CodePage", []string{"CodePageName"}},
	} {
		s := Lookup(tc.stmt)
		if s == nil {
			t.Fatalf("%s not registered", tc.stmt)
		}
		if s.Block || !s.TopLevel {
			t.Errorf("%s: want a top-level one-record statement", tc.stmt)
		}
		var got []string
		for _, p := range s.Params {
			got = append(got, p.Name)
		}
		if strings.Join(got, " ") != strings.Join(tc.params, " ") {
			t.Errorf("%s params = %v, want %v", tc.stmt, got, tc.params)
		}
	}
	// The record "TcpImage TCPIP //'X(Y)' FLUSH PURGE 1800" fits.
	opts := Lookup("TcpImage").Param("Options")
	if opts.Kind != KKeywords || opts.Words != 3 || opts.Max != 2147483647 {
		t.Errorf("TcpImage Options = %+v", opts)
	}
	if v, ok := opts.DefaultFor(R31); !ok || !strings.HasSuffix(v, "1800") {
		t.Errorf("TcpImage refresh interval default = %q, %v; want 1800", v, ok)
	}
	// FLUSH/PURGE on IpSecConfig parse, and the entry says they do not apply.
	p := Lookup("IpSecConfig").Param("Options")
	if p == nil || !strings.Contains(p.Cite, "not support") || !strings.Contains(p.Doc, "not supported") {
		t.Errorf("IpSecConfig Options must record that FLUSH/PURGE are not supported: %+v", p)
	}
}

func TestIpsecNamingAndDefaults(t *testing.T) {
	for _, tc := range []struct {
		stmt string
		want Naming
	}{
		{"IpFilterPolicy", NameNone},
		{"KeyExchangePolicy", NameNone},
		{"LocalDynVpnPolicy", NameNone},
		{"DmConfig", NameNone},
		{"DmStackConfig", NameValue},
		{"IpFilterRule", NameRequired},
		{"IpGenericFilterAction", NameRequired},
		{"IpAddrGroup", NameRequired},
		{"IpAddr", NameInline},
		{"IpService", NameInline},
		{"IpDataOffer", NameInline},
		{"LocalSecurityEndpoint", NameInline},
	} {
		if got := Lookup(tc.stmt).Naming; got != tc.want {
			t.Errorf("%s Naming = %v, want %v", tc.stmt, got, tc.want)
		}
	}
	if Lookup("PolicyType").TopLevel {
		t.Error("PolicyType stands only inside PolicyServer or DynamicConfigPolicyLoad")
	}
	for _, tc := range []struct{ stmt, param, want string }{
		{"DmStackConfig", "Mode", "Active"},
		{"DmStackConfig", "MaxLifetime", "1440"},
		{"DmConfig", "DefensiveFilterDirectory", "/var/dm/filters"},
		{"IpGenericFilterAction", "IpFilterLogging", "No"},
		{"IpGenericFilterAction", "DiscardAction", "Silent"},
		{"IpDataOffer", "HowToEncrypt", "AES_CBC KeyLength 128"},
		{"KeyExchangePolicy", "AllowNat", "No"},
		{"LogLevel", "Level", "31"},
		{"CodePage", "CodePageName", "IBM-1047"},
	} {
		v, ok := Lookup(tc.stmt).Param(tc.param).DefaultFor(DefaultRelease)
		if !ok || v != tc.want {
			t.Errorf("%s %s default = %q, %v; want %q", tc.stmt, tc.param, v, ok, tc.want)
		}
	}
	// Secrets are KSecret so they are never printed.
	for _, tc := range []struct{ stmt, param string }{
		{"KeyExchangeRule", "SharedKey"},
		{"IpManVpnAction", "InboundAuthKey"},
		{"PolicyServer", "Password"},
		{"ReadFromDirectory", "LDAP_Password"},
	} {
		if p := Lookup(tc.stmt).Param(tc.param); p == nil || p.Kind != KSecret {
			t.Errorf("%s %s should be a KSecret", tc.stmt, tc.param)
		}
	}
	if p := Lookup("KeyExchangeRule").Param("SharedKey"); p.Words != 2 {
		t.Errorf("SharedKey Ascii x takes 2 words, catalog says %d", p.Words)
	}
}
