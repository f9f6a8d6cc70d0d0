package model

import (
	"strconv"
	"strings"
	"testing"
)

// attlsTestStmts are the AT-TLS statements catalog_attls.go registers.
var attlsTestStmts = []string{
	"TTLSRule", "TTLSGroupAction", "TTLSGroupAdvancedParms",
	"TTLSEnvironmentAction", "TTLSEnvironmentAdvancedParms",
	"TTLSConnectionAction", "TTLSConnectionAdvancedParms",
	"TTLSKeyringParms", "TTLSCipherParms", "TTLSSignatureParms",
	"TTLSGskAdvancedParms", "TTLSGskLdapParms", "TTLSGskOcspParms", "TTLSGskHttpCdpParms",
}

// attlsTestCommon are the shared statements AT-TLS statements may name; they
// are registered by another file and only referred to here by name.
var attlsTestCommon = []string{"IpAddr", "IpAddrSet", "IpAddrGroup", "PortRange", "PortGroup", "IpTimeCondition"}

func attlsTestKnown(name string) bool {
	for _, n := range append(append([]string{}, attlsTestStmts...), attlsTestCommon...) {
		if n == name {
			return true
		}
	}
	return false
}

func attlsTestLookup(t *testing.T, name string) *Stmt {
	t.Helper()
	s := Lookup(name)
	if s == nil {
		t.Fatalf("Lookup(%q) = nil", name)
	}
	return s
}

func TestAttlsLookup(t *testing.T) {
	for _, q := range []struct{ query, want string }{
		{"ttlsrule", "TTLSRule"},
		{"TTLSRULE", "TTLSRule"},
		{"ttlsEnvironmentAdvancedParms", "TTLSEnvironmentAdvancedParms"},
		{"TTLSGskHttpCdpParms", "TTLSGskHttpCdpParms"},
	} {
		s := attlsTestLookup(t, q.query)
		if s.Name != q.want {
			t.Errorf("Lookup(%q).Name = %q, want %q", q.query, s.Name, q.want)
		}
	}
	for _, n := range attlsTestStmts {
		s := attlsTestLookup(t, n)
		if s.Name != n || s.Family != "attls" || !s.Block || !s.TopLevel {
			t.Errorf("%s: Name %q Family %q Block %v TopLevel %v", n, s.Name, s.Family, s.Block, s.TopLevel)
		}
		if s.Doc == "" || s.Cite == "" || len(s.Params) == 0 {
			t.Errorf("%s: missing Doc, Cite or Params", n)
		}
	}
	if Lookup("TTLSNoSuchThing") != nil {
		t.Error("Lookup of an unknown statement is not nil")
	}
}

func TestAttlsNaming(t *testing.T) {
	for _, n := range attlsTestStmts {
		s := attlsTestLookup(t, n)
		want := NameInline
		switch n {
		case "TTLSRule", "TTLSGroupAction", "TTLSEnvironmentAction", "TTLSConnectionAction":
			want = NameRequired
		}
		if s.Naming != want {
			t.Errorf("%s: Naming %v, want %v", n, s.Naming, want)
		}
	}
}

func TestAttlsParamCaseInsensitive(t *testing.T) {
	for _, c := range []struct{ stmt, query, want string }{
		{"TTLSEnvironmentAdvancedParms", "tlsv1.2", "TLSv1.2"},
		{"TTLSEnvironmentAdvancedParms", "3DESKEYCHECK", "3DesKeyCheck"},
		{"ttlsrule", "ttlsgroupactionref", "TTLSGroupActionRef"},
		{"TTLSKeyringParms", "keyringpw", "KeyringPw"},
		{"TTLSGskAdvancedParms", "gsk_v3_session_timeout", "GSK_V3_SESSION_TIMEOUT"},
		{"TTLSSignatureParms", "clientkeysharegroups", "ClientKeyShareGroups"},
	} {
		p := attlsTestLookup(t, c.stmt).Param(c.query)
		if p == nil {
			t.Errorf("%s.Param(%q) = nil", c.stmt, c.query)
			continue
		}
		if p.Name != c.want {
			t.Errorf("%s.Param(%q).Name = %q, want %q", c.stmt, c.query, p.Name, c.want)
		}
	}
	if attlsTestLookup(t, "TTLSRule").Param("Keyring") != nil {
		t.Error("TTLSRule has no Keyring parameter")
	}
}

