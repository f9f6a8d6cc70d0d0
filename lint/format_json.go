package lint

import (
	"encoding/json"
	"io"

	"github.com/zosnet/znet/grammar/source"
)

// JSONVersion is the version of the JSON format.
const JSONVersion = 1

type jsonFinding struct {
	Rule      string   `json:"rule"`
	Category  string   `json:"category"`
	Severity  string   `json:"severity"`
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	EndLine   int      `json:"endLine"`
	EndColumn int      `json:"endColumn"`
	Message   string   `json:"message"`
	Hint      string   `json:"hint,omitempty"`
	Statement string   `json:"statement,omitempty"`
	Affects   []string `json:"affects,omitempty"`
	Uncertain bool     `json:"uncertain,omitempty"`
	Why       string   `json:"why,omitempty"`
}

type jsonSummary struct {
	Errors     int `json:"errors"`
	Warnings   int `json:"warnings"`
	Infos      int `json:"infos"`
	Suppressed int `json:"suppressed"`
	Baselined  int `json:"baselined"`
	Stale      int `json:"staleBaselineEntries"`
}

type jsonReport struct {
	Version  int           `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Summary  jsonSummary   `json:"summary"`
}

// WriteJSON writes the reported findings and a summary as one JSON
// document. Columns count characters; end columns are exclusive.
func WriteJSON(w io.Writer, res *Result) error {
	rep := jsonReport{Version: JSONVersion, Findings: []jsonFinding{}, Summary: jsonSummary{
		Errors: res.Count(source.Error), Warnings: res.Count(source.Warning), Infos: res.Count(source.Info),
		Suppressed: res.silencedBy("inSource"), Baselined: res.silencedBy("external"), Stale: res.Stale,
	}}
	for _, f := range res.Findings {
		rep.Findings = append(rep.Findings, jsonFinding{
			Rule: f.RuleID, Category: f.Category, Severity: f.Severity.String(),
			File: f.Span.File, Line: f.Span.Line, Column: f.Span.Col, EndLine: f.Span.EndLine, EndColumn: f.Span.EndCol,
			Message: f.Message, Hint: f.Hint, Statement: f.Statement, Affects: f.Affects, Uncertain: f.Uncertain, Why: f.Why,
		})
	}
	out, err := json.MarshalIndent(rep, "", "  ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(out, '\n'))
	return err
}
