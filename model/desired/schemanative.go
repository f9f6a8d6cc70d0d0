package desired

import (
	"fmt"
	"sort"
	"strings"

	"github.com/zosnet/znet/grammar/profile"
	tcpprofile "github.com/zosnet/znet/model/profile"
)

// The JSON Schema of profile and syslog documents. Statement keys,
// parameter keys, enumerations and ranges come from model/profile's
// tables (tcpprofile.Parameters); the descriptions name the statement's
// shape as the IP Configuration Reference writes it.

// profileDocs describes the statements of a profile document.
var profileDocs = map[string]string{
	"DEVICE":           "DEVICE name type [device number]: a device (MPCIPA, MPCPTP, LCS, CTC, VIRTUAL); the value is the name and type, the other keys its parameters",
	"LINK":             "LINK name type [number] device: a link on a device; the value is the name, type and device, the other keys its parameters",
	"INTERFACE":        "INTERFACE name: an interface; the value is its name, DEFINE: its type (or DELETE: true, ADDADDR: address…), the other keys its parameters",
	"HOME":             "HOME address link [PRIMARY]…: home addresses of links, a string, or a list of entries",
	"START":            "START name: start a device or interface",
	"STOP":             "STOP name: stop a device or interface",
	"PRIMARYINTERFACE": "PRIMARYINTERFACE name: the primary interface",
	"BEGINROUTES":      "BEGINROUTES … ENDROUTES: the list of ROUTE statements",
	"BSDROUTINGPARMS":  "BSDROUTINGPARMS TRUE|FALSE, then link_name maxmtu metric subnet_mask dest_addr entries: a list of strings",
	"IPSEC":            "IPSEC … ENDIPSEC: the default IP filter rules (IPSECRULE, IPSEC6RULE) as a list; the other keys are the IPSEC parameters",
	"TCPCONFIG":        "TCPCONFIG parameters, in native syntax (TTLS RESTRICTLOWPORTS …)",
	"IPCONFIG":         "IPCONFIG parameters, in native syntax (IPSECURITY SOURCEVIPA …)",
	"IPCONFIG6":        "IPCONFIG6 parameters, in native syntax (IPSECURITY …)",
	"INCLUDE":          "INCLUDE data set or z/OS UNIX file",
	"ROUTE":            "ROUTE destination [mask] first_hop link_or_interface parameters, in native syntax (the parameters may also be keys)",
	"IPSECRULE":        "IPSECRULE source destination [LOG|NOLOG] [PROTOCOL …] [ROUTING …] [SECCLASS n] [DIRECTION …], in native syntax",
	"IPSEC6RULE":       "IPSEC6RULE source destination [LOG|NOLOG] [PROTOCOL …] [ROUTING …] [SECCLASS n] [DIRECTION …], in native syntax",
}

// ciPrefix is a case-insensitive pattern (no anchors) for name and its
// abbreviations down to min letters (0: the full name only).
func ciPrefix(name string, min int) string {
	lit := func(s string) string { return strings.TrimSuffix(strings.TrimPrefix(ci(s), "^"), "$") }
	if min <= 0 || min >= len(name) {
		return lit(name)
	}
	var b strings.Builder
	b.WriteString(lit(name[:min]))
	for i := min; i < len(name); i++ {
		b.WriteString("(" + lit(name[i:i+1]))
	}
	b.WriteString(strings.Repeat(")?", len(name)-min))
	return b.String()
}

// namesPattern anchors an alternation of patterns.
func namesPattern(pats []string) map[string]any {
	sort.Strings(pats)
	return map[string]any{"pattern": "^(" + strings.Join(dedup(pats), "|") + ")$"}
}

