// Package migrate converts the legacy DEVICE/LINK/HOME definitions of a
// z/OS TCP/IP profile (model/profile) into INTERFACE statements, and
// writes the OBEYFILE members that make the same change on a running
// stack.
//
// Use:
//
//	p, diags := tcpprofile.Load(name, data, tcpprofile.FileOpener())
//	res := migrate.Migrate(p, migrate.Options{Prefix: map[string]int{"ETH1": 24}})
//	for _, f := range res.Files { … f.New … }   // every file of the profile
//	res.Obey                                     // the members, in the order to run them
//
// What converts (IBM, z/OS Communications Server: IP Configuration Guide,
// "Use the INTERFACE statement to configure IPv4 definitions for
// OSA-Express QDIO / for HiperSockets / for static VIPA, rather than using
// the DEVICE, LINK, and HOME statements", 2.1 and 2.2, topics
// ip_convert_ipaqenet_ipv4_to_ipv6, ip_convert_ipaqidio_ipv4_to_ipv6 and
// ip_convert_virtual_ipv4_to_ipv6; the summary of DEVICE and LINK
// statements names the same three as the IPv4 types INTERFACE can define):
//
//	DEVICE d MPCIPA   + LINK l IPAQENET d + HOME a l  ->  INTERFACE l DEFINE IPAQENET CHPIDTYPE OSD IPADDR a[/n] PORTNAME d
//	DEVICE IUTIQDxx MPCIPA + LINK l IPAQIDIO IUTIQDxx ->  INTERFACE l DEFINE IPAQIDIO IPADDR a[/n] CHPID xx
//	DEVICE d VIRTUAL 0 + LINK l VIRTUAL 0 d           ->  INTERFACE l DEFINE VIRTUAL IPADDR a
//
// following IBM's steps: the LINK name becomes the interface name (so
// static routes, OMPROUTE, PKTTRACE and PRIMARYINTERFACE need no change),
// the LINK type follows DEFINE, the other LINK parameters are copied as
// written, the DEVICE name becomes PORTNAME (HiperSockets: the CHPID), the
// router option of the DEVICE is copied, the HOME address becomes IPADDR
// and the HOME entry is deleted; the prefix length comes from the subnet
// mask of the link's BSDROUTINGPARMS entry ("/24 is from the
// BSDROUTINGPARMS entry subnet mask", IBM's HiperSockets example) or from
// Options.Prefix, never from a guess; with IPCONFIG SOURCEVIPA, the static
// VIPA listed before the link in the HOME list becomes
// SOURCEVIPAINTERFACE ("from the order of the HOME list entries", same
// example). START and STOP of the device name the interface instead; the
// BSDROUTINGPARMS entry of the link goes ("The BSDROUTINGPARMS statement
// applies only to IPv4 interfaces defined with the LINK statement", IBM,
// BSDROUTINGPARMS statement); a PRIMARYINTERFACE statement is added when
// the primary interface was the converted link by the order of the HOME
// list (IBM, PRIMARYINTERFACE statement: without it the first HOME entry
// is the default local host). Everything else is left byte for byte.
//
// What is kept as it is, with a finding: MPCPTP, LCS, CTC and the types
// IBM retired have no IPv4 INTERFACE form. What is refused, with an error:
// a second LINK on a device (IBM, "DEVICE and LINK - MPCIPA OSA-Express
// QDIO devices statement": "Only one LINK statement can be specified for
// each MPCIPA device"); a static VIPA that is the source VIPA of a link
// that stays DEVICE/LINK (IBM, VIRTUAL conversion topic, "Before you
// begin"); a device or link named where znet cannot rewrite it; a link
// without exactly one HOME address; parameters znet does not know.
//
// The members for a dynamic migration (Result.Obey) follow the order the
// field notes and IBM's Redbook give: STOP the devices (STOP runs last in
// an OBEYFILE whatever its position, so it cannot share a member with
// DELETE: IBM Redbook "Communications Server for z/OS V1R7 TCP/IP
// Implementation, Volume 1", section 3.9, EZZ0395I), a replacement HOME
// list (IBM, HOME statement, "Steps for modifying": "The first HOME
// statement of each configuration data set that is set replaces the
// existing HOME list with the new list", verified), DELETE LINK, DELETE
// DEVICE (each in a member of its own: they are processed asynchronously
// and DELETE DEVICE fails while DELETE LINK runs), the INTERFACE
// statements with a complete BEGINROUTES block (in an OBEYFILE,
// BEGINROUTES replaces every static route: IBM, IP Configuration Guide,
// "When a VARY TCPIP,,OBEYFILE command is issued and the profile contains
// a BEGINROUTES block…"), and START of the interfaces.
//
// Migrate reads the model and leaves it unchanged: it walks the syntax
// trees' tokens and writes each file with its edits applied, so that
// every byte it does not change is the input's. It never parses text.
//
// Diagnostic codes (MG1xx):
//
//	MG101 error    a second LINK on a DEVICE: no pair on that device is converted
//	MG102 error    a static VIPA that is the source VIPA of a link that stays
//	               DEVICE/LINK (IPCONFIG SOURCEVIPA and HOME order): IBM does not
//	               allow converting it
//	MG103 error    a device or link named by a statement znet cannot rewrite
//	               (DELETE, TRANSLATE, SRCIP…, or a ROUTE naming a static VIPA),
//	               named in the message
//	MG104 warning  no prefix length for the converted address: without /n z/OS
//	               knows no subnet (netstat shows /0); give --prefix NAME=/n
//	MG105 info     a DEVICE/LINK pair of a type with no IPv4 INTERFACE form (MPCPTP,
//	               LCS, CTC…), or a device without a link: kept as written
//	MG106 error    a link to convert has no HOME address: znet does not invent one
//	MG107 error    a link to convert has more than one HOME address; an IPv4
//	               INTERFACE has one
//	MG108 warning  a DEVICE parameter with no INTERFACE equivalent (AUTORESTART,
//	               NOAUTORESTART) is dropped
//	MG109 error    a DEVICE or LINK word znet does not know as a parameter: it
//	               cannot tell whether INTERFACE takes it; or a LINK value that
//	               INTERFACE would read as a parameter of its own
//	MG110 info     a BSDROUTINGPARMS entry removed with the link: its maxmtu, metric
//	               and destination are not carried
//	MG111 error    a --prefix that names no converted link, or a VIRTUAL one
//	MG112 warning  --prefix differs from the link's BSDROUTINGPARMS subnet mask
//	               (--prefix is used)
//	MG113 error    a statement of the pair is damaged by a syntax error or holds a
//	               value z/OS rejects, or the statement after one the migration
//	               removes begins with an abbreviation znet reads as a statement
//	               only where one must begin
//	MG114 error    a DEVICE, LINK or INTERFACE of the same name is defined twice
//	MG115 error    a HiperSockets device name that is not IUTIQDxx (xx the CHPID
//	               in hexadecimal), so the CHPID is unknown; or an IPAQENET link
//	               on a device named IUTIQDxx
//	MG116 warning  the port or CHPID also carries an IPv6 INTERFACE: as INTERFACE,
//	               IPv4 needs a DATAPATH device of its own in the TRLE
package migrate
