package tcpprofile

import (
	"fmt"
	"strings"
	"testing"
)

// summary renders the typed statements of p compactly.
func summary(p *Profile) string {
	var parts []string
	params := func(ps Params) string {
		var s []string
		for _, x := range ps {
			v := x.Name
			for _, y := range x.Values {
				v += "=" + y.Text
			}
			s = append(s, v)
		}
		return strings.Join(s, ",")
	}
	for _, d := range p.Devices {
		parts = append(parts, fmt.Sprintf("device %s %s %s {%s}", d.Name.Text, d.Kind, d.Address.Text, params(d.Params)))
	}
	for _, l := range p.Links {
		parts = append(parts, fmt.Sprintf("link %s %s %s dev=%s {%s}", l.Name.Text, l.Kind, l.Number.Text, l.Device.Text, params(l.Params)))
	}
	for _, i := range p.Interfaces {
		var as []string
		for _, a := range i.Addresses {
			as = append(as, fmt.Sprintf("%s/%d", a.IP, a.Prefix))
		}
		parts = append(parts, fmt.Sprintf("interface %s %s %s [%s] {%s}", i.Name.Text, i.Action, i.Kind, strings.Join(as, " "), params(i.Params)))
	}
	for _, h := range p.Homes {
		for _, e := range h.Entries {
			parts = append(parts, fmt.Sprintf("home %s %s %v", e.Address.Text, e.Link.Text, e.Primary))
		}
	}
	for _, rs := range p.Routes {
		for _, r := range rs.Routes {
			parts = append(parts, fmt.Sprintf("route %s mask=%s hop=%s %s {%s}", r.Dest.Text, r.Mask.Text, r.FirstHop.Text, r.Name.Text, params(r.Params)))
		}
	}
	for _, b := range p.BSD {
		for _, e := range b.Entries {
			parts = append(parts, fmt.Sprintf("bsd %s %s %s %s %s", e.Link.Text, e.MTU.Text, e.Metric.Text, e.Mask.Text, e.Dest.Text))
		}
	}
	for _, list := range [][]*NameRef{p.Starts, p.Stops, p.Primary} {
		for _, r := range list {
			parts = append(parts, strings.ToLower(r.Verb)+" "+r.Name.Text)
		}
	}
	for _, b := range p.IPSec {
		for _, r := range b.Rules {
			parts = append(parts, fmt.Sprintf("rule v6=%v any=%v/%v log=%v proto=%s %s %s sc=%d", r.IPv6, r.Source.Any, r.Dest.Any, r.Log, r.Protocol.Text, r.Routing, r.Direction, r.SecClass))
		}
	}
	for _, c := range p.Configs {
		var fs []string
		for _, f := range c.Flags {
			fs = append(fs, f.Text)
		}
		parts = append(parts, strings.ToLower(c.Verb)+" "+strings.Join(fs, ","))
	}
	return strings.Join(parts, "; ")
}

