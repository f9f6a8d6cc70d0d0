// Package policy is the typed model of Policy Agent configuration: AT-TLS
// and IPSec policy, main and image files, and DMD. It is built from syntax
// trees (grammar/pagent, or trees the YAML loader produces), validated
// against the catalog in package model, and resolves references across the
// files of one stack the way Policy Agent does.
//
// Diagnostic codes (PA2xx; PA1xx are the grammar's):
//
//	PA201 error    unknown statement (did-you-mean from the catalog)
//	PA202 error    unknown parameter (did-you-mean from the statement)
//	PA203 error    parameter valid in other statements, not in this one
//	PA204 error    statement coded where it may not stand (top level / nested)
//	PA205 error    value not in the parameter's set of values
//	PA206 error    number not a number, or out of range
//	PA207 warning  bare integer read by z/OS as an IPv4 address
//	PA208 error    malformed address, prefix, range, port or pattern
//	PA209 error    malformed cipher, signature-pair or group code string
//	PA210 error    required parameter missing
//	PA211 error    TTLSRule without any condition
//	PA212 error    reference to a name that is defined nowhere
//	PA213 error    reference to an object of the wrong type
//	PA214 warning  duplicate definition (which one Policy Agent uses)
//	PA215 info     object defined but never used
//	PA216 error    TcpImage/CommonTTLSConfig… pointing at the wrong kind of file
//	PA217 error    parameter or statement not in the chosen z/OS release
//	PA218 error    statement without a required name, or with a name it cannot take
//	PA219 error    too many or too few values
//	PA220 warning  parameter coded twice where only one value counts
//	PA221 error    inline statement and reference coded for the same slot
//	PA222 warning  empty range (from above to): nothing can match
//	PA223 warning  option Policy Agent does not honour here (FLUSH/PURGE on IpSecConfig)
//	PA224 error    block where a one-record statement belongs, or the reverse
package policy

const (
	CodeUnknownStmt   = "PA201"
	CodeUnknownParam  = "PA202"
	CodeMisplaced     = "PA203"
	CodeBadNesting    = "PA204"
	CodeBadEnum       = "PA205"
	CodeBadNumber     = "PA206"
	CodeIntAsAddr     = "PA207"
	CodeBadAddr       = "PA208"
	CodeBadCodes      = "PA209"
	CodeMissing       = "PA210"
	CodeNoCondition   = "PA211"
	CodeDangling      = "PA212"
	CodeWrongType     = "PA213"
	CodeDuplicate     = "PA214"
	CodeUnused        = "PA215"
	CodeWrongFile     = "PA216"
	CodeRelease       = "PA217"
	CodeName          = "PA218"
	CodeArity         = "PA219"
	CodeRepeated      = "PA220"
	CodeInlineAndRef  = "PA221"
	CodeEmptyRange    = "PA222"
	CodeIgnoredOption = "PA223"
	CodeBlockShape    = "PA224"
)
