package profile

// Stable diagnostic codes of the TCP/IP profile grammar (PR1xx). A code
// never changes meaning; retired codes are not reused. The model
// (model/profile) uses PR2xx.
const (
	CodeBadByte      = "PR101" // byte that is not text outside a comment (error)
	CodeCommentByte  = "PR102" // byte that is not text inside a comment (warning)
	CodeNBSP         = "PR103" // non-breaking spaces treated as blanks (warning)
	CodePlaceholder  = "PR104" // '...' placeholder where statements or values belong (error)
	CodeUnknown      = "PR105" // word where a statement must begin that is no statement (error)
	CodeUnclosed     = "PR106" // block statement whose END statement is missing (error)
	CodeStrayEnd     = "PR107" // END statement with no block open (error)
	CodeOutsideBlock = "PR108" // statement that belongs in a block, found outside it (error)
	CodeSemicolon    = "PR109" // ';' glued to an argument, so it is not a comment (warning)
	CodeSequenceNum  = "PR110" // sequence number in columns 73-80 (warning)
	CodeQuote        = "PR111" // quoted string not closed on its record (error)
	CodeAbbrev       = "PR112" // abbreviation whose minimum is not confirmed by IBM (info)
	CodeBOM          = "PR113" // UTF-8 byte order mark at the start (info)
	CodeEmpty        = "PR114" // file holds no statements (info)
)
