package shadow

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zosnet/znet/grammar/pagent"
	"github.com/zosnet/znet/model"
	"github.com/zosnet/znet/model/policy"
)

// genPolicy writes an AT-TLS policy of about n rules shaped like a large
// site's: applications on their own ports, each with a general server
// rule and more specific rules above it (by job, by client subnet, by
// user), some at the same priority, some duplicated under another name,
// outbound client rules by remote subnet and port, job-prefix rules, and
// a few catch-all rules at the bottom that overlap everything. Half of
// the rules overlap another rule; about one in ten is shadowed.
func genPolicy(n int, seed int64) string {
	rng := rand.New(rand.NewSource(seed))
	var b strings.Builder
	rules := 0
	rule := func(name string, lines ...string) {
		fmt.Fprintf(&b, "TTLSRule %s\n{\n", name)
		for _, l := range lines {
			if l != "" {
				b.WriteString("  " + l + "\n")
			}
		}
		b.WriteString("  TTLSGroupActionRef gOn\n")
		fmt.Fprintf(&b, "  TTLSEnvironmentActionRef env%d\n}\n", rng.Intn(4))
		rules++
	}
	// Catch-alls and prefix rules.
	rule("ZZDEFAULTIN", "LocalPortRange 1024-65535", "Direction Inbound", "Priority 1")
	rule("ZZDEFAULTOUT", "RemotePortRange 1-65535", "Direction Outbound", "Priority 1")
	rule("ZZCICS", "Jobname CICS*", "Direction Both", "Priority 2")
	rule("ZZLAN", "RemoteAddrGroupRef lan", "Direction Inbound", "Priority 3")
	app := 0
	for rules < n {
		app++
		port := 1024 + (app*37)%60000
		name := fmt.Sprintf("APP%05d", app)
		job := fmt.Sprintf("AP%05d", app%100000)
		subnet := fmt.Sprintf("10.%d.%d.0/24", app%250, (app/250)%250)
		prio := 100 + rng.Intn(5)*10
		rule(name+"SRV", fmt.Sprintf("LocalPortRange %d", port), "Direction Inbound", fmt.Sprintf("Priority %d", prio))
		rule(name+"JOB", fmt.Sprintf("LocalPortRange %d", port), "Jobname "+job+"*", "Direction Inbound", fmt.Sprintf("Priority %d", prio+5))
		switch rng.Intn(6) {
		case 0: // same priority, name order decides: shadowed by SRV
			rule(name+"USR", fmt.Sprintf("LocalPortRange %d", port), "Userid U"+job[2:], "Direction Inbound", fmt.Sprintf("Priority %d", prio))
		case 1: // a duplicate under another name
			rule(name+"SRV2", fmt.Sprintf("LocalPortRange %d", port), "Direction Inbound", fmt.Sprintf("Priority %d", prio))
		case 2: // split across two subnets, then the union
			rule(name+"NETA", fmt.Sprintf("LocalPortRange %d", port), "RemoteAddr 10.0.0.0/9", "Direction Inbound", fmt.Sprintf("Priority %d", prio+8))
			rule(name+"NETB", fmt.Sprintf("LocalPortRange %d", port), "RemoteAddr 10.128.0.0/9", "Direction Inbound", fmt.Sprintf("Priority %d", prio+8))
			rule(name+"NET", fmt.Sprintf("LocalPortRange %d", port), "RemoteAddr 10.0.0.0/8", "Direction Inbound", fmt.Sprintf("Priority %d", prio+7))
		}
		rule(name+"SUB", fmt.Sprintf("LocalPortRange %d", port), "RemoteAddr "+subnet, "Direction Inbound", fmt.Sprintf("Priority %d", prio+2))
		rule(name+"CLI", fmt.Sprintf("RemotePortRange %d", port), "RemoteAddr "+subnet, "Direction Outbound", fmt.Sprintf("Priority %d", prio))
		if rng.Intn(4) == 0 {
			rule(name+"OLD", fmt.Sprintf("LocalPortRange %d-%d", port, port+2), "Jobname "+job, "Direction Both", "Priority 50")
		}
	}
	b.WriteString(`IpAddrGroup lan
{
  IpAddrSet
  {
    Prefix 192.168.0.0/16
  }
  IpAddrSet
  {
    Prefix 172.16.0.0/12
  }
}
TTLSGroupAction gOn
{
  TTLSEnabled On
}
`)
	for e := 0; e < 4; e++ {
		fmt.Fprintf(&b, "TTLSEnvironmentAction env%d\n{\n  HandshakeRole Server\n  TTLSKeyringParms\n  {\n    Keyring SRV/RING%d\n  }\n}\n", e, e%2)
	}
	return b.String()
}

func benchPolicy(b *testing.B, n int) *policy.Policy {
	b.Helper()
	f, err := pagent.Parse("gen.conf", []byte(genPolicy(n, 1)))
	if err != nil {
		b.Fatal(err)
	}
	return policy.Build([]*pagent.File{f}, model.R31)
}

// cpuTime is the CPU time the process has used (user and system, all
// threads). Benchmarks report it besides wall time: on a shared machine
// wall time measures the neighbours as much as the code.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func benchAnalyze(b *testing.B, n int) {
	p := benchPolicy(b, n)
	runtime.GC()
	b.ResetTimer()
	start := cpuTime()
	var fs []Finding
	for i := 0; i < b.N; i++ {
		fs = Analyze(p)
	}
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
	b.ReportMetric(float64(len(fs)), "findings")
	b.ReportMetric(float64(len(p.RuleOrder())), "rules")
}

func BenchmarkAnalyze1k(b *testing.B)  { benchAnalyze(b, 1000) }
func BenchmarkAnalyze10k(b *testing.B) { benchAnalyze(b, 10000) }
func BenchmarkAnalyze50k(b *testing.B) { benchAnalyze(b, 50000) }
