package grammar

import "github.com/zosnet/znet/grammar/report"

func init() {
	register(Family{
		Kind:     "netstat",
		Describe: "netstat home / netstat devlinks report (live view of interfaces and home addresses)",
		Score:    report.ScoreNetstat,
		Parse: func(name string, data []byte) (Parsed, error) {
			r, err := report.ParseNetstat(name, data)
			if err != nil {
				return nil, err
			}
			return r, nil
		},
	})
}