func TestAttlsDefaults(t *testing.T) {
	for _, c := range []struct {
		stmt, param string
		rel         Release
		want        string // "" = no default
	}{
		{"TTLSEnvironmentAdvancedParms", "TLSv1.2", R31, "Off"},
		{"TTLSEnvironmentAdvancedParms", "TLSv1.2", R24, "Off"},
		{"TTLSEnvironmentAdvancedParms", "TLSv1", R31, "On"},
		{"TTLSEnvironmentAdvancedParms", "TLSv1.1", R31, "On"},
		{"TTLSEnvironmentAdvancedParms", "TLSv1.3", R31, "Off"},
		{"TTLSEnvironmentAdvancedParms", "SSLv3", R31, "Off"},
		{"TTLSEnvironmentAdvancedParms", "SSLv2", R25, "Off"},
		{"TTLSEnvironmentAdvancedParms", "HandshakeTimeout", R31, "10"},
		{"TTLSEnvironmentAdvancedParms", "ClientAuthType", R31, "Required"},
		{"TTLSEnvironmentAdvancedParms", "PeerMinRsaKeySize", R31, "1024"},
		{"TTLSEnvironmentAdvancedParms", "Renegotiation", R31, "Default"},
		{"TTLSConnectionAdvancedParms", "TLSv1.2", R31, ""}, // inherits
		{"TTLSRule", "Priority", R31, "1"},
		{"TTLSGroupAction", "Trace", R24, "2"},
		{"TTLSGroupAction", "FIPS140", R31, "Off"},
		{"TTLSEnvironmentAction", "Trace", R31, ""}, // inherits the group's
		{"TTLSGskAdvancedParms", "GSK_V3_SESSION_TIMEOUT", R31, "86400"},
		{"TTLSGskAdvancedParms", "GSK_V3_SIDCACHE_SIZE", R31, "512"},
		{"TTLSSignatureParms", "ClientKeyShareGroups", R31, "0023"},
		{"TTLSGskOcspParms", "OcspServerStapling", R31, "Off"},
	} {
		p := attlsTestLookup(t, c.stmt).Param(c.param)
		if p == nil {
			t.Errorf("%s has no %s", c.stmt, c.param)
			continue
		}
		got, ok := p.DefaultFor(c.rel)
		if c.want == "" {
			if ok {
				t.Errorf("%s %s on %v: default %q, want none", c.stmt, c.param, c.rel, got)
			}
			continue
		}
		if !ok || got != c.want {
			t.Errorf("%s %s on %v: default %q (%v), want %q", c.stmt, c.param, c.rel, got, ok, c.want)
		}
	}
}

func TestAttlsRequiredAndSince(t *testing.T) {
	for _, c := range []struct{ stmt, param string }{
		{"TTLSRule", "Direction"},
		{"TTLSRule", "TTLSGroupActionRef"},
		{"TTLSGroupAction", "TTLSEnabled"},
		{"TTLSEnvironmentAction", "HandshakeRole"},
		{"TTLSEnvironmentAction", "TTLSKeyringParmsRef"},
		{"TTLSKeyringParms", "Keyring"},
	} {
		if p := attlsTestLookup(t, c.stmt).Param(c.param); p == nil || !p.Required {
			t.Errorf("%s %s should be required", c.stmt, c.param)
		}
	}
	for _, c := range []struct {
		stmt, param string
		since       Release
	}{
		{"TTLSEnvironmentAdvancedParms", "TLSv1.3", R24},
		{"TTLSConnectionAdvancedParms", "TLSv1.3", R24},
		{"TTLSEnvironmentAdvancedParms", "MiddleBoxCompatMode", R24},
		{"TTLSSignatureParms", "ClientKeyShareGroups", R24},
		{"TTLSSignatureParms", "ServerKeyShareGroups", R24},
		{"TTLSEnvironmentAdvancedParms", "TLSv1.2", 0},
	} {
		if p := attlsTestLookup(t, c.stmt).Param(c.param); p == nil || p.Since != c.since {
			t.Errorf("%s %s: Since should be %v", c.stmt, c.param, c.since)
		}
	}
	for _, c := range []struct{ stmt, param string }{
		{"TTLSCipherParms", "V3CipherSuites"},
		{"TTLSCipherParms", "V3CipherSuites4Char"},
		{"TTLSSignatureParms", "SignaturePairs"},
		{"TTLSEnvironmentAdvancedParms", "ServerCertificateLabel"},
		{"TTLSGskLdapParms", "GSK_LDAP_SERVER"},
	} {
		if p := attlsTestLookup(t, c.stmt).Param(c.param); p == nil || !p.Repeatable {
			t.Errorf("%s %s should be repeatable", c.stmt, c.param)
		}
	}
	for _, c := range []struct{ stmt, param string }{
		{"TTLSKeyringParms", "KeyringPw"},
		{"TTLSGskLdapParms", "GSK_LDAP_USER_PW"},
	} {
		if p := attlsTestLookup(t, c.stmt).Param(c.param); p == nil || p.Kind != KSecret {
			t.Errorf("%s %s should be a secret", c.stmt, c.param)
		}
	}
}