func dedup(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

var wordsSchema = map[string]any{"anyOf": []any{
	map[string]any{"type": []string{"string", "number", "boolean", "null"}},
	map[string]any{"type": "array", "items": map[string]any{"type": []string{"string", "number", "boolean"}}},
}}

// profileParam is the schema of a parameter key's value.
func profileParam(p tcpprofile.ParamSpec, stmt string) map[string]any {
	desc := fmt.Sprintf("%s parameter %s", stmt, p.Name)
	flag := map[string]any{"anyOf": []any{map[string]any{"const": true}, map[string]any{"type": "null"}}}
	switch p.Kind {
	case "flag":
		flag["description"] = desc + " (takes no value: " + p.Name + ": true)"
		return flag
	case "list":
		return map[string]any{"description": desc + " (one value, or a list of them)", "anyOf": []any{
			map[string]any{"type": []string{"string", "number"}},
			map[string]any{"type": "array", "items": map[string]any{"type": []string{"string", "number"}}}}}
	}
	v := map[string]any{"description": desc}
	switch {
	case len(p.Enum) > 0:
		var pats []string
		for _, e := range p.Enum {
			pats = append(pats, strings.TrimSuffix(strings.TrimPrefix(ci(e), "^"), "$"))
		}
		v["anyOf"] = []any{map[string]any{"enum": p.Enum},
			map[string]any{"type": "string", "pattern": "^(" + strings.Join(pats, "|") + "|&.*)$"}}
	case p.Hi > 0:
		v["anyOf"] = []any{map[string]any{"type": "integer", "minimum": p.Lo, "maximum": p.Hi},
			map[string]any{"type": "string", "pattern": `^&`}}
		v["description"] = fmt.Sprintf("%s (%d-%d)", desc, p.Lo, p.Hi)
	case p.Words():
		v["anyOf"] = []any{map[string]any{"type": []string{"string", "number"}}, map[string]any{"const": true}, map[string]any{"type": "null"}}
	default:
		v["type"] = []string{"string", "number"}
	}
	return v
}

// statementTables lists the parameter tables of a statement: every type's
// for DEVICE, LINK and INTERFACE (by type), the one table of ROUTE and
// IPSEC.
func statementTables(stmt string) map[string][]tcpprofile.ParamSpec {
	out := map[string][]tcpprofile.ParamSpec{}
	switch stmt {
	case "DEVICE", "LINK", "INTERFACE":
		for _, t := range tcpprofile.Types(stmt) {
			out[t], _ = tcpprofile.Parameters(stmt, t)
		}
	case "ROUTE", "IPSEC":
		out[""], _ = tcpprofile.Parameters(stmt, "")
	}
	return out
}

// profileEntry defines the schema of one statement entry of a list (the
// outermost list, or a block's: in names the block).
func (g *schemaGen) profileEntry(in string) string {
	id := "profile.entry"
	stmts := ProfileStatements
	if in != "" {
		id = "profile." + strings.ToLower(in) + ".entry"
		stmts = profileBody[in]
	}
	props := map[string]any{}
	var names []string
	var rules []any
	loose := map[string]any{"anyOf": []any{map[string]any{"const": true}, map[string]any{"type": "null"}, wordsSchema}}
	allParams := map[string]tcpprofile.ParamSpec{}
	for _, s := range stmts {
		names = append(names, ciPrefix(s, profile.MinAbbrev(s)))
		switch {
		case profileBody[s] != nil:
			props[s] = map[string]any{"description": profileDocs[s], "type": []string{"array", "null"},
				"items": ref(g.profileEntry(s))}
		default:
			w := map[string]any{"description": profileDocs[s]}
			for k, v := range wordsSchema {
				w[k] = v
			}
			props[s] = w
		}
		tables := statementTables(s)
		if len(tables) == 0 {
			// Words only: the statement key is the entry's one key.
			rules = append(rules, map[string]any{"if": map[string]any{"required": []string{s}},
				"then": map[string]any{"maxProperties": 1}})
			continue
		}
		// The parameters of the statement (of any of its types), checked
		// when the statement is written in IBM's spelling.
		own := map[string]any{}
		pats := []string{ciPrefix(s, profile.MinAbbrev(s))}
		kinds := map[string]string{}
		add := func(p tcpprofile.ParamSpec) {
			switch k, ok := kinds[p.Name]; {
			case !ok:
				own[p.Name] = profileParam(p, s)
				kinds[p.Name] = p.Kind
				pats = append(pats, ciPrefix(p.Name, p.Min))
			case k != p.Kind && p.Kind == "list":
				// One value for some types, several for others (IPADDR).
				own[p.Name] = profileParam(p, s)
				kinds[p.Name] = p.Kind
			}
			allParams[p.Name] = p
		}
		if s == "INTERFACE" {
			for _, a := range tcpprofile.InterfaceActions() {
				add(a)
			}
			own["DEFINE"] = map[string]any{"description": "INTERFACE DEFINE: the interface type", "anyOf": []any{
				map[string]any{"enum": tcpprofile.Types("INTERFACE")}, map[string]any{"type": "string"}}}
		}
		var types []string
		for t := range tables {
			types = append(types, t)
		}
		sort.Strings(types)
		for _, t := range types {
			for _, p := range tables[t] {
				add(p)
			}
		}
		rules = append(rules, map[string]any{"if": map[string]any{"required": []string{s}},
			"then": map[string]any{"propertyNames": namesPattern(pats), "properties": own}})
		if s == "INTERFACE" {
			// INTERFACE … DEFINE type: the parameters of that type.
			for _, t := range types {
				tp := []string{ciPrefix(s, profile.MinAbbrev(s))}
				for _, a := range tcpprofile.InterfaceActions() {
					tp = append(tp, ciPrefix(a.Name, a.Min))
				}
				for _, p := range tables[t] {
					tp = append(tp, ciPrefix(p.Name, p.Min))
				}
				rules = append(rules, map[string]any{
					"if":   map[string]any{"required": []string{s, "DEFINE"}, "properties": map[string]any{"DEFINE": map[string]any{"const": t}}},
					"then": map[string]any{"propertyNames": namesPattern(tp)}})
			}
		}
	}
	for name, p := range allParams {
		props[name] = loose
		names = append(names, ciPrefix(name, p.Min))
	}
	if in == "" {
		props[Verbatim] = map[string]any{"type": "string", "description": "native profile text (a literal block: verbatim: |), for statements znet keeps as written; read with the profile grammar where it stands"}
		names = append(names, Verbatim)
		rules = append(rules, map[string]any{"if": map[string]any{"required": []string{Verbatim}},
			"then": map[string]any{"maxProperties": 1}})
	}
	desc := "a profile statement: the statement key first (its value is the statement's words in native syntax), then its parameters"
	if in != "" {
		desc = fmt.Sprintf("a statement of the %s block", in)
	}
	g.defs[id] = map[string]any{"type": "object", "description": desc, "minProperties": 1,
		"properties": props, "propertyNames": namesPattern(names), "allOf": rules}
	return id
}

// profileSchema defines profile and syslog documents and their lists.
func (g *schemaGen) profileSchema() {
	g.defs["profile.list"] = map[string]any{"type": []string{"array", "null"},
		"description": "the statements of the profile part, in the order the stack reads them",
		"items":       ref(g.profileEntry(""))}
	g.defs["profile.document"] = map[string]any{"type": "object", "required": []string{"profile"}, "additionalProperties": false,
		"description": "A TCP/IP profile part: the list of its statements under profile:.",
		"properties":  map[string]any{"profile": ref("profile.list")}}
	strs := map[string]any{"anyOf": []any{map[string]any{"type": "string"},
		map[string]any{"type": "array", "minItems": 1, "items": map[string]any{"type": "string"}}}}
	rule := map[string]any{"type": "object", "required": []string{"selector"}, "additionalProperties": false,
		"description": "a syslogd rule: selector(s), destination, options, as syslog.conf writes them",
		"properties": map[string]any{
			"selector":    withDesc(strs, `selector, such as "*.TCPIP.*.err", or a list of them (joined by ';')`),
			"destination": map[string]any{"type": "string", "description": "a file (/var/log/…, with %Y %m %d for daily files), @host, or user IDs"},
			"options":     withDesc(strs, "file options: -F mode, -D mode, -N qualifier, -X"),
		}}
	g.defs["syslog.list"] = map[string]any{"type": []string{"array", "null"},
		"description": "the rules of syslog.conf, in order",
		"items": map[string]any{"anyOf": []any{
			rule,
			map[string]any{"type": "string", "description": "a rule or statement as a native syslog.conf line"},
			map[string]any{"type": "object", "required": []string{Verbatim}, "additionalProperties": false,
				"properties": map[string]any{Verbatim: map[string]any{"type": "string", "description": "native syslog.conf text"}}},
		}}}
	g.defs["syslog.document"] = map[string]any{"type": "object", "required": []string{"syslog"}, "additionalProperties": false,
		"description": "The z/OS syslogd configuration: the list of its rules under syslog:.",
		"properties":  map[string]any{"syslog": ref("syslog.list")}}
}

func withDesc(m map[string]any, d string) map[string]any {
	out := map[string]any{"description": d}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// nativePart is the schema of a stack's profile: or the system's syslog:
// a file, {file:, member:|path:}, or the document inline.
func nativePart(kind, target string, t map[string]any, desc string) map[string]any {
	list := ref(kind + ".list")
	return map[string]any{"description": desc, "anyOf": []any{
		map[string]any{"type": "string", "description": "the file: a " + kind + " document (.yaml, .yml) or native text"},
		map[string]any{"type": "object", "required": []string{"file"}, "additionalProperties": false,
			"properties": map[string]any{"file": map[string]any{"type": "string"}, target: t}},
		list,
		map[string]any{"type": "object", "required": []string{kind}, "additionalProperties": false,
			"properties": map[string]any{kind: list, target: t}},
	}}
}
