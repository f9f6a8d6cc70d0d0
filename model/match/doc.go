// Package match is the match space of Policy Agent rules and the order in
// which z/OS evaluates them: what connections an AT-TLS rule (TTLSRule)
// and what packets an IP filter rule (IpFilterRule) match, which rule a
// given connection or packet gets, and why. Package lint/shadow builds
// the shadowing analysis on it; `znet explain --connection/--packet` and
// `znet test` use its evaluation.
//
// # The space
//
// A rule is a union of cubes; a cube is one set of values per dimension
// (see Family: ATTLS and IPFilter), every combination of them matching.
// Sets are unions of closed intervals over 128-bit points, so addresses
// (single, prefix, range, IpAddr, IpAddrSet, IpAddrGroup members), ports
// (single, range, PortRange, PortGroup members), job names and user IDs
// (exact or prefix*, see NamePattern), directions and time windows (see
// TimeCond) are all interval sets, and containment, intersection and
// difference are exact. IPv4 and IPv6 are kept in separate cubes: a
// connection's two addresses are of one IP version.
//
// When something about a rule is not known for sure, the rule has two
// spaces: Over (everything it may match) and Under (everything it
// certainly matches). An analysis that must not claim too much reads the
// rule being covered by Over and the covering rules by Under.
//
// # Facts and where they come from
//
// Verified in IBM's documentation:
//
//   - AT-TLS rule conditions: LocalAddr, RemoteAddr, LocalPortRange,
//     RemotePortRange, Jobname ("job name of the owning application or
//     wildcard job name"), Userid ("user ID of the owning process or
//     wildcard user ID"), Direction (Inbound: passive socket, established
//     by accept; Outbound: active socket, established by connect; or Both).
//     "If a condition is not specified, that condition is not considered";
//     "Multiple values can be specified for the IP address and port
//     conditions, either directly in the condition or as a referenced
//     group"; "When a match is found, policy lookup stops"; priorities
//     1-2000000000, 2000000000 highest; "Policy Agent orders rules in
//     alphabetical order within priority" (IP Configuration Guide, "AT-TLS
//     rules", z/OS 2.2).
//   - TTLSRule syntax: LocalAddr/RemoteAddr ipaddress, ipaddress/prefix,
//     ipaddress-ipaddress or All (default All); LocalPortRange and
//     RemotePortRange 0 (default: all), n, or n m; the rule may hold an
//     IpTimeCondition, "a time period when the AT-TLS rule is in effect"
//     (IP Configuration Reference, "TTLSRule statement", z/OS 2.1).
//   - IpAddrGroup holds IpAddr, IpAddrRef, IpAddrSet and IpAddrSetRef; for
//     AT-TLS, groups with non-continuous ranges are kept as configured
//     (IP Configuration Reference, "IpAddrGroup statement", z/OS 2.1).
//   - "The IP filter table contains all of the IP filter rules in the
//     order in which they were configured" (IP Configuration Guide, "Filter
//     rules and actions"); "IP filter rules in an IP filter policy are
//     searched in the order listed ... a search for a matching filter rule
//     stops after the first match is found" ("IP filter rule order").
//   - "If both a TTLSConfig statement and a CommonTTLSConfig statement are
//     defined, the specified CommonTTLSConfig file is processed before the
//     TTLSConfig policy file" (IP Configuration Guide, "AT-TLS policy
//     configuration", z/OS 2.4), and of objects of one type and name "the
//     last one encountered is used" ("Common AT-TLS configuration file");
//     znet's policy model applies both (policy.Build, policy.RuleOrder).
//   - IpService protocols Tcp 6, Udp 17, Icmp 1, Icmpv6 58, Ospf 89, MIPv6
//     135, Ip 4, Ipip 94, Ah, Esp, Igmp, All (IP Configuration Reference,
//     "IpService statement", z/OS 2.1 syntax diagram).
//
// Not confirmed in IBM's documentation (znet's reading, conservative
// where it matters):
//
//   - Where a Jobname/Userid wildcard may stand. Only a trailing * is seen
//     in IBM's and vendors' published policies; znet reads P* as "starts
//     with P" (P itself included) and treats any other wildcard (an inner
//     *, % or ?) as uncertain: the rule may match any name starting with
//     the part before the wildcard and is never used to cover another.
//     Values are compared in upper case.
//   - The components of IpTimeCondition (TimePeriod, MonthOfYearMask,
//     DayOfMonthMask, DayOfWeekMask Sunday first, TimeOfDayRange wrapping
//     past midnight when its start is after its end, TimeZone) follow
//     DMTF's CIM_PolicyTimePeriodCondition, whose property names IBM uses;
//     they are ANDed, and a day of month is selected when it is selected
//     counted from the start or from the end of the month. They are
//     treated as independent dimensions: sound for full shadowing (never
//     claimed wrongly), possibly missing covers that only real calendars
//     make. Local and UTC windows in one policy are not compared.
//   - IP filter conventions: a rule is written as the outbound packet;
//     Bidirectional adds the mirror image (source and destination, and
//     their ports, swapped) for inbound packets; Inbound and Outbound take
//     the rule as written; InboundConnect/OutboundConnect limit TCP packets
//     to connections opened from that side; ports count only for Tcp and
//     Udp, ICMP type and code only for Icmp and Icmpv6; Routing Local is
//     the default; SecurityClass 0 matches every interface. One function
//     each (service, BuildFilter) holds these choices.
//   - Several IpFilterPolicy statements (a common IPSec file and a stack
//     file) are searched in reading order.
//   - An IPv4-mapped IPv6 address in a --connection is read as IPv4.
//   - IBM says that when an IpAddrGroup holds the address 0.0.0.0, pasearch
//     shows the group's summary condition as All ("IpAddrGroup
//     statement"); whether matching then treats 0.0.0.0 as every address
//     is not said. znet reads 0.0.0.0 as that one address.
//
// Defensive filters (Defense Manager daemon) are searched before the
// policy's filter rules; they are added at run time and are not in any
// file znet reads. The TCP/IP profile's IPSECRULEs (the default filter
// policy) are not modelled here yet.
package match
