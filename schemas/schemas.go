// Package schemas holds the JSON Schema of znet's YAML, generated from the
// catalog. Regenerate it with `go generate ./schemas` after a catalog
// change; a test fails while it is stale.
package schemas

//go:generate go run ../cmd/znet schema -o znet.schema.json
