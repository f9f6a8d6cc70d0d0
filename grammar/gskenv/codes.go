// Package gskenv is the grammar of System SSL environment files: the
// NAME=value records (one variable a record, '#' comment records) that
// z/OS applications such as the LDAP server read into their environment
// before System SSL starts, with the GSK_ variables System SSL reads.
// IBM, z/OS Cryptographic Services System SSL Programming, "Environment
// variables" (the tables of SSL-specific and other variables).
//
// Lists are parsed into ordered codes, each normalised to upper case with
// its own position, and checked for the code width of the variable:
// 4 hexadecimal characters for GSK_V3_CIPHER_SPECS_EXPANDED and the
// signature-pair lists, 2 for GSK_V3_CIPHER_SPECS, 1 digit for
// GSK_V2_CIPHER_SPECS, 4 decimal digits for the curve and key-share
// group lists. What the codes mean is left to the model.
//
// Diagnostic codes (GS1xx; GS2xx are reserved for checks in the model):
//
//	GS101 error    a byte that is not text outside a comment
//	GS102 warning  a byte that is not text inside a comment
//	GS103 warning  non-breaking spaces in a record
//	GS104 info     UTF-8 byte order mark ignored
//	GS105 info     the file sets no variables
//	GS106 error    a record that is not NAME=value
//	GS107 warning  blanks between the name and '='
//	GS108 warning  an unknown GSK_ variable (did-you-mean)
//	GS109 warning  a GSK_ variable name not in upper case
//	GS110 warning  a variable set twice
//	GS111 error    a list whose length is not a multiple of its code width
//	GS112 error    a list code that is not hexadecimal / decimal
//	GS113 error    a blank or separator inside a list
//	GS114 error    a protocol or ON/OFF switch with a value that is neither
//	GS115 error    a number or trace mask that is not a number
//	GS116 warning  blanks at the end of a value
//	GS117 warning  quotes around a value
//	GS118 info     "export" before the name, ignored
//	GS119 info     an empty list: System SSL uses its default list
//	GS120 warning  a GSK_PROTOCOL_ value that names another protocol
//	GS121 info     a code repeated in a list
package gskenv

// Stable diagnostic codes. A code never changes meaning.
const (
	CodeBadByte     = "GS101"
	CodeCommentByte = "GS102"
	CodeNBSP        = "GS103"
	CodeBOM         = "GS104"
	CodeEmpty       = "GS105"
	CodeSyntax      = "GS106"
	CodeBlankEq     = "GS107"
	CodeUnknown     = "GS108"
	CodeCase        = "GS109"
	CodeTwice       = "GS110"
	CodeWidth       = "GS111"
	CodeDigit       = "GS112"
	CodeListBlank   = "GS113"
	CodeSwitch      = "GS114"
	CodeNumber      = "GS115"
	CodeTrailing    = "GS116"
	CodeQuotes      = "GS117"
	CodeExport      = "GS118"
	CodeEmptyList   = "GS119"
	CodeOtherProto  = "GS120"
	CodeRepeated    = "GS121"
)
