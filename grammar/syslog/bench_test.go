package syslog

import (
	"bytes"
	"fmt"
	"testing"
)

// benchLines is the size of the file BenchmarkParse reads.
const benchLines = 1000000

// genConf writes a syslog.conf of about n records: rules for many jobs at
// several priorities, catch-alls, rules with options, continued selector
// lists and comment records.
func genConf(n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 45)
	prios := []string{"err", "warning", "info", "debug", "*"}
	for i := 0; b.Len() >= 0 && i < n; i++ {
		switch i % 10 {
		case 0:
			fmt.Fprintf(&b, "# jobs %d to %d\n", i, i+9)
		case 1:
			fmt.Fprintf(&b, "*.JOB%05d.*.%s   /var/log/JOB%05d.%%Y.%%m.%%d\n", i%100000, prios[i%5], i%100000)
		case 2:
			fmt.Fprintf(&b, "USER%d.APP%d.daemon.%s /var/log/app%d -F 640 -D 770\n", i%1000, i%10000, prios[i%5], i)
		case 3:
			fmt.Fprintf(&b, "*.JOB%d.*.none;\n", i%100000)
		case 4:
			fmt.Fprintf(&b, "*.JOB%d.*.info /var/log/j%d\n", i%100000, i)
		case 5:
			b.WriteString("*.*;mail.none;news.none    /var/log/all\n")
		case 6:
			fmt.Fprintf(&b, "local%d.err @loghost%d\n", i%8, i%10)
		case 7:
			fmt.Fprintf(&b, "(10.%d.%d.1).daemon.info /var/log/remote # from a router\n", i/256%256, i%256)
		case 8:
			b.WriteString("\n")
		default:
			fmt.Fprintf(&b, "auth,authpriv.* /var/log/auth%d\n", i%7)
		}
	}
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	data := genConf(benchLines)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		f, err := Parse("bench.conf", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(f.Rules) < benchLines/2 {
			b.Fatalf("only %d rules", len(f.Rules))
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
