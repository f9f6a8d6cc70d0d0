package grammar

import "github.com/zosnet/znet/grammar/syslog"

func init() {
	register(Family{
		Kind:     "syslog",
		Describe: "z/OS syslogd configuration (/etc/syslog.conf) with job-name selectors",
		Score:    syslog.Score,
		Parse: func(name string, data []byte) (Parsed, error) {
			f, err := syslog.Parse(name, data)
			if err != nil {
				return nil, err
			}
			return f, nil
		},
	})
}