func TestAttlsRefsAndNesting(t *testing.T) {
	for _, n := range attlsTestStmts {
		s := attlsTestLookup(t, n)
		for _, nest := range s.Nested {
			if !attlsTestKnown(nest) {
				t.Errorf("%s nests unknown statement %q", n, nest)
			}
		}
		for _, p := range s.Params {
			if p.Kind != KRef {
				if len(p.Ref) != 0 {
					t.Errorf("%s %s: Ref set on a non-KRef parameter", n, p.Name)
				}
				continue
			}
			if len(p.Ref) == 0 {
				t.Errorf("%s %s: KRef without Ref", n, p.Name)
			}
			for _, r := range p.Ref {
				if !attlsTestKnown(r) {
					t.Errorf("%s %s names unknown statement %q", n, p.Name, r)
				}
			}
		}
	}
	if !attlsTestLookup(t, "TTLSEnvironmentAction").MayNest("ttlskeyringparms") {
		t.Error("TTLSEnvironmentAction should nest TTLSKeyringParms")
	}
	if attlsTestLookup(t, "TTLSRule").MayNest("TTLSGroupAction") {
		t.Error("TTLSRule must reference actions, not nest them")
	}
}

func TestAttlsParamsWellFormed(t *testing.T) {
	for _, n := range attlsTestStmts {
		s := attlsTestLookup(t, n)
		seen := map[string]bool{}
		for _, p := range s.Params {
			k := strings.ToLower(p.Name)
			if seen[k] {
				t.Errorf("%s: parameter %s listed twice", n, p.Name)
			}
			seen[k] = true
			if p.Kind == 0 || p.Doc == "" || p.Cite == "" {
				t.Errorf("%s %s: missing Kind, Doc or Cite", n, p.Name)
			}
			if p.Kind == KEnum && len(p.Enum) == 0 {
				t.Errorf("%s %s: KEnum without Enum", n, p.Name)
			}
			if p.Kind == KInt && p.Min > p.Max {
				t.Errorf("%s %s: Min %d > Max %d", n, p.Name, p.Min, p.Max)
			}
			last := Release(-1)
			for _, d := range p.Defaults {
				if d.Since < last {
					t.Errorf("%s %s: defaults not in release order", n, p.Name)
				}
				last = d.Since
				switch p.Kind {
				case KEnum:
					ok := false
					for _, e := range p.Enum {
						ok = ok || e == d.Value
					}
					if !ok {
						t.Errorf("%s %s: default %q not in %v", n, p.Name, d.Value, p.Enum)
					}
				case KInt:
					v, err := strconv.ParseInt(d.Value, 10, 64)
					if err != nil || v < p.Min || v > p.Max {
						t.Errorf("%s %s: default %q outside %d-%d", n, p.Name, d.Value, p.Min, p.Max)
					}
				}
			}
		}
	}
}

// TestAttlsFlattenable checks the YAML rule that, within an action and every
// statement it may nest (recursively), one parameter name means one thing.
func TestAttlsFlattenable(t *testing.T) {
	for _, action := range []string{"TTLSGroupAction", "TTLSEnvironmentAction", "TTLSConnectionAction"} {
		where := map[string]string{}
		byName := map[string]Param{}
		var walk func(stmt string)
		walk = func(stmt string) {
			s := attlsTestLookup(t, stmt)
			for _, p := range s.Params {
				k := strings.ToLower(p.Name)
				if q, dup := byName[k]; dup {
					if q.Kind != p.Kind || strings.Join(q.Enum, "|") != strings.Join(p.Enum, "|") {
						t.Errorf("%s: %s means different things in %s and %s", action, p.Name, where[k], stmt)
					}
					continue
				}
				byName[k], where[k] = p, stmt
			}
			for _, n := range s.Nested {
				walk(n)
			}
		}
		walk(action)
	}
}
