// Package syslog is the grammar of the z/OS syslog daemon's configuration
// file (/etc/syslog.conf): rules made of one or more selectors joined by
// ';' and a destination with its options, '#' comment records, and the
// global statements z/OS added, which are kept as written.
//
// A selector is facility.priority, userid.jobname.facility.priority (the
// z/OS form for locally generated messages) or (hostspec).facility.priority
// (messages from a network sender). IBM, z/OS Communications Server IP
// Configuration Reference, "Syslog daemon configuration file": "Rule
// configuration statement" syntax and parameters.
//
// The tree keeps every selector part, destination and option with its
// position, and every comment. What the rules mean (which message goes
// where) is model/syslog's job.
//
// Diagnostic codes (SL1xx; SL2xx are the checks in model/syslog):
//
//	SL101 error    a byte that is not text outside a comment
//	SL102 warning  a byte that is not text inside a comment
//	SL103 warning  non-breaking spaces treated as blanks
//	SL104 info     UTF-8 byte order mark ignored
//	SL105 info     the file holds no rules
//	SL106 error    a rule that does not follow the rule syntax (misplaced '.', ';', '(' ...)
//	SL107 error    a selector with the wrong number of parts, or a list where one name belongs
//	SL108 warning  a facility name syslogd does not know (did-you-mean)
//	SL109 error    a priority code syslogd does not know (did-you-mean)
//	SL110 error    a rule without a destination
//	SL111 error    an unknown option, or an option without its value / with a bad value
//	SL112 error    -F or -D together with -N or -X
//	SL113 warning  file options on a destination that is not a file
//	SL114 warning  a selector list continued on the next record, or a blank inside it
//	SL115 warning  a destination that looks like a path but does not start with '/'
//	SL116 warning  a '%' conversion other than %Y, %m, %d in a file name
//	SL117 info     an empty path component ("//") in a file name
//	SL118 warning  a comment that does not start in column 1
//	SL119 info     a global configuration statement, kept as written and not checked
//	SL120 warning  a job name or user ID longer than 8 characters
//	SL121 info     lower-case letters in a job name or user ID
//	SL122 warning  '*' inside a job name or user ID rather than at its end
//	SL123 error    '(' of a host specification without ')'
package syslog

// Stable diagnostic codes. A code never changes meaning.
const (
	CodeBadByte       = "SL101"
	CodeCommentByte   = "SL102"
	CodeNBSP          = "SL103"
	CodeBOM           = "SL104"
	CodeEmpty         = "SL105"
	CodeSyntax        = "SL106"
	CodeSelectorShape = "SL107"
	CodeFacility      = "SL108"
	CodePriority      = "SL109"
	CodeNoDest        = "SL110"
	CodeOption        = "SL111"
	CodeOptionMix     = "SL112"
	CodeOptionNotFile = "SL113"
	CodeContinued     = "SL114"
	CodeRelativePath  = "SL115"
	CodeConversion    = "SL116"
	CodeDoubleSlash   = "SL117"
	CodeCommentColumn = "SL118"
	CodeStatement     = "SL119"
	CodeNameTooLong   = "SL120"
	CodeLowerCase     = "SL121"
	CodeInnerStar     = "SL122"
	CodeHostParen     = "SL123"
)
