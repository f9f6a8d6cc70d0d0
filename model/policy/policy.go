package policy

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
)

// Param is one coded parameter.
type Param struct {
	Def *model.Param
	// Value is the normalised value (enums in IBM's spelling); the words
	// as coded are in Src.Values.
	Value string
	Src   *pagent.Statement
	// Target is the object a reference resolves to (nil when it does not
	// resolve or the parameter is not a reference).
	Target *Object
}

// Words returns the value words as coded.
func (p *Param) Words() []string { return tokensText(p.Src.Values) }

// Object is one statement instance: a named top-level object or an inline
// one nested in its parent.
type Object struct {
	Def  *model.Stmt
	Name string // "" for an unnamed statement
	// Inline objects are coded inside another statement's block.
	Inline   bool
	Parent   *Object
	Params   []*Param
	Children []*Object
	Src      *pagent.Statement
	// Seq is the object's place in Policy Agent's reading order over all
	// files (common file first); later definitions win.
	Seq int
	// Incomplete objects were damaged by a syntax error; checks that
	// would only guess are skipped for them.
	Incomplete bool

	// label is Label, computed once Build is done: messages, findings and
	// effective settings name objects millions of times in a large policy.
	label string
}

// Kind is the statement name in IBM's spelling.
func (o *Object) Kind() string { return o.Def.Name }

// Label names the object for messages: "TTLSRule COLATTLS", or for an
// inline one "TTLSKeyringParms in TTLSEnvironmentAction TNEA".
func (o *Object) Label() string {
	if o.label != "" {
		return o.label
	}
	if o.Name != "" {
		return o.Def.Name + " " + o.Name
	}
	if o.Parent != nil {
		return o.Def.Name + " in " + o.Parent.Label()
	}
	return o.Def.Name
}

// Get returns the coded parameters named name, in coded order.
func (o *Object) Get(name string) []*Param {
	var out []*Param
	for _, p := range o.Params {
		if strings.EqualFold(p.Def.Name, name) {
			out = append(out, p)
		}
	}
	return out
}

// Last returns the last coded value of name (the one Policy Agent uses
// for a single-valued parameter), or nil. Catalog names are ASCII, so a
// name of another length is not compared (it is asked for every
// parameter of every rule).
func (o *Object) Last(name string) *Param {
	for i := len(o.Params) - 1; i >= 0; i-- {
		if n := o.Params[i].Def.Name; n == name || len(n) == len(name) && strings.EqualFold(n, name) {
			return o.Params[i]
		}
	}
	return nil
}

// Child returns the inline statement of the given kind, or nil.
func (o *Object) Child(kind string) *Object {
	for _, c := range o.Children {
		if strings.EqualFold(c.Def.Name, kind) {
			return c
		}
	}
	return nil
}

// Policy is everything Policy Agent reads for one stack (or one file).
type Policy struct {
	Release model.Release
	Files   []*pagent.File
	// Objects are the top-level objects in reading order, duplicates
	// included.
	Objects []*Object
	Diags   source.Diagnostics
	byName  map[string]map[string]*Object // lower(kind) -> name -> winner
	// memo holds merged action settings per (group, environment,
	// connection) triple; see actionSettings.
	memoMu   sync.Mutex
	memo     map[[3]*Object]*actionSet
	lists    map[expandKey][]string
	defaults []*Setting
	order    []*Object
	prios    []int // the Priority of each rule of order
}

// Lookup returns the object Policy Agent uses for kind and name: the last
// one defined. Names are case-sensitive, kinds are not.
func (p *Policy) Lookup(kind, name string) *Object {
	return p.byName[kindKey(kind)][name]
}

// kindKey is the key of a statement kind in Policy.byName: its name in
// lower case. Callers mostly name kinds in the catalog's spelling, which
// is looked up rather than lower-cased anew.
func kindKey(kind string) string {
	if k, ok := catalogKinds()[kind]; ok {
		return k
	}
	return strings.ToLower(kind)
}

var catalogKinds = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, s := range model.Statements() {
		m[s.Name] = strings.ToLower(s.Name)
	}
	return m
})

