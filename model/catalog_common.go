package model

// Reusable ("global") policy objects shared by AT-TLS and IPSec (and by
// QoS and IDS, which znet does not model): IpAddr, IpAddrSet, IpAddrGroup,
// PortRange, PortGroup, IpTimeCondition. IBM lists them as the "Reusable"
// category of Policy Agent statements.
//
// Facts and their sources are in each entry's Cite; "unverified" marks what
// IBM's documentation, as far as it could be read, did not confirm.

// commonRef is the IBM book every entry of this file comes from.
const commonRef = "IBM z/OS Communications Server: IP Configuration Reference, "

func init() {
	register(
		&Stmt{
			Name:     "IpAddr",
			Family:   "common",
			Naming:   NameInline,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Addr", Kind: KAddr, Required: true,
					Doc:  "The single IPv4 or IPv6 address this object stands for.",
					Cite: commonRef + "IpAddr statement (z/OS 2.2); IPv4-mapped IPv6 and ::/96 addresses are valid only in IP filter rules and endpoint identities (General syntax rules for Policy Agent, z/OS 3.1)"},
			},
			Doc:  "A single IP address that rules and groups can refer to by name.",
			Cite: commonRef + "IpAddr statement; Policy Agent statement table lists it as Reusable (z/OS 2.1)",
		},
		&Stmt{
			Name:     "IpAddrSet",
			Family:   "common",
			Naming:   NameInline,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Prefix", Kind: KPrefix,
					Doc:  "The addresses of one subnet, written address/length.",
					Cite: commonRef + "IpAddrSet statement (NCA output writes Prefix 0.0.0.0/0); unverified: whether Prefix and Range exclude each other"},
				{Name: "Range", Kind: KAddrRange,
					Doc:  "The addresses from a first to a last one, written first-last.",
					Cite: commonRef + "IpAddrSet statement; General syntax rules: an IP address range is delimited by a dash, not by a colon or blank; unverified: the Range keyword spelling"},
			},
			Doc:  "A subnet or a range of IP addresses that rules and groups can refer to by name.",
			Cite: commonRef + "IpAddrSet statement (defines a single IP address or range of IP addresses, Reusable; z/OS 2.1 statement table)",
		},
		&Stmt{
			Name:     "IpAddrGroup",
			Family:   "common",
			Naming:   NameRequired,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "IpAddrRef", Kind: KRef, Ref: []string{"IpAddr"}, Repeatable: true,
					Doc:  "Adds a named IpAddr to the group.",
					Cite: commonRef + "IpAddrGroup statement"},
				{Name: "IpAddrSetRef", Kind: KRef, Ref: []string{"IpAddrSet"}, Repeatable: true,
					Doc:  "Adds a named IpAddrSet to the group.",
					Cite: commonRef + "IpAddrGroup statement"},
			},
			Nested: []string{"IpAddr", "IpAddrSet"},
			Doc:    "A named list of addresses and address sets; a packet matches the group when it matches any member.",
			Cite:   commonRef + "IpAddrGroup statement; members ORed (IBM example and NCA output with anonymous nested IpAddrSet and IpAddr)",
		},
		&Stmt{
			Name:     "PortRange",
			Family:   "common",
			Naming:   NameInline,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "Port", Kind: KPortRange, Words: 2, Required: true,
					Doc:  "One port, or the first and last port of a range (n, n-m or n m).",
					Cite: commonRef + "PortRange statement; NCA output writes Port 12345-12346; General syntax rules allow -, : or blank as range delimiter; unverified: the colon form for ports"},
			},
			Doc:  "A port or range of ports that rules and groups can refer to by name.",
			Cite: commonRef + "PortRange statement (Reusable)",
		},
		&Stmt{
			Name:     "PortGroup",
			Family:   "common",
			Naming:   NameRequired,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "PortRangeRef", Kind: KRef, Ref: []string{"PortRange"}, Repeatable: true,
					Doc:  "Adds a named PortRange to the group.",
					Cite: commonRef + "PortGroup statement"},
			},
			Nested: []string{"PortRange"},
			Doc:    "A named list of port ranges; a port matches the group when it falls in any member.",
			Cite:   commonRef + "PortGroup statement (IBM AT-TLS example)",
		},
		&Stmt{
			Name:     "IpTimeCondition",
			Family:   "common",
			Naming:   NameInline,
			Block:    true,
			TopLevel: true,
			Params: []Param{
				{Name: "TimePeriod", Kind: KTimePeriod,
					Doc:  "The overall period in which the condition can be true, from a start to an end timestamp.",
					Cite: commonRef + "IpTimeCondition statement; unverified: the value format yyyymmddhhmmss:yyyymmddhhmmss and whether the period may be repeated"},
				{Name: "MonthOfYearMask", Kind: KMask, Max: 12,
					Defaults: []Default{{Value: "111111111111"}},
					Doc:      "Twelve 0/1 bits, January first, selecting the months in which the condition is true.",
					Cite:     commonRef + "IpTimeCondition statement; default all ones as pasearch shows it (observed, z/OS 3.1); unverified: mask length rules"},
				{Name: "DayOfMonthMask", Kind: KMask, Max: 62,
					Defaults: []Default{{Value: "11111111111111111111111111111111111111111111111111111111111111"}},
					Doc:      "Sixty-two 0/1 bits: days 1-31 counted from the start of the month, then 31 days counted back from its end.",
					Cite:     commonRef + "IpTimeCondition statement; default all ones (observed in pasearch); unverified: 62-bit layout"},
				{Name: "DayOfWeekMask", Kind: KMask, Max: 7,
					Defaults: []Default{{Value: "1111111"}},
					Doc:      "Seven 0/1 bits, Sunday first, selecting the weekdays on which the condition is true.",
					Cite:     commonRef + "IpTimeCondition statement; default all ones (observed in pasearch); unverified: Sunday-first order"},
				{Name: "TimeOfDayRange", Kind: KTimeRange,
					Defaults: []Default{{Value: "00:00-24:00"}},
					Doc:      "The hours of the day in which the condition is true, hh:mm-hh:mm.",
					Cite:     commonRef + "IpTimeCondition statement; default 00:00-24:00 as pasearch shows it (observed, z/OS 3.1)"},
				{Name: "TimeZone", Kind: KEnum, Enum: []string{"Local", "UTC"},
					Defaults: []Default{{Value: "Local"}},
					Doc:      "Whether the times above are local time (TZ of the Policy Agent) or UTC.",
					Cite:     commonRef + "IpTimeCondition statement; default Local (observed in pasearch); Policy Agent needs TZ set for time conditions (Starting Policy Agent from the z/OS shell, z/OS 2.5)"},
			},
			Doc:  "A time window; a rule that refers to it is in effect only inside the window.",
			Cite: commonRef + "IpTimeCondition statement (shared by AT-TLS, IPSec, QoS, IDS; IpManVpnAction and IpFilterRule use it)",
		},
	)
}
