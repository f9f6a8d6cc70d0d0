package report

import (
	"bytes"
	"fmt"
	"testing"
)

// benchRules is the size of the report BenchmarkPasearch reads.
const benchRules = 50000

// genPasearch writes a pasearch -t report of n rules in the layout of
// golden/report/pasearch-t.txt: each rule with its condition and three
// actions, the environment action with its advanced parms, signature
// lists and cipher list, as pasearch prints them.
func genPasearch(n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 4200)
	b.WriteString("TCP/IP pasearch CS 3.1                    Image Name: TCPIP\n")
	b.WriteString("  Date:                 03/14/2025        Time:  09:15:42\n")
	b.WriteString("  TTLS Instance Id:     1741943730\n")
	for i := 0; i < n; i++ {
		prio := 2000000 - i/10
		fmt.Fprintf(&b, "\npolicyRule:             App%06d-Rule\n", i)
		b.WriteString("  Rule Type:            TTLS\n")
		b.WriteString("  Version:              3                 Status:            Active\n")
		fmt.Fprintf(&b, "  Weight:               %-17d ForLoadDist:       False\n", prio)
		fmt.Fprintf(&b, "  Priority:             %-17d Sequence Actions:  Don't Care\n", prio)
		b.WriteString("  No. Policy Action:    3\n")
		for _, a := range [][2]string{{"Grp", "TTLS Group"}, {"Env", "TTLS Environment"}, {"Conn", "TTLS Connection"}} {
			fmt.Fprintf(&b, "  policyAction:         App%06d-%s\n   ActionType:          %s\n   Action Sequence:     0\n", i, a[0], a[1])
		}
		b.WriteString("  Time Periods:\n   Day of Month Mask:\n   First to Last:       1111111111111111111111111111111\n")
		b.WriteString("   Month of Yr Mask:    111111111111\n   Day of Week Mask:    1111111  (Sunday - Saturday)\n")
		b.WriteString("   Fr TimeOfDay:        00:00             To TimeOfDay:      24:00\n   TimeZone:            Local\n")
		b.WriteString("  TTLS Condition Summary:                NegativeIndicator: Off\n")
		b.WriteString("   Local Address:\n    FromAddr:           All\n    ToAddr:             All\n")
		fmt.Fprintf(&b, "   Remote Address:\n    FromAddr:           10.%d.%d.0\n    ToAddr:             10.%d.%d.255\n", i/256%256, i%256, i/256%256, i%256)
		fmt.Fprintf(&b, "   LocalPortFrom:       %-17d LocalPortTo:       %d\n", 1024+i%60000, 1024+i%60000)
		b.WriteString("   RemotePortFrom:      0                 RemotePortTo:      0\n")
		fmt.Fprintf(&b, "   JobName:             APP%05d           UserId:\n   ServiceDirection:    Inbound\n", i%100000)
		b.WriteString("  Policy created: Fri Mar 14 09:15:31 2025\n  Policy updated: Fri Mar 14 09:15:31 2025\n")
		fmt.Fprintf(&b, "\n  TTLS Action:                  App%06d-Grp\n    Version:                    3\n    Status:                     Active\n    Scope:                      Group\n", i)
		b.WriteString("    TTLSEnabled:                On\n    Trace:                      2\n    TTLSGroupAdvancedParms:\n     SyslogFacility:            Daemon\n")
		b.WriteString("    Policy created: Fri Mar 14 09:15:31 2025\n    Policy updated: Fri Mar 14 09:15:31 2025\n")
		fmt.Fprintf(&b, "\n  TTLS Action:                  App%06d-Env\n    Version:                    3\n    Status:                     Active\n    Scope:                      Environment\n", i)
		b.WriteString("    HandshakeRole:              Server\n    TTLSKeyringParms:\n     Keyring:                   TCPIP/RING\n")
		b.WriteString("    TTLSEnvironmentAdvancedParms:\n     TLSv1:                     Off\n     TLSv1.1:                   Off\n     TLSv1.2:                   On\n     TLSv1.3:                   On\n")
		b.WriteString("     ClientExtendedMasterSecret: On\n     PeerMinRsaKeySize:         2048\n")
		b.WriteString("    TTLSSignatureParms:\n     ServerKeyShareGroups:\n      0029  X25519\n      0023  secp256r1\n     SignaturePairs:\n      0804  TLS_SIGALG_SHA256_WITH_RSASSA_PSS\n      0403  TLS_SIGALG_SHA256_WITH_ECDSA\n")
		b.WriteString("    TTLSCipherParms:\n     v3CipherSuites:\n      1302  TLS_AES_256_GCM_SHA384\n      C02C  TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384\n      C030  TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n")
		b.WriteString("    EnvironmentUserInstance:    0\n    Policy created: Fri Mar 14 09:15:31 2025\n    Policy updated: Fri Mar 14 09:15:31 2025\n")
		fmt.Fprintf(&b, "\n  TTLS Action:                  App%06d-Conn\n    Version:                    3\n    Status:                     Active\n    Scope:                      Connection\n", i)
		b.WriteString("    TTLSConnectionAdvancedParms:\n     ApplicationControlled:     Off\n     CertificateLabel:          **N/A**\n")
		b.WriteString("    Policy created: Fri Mar 14 09:15:31 2025\n    Policy updated: Fri Mar 14 09:15:31 2025\n")
	}
	return b.Bytes()
}

