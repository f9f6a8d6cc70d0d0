package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/model/desired"
)

func newBuildCmd() *cobra.Command {
	var out, encoding string
	var jcl, manifest bool
	cmd := &cobra.Command{
		Use:   "build SYSTEM.yaml -o DIR",
		Short: "Compile a system's YAML into PDS members ready to upload",
		Long: `build compiles a system file and the documents it names into the members
z/OS reads: the PAGENT main configuration (TcpImage for each stack,
CommonTTLSConfig/CommonIpSecConfig), one image member per stack
(TTLSConfig/IpSecConfig), the policy members, the DMD member, and the
STDENV member when pagent.stdenv is set — every reference written as
//'DATASET(MEMBER)', so the chain is complete and consistent.

DIR gets one directory per data set with one file per member, named as the
member. Members are RECFM=FB LRECL=80: by default UTF-8 text, one record a
line, at most 80 characters, no trailing blanks (for a text upload); with
--encoding IBM-1047 (or another EBCDIC code page) exactly 80 bytes a
record, blank-padded, no line ends (for a binary transfer into FB80).

Values written as ${NAME} (secrets) come from the environment. Nothing is
written unless every member built: a model error, a value that cannot fit
in 80 columns, a bad member name or a missing secret stops the build with
the reason, and DIR is left as it was.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if out == "" {
				return inputErr("build needs -o DIR, the directory to write the members into")
			}
			sys := desired.LoadSystem(args[0])
			files, listing, ds := emit.BuildSystem(sys, emit.BuildOptions{
				Encoding: encoding, JCL: jcl, Manifest: manifest, Lookup: os.LookupEnv,
			})
			printDiags(cmd.ErrOrStderr(), ds)
			if ds.HasErrors() {
				return &exitError{code: exitInput, msg: "nothing written"}
			}
			if err := emit.WriteTree(out, files); err != nil {
				return inputErr("%v; nothing written", err)
			}
			for _, l := range listing {
				fmt.Fprintln(cmd.OutOrStdout(), l)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d member(s) and file(s) written to %s\n", len(listing), out)
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "directory to write the members into")
	cmd.Flags().StringVar(&encoding, "encoding", "UTF-8", "UTF-8 for a text upload, or an EBCDIC code page (IBM-1047, IBM-037, IBM-273, …) for a binary transfer")
	cmd.Flags().BoolVar(&jcl, "jcl", false, "also write an IEBUPDTE job per data set that loads its members")
	cmd.Flags().BoolVar(&manifest, "manifest", false, "also write manifest.json (member, kind, SHA-256, source file)")
	return cmd
}
