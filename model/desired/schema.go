package desired

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/zosnet/znet/model"
)

// Schema generates the JSON Schema of znet's YAML (system files and policy
// documents) from the catalog. Editors with the YAML language server use
// it to complete keys and values; znet itself validates more (references,
// ranges across statements, release gates).
//
// Keys and enumerated values are offered in IBM's spelling (for
// completion) and accepted in any case (as znet and Policy Agent accept
// them), through a case-insensitive pattern alongside each.
func Schema() ([]byte, error) {
	g := &schemaGen{defs: map[string]any{}}
	root := map[string]any{
		"$schema":     "https://json-schema.org/draft/2020-12/schema",
		"$id":         "https://github.com/zosnet/znet/schemas/znet.schema.json",
		"title":       "znet: z/OS network-security configuration as YAML",
		"description": "A znet system file (it has a system: key), a profile document (profile:), a syslog document (syslog:) or a policy document (statement kinds at the top).",
		"if":          map[string]any{"type": "object", "required": []string{"system"}},
		"then":        ref("system"),
		"else": map[string]any{
			"if":   map[string]any{"type": "object", "required": []string{"profile"}},
			"then": ref("profile.document"),
			"else": map[string]any{
				"if":   map[string]any{"type": "object", "required": []string{"syslog"}},
				"then": ref("syslog.document"),
				"else": ref("document"),
			},
		},
	}
	g.document()
	g.profileSchema()
	g.system()
	root["$defs"] = g.defs
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

type schemaGen struct {
	defs map[string]any
}

func ref(name string) map[string]any { return map[string]any{"$ref": "#/$defs/" + name} }

// ci makes a case-insensitive regular expression for a literal.
func ci(s string) string {
	var b strings.Builder
	b.WriteString("^")
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			b.WriteString("[" + string(unicode.ToUpper(r)) + string(unicode.ToLower(r)) + "]")
		case strings.ContainsRune(`.+*?()[]{}|^$\`, r):
			b.WriteString(`\` + string(r))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteString("$")
	return b.String()
}

// object is the schema of a mapping with the given keys. Values are
// checked for keys in IBM's spelling (which editors offer for completion);
// the same keys in any other case are accepted by name, as znet and Policy
// Agent accept them, and their values are left to znet to check.
func object(m map[string]any, desc string) map[string]any {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	alts := make([]string, len(names))
	for i, k := range names {
		alts[i] = strings.TrimSuffix(strings.TrimPrefix(ci(k), "^"), "$")
	}
	// x- keys are extensions (x-znet-ignore: lint suppressions).
	o := map[string]any{"type": "object", "properties": m,
		"propertyNames": map[string]any{"pattern": "^(" + strings.Join(alts, "|") + "|x-.*)$"}}
	if desc != "" {
		o["description"] = desc
	}
	return o
}

var scalarTypes = []string{"string", "number", "boolean"}

// value is the schema of one value of p.
func value(p *model.Param) map[string]any {
	v := map[string]any{}
	desc := p.Doc
	if p.Cite != "" {
		desc += " (" + p.Cite + ")"
	}
	v["description"] = desc
	switch p.Kind {
	case model.KEnum:
		var pats []string
		for _, e := range p.Enum {
			pats = append(pats, strings.TrimSuffix(strings.TrimPrefix(ci(e), "^"), "$"))
		}
		alts := []any{
			map[string]any{"enum": p.Enum},
			map[string]any{"type": "string", "pattern": "^(" + strings.Join(pats, "|") + ")$"},
		}
		if len(p.Enum) == 2 && p.Enum[0] == "On" && p.Enum[1] == "Off" {
			alts = append(alts, map[string]any{"type": "boolean"})
		}
		v["anyOf"] = alts
	case model.KInt:
		n := map[string]any{"type": "integer"}
		if p.Max > 0 || p.Min > 0 {
			n["minimum"], n["maximum"] = p.Min, p.Max
		}
		v["anyOf"] = []any{n, map[string]any{"type": "string", "pattern": `^[0-9]+$`}}
	default:
		v["type"] = scalarTypes
	}
	return v
}

func repeatable(p *model.Param, one map[string]any) map[string]any {
	if !p.Repeatable {
		return one
	}
	return map[string]any{"anyOf": []any{one, map[string]any{"type": "array", "items": one}}, "description": one["description"]}
}

// param defines the schema of one parameter once, for every body that
// holds it (flat or not) to refer to.
func (g *schemaGen) param(owner *model.Stmt, name string) string {
	p := owner.Param(name)
	id := "param." + owner.Name + "." + p.Name
	if _, ok := g.defs[id]; !ok {
		g.defs[id] = repeatable(p, value(p))
	}
	return id
}

// body defines the schema of a statement's body, once per statement.
func (g *schemaGen) body(s *model.Stmt) string {
	name := "body." + s.Name
	if _, ok := g.defs[name]; ok {
		return name
	}
	g.defs[name] = true // placeholder against recursion
	m := map[string]any{}
	flat := model.Flatten(s)
	for lk, owner := range flat.Owners {
		m[owner.Param(lk).Name] = ref(g.param(owner, lk))
	}
	for _, n := range s.Nested {
		if c := model.Lookup(n); c != nil && c.Block {
			b := ref(g.body(c))
			m[c.Name] = map[string]any{"anyOf": []any{b, map[string]any{"type": "array", "items": b}}}
		}
	}
	if s.Naming == model.NameInline || s.Naming == model.NameRequired {
		m["name"] = map[string]any{"type": "string", "description": "name of a statement written inline (optional)"}
	}
	g.defs["map."+s.Name] = object(m, s.Doc)
	// The ordered form: a list of one-key mappings.
	ordered := map[string]any{"type": "array", "items": map[string]any{
		"allOf": []any{ref("map." + s.Name)}, "minProperties": 1, "maxProperties": 1}}
	g.defs[name] = map[string]any{"anyOf": []any{ref("map." + s.Name), ordered, map[string]any{"type": "null"}}}
	return name
}

// statement is the schema of a top-level `Kind: …` value.
func (g *schemaGen) statement(s *model.Stmt) map[string]any {
	desc := s.Doc
	if !s.Block {
		parts := map[string]any{}
		for i := range s.Params {
			parts[s.Params[i].Name] = value(&s.Params[i])
		}
		one := map[string]any{"anyOf": []any{map[string]any{"type": scalarTypes}, object(parts, "")}}
		if s.Naming == model.NameValue {
			return map[string]any{"type": "object", "description": desc, "additionalProperties": one}
		}
		return map[string]any{"description": desc, "anyOf": []any{one, map[string]any{"type": "array", "items": one}}}
	}
	b := ref(g.body(s))
	if s.Naming == model.NameNone {
		return map[string]any{"description": desc, "allOf": []any{b}}
	}
	return map[string]any{"type": "object", "description": desc + " (a mapping from object name to its parameters)",
		"propertyNames": map[string]any{"minLength": 1, "maxLength": 32}, "additionalProperties": b}
}

func (g *schemaGen) document() {
	m := map[string]any{}
	var names []string
	for _, s := range model.Statements() {
		if s.TopLevel {
			m[s.Name] = g.statement(s)
			names = append(names, s.Name)
		}
	}
	sort.Strings(names)
	m["include"] = map[string]any{"description": "documents read before this one (paths relative to this file)",
		"anyOf": []any{map[string]any{"type": "string"}, map[string]any{"type": "array", "items": map[string]any{"type": "string"}}}}
	for _, w := range wrappers {
		m[w] = ref("document")
	}
	doc := object(m, fmt.Sprintf("A Policy Agent policy document: %d statement kinds in IBM's spelling.", len(names)))
	doc["type"] = []string{"object", "null"}
	g.defs["document"] = doc
}

func (g *schemaGen) system() {
	member := map[string]any{"type": "string", "pattern": `^[A-Za-z@#$][A-Za-z0-9@#$]{0,7}$`, "description": "a PDS member name: 1-8 characters A-Z 0-9 @ # $, not starting with a digit"}
	part := map[string]any{"anyOf": []any{
		map[string]any{"type": "string", "description": "file of the policy document, relative to the system file"},
		map[string]any{"type": "object", "required": []string{"file"}, "additionalProperties": false,
			"properties": map[string]any{"file": map[string]any{"type": "string"}, "member": member}},
		map[string]any{"allOf": []any{ref("document")}, "description": "the policy document written inline (member: names the member)"},
	}}
	g.defs["part"] = part
	// Inline documents may carry member: beside their statements.
	if doc, ok := g.defs["document"].(map[string]any); ok {
		doc["properties"].(map[string]any)["member"] = member
	}
	stack := map[string]any{"type": "object", "additionalProperties": false, "properties": map[string]any{
		"image": member, "attls": ref("part"), "ipsec": ref("part"),
		"profile": nativePart("profile", "member", member, "the stack's network part of the TCP/IP profile, the member its profile includes with INCLUDE: a profile document (built by printing it) or a native file (built as written)")}}
	g.defs["system"] = map[string]any{
		"type": "object", "required": []string{"system"}, "additionalProperties": false,
		"properties": map[string]any{
			"system":  map[string]any{"type": "string", "description": "the z/OS system name"},
			"release": map[string]any{"enum": []string{"zos-2.4", "zos-2.5", "zos-3.1", "zos-3.2"}, "description": "z/OS release: selects defaults and allowed keywords"},
			"dataset": map[string]any{"type": "string", "description": "the PDS the members are built for"},
			"pagent": map[string]any{"type": "object", "additionalProperties": false, "properties": map[string]any{
				"member": member, "stdenv": member, "config": ref("part"),
				"common": map[string]any{"type": "object", "additionalProperties": false,
					"properties": map[string]any{"attls": ref("part"), "ipsec": ref("part")}}}},
			"stacks": map[string]any{"type": "object", "additionalProperties": stack,
				"propertyNames": map[string]any{"maxLength": 8}},
			"dmd":    ref("part"),
			"syslog": nativePart("syslog", "path", map[string]any{"type": "string", "pattern": "^/"}, "the z/OS UNIX syslogd configuration, built under uss/ at path (default /etc/syslog.conf): a syslog document or a native syslog.conf"),
			"tests":  map[string]any{"type": "string", "description": "policy tests run by znet test"},
		},
	}
}
