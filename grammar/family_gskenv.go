package grammar

import "github.com/zosnet/znet/grammar/gskenv"

func init() {
	register(Family{
		Kind:     "gskenv",
		Describe: "System SSL environment file (GSK_ NAME=value records)",
		Score:    gskenv.Score,
		Parse: func(name string, data []byte) (Parsed, error) {
			f, err := gskenv.Parse(name, data)
			if err != nil {
				return nil, err
			}
			return f, nil
		},
	})
}
