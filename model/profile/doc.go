// Package tcpprofile is the model of the z/OS TCP/IP profile
// (PROFILE.TCPIP and VARY TCPIP,,OBEYFILE data sets): typed statements
// built from the syntax trees of grammar/profile, INCLUDE statements
// followed, and the checks that need the whole profile.
//
// Use:
//
//	p, diags := tcpprofile.Load(name, data, tcpprofile.FileOpener())
//	diags = append(diags, p.Check()...)
//
// Load parses the file, follows its INCLUDE statements through the
// Opener (FileOpener looks beside the including file; MapOpener among
// files held in memory; nil follows none), reads DEVICE, LINK, INTERFACE,
// HOME, START, STOP, PRIMARYINTERFACE, BEGINROUTES/ROUTE,
// BSDROUTINGPARMS, IPSEC/IPSECRULE/IPSEC6RULE, TCPCONFIG, IPCONFIG and
// IPCONFIG6 into typed statements, and keeps every other statement
// verbatim (Profile.Verbatim). Its diagnostics are the syntax diagnostics
// of every file read (PR1xx) and the problems of single statements
// (PR2xx). Check adds the findings that need the whole profile. LoadWith
// takes Options: an OBEYFILE (names may be defined in the running stack;
// HOME replaces the HOME list), values of system symbols.
//
// Every parameter table names the IBM topic it comes from (z/OS
// Communications Server: IP Configuration Reference unless noted) and
// says what is unverified. Unverified parameters and values are accepted;
// problems with them are warnings, not errors.
//
// Diagnostic codes (PR2xx; the grammar uses PR1xx):
//
//	PR201 warning  DEVICE/LINK of a type that has an INTERFACE equivalent (MPCIPA
//	               with IPAQENET or IPAQIDIO, VIRTUAL): legacy, see `znet migrate`
//	PR202 error    HOME, START, STOP, ROUTE, PRIMARYINTERFACE, LINK, BSDROUTINGPARMS
//	               or SOURCEVIPAINTERFACE names a device, link or interface that is
//	               not defined (warning in an OBEYFILE or when an include is missing)
//	PR203 error    a second LINK on an MPCIPA device
//	PR204 error    a home address used twice (HOME entries, INTERFACE IPADDR)
//	PR205 warning  INTERFACE IPADDR without a prefix length (netstat shows /0);
//	               error for EQENET, which requires it
//	PR206 error    LINK or INTERFACE name over 16 characters, PORTNAME or MPCIPA
//	               DEVICE name over 8
//	PR207 warning  IPSEC block without IPCONFIG IPSECURITY (z/OS ignores it), or
//	               IPSEC6RULE without IPCONFIG6 IPSECURITY
//	PR208 error    HOME or BSDROUTINGPARMS naming an INTERFACE
//	PR209 error    ROUTE naming a VIRTUAL interface (warning for a VIRTUAL link)
//	PR210 warning  a name used before the statement that defines it
//	PR211 error    LINK type that does not suit its DEVICE's type
//	PR212 warning  a word that is not a parameter of the statement as znet knows it;
//	               on TCPCONFIG, IPCONFIG and IPCONFIG6 with a did-you-mean over
//	               their parameters and the profile's statements, since a
//	               misspelled statement after them (STRAT for START) is read as
//	               more of their parameters
//	PR213 error    a value that cannot be right (not in its set, out of range, not
//	               an address, conflicting parameters); warning when znet's set is
//	               unverified
//	PR214 error    a required argument or parameter missing
//	PR215 error    an included data set or file that cannot be read
//	PR216 error    an include cycle, naming the files in it
//	PR217 info     a system symbol where znet needs the value to check
//	PR218 warning  a DEVICE, LINK or INTERFACE defined twice (error when a LINK and
//	               an INTERFACE share a name); info for HOME statements an OBEYFILE
//	               replaces
//	PR219 warning  a statement or device type z/OS no longer supports (GATEWAY)
//	PR220 warning  a second IPSEC block, which z/OS ignores
//	PR221 error    DEVICE/LINK and an IPv4 INTERFACE on one OSA port
//	PR222 info     a DEVICE, LINK or INTERFACE type znet does not model (kept as written)
//	PR223 error    INCLUDE nested too deep
//	PR224 error    arguments a statement does not take
package tcpprofile
