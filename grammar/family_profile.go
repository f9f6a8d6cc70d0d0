package grammar

import (
	"github.com/zosnet/znet/grammar/profile"
)

// The TCP/IP profile family: PROFILE.TCPIP and OBEYFILE data sets.
func init() {
	register(Family{
		Kind:     "profile",
		Describe: "TCP/IP profile (PROFILE.TCPIP) and VARY TCPIP,,OBEYFILE data sets",
		Score:    profile.Score,
		Parse: func(name string, data []byte) (Parsed, error) {
			f, err := profile.Parse(name, data)
			if err != nil {
				return nil, err
			}
			return f, nil
		},
	})
}
