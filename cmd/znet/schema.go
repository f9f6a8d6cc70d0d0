package main

import (
	"github.com/spf13/cobra"

	"github.com/zosnet/znet/emit"
	"github.com/zosnet/znet/model/desired"
)

func newSchemaCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "schema [-o FILE]",
		Short: "Print the JSON Schema of znet's YAML",
		Long: `schema prints the JSON Schema of system files and policy documents,
generated from znet's catalog of z/OS statements. Point your editor at it
(with the YAML language server: a first line
"# yaml-language-server: $schema=znet.schema.json") to complete keys and
values as you type.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			b, err := desired.Schema()
			if err != nil {
				return &exitError{code: exitInternal, msg: err.Error()}
			}
			if out == "" {
				_, err = cmd.OutOrStdout().Write(b)
				return err
			}
			if err := emit.WriteFile(out, b, 0o644); err != nil {
				return inputErr("%v", err)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "file to write instead of standard output")
	return cmd
}