func TestTypedStatements(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"DEVICE MPCIPA", "DEVICE P1 MPCIPA NONROUTER AUTORESTART", "device P1 MPCIPA  {NONROUTER,AUTORESTART}"},
		{"DEVICE MPCPTP", "DEVice T1 MPCPTP NOAUTORESTART", "device T1 MPCPTP  {NOAUTORESTART}"},
		{"DEVICE LCS", "DEVICE L1 LCS 0E20", "device L1 LCS 0E20 {}"},
		{"DEVICE CTC", "DEVICE C1 CTC 0A40 AUTORESTART", "device C1 CTC 0A40 {AUTORESTART}"},
		{"DEVICE VIRTUAL", "DEVICE V1 VIRTual 0", "device V1 VIRTUAL 0 {}"},
		{"LINK IPAQENET", "LINK L1 IPAQENET P1 IPBCAST READSTORAGE AVG ISOLATE OLM DYNVLANREG MTU 1500",
			"link L1 IPAQENET  dev=P1 {IPBCAST,READSTORAGE=AVG,ISOLATE,OLM,DYNVLANREG,MTU=1500}"},
		{"LINK IPAQIDIO", "LINK H1 IPAQIDIO IUTIQDF4 IPBCAST VLANID 7", "link H1 IPAQIDIO  dev=IUTIQDF4 {IPBCAST,VLANID=7}"},
		{"LINK MPCPTP", "LINK T1 MPCPTP TD1 IFSPEED 100 NOCHECKSUM", "link T1 MPCPTP  dev=TD1 {IFSPEED=100,NOCHECKSUM}"},
		{"LINK ETHERNET", "LINK E1 ETHERNET 0 L1", "link E1 ETHERNET 0 dev=L1 {}"},
		{"LINK 802.3", "LINK E2 802.3 1 L1", "link E2 802.3 1 dev=L1 {}"},
		{"LINK CTC", "LINK C1 CTC 1 CTCD", "link C1 CTC 1 dev=CTCD {}"},
		{"LINK VIRTUAL", "LINK VL VIRTUAL 0 V1", "link VL VIRTUAL 0 dev=V1 {}"},
		{"INTERFACE IPAQENET", "INTERFACE E DEFINE IPAQENET PORTNAME P CHPIDTYPE OSX CHPID 1A IPADDR 10.0.0.1/24 SECROUTER",
			"interface E DEFINE IPAQENET [10.0.0.1/24] {PORTNAME=P,CHPIDTYPE=OSX,CHPID=1A,IPADDR=10.0.0.1/24,SECROUTER}"},
		{"INTERFACE IPAQENET6", "INTERFACE E6 DEFINE IPAQENET6 PORTNAME P IPADDR FD00::1 FD00::/64 DUPADDRDET 1",
			"interface E6 DEFINE IPAQENET6 [fd00::1/-1 fd00::/64] {PORTNAME=P,IPADDR=FD00::1=FD00::/64,DUPADDRDET=1}"},
		{"INTERFACE IPAQIDIO", "INTERFACE H DEFINE IPAQIDIO CHPID F4 IPADDR 10.0.0.1/24 SOURCEVIPAINT V",
			"interface H DEFINE IPAQIDIO [10.0.0.1/24] {CHPID=F4,IPADDR=10.0.0.1/24,SOURCEVIPAINTERFACE=V}"},
		{"INTERFACE IPAQIDIO6", "INTERFACE H6 DEFINE IPAQIDIO6 CHPID F4 INTFID 1:2:3:4",
			"interface H6 DEFINE IPAQIDIO6 [] {CHPID=F4,INTFID=1:2:3:4}"},
		{"INTERFACE VIRTUAL", "INTERFACE V DEFINE VIRTUAL IPADDR 10.0.0.9", "interface V DEFINE VIRTUAL [10.0.0.9/-1] {IPADDR=10.0.0.9}"},
		{"INTERFACE VIRTUAL6", "INTERFACE V6 DEFINE VIRTUAL6 IPADDR 2001:DB8::9", "interface V6 DEFINE VIRTUAL6 [2001:db8::9/-1] {IPADDR=2001:DB8::9}"},
		{"INTERFACE EQENET", "INTERFACE N DEFINE EQENET DEVNUM 2B70 IPADDR 10.0.0.1/20 TEMPIP SMCD",
			"interface N DEFINE EQENET [10.0.0.1/20] {DEVNUM=2B70,IPADDR=10.0.0.1/20,TEMPIP,SMCD}"},
		{"INTERFACE EQENET6", "INTERFACE N6 DEFINE EQENET6 DEVNUM 2B70 INTFID 0:1:2:3", "interface N6 DEFINE EQENET6 [] {DEVNUM=2B70,INTFID=0:1:2:3}"},
		{"INTERFACE DELETE", "INTERFACE E DELEte", "interface E DELETE  [] {}"},
		{"INTERFACE DELADDR", "INTERFACE E6 DELADDR FD00::1", "interface E6 DELADDR  [fd00::1/-1] {}"},
		{"HOME", "HOME 10.0.0.1 A PRIMARY\n 10.0.0.2 B", "home 10.0.0.1 A true; home 10.0.0.2 B false"},
		{"ROUTE forms", "BEGINROUTES\nROUTE 10.0.0.0 255.0.0.0 = A MTU 1500 NOREPL\nROUTE 10.1.1.1 HOST 10.0.0.1 A MTU DEFAULTSIZE\nROUTE DEFAULT 10.0.0.1 A MTU 576 MAXI 60 NODELAYA\nENDROUTES",
			"route 10.0.0.0 mask=255.0.0.0 hop== A {MTU=1500,NOREPLACEABLE}; route 10.1.1.1 mask=HOST hop=10.0.0.1 A {MTU=DEFAULTSIZE}; route DEFAULT mask= hop=10.0.0.1 A {MTU=576,MAXIMUMRETRANSMITTIME=60,NODELAYACKS}"},
		{"BSDROUTINGPARMS", "BSDROUTINGPARMS TRUE\n A 1500 0 255.255.255.0 0\n B DEFAULTSIZE 1 255.255.0.0 0\nENDBSDROUTINGPARMS",
			"bsd A 1500 0 255.255.255.0 0; bsd B DEFAULTSIZE 1 255.255.0.0 0"},
		{"START STOP PRIMARYINTERFACE", "START A\nSTOP B\nPRIMARYINTERFACE C", "start A; stop B; primaryinterface C"},
		{"IPSEC rules", "IPSEC\nIPSECR * 10.0.0.0/8 PROTO UDP ROUTING EITHER\nIPSEC6RULE * * LOG SECCLASS 9 DIREC OUTB\nENDIPSEC",
			"rule v6=false any=true/false log=false proto=UDP EITHER BIDIRECTIONAL sc=0; rule v6=true any=true/true log=true proto=* LOCAL OUTBOUND sc=9"},
		{"TCPCONFIG IPCONFIG", "TCPCONFIG NOTTLS RESTRICTLOWPORTS\nIPCONFIG IPSECURITY SOURCEVIPA\nIPCONFIG6 IPSECURITY",
			"tcpconfig NOTTLS; ipconfig IPSECURITY,SOURCEVIPA; ipconfig6 IPSECURITY"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, d := Load("t.prof", []byte(tc.src+"\n"), nil)
			if d.HasErrors() {
				t.Errorf("load errors: %v", d)
			}
			if got := summary(p); got != tc.want {
				t.Errorf("\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}
