package main

import (
	"io"
	"runtime/debug"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…"; when it
// is not, the module version of a `go install` build is used.
var version = ""

func znetVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "znet",
		Short: "Compile, check and explain z/OS network-security configuration",
		Long: `znet reads the members z/OS Communications Server reads — Policy Agent
AT-TLS and IPSec policy, PAGENT main and image files, the TCPIP profile,
DMD, syslogd and System SSL environment files — and the YAML you keep in
git, and tells you what z/OS will really do with them.

Exit codes: 0 clean, 1 findings at or above the fail level, 2 input or
usage error, 3 internal error.`,
		Version:       znetVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.AddCommand(newParseCmd(), newCheckCmd(), newExplainCmd(), newImportCmd(), newSchemaCmd(), newBuildCmd(), newDiffCmd(), newLintCmd(), newRulesCmd(), newFmtCmd(), newMigrateCmd(), newTestCmd())
	return root
}
