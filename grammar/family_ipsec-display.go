package grammar

import "github.com/zosnet/znet/grammar/report"

func init() {
	register(Family{
		Kind:     "ipsec-display",
		Describe: "ipsec -f display report (live view of the stack's filter rules)",
		Score:    report.ScoreIPSecDisplay,
		Parse: func(name string, data []byte) (Parsed, error) {
			r, err := report.ParseIPSecDisplay(name, data)
			if err != nil {
				return nil, err
			}
			return r, nil
		},
	})
}
