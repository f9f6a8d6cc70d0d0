package tcpprofile

import (
	"testing"
)

// FuzzLoad: any input, including one that includes itself, loads and
// checks without panicking, and every diagnostic has a position.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"DEVICE PORTA MPCIPA\nLINK ETH1 IPAQENET PORTA\nHOME 10.1.1.2 ETH1\nSTART PORTA\n",
		"INTERFACE ETH1 DEFINE IPAQENET PORTNAME PORTA IPADDR 10.1.1.2 VMAC ROUTEALL INBPERF DYNAMIC\n",
		"BEGINROUTES\nROUTE 10.0.0.0 255.0.0.0 = ETH1 MTU 1500 REPL\nROUTE DEFAULT6 FE80::1 E6 MTU 5000\nENDROUTES\n",
		"IPCONFIG IPSECURITY\nIPSEC\nIPSECRULE 1.1.1.1 - 1.1.1.9 * LOG PROTOCOL TCP SRCPORT 1 2 DESTPORT *\nENDIPSEC\n",
		"BSDROUTINGPARMS TRUE\nL 1500 0 255.0.0.0 0 X\nENDBSDROUTINGPARMS\nINCLUDE X(SELF)\n",
		"HOME &A &B.\nSTART &SYSNAME.\nINTERFACE &X DEFINE VIRTUAL IPADDR &Y\n",
		"TCPCONFIG TTLS INT 120 EPHEMERALPORTS 1024\nSTRAT X\nIPCONFIG DATAGRAMFWD FWDMULT PERP DYNAMICXCF 10.1.1.1 255.0.0.0 1 SECCLASS 9\n" +
			"IPCONFIG6 DYNAMICXCF &A INTFID 1:2:3:4 TEMPADDRS PREFLIFETIME\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		open := MapOpener(map[string][]byte{"SELF": data, "OTHER": []byte("INCLUDE A(SELF)\n")})
		for _, opt := range []Options{{}, {Obey: true, Symbols: map[string]string{"A": "10.0.0.1", "SYSNAME": "S"}}} {
			p, d := LoadWith("fuzz.prof", data, open, opt)
			d = append(d, p.Check()...)
			for _, x := range d {
				if x.Span.Line < 1 || x.Code == "" {
					t.Fatalf("diagnostic without a position or code: %v", x)
				}
			}
			_ = p.HomeList()
		}
	})
}
