package grammar

import "github.com/zosnet/znet/grammar/report"

func init() {
	register(Family{
		Kind:     "pasearch",
		Describe: "pasearch report (live view of the installed policy: pasearch -t, -v)",
		Score:    report.ScorePasearch,
		Parse: func(name string, data []byte) (Parsed, error) {
			r, err := report.ParsePasearch(name, data)
			if err != nil {
				return nil, err
			}
			return r, nil
		},
	})
}
