// Package report is the grammar of the live views znet reads: the output
// of `pasearch -t` (and the other pasearch reports), `ipsec -f display`,
// and `netstat devlinks` / `netstat home` (IBM, z/OS Communications Server
// IP System Administrator's Commands). They share a layout of "Key: value"
// pairs indented to show nesting, which one lexer and one participle line
// grammar read; a builder per report gives the lines their meaning.
//
// The trees keep every key and value with its position, in the order the
// report prints them, so that later stages (effective settings, drift)
// can use any of them.
//
// Diagnostic codes (RP1xx):
//
//	RP101 error    a byte that is not text
//	RP102 info     UTF-8 byte order mark ignored
//	RP103 error    a line that is not "Key: value" where a record's fields belong (garbage); a warning in netstat reports, which hold free-form parts
//	RP104 warning  a key the report does not print (did-you-mean)
//	RP105 error    a value that does not read as what the key holds (a number, a code)
//	RP106 error    a record that ends before its last field: the report is truncated or cut
//	RP107 warning  a key printed twice in one record or section
//	RP108 warning  "..." standing for output left out
//	RP109 warning  a block the report does not print, kept as key/values
//	RP110 info     a report with no records
//	RP111 error    a record that belongs to another (an action, a filter field) with none before it
//	RP112 warning  the report is not the kind its family reads (a netstat report that is neither HOME nor DEVLINKS)
package report

// Stable diagnostic codes. A code never changes meaning.
const (
	CodeBadByte     = "RP101"
	CodeBOM         = "RP102"
	CodeStray       = "RP103"
	CodeUnknownKey  = "RP104"
	CodeBadValue    = "RP105"
	CodeTruncated   = "RP106"
	CodeDuplicate   = "RP107"
	CodePlaceholder = "RP108"
	CodeBlock       = "RP109"
	CodeEmpty       = "RP110"
	CodeOrphan      = "RP111"
	CodeKind        = "RP112"
)
