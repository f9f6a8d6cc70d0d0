package pagent

// Stable diagnostic codes of the Policy Agent grammar (PA1xx). A code never
// changes meaning; retired codes are not reused.
const (
	CodeBadByte       = "PA101" // byte that is not text outside a comment
	CodeCommentByte   = "PA102" // byte that is not text inside a comment (warning)
	CodeNBSP          = "PA103" // non-breaking spaces treated as blanks (warning)
	CodeStrayClose    = "PA104" // '}' that closes nothing
	CodeUnclosed      = "PA105" // block never closed
	CodeOrphanOpen    = "PA106" // '{' with no statement before it
	CodePlaceholder   = "PA107" // '...' placeholder where a value belongs
	CodeNameTooLong   = "PA108" // block name over 32 characters
	CodeBraceSameLine = "PA109" // brace shares its line with other words (warning)
	CodeNotKeyword    = "PA110" // line starts with something that cannot be a keyword
	CodeExtraName     = "PA111" // block statement with more than one name word
	CodeSequenceNum   = "PA112" // sequence number in columns 73-80 (warning)
	CodeBOM           = "PA113" // UTF-8 byte order mark at start (info)
	CodeEmpty         = "PA114" // file holds no statements (info)
)
