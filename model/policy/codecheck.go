package policy

import (
	"strings"
	"unicode/utf8"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/grammar/source"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/tls"
)

// parseCodes reads one word of a code-string parameter (cipher suites,
// signature pairs, groups) with the registry's parser for its kind.
func parseCodes(kind model.Kind, s string) ([]tls.Code, []tls.Problem) {
	switch kind {
	case model.KCipher2:
		return tls.ParseV3CipherSuites(s)
	case model.KCipher4:
		return tls.ParseCipher4(s)
	case model.KCipherV2:
		return tls.ParseV2CipherSuites(s)
	case model.KSigPairs:
		if a, ok := tls.SigAlgByName(s); ok {
			return []tls.Code{{Value: a.Code, Raw: s}}, nil
		}
		return tls.ParseSigPairs(s)
	case model.KGroups:
		if g, ok := tls.GroupByName(s); ok {
			return []tls.Code{{Value: g.Code, Raw: s}}, nil
		}
		return tls.ParseGroups(s)
	}
	return nil, nil
}

// checkCodes validates a code-string parameter. A problem that z/OS would
// reject or misread is an error; a note (an unverified or ambiguous code)
// is info. Each problem points at the offending characters.
func checkCodes(def *model.Param, words []pagent.Token, ds *source.Diagnostics) {
	for _, w := range words {
		if _, ok := matchEnum(def.Enum, w.Text); ok {
			continue
		}
		_, probs := parseCodes(def.Kind, w.Text)
		for _, p := range probs {
			sp := w.Span
			if p.Off >= 0 && p.Off <= len(w.Text) {
				sp.Col += utf8.RuneCountInString(w.Text[:p.Off])
				sp.EndCol = sp.Col + max(1, utf8.RuneCountInString(p.Text))
			}
			sev := source.Error
			if !p.Kind.Severe() {
				sev = source.Info
			}
			hint := ""
			if p.Want != "" {
				hint = "write " + p.Want
			}
			ds.Add(sp, sev, CodeBadCodes, def.Name+": "+p.Msg, hint)
		}
	}
}

// expandList turns the value of a list parameter into its items as
// explain shows them: each code with its name ("C02F
// TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), or the words themselves for
// lists that are not codes (certificate labels).
func expandList(def *model.Param, value string) []string {
	if _, ok := matchEnum(def.Enum, value); ok {
		return []string{value}
	}
	codes, _ := parseCodes(def.Kind, value)
	if codes == nil {
		return []string{value}
	}
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		out = append(out, strings.TrimSpace(c.Value+" "+codeName(def.Kind, c.Value)))
	}
	return out
}

// ListItem renders one code of a list parameter as explain shows it: the
// code and the name znet's registry gives it ("C02F
// TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), so lists read from pasearch
// (which spells some names differently) and from policy compare equal.
func ListItem(def *model.Param, code string) string {
	c := strings.ToUpper(strings.TrimSpace(code))
	return strings.TrimSpace(c + " " + codeName(def.Kind, c))
}

// NormalizeValue returns v as the model stores it for def: enumerated
// values in IBM's spelling, anything else unchanged.
func NormalizeValue(def *model.Param, v string) string {
	if e, ok := matchEnum(def.Enum, v); ok {
		return e
	}
	return v
}

func codeName(kind model.Kind, code string) string {
	switch kind {
	case model.KCipher2, model.KCipher4:
		if s, ok := tls.SuiteByCode(code); ok {
			return s.Name
		}
	case model.KCipherV2:
		if s, ok := tls.V2ByCode(code); ok {
			return s.Name
		}
	case model.KSigPairs:
		if s, ok := tls.SigAlgByCode(code); ok {
			return s.Name
		}
	case model.KGroups:
		if s, ok := tls.GroupByCode(code); ok {
			return s.Name
		}
	}
	return ""
}
