package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/match/policytest"
)

func newTestCmd() *cobra.Command {
	var format, release string
	cmd := &cobra.Command{
		Use:   "test TESTS.yaml...",
		Short: "Run policy tests: connections and packets with the rule they must get",
		Long: `test runs policy tests: each names a connection (AT-TLS) or a packet (IP
filters), the rule z/OS must give it, and optionally the settings or the
action it must get. z/OS is followed exactly: AT-TLS rules by descending
Priority and then by name, IP filter rules in IpFilterPolicy order, the
first match wins.

A tests file:

  policy: [common.conf, stack.conf]     # read together, in this order
  release: zos-3.1                      # optional
  tests:
    - name: COLATTLS gets its own rule
      connection: local=10.1.1.2:4000 remote=10.1.0.2:50000 job=COLATTLS user=START1 dir=inbound
      expect:
        rule: COLATTLS
        settings: {TLSv1.2: On, HandshakeRole: ServerWithClientAuth}
    - packet: src=10.1.0.2 dst=10.1.1.2 proto=tcp sport=50000 dport=22 dir=inbound
      expect: {rule: SSHIN, action: Permit}

Failures are reported like lint findings, at the line of the expectation
that failed (PT001 wrong rule, PT002 setting, PT003 action, PT004 invalid
test, PT005 unreadable policy, PT006 policy with errors).

Exit codes: 0 every test passed, 1 a test failed, 2 a tests file could not
be read or is not valid.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var all source.Diagnostics
			invalid := false
			passed, failed := 0, 0
			for _, path := range args {
				data, err := os.ReadFile(path)
				if err != nil {
					return inputErr("%v", err)
				}
				s, ds := policytest.Load(path, data)
				if release != "" {
					r, err := model.ParseRelease(release)
					if err != nil {
						return inputErr("--release: %v", err)
					}
					s.Release = r
				}
				all = append(all, ds...)
				invalid = invalid || ds.HasErrors()
				res := s.Run()
				all = append(all, res.Diags...)
				passed += res.Passed
				failed += res.Failed
			}
			all.Sort()
			if err := writeDiags(cmd.OutOrStdout(), format, all); err != nil {
				return err
			}
			if format == "text" || format == "" {
				fmt.Fprintf(cmd.OutOrStdout(), "%d test(s): %d passed, %d failed\n", passed+failed, passed, failed)
			}
			switch {
			case invalid:
				return &exitError{code: exitInput, msg: "invalid tests file"}
			case failed > 0 || all.HasErrors():
				return &exitError{code: exitFindings}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	cmd.Flags().StringVar(&release, "release", "", "z/OS release, instead of the tests file's (zos-2.4, zos-2.5, zos-3.1, zos-3.2)")
	return cmd
}
