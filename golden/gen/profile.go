package gen

import (
	"bytes"
	"fmt"
)

// Profile writes a TCP/IP profile of about lines records, built from
// units that look like a large production profile: comment blocks,
// INTERFACE statements over several records with comments inside,
// DEVICE/LINK and HOME, START, BEGINROUTES blocks, PORT reservations,
// AUTOLOG blocks, blank and 80-column padded records. Every name and
// address is unique. The model (model/profile) and the printer
// (emit.FormatProfile) benchmarks read it.
func Profile(lines int) []byte {
	var b bytes.Buffer
	b.Grow(lines * 40)
	b.WriteString("; generated profile\nTCPCONFIG TTLS TCPSENDBFRSIZE 64K\nIPCONFIG IPSECURITY SOURCEVIPA\n")
	n := 3
	pad := func(s string) string {
		for len(s) < 80 {
			s += " "
		}
		return s
	}
	for i := 0; n < lines; i++ {
		a, c, d := (i>>8)&255, i&255, (i>>16)&255
		fmt.Fprintf(&b, "; ------------------------------------------------------------------\n")
		fmt.Fprintf(&b, "; unit %d: OSA port P%07X, VLAN %d\n", i, i, i%4000+1)
		fmt.Fprintf(&b, "INTERFACE OSA%07XI\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n", i)
		fmt.Fprintf(&b, "    PORTNAME P%07X\n    IPADDR 10.%d.%d.%d/24 ; primary address\n", i, d, a, c)
		fmt.Fprintf(&b, "    VLANID %d VMAC ROUTEALL\n    INBPERF DYNAMIC WORKLOADQ\n    MTU 8992\n", i%4000+1)
		fmt.Fprintf(&b, "START OSA%07XI\n", i)
		b.WriteString(pad(fmt.Sprintf("DEVICE D%07X MPCIPA PRIROUTER", i)) + "\n")
		fmt.Fprintf(&b, "  LINK L%07X IPAQENET D%07X\n", i, i)
		fmt.Fprintf(&b, "HOME\n  11.%d.%d.%d L%07X\n", d, a, c, i)
		fmt.Fprintf(&b, "BEGINROUTES\n  ROUTE 12.%d.%d.0/24 = OSA%07XI MTU 1500\n", a, c, i)
		fmt.Fprintf(&b, "  ROUTE 13.%d.%d.0 255.255.255.0 = L%07X MTU DEFAULTSIZE\nENDROUTES\n", a, c, i)
		fmt.Fprintf(&b, "PORT\n   %d TCP JOB%05d NOAUTOLOG ; server\n   %d UDP JOB%05d\n", 1024+i%60000, i%100000, 1024+i%60000, i%100000)
		fmt.Fprintf(&b, "AUTOLOG 5\n  JOB%05d JOBNAME JOB%05d\nENDAUTOLOG\n\t\n\n", i%100000, i%100000)
		n += 27
	}
	return b.Bytes()
}
