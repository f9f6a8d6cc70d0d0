package migrate

// Stable diagnostic codes of the DEVICE/LINK → INTERFACE migration
// (MG1xx). A code never changes meaning; retired codes are not reused. The
// package documentation has one line on each.
const (
	CodeSecondLink     = "MG101"
	CodeSourceVIPA     = "MG102"
	CodeReference      = "MG103"
	CodeNoPrefix       = "MG104"
	CodeNotConvertible = "MG105"
	CodeNoHome         = "MG106"
	CodeManyHomes      = "MG107"
	CodeDropped        = "MG108"
	CodeUnknownParam   = "MG109"
	CodeBSDRemoved     = "MG110"
	CodeBadPrefix      = "MG111"
	CodePrefixDiffers  = "MG112"
	CodeDamaged        = "MG113"
	CodeDuplicate      = "MG114"
	CodeCHPID          = "MG115"
	CodeDatapath       = "MG116"
)

// refusals are the codes that leave a pair unconverted because converting
// it would be wrong; Result.Refused reports them.
var refusals = map[string]bool{
	CodeSecondLink: true, CodeSourceVIPA: true, CodeReference: true, CodeNoHome: true,
	CodeManyHomes: true, CodeUnknownParam: true, CodeDamaged: true, CodeDuplicate: true, CodeCHPID: true,
}
