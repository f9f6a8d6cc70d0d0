package grammar

import (
	"github.com/zosnet/znet/grammar/pagent"
)

// The families znet reads. Each entry is the whole of a family's wiring.
func init() {
	register(Family{
		Kind:     "pagent",
		Describe: "Policy Agent AT-TLS / IPSec policy, PAGENT main and image configuration, DMD configuration",
		Score:    pagent.Score,
		Parse: func(name string, data []byte) (Parsed, error) {
			f, err := pagent.Parse(name, data)
			if err != nil {
				return nil, err
			}
			return f, nil
		},
	})
}