// All returns the winning objects of a kind, sorted by name.
func (p *Policy) All(kind string) []*Object {
	m := p.byName[kindKey(kind)]
	out := make([]*Object, 0, len(m))
	for _, o := range m {
		out = append(out, o)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Build makes the model of files read in Policy Agent's order (for one
// stack: the common file first, then the stack's file), checks it against
// the catalog for release rel, and resolves references.
func Build(files []*pagent.File, rel model.Release) *Policy {
	if rel == 0 {
		rel = model.DefaultRelease
	}
	b := &builder{p: &Policy{Release: rel, Files: files, byName: map[string]map[string]*Object{}}}
	b.objects(files)
	b.index()
	b.resolve()
	b.rules()
	b.p.Diags.Sort()
	var label func(o *Object)
	label = func(o *Object) {
		o.label = o.Label()
		for _, c := range o.Children {
			label(c)
		}
	}
	for _, o := range b.p.Objects {
		label(o)
	}
	return b.p
}

type builder struct {
	p   *Policy
	seq int
}

// objects builds the object of every top-level statement, in reading
// order. Statements build independently, so a large policy's are shared
// out among the CPUs, each run with a builder of its own; the runs'
// objects, diagnostics and reading-order numbers are joined as one
// builder would have made them.
func (b *builder) objects(files []*pagent.File) {
	var stmts []*pagent.Statement
	for _, f := range files {
		stmts = append(stmts, f.Statements...)
	}
	objs := make([]*Object, len(stmts))
	runs := model.Runs(len(stmts), 4096)
	parts := make([]*builder, runs)
	model.ForRuns(runs, len(stmts), func(run, lo, hi int) {
		rb := b
		if runs > 1 {
			rb = &builder{p: &Policy{Release: b.p.Release}}
		}
		for i := lo; i < hi; i++ {
			objs[i] = rb.object(stmts[i], nil)
		}
		parts[run] = rb
	})
	var renumber func(o *Object, by int)
	renumber = func(o *Object, by int) {
		o.Seq += by
		for _, c := range o.Children {
			renumber(c, by)
		}
	}
	seq := 0
	for run, rb := range parts {
		lo, hi := run*len(stmts)/runs, (run+1)*len(stmts)/runs
		for _, o := range objs[lo:hi] {
			if o == nil {
				continue
			}
			if rb != b {
				renumber(o, seq)
			}
			b.p.Objects = append(b.p.Objects, o)
		}
		if rb != b {
			b.p.Diags = append(b.p.Diags, rb.p.Diags...)
			seq += rb.seq
		}
	}
	if runs > 1 {
		b.seq = seq
	}
}

func (b *builder) add(sp source.Span, sev source.Severity, code, msg, hint string) {
	b.p.Diags.Add(sp, sev, code, msg, hint)
}

// statementNames lists every statement in the catalog, for did-you-mean.
func statementNames() []string {
	var out []string
	for _, s := range model.Statements() {
		out = append(out, s.Name)
	}
	return out
}

func didYouMean(word string, cands []string) string {
	s := model.Suggest(word, cands)
	if len(s) == 0 {
		return ""
	}
	if len(s) > 3 {
		s = s[:3]
	}
	return "did you mean " + strings.Join(s, " or ") + "?"
}

// object builds the object for statement st inside parent (nil at top
// level). It returns nil when st is not a statement z/OS knows.
func (b *builder) object(st *pagent.Statement, parent *Object) *Object {
	def := model.Lookup(st.Keyword.Text)
	if def == nil {
		b.add(st.Keyword.Span, source.Error, CodeUnknownStmt,
			fmt.Sprintf("%q is not a Policy Agent statement; Policy Agent rejects or ignores it", st.Keyword.Text),
			didYouMean(st.Keyword.Text, statementNames()))
		return nil
	}
	if b.p.Release < def.Since {
		b.add(st.Keyword.Span, source.Error, CodeRelease,
			fmt.Sprintf("%s is not in %s (it came with %s)", def.Name, b.p.Release, def.Since), "")
	}
	o := &Object{Def: def, Parent: parent, Inline: parent != nil, Src: st, Incomplete: st.Incomplete, Seq: b.seq}
	b.seq++
	if parent == nil && !def.TopLevel {
		b.add(st.Keyword.Span, source.Error, CodeBadNesting,
			fmt.Sprintf("%s cannot stand on its own; it is coded inside %s", def.Name, strings.Join(nestersOf(def.Name), " or ")), "")
	}
	if def.Block != (st.Block != nil) {
		if def.Block {
			b.add(st.Span, source.Error, CodeBlockShape,
				fmt.Sprintf("%s is a block statement: its parameters go between { and } on the records after it", def.Name), "")
		} else {
			b.add(st.Span, source.Error, CodeBlockShape,
				fmt.Sprintf("%s is a one-record statement and takes no block", def.Name), "")
		}
	}
	if def.Block {
		b.name(o, st)
	} else {
		b.oneRecord(o, st)
	}
	if st.Block != nil {
		b.body(o, st.Block.Statements)
	}
	if !o.Incomplete {
		b.required(o)
	}
	return o
}

// name checks and records the name of a block statement.
func (b *builder) name(o *Object, st *pagent.Statement) {
	n := st.Name()
	switch o.Def.Naming {
	case model.NameRequired, model.NameInline:
		if n == "" && (!o.Inline || o.Def.Naming == model.NameRequired) {
			where := "at top level"
			if o.Inline {
				where = "here"
			}
			b.add(st.Keyword.Span, source.Error, CodeName,
				fmt.Sprintf("%s %s has no name; without one nothing can refer to it", o.Def.Name, where),
				"give it a name of 1-32 characters, or move it inside the statement that uses it")
		}
		if o.Def.Family == "ipsec" && n != "" && (strings.HasPrefix(n, "-") || strings.Contains(n, ",")) {
			b.add(st.Values[0].Span, source.Error, CodeName,
				fmt.Sprintf("IPSec name %q may not start with '-' or contain ','", n), "")
		}
		o.Name = n
	case model.NameNone:
		if n != "" {
			b.add(st.Values[0].Span, source.Error, CodeName,
				fmt.Sprintf("%s takes no name, found %q", o.Def.Name, n), "")
		}
	case model.NameValue:
		if n == "" {
			b.add(st.Keyword.Span, source.Error, CodeName,
				fmt.Sprintf("%s needs the name it applies to (a stack name, such as TCPIP)", o.Def.Name), "")
		}
		o.Name = n
	}
}

// oneRecord treats the values of a one-record statement (TcpImage TCPIP
// //'X(Y)' FLUSH) as the statement's parameters, in catalog order.
func (b *builder) oneRecord(o *Object, st *pagent.Statement) {
	vals := st.Values
	for i := range o.Def.Params {
		def := &o.Def.Params[i]
		if len(vals) == 0 {
			break
		}
		// An optional file slot is skipped when the next word is not a
		// file (TcpImage TCPIP FLUSH PURGE 3600 codes no image file).
		if def.Kind == model.KPath && !def.Required && optionWord(o.Def.Params[i+1:], vals[0].Text) {
			continue
		}
		n := def.Words
		if n == 0 {
			n = 1
		}
		if n < 0 || n > len(vals) {
			n = len(vals)
		}
		sub := &pagent.Statement{Keyword: st.Keyword, Values: vals[:n], Span: st.Span}
		v := checkValue(def, sub, &b.p.Diags)
		o.Params = append(o.Params, &Param{Def: def, Value: v, Src: sub})
		vals = vals[n:]
	}
	if o.Def.Naming == model.NameValue && len(o.Params) > 0 {
		o.Name = o.Params[0].Value // TcpImage TCPIP …: one per stack
	}
	if len(vals) > 0 {
		b.add(source.Cover(vals[0].Span, vals[len(vals)-1].Span), source.Error, CodeArity,
			fmt.Sprintf("%s has more values than it takes: %q", o.Def.Name, tokensText(vals)), "")
	}
}

// optionWord reports whether w is acceptable to one of the keyword
// parameters in rest (FLUSH, PURGE, an interval).
func optionWord(rest []model.Param, w string) bool {
	for _, p := range rest {
		if p.Kind != model.KKeywords {
			continue
		}
		if _, ok := matchEnum(p.Enum, w); ok {
			return true
		}
		if _, err := strconv.ParseUint(w, 10, 31); err == nil && p.Max > 0 {
			return true
		}
	}
	return false
}

// body reads the statements inside o's block.
func (b *builder) body(o *Object, list []*pagent.Statement) {
	for _, st := range list {
		kw := st.Keyword.Text
		if def := o.Def.Param(kw); def != nil {
			b.param(o, def, st)
			continue
		}
		if sub := model.Lookup(kw); sub != nil {
			if !o.Def.MayNest(sub.Name) {
				hint := ""
				if n := nestersOf(sub.Name); len(n) > 0 {
					hint = sub.Name + " may be coded inside " + strings.Join(n, ", ")
				}
				if ref := o.Def.Param(sub.Name + "Ref"); ref != nil {
					hint = "define it at top level with a name and refer to it with " + ref.Name
				}
				b.add(st.Keyword.Span, source.Error, CodeBadNesting,
					fmt.Sprintf("%s cannot be coded inside %s", sub.Name, o.Def.Name), hint)
				continue
			}
			if c := b.object(st, o); c != nil {
				o.Children = append(o.Children, c)
			}
			continue
		}
		if owners := ownersOf(kw); len(owners) > 0 {
			b.add(st.Keyword.Span, source.Error, CodeMisplaced,
				fmt.Sprintf("%s is not a parameter of %s; Policy Agent ignores it here", kw, o.Def.Name),
				fmt.Sprintf("%s belongs in %s", canonicalParam(kw, owners[0]), strings.Join(owners, " or ")))
			continue
		}
		var cands []string
		for _, p := range o.Def.Params {
			cands = append(cands, p.Name)
		}
		cands = append(cands, o.Def.Nested...)
		b.add(st.Keyword.Span, source.Error, CodeUnknownParam,
			fmt.Sprintf("%q is not a parameter of %s; Policy Agent ignores it", kw, o.Def.Name),
			didYouMean(kw, cands))
	}
	b.repeats(o)
	b.inlineAndRef(o)
}

func canonicalParam(kw, owner string) string {
	if s := model.Lookup(owner); s != nil {
		if p := s.Param(kw); p != nil {
			return p.Name
		}
	}
	return kw
}

func (b *builder) param(o *Object, def *model.Param, st *pagent.Statement) {
	if st.Block != nil {
		b.add(st.Span, source.Error, CodeBlockShape,
			fmt.Sprintf("%s is a parameter and takes no block", def.Name), "")
		return
	}
	if b.p.Release < def.Since {
		b.add(st.Keyword.Span, source.Error, CodeRelease,
			fmt.Sprintf("%s is not in %s (it came with %s); Policy Agent there rejects or ignores it", def.Name, b.p.Release, def.Since), "")
	}
	v := checkValue(def, st, &b.p.Diags)
	o.Params = append(o.Params, &Param{Def: def, Value: v, Src: st})
}

// repeats reports single-valued parameters coded more than once.
func (b *builder) repeats(o *Object) {
	seen := map[*model.Param]*Param{}
	for _, p := range o.Params {
		if p.Def.Repeatable || o.Def.Block == false {
			continue
		}
		if first, ok := seen[p.Def]; ok {
			b.add(p.Src.Keyword.Span, source.Warning, CodeRepeated,
				fmt.Sprintf("%s is coded again (first at line %d); only one value counts", p.Def.Name, first.Src.Keyword.Span.Line),
				"keep the one you mean and delete the other")
			continue
		}
		seen[p.Def] = p
	}
}

// inlineAndRef reports an inline statement and a reference for one slot.
func (b *builder) inlineAndRef(o *Object) {
	for _, c := range o.Children {
		if ref := o.Last(c.Def.Name + "Ref"); ref != nil && !ref.Def.Repeatable {
			b.add(ref.Src.Keyword.Span, source.Error, CodeInlineAndRef,
				fmt.Sprintf("%s codes both an inline %s (line %d) and %s", o.Label(), c.Def.Name, c.Src.Keyword.Span.Line, ref.Def.Name),
				"code one or the other")
		}
	}
}

func (b *builder) required(o *Object) {
	for i := range o.Def.Params {
		def := &o.Def.Params[i]
		if !def.Required || len(o.Get(def.Name)) > 0 {
			continue
		}
		// A required Ref is satisfied by the inline statement it names.
		if strings.HasSuffix(def.Name, "Ref") && o.Child(strings.TrimSuffix(def.Name, "Ref")) != nil {
			continue
		}
		b.add(o.Src.Keyword.Span, source.Error, CodeMissing,
			fmt.Sprintf("%s has no %s, which it requires", o.Label(), def.Name), valueHint(def))
	}
}

// nestersOf lists the statements that may code kind inline.
func nestersOf(kind string) []string {
	var out []string
	for _, s := range model.Statements() {
		if s.MayNest(kind) {
			out = append(out, s.Name)
		}
	}
	return out
}

// ownersOf lists the statements that have a parameter named kw.
func ownersOf(kw string) []string {
	var out []string
	for _, s := range model.Statements() {
		if s.Param(kw) != nil {
			out = append(out, s.Name)
		}
	}
	return out
}
