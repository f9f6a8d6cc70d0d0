package gen

import (
	"bytes"
	"fmt"
	"strings"
)

// Profile writes a TCP/IP profile of about lines records, built from
// units that look like a large production profile: comment blocks,
// INTERFACE statements over several records with comments inside,
// DEVICE/LINK and HOME, START, BEGINROUTES blocks, PORT reservations,
// AUTOLOG blocks, blank and 80-column padded records. Every name and
// address is unique. The model (model/profile) and the printer
// (emit.FormatProfile) benchmarks read it.
func Profile(lines int) []byte {
	return units(lines, "; generated profile\nTCPCONFIG TTLS TCPSENDBFRSIZE 64K\nIPCONFIG IPSECURITY SOURCEVIPA\n", 27, func(b *bytes.Buffer, i int) {
		a, c, d := (i>>8)&255, i&255, (i>>16)&255
		fmt.Fprintf(b, "; ------------------------------------------------------------------\n")
		fmt.Fprintf(b, "; unit %d: OSA port P%07X, VLAN %d\n", i, i, i%4000+1)
		fmt.Fprintf(b, "INTERFACE OSA%07XI\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n", i)
		fmt.Fprintf(b, "    PORTNAME P%07X\n    IPADDR 10.%d.%d.%d/24 ; primary address\n", i, d, a, c)
		fmt.Fprintf(b, "    VLANID %d VMAC ROUTEALL\n    INBPERF DYNAMIC WORKLOADQ\n    MTU 8992\n", i%4000+1)
		fmt.Fprintf(b, "START OSA%07XI\n", i)
		b.WriteString(pad(fmt.Sprintf("DEVICE D%07X MPCIPA PRIROUTER", i)) + "\n")
		fmt.Fprintf(b, "  LINK L%07X IPAQENET D%07X\n", i, i)
		fmt.Fprintf(b, "HOME\n  11.%d.%d.%d L%07X\n", d, a, c, i)
		fmt.Fprintf(b, "BEGINROUTES\n  ROUTE 12.%d.%d.0/24 = OSA%07XI MTU 1500\n", a, c, i)
		fmt.Fprintf(b, "  ROUTE 13.%d.%d.0 255.255.255.0 = L%07X MTU DEFAULTSIZE\nENDROUTES\n", a, c, i)
		fmt.Fprintf(b, "PORT\n   %d TCP JOB%05d NOAUTOLOG ; server\n   %d UDP JOB%05d\n", 1024+i%60000, i%100000, 1024+i%60000, i%100000)
		fmt.Fprintf(b, "AUTOLOG 5\n  JOB%05d JOBNAME JOB%05d\nENDAUTOLOG\n\t\n\n", i%100000, i%100000)
	})
}

// LegacyProfile writes a profile of about lines records, built from units
// that look like a large legacy profile: per unit an OSA port, a static
// VIPA and an XCF link defined with DEVICE and LINK (parameters over
// several records), their HOME entries (the VIPA before the OSA link,
// IPCONFIG SOURCEVIPA on), BSDROUTINGPARMS masks, a BEGINROUTES block,
// START statements, PORT and AUTOLOG blocks, comments and 80-column
// padded records. Every name and address is unique; every OSA port and
// VIPA converts, every XCF link stays.
// The migration benchmarks read it.
func LegacyProfile(lines int) []byte {
	return units(lines, "; generated legacy profile\nTCPCONFIG TTLS\nIPCONFIG SOURCEVIPA\n", 28, func(b *bytes.Buffer, i int) {
		a, c, d := (i>>8)&255, i&255, (i>>16)&255
		fmt.Fprintf(b, "; ------------------------------------------------------------------\n")
		fmt.Fprintf(b, "; unit %d: OSA port O%06X, VLAN %d\n", i, i, i%4000+1)
		b.WriteString(pad(fmt.Sprintf("DEVICE O%06X MPCIPA PRIROUTER", i)) + "\n")
		fmt.Fprintf(b, "  LINK O%06XL IPAQENET O%06X\n       INBPERF DYNAMIC WORKLOADQ ; fast\n       VLANID %d VMAC ROUTEALL\n", i, i, i%4000+1)
		fmt.Fprintf(b, "DEVICE V%06X VIRTUAL 0\n  LINK V%06XL VIRTUAL 0 V%06X\n", i, i, i)
		fmt.Fprintf(b, "DEVICE X%06X MPCPTP\n  LINK X%06XL MPCPTP X%06X\n", i, i, i)
		fmt.Fprintf(b, "HOME\n  10.%d.%d.%d V%06XL\n  11.%d.%d.%d O%06XL\n", d, a, c, i, d, a, c, i)
		fmt.Fprintf(b, "BSDROUTINGPARMS TRUE\n  O%06XL DEFAULTSIZE 0 255.255.255.0 0\n  X%06XL DEFAULTSIZE 0 255.255.255.0 0\nENDBSDROUTINGPARMS\n", i, i)
		fmt.Fprintf(b, "BEGINROUTES\n  ROUTE 12.%d.%d.0/24 = O%06XL MTU 1500\nENDROUTES\n", a, c, i)
		fmt.Fprintf(b, "START O%06X\nSTART X%06X\n", i, i)
		fmt.Fprintf(b, "PORT\n   %d TCP JOB%05d NOAUTOLOG ; server\n", 1024+i%60000, i%100000)
		fmt.Fprintf(b, "AUTOLOG 5\n  JOB%05d JOBNAME JOB%05d\nENDAUTOLOG\n\n", i%100000, i%100000)
	})
}

// units writes header, then unit(i) for i = 0, 1, … until about lines
// records are written, each unit being perUnit records.
func units(lines int, header string, perUnit int, unit func(b *bytes.Buffer, i int)) []byte {
	var b bytes.Buffer
	b.Grow(lines * 40)
	b.WriteString(header)
	for i, n := 0, strings.Count(header, "\n"); n < lines; i, n = i+1, n+perUnit {
		unit(&b, i)
	}
	return b.Bytes()
}

// pad fills a record with blanks to column 80, as an ISPF member is.
func pad(s string) string {
	if len(s) < 80 {
		s += strings.Repeat(" ", 80-len(s))
	}
	return s
}
