package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/profile"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/grammar/syslog"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/desired"
)

func newImportCmd() *cobra.Command {
	var c commonFlags
	var out, system, stack string
	cmd := &cobra.Command{
		Use:   "import FILE|DIR... [-o DIR]",
		Short: "Turn native Policy Agent members, profile parts and syslog.conf into YAML",
		Long: `import reads native Policy Agent members (files, or a directory of members
downloaded from a PDS) and writes them as YAML policy documents: one
document per member, named objects staying named and inline ones inline,
comments kept as YAML comments. When the PAGENT main configuration is among
the members, a system file (system.yaml) ties the documents together the
way Policy Agent chains them (TcpImage -> image -> TTLSConfig/IpSecConfig).

A TCP/IP profile part (the member a stack's profile includes) becomes a
profile document: the statements znet models as YAML, the others in
verbatim blocks where they stood. A syslog.conf becomes a syslog document.
Each kind is recognised by content (or --kind). The system file names the
profile as the profile of the chain's stack when there is one stack, else
of the stack --stack names; syslog.conf as /etc/syslog.conf.

Secrets (KeyringPw, SharedKey…) are never copied: the YAML refers to an
environment variable (${KEYR11_KEYRINGPW}) that you set when building.

With one input and no -o, the document is printed. Otherwise -o names the
directory to write; nothing is written unless every member was read
without syntax errors.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			rel, err := model.ParseRelease(c.release)
			if err != nil {
				return inputErr("%v", err)
			}
			files, err := readInputs("import", args, c.kind)
			if err != nil {
				return err
			}
			var pa []*pagent.File
			type native struct {
				tree any
				data []byte
			}
			var natives []native
			var syntax source.Diagnostics
			for _, f := range files {
				p, err := f.family.Parse(f.name, f.data)
				if err != nil {
					return &exitError{code: exitInternal, msg: err.Error()}
				}
				syntax = append(syntax, p.Diags()...)
				switch t := p.(type) {
				case *pagent.File:
					pa = append(pa, t)
				case *profile.File, *syslog.File:
					natives = append(natives, native{t, f.data})
				default:
					return inputErr("%s: import reads Policy Agent and DMD members, TCP/IP profiles and syslog.conf; this is %s", f.name, f.family.Kind)
				}
			}
			printDiags(cmd.ErrOrStderr(), syntax)
			if syntax.HasErrors() {
				return &exitError{code: exitInput, msg: "syntax errors; nothing imported"}
			}
			im := desired.Import(pa, system, rel)
			for _, n := range natives {
				switch t := n.tree.(type) {
				case *profile.File:
					im.AddProfile(t, n.data, stack)
				case *syslog.File:
					im.AddSyslog(t, n.data)
				}
			}
			for _, s := range im.Secrets {
				fmt.Fprintf(cmd.ErrOrStderr(), "znet: %s: %s of %s not copied; the YAML refers to ${%s}, set it when building\n", s.At, s.Param, s.Object, s.Var)
			}
			for _, n := range im.Notes {
				fmt.Fprintln(cmd.ErrOrStderr(), "znet: note:", n)
			}
			rendered := map[string][]byte{}
			for name, doc := range im.Docs {
				b, err := desired.Marshal(doc)
				if err != nil {
					return &exitError{code: exitInternal, msg: err.Error()}
				}
				rendered[name] = b
			}
			if im.System != nil {
				b, err := desired.Marshal(im.System)
				if err != nil {
					return &exitError{code: exitInternal, msg: err.Error()}
				}
				rendered["system.yaml"] = b
				schema, err := desired.Schema()
				if err != nil {
					return &exitError{code: exitInternal, msg: err.Error()}
				}
				rendered["znet.schema.json"] = schema
			}
			if out == "" {
				if len(rendered) != 1 {
					return inputErr("%d documents to write: name a directory with -o", len(rendered))
				}
				for _, b := range rendered {
					_, err := cmd.OutOrStdout().Write(b)
					return err
				}
			}
			docs := make([]emit.File, 0, len(rendered))
			for name, b := range rendered {
				docs = append(docs, emit.File{Path: name, Data: b})
			}
			if err := emit.AddFiles(out, docs); err != nil {
				return inputErr("%v", err)
			}
			return nil
		},
	}
	c.add(cmd)
	cmd.Flags().StringVarP(&out, "output", "o", "", "directory to write the YAML into")
	cmd.Flags().StringVar(&system, "system", "", "system name for the system file (default SYSNAME, to fill in)")
	cmd.Flags().StringVar(&stack, "stack", "", "the stack (TCP/IP procedure name) whose profile part is imported, when the system has several")
	return cmd
}