func BenchmarkPasearch(b *testing.B) {
	data := genPasearch(benchRules)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		p, err := ParsePasearch("bench.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(p.Rules) != benchRules || len(p.Diags()) != 0 {
			b.Fatalf("%d rules, %d diagnostics: %v", len(p.Rules), len(p.Diags()), p.Diags()[:1])
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// genIPSec writes an ipsec -f display report of n filter records.
func genIPSec(n int) []byte {
	var b bytes.Buffer
	b.WriteString("CS V3R1 ipsec  Stack Name: TCPIP  Fri Mar 14 09:30:11 2025\n")
	b.WriteString("Primary:  Filter          Function: Display            Format:   Detail\n\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "FilterName:                   rule%06d\nFilterNameExtension:          1\nGroupName:                    n/a\n", i)
		b.WriteString("Type:                         Generic\nState:                        Active\nAction:                       Permit\n")
		b.WriteString("Direction:                    Inbound\nLogging:                      All\nProtocol:                     TCP(6)\n")
		fmt.Fprintf(&b, "SourceAddress:                10.%d.%d.0\nSourceAddressPrefix:          24\nDestAddress:                  10.1.1.2\n", i/256%256, i%256)
		fmt.Fprintf(&b, "DestAddressPrefix:            n/a\nDestPort:                     %d\nDiscardAction:                Silent\nFilterMatches:                %d\n\n", 1024+i%60000, i)
	}
	return b.Bytes()
}

func BenchmarkIPSecDisplay(b *testing.B) {
	data := genIPSec(200000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		d, err := ParseIPSecDisplay("bench.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(d.Filters) != 200000 || len(d.Diags()) != 0 {
			b.Fatalf("%d filters, %v", len(d.Filters), d.Diags())
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}

// genDevlinks writes a netstat devlinks report of n interfaces.
func genDevlinks(n int) []byte {
	var b bytes.Buffer
	b.WriteString("MVS TCP/IP NETSTAT CS V3R1       TCPIP Name: TCPIP           09:31:02\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "IntfName: ETH%-14d IntfType: IPAQENET   IntfStatus: Ready\n", i)
		fmt.Fprintf(&b, "    PortName: PORT%-5d Datapath: %04X     DatapathStatus: Ready\n", i%10000, i%65536)
		b.WriteString("    CHPIDType: OSD            SMCR: No\n    CfgMtu: None                     ActMtu: 8992\n")
		fmt.Fprintf(&b, "    IpAddr: 10.%d.%d.2/24\n    VLANid: None                     VLANpriority: Disabled\n", i/256%256, i%256)
		b.WriteString("  Multicast Specific:\n    Multicast Capability: Yes\n    Group             RefCnt        SrcFltMd\n")
		b.WriteString("    -----             ------        --------\n    224.0.0.1         0000000001    Exclude\n      SrcAddr: None\n\n")
	}
	return b.Bytes()
}

func BenchmarkNetstat(b *testing.B) {
	data := genDevlinks(100000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuSeconds()
	for i := 0; i < b.N; i++ {
		n, err := ParseNetstat("bench.txt", data)
		if err != nil {
			b.Fatal(err)
		}
		if len(n.Interfaces) != 100000 || len(n.Diags()) != 0 {
			b.Fatalf("%d interfaces, %v", len(n.Interfaces), n.Diags())
		}
	}
	b.ReportMetric((cpuSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
