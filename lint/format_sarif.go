package lint

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"path/filepath"
	"strings"

	"github.com/zosnet/znet/grammar/source"
)

// SARIF 2.1.0 (OASIS), the subset znet writes. The schema test in
// format_test.go validates the output against the official schema.

const (
	sarifVersion = "2.1.0"
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	Help                 sarifHelp       `json:"help"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           map[string]any  `json:"properties,omitempty"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifHelp struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           *int               `json:"ruleIndex,omitempty"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints,omitempty"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          map[string]any     `json:"properties,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
	EndLine     int `json:"endLine,omitempty"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification,omitempty"`
}

// SARIFOptions tune the SARIF format.
type SARIFOptions struct {
	// Version is znet's version, for tool.driver.version.
	Version string
}

func sarifLevel(s source.Severity) string {
	switch s {
	case source.Error:
		return "error"
	case source.Warning:
		return "warning"
	}
	return "note"
}

// WriteSARIF writes a SARIF 2.1.0 log with one run: the rules that ran,
// the reported findings, and the silenced ones with their suppression
// (inSource for znet:ignore, external for the baseline), so that code
// scanning shows them as dismissed with the reason given.
func WriteSARIF(w io.Writer, res *Result, opt SARIFOptions) error {
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name: "znet", Version: opt.Version,
			InformationURI: "https://github.com/zosnet/znet",
			Rules:          []sarifRule{},
		}},
		ColumnKind: "unicodeCodePoints",
		Results:    []sarifResult{},
	}
	index := map[string]int{}
	for i, r := range res.Rules {
		index[r.ID] = i
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
			ID:                   r.ID,
			Name:                 r.Name,
			ShortDescription:     sarifText{r.Summary},
			Help:                 sarifHelp{Text: oneLine(r.Rationale), Markdown: ruleMarkdown(r, 3)},
			DefaultConfiguration: sarifRuleConfig{sarifLevel(r.Severity)},
			Properties:           map[string]any{"category": r.Category, "tags": []string{r.Category}},
		})
	}
	add := func(f *Finding) {
		msg := f.Message
		if f.Hint != "" {
			msg += ". Fix: " + f.Hint
		}
		r := sarifResult{
			RuleID:  f.RuleID,
			Level:   sarifLevel(f.Severity),
			Message: sarifText{msg},
			Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: fileURI(f.Span.File)},
				Region:           sarifRegion{StartLine: f.Span.Line, StartColumn: f.Span.Col, EndLine: f.Span.EndLine, EndColumn: f.Span.EndCol},
			}}},
			PartialFingerprints: map[string]string{"znetKey/v1": fingerprint(f)},
		}
		if i, ok := index[f.RuleID]; ok {
			r.RuleIndex = &i
		}
		if kind, reason, ok := f.Suppressed(); ok {
			r.Suppressions = []sarifSuppression{{Kind: kind, Justification: reason}}
		}
		props := map[string]any{"category": f.Category}
		if f.Statement != "" {
			props["statement"] = f.Statement
		}
		if len(f.Affects) > 0 {
			props["affects"] = f.Affects
		}
		if f.Uncertain {
			props["uncertain"] = true
			props["why"] = f.Why
		}
		r.Properties = props
		run.Results = append(run.Results, r)
	}
	all := append(append([]*Finding{}, res.Findings...), res.Silenced...)
	sortFindings(all)
	for _, f := range all {
		add(f)
	}
	out, err := json.MarshalIndent(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(out, '\n'))
	return err
}

// fileURI renders a file name as a URI reference: relative names stay
// relative (SARIF consumers resolve them against the checkout), absolute
// ones become file: URIs.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	p = strings.ReplaceAll(p, "%", "%25")
	p = strings.ReplaceAll(p, " ", "%20")
	p = strings.ReplaceAll(p, "#", "%23")
	if strings.HasPrefix(p, "/") {
		return "file://" + p
	}
	return p
}

// fingerprint identifies a finding across runs the way the baseline does:
// rule, file, statement and message, not lines.
func fingerprint(f *Finding) string {
	e := entryOf(f)
	h := sha256.Sum256([]byte(e.Rule + "\x00" + e.File + "\x00" + e.Statement + "\x00" + e.Message))
	return hex.EncodeToString(h[:16])
}

// oneLine joins a wrapped paragraph into one line.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
