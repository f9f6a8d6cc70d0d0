package tcpprofile

// Stable diagnostic codes of the TCP/IP profile model (PR2xx). A code
// never changes meaning; retired codes are not reused. See the package
// documentation for one line on each.
const (
	CodeDeprecated    = "PR201"
	CodeUndefined     = "PR202"
	CodeSecondLink    = "PR203"
	CodeDupAddress    = "PR204"
	CodeNoPrefix      = "PR205"
	CodeNameTooLong   = "PR206"
	CodeIPSecOff      = "PR207"
	CodeHomeInterface = "PR208"
	CodeVirtualRoute  = "PR209"
	CodeOrder         = "PR210"
	CodeLinkDevice    = "PR211"
	CodeUnknownParam  = "PR212"
	CodeBadValue      = "PR213"
	CodeMissing       = "PR214"
	CodeIncludeRead   = "PR215"
	CodeIncludeCycle  = "PR216"
	CodeSymbol        = "PR217"
	CodeDuplicate     = "PR218"
	CodeRemoved       = "PR219"
	CodeSecondIPSec   = "PR220"
	CodePortMix       = "PR221"
	CodeNotModeled    = "PR222"
	CodeIncludeDepth  = "PR223"
	CodeExtraArg      = "PR224"
)
