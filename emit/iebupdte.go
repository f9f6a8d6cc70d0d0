package emit

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Member is one member of a data set with its records (see Records).
type Member struct {
	Name    string
	Records []string
}

// Job describes the job that loads members into a partitioned data set
// with IEBUPDTE. The facts it relies on, from IBM's documentation:
//
//   - IEBUPDTE control statements are identified by ./ in columns 1 and 2
//     (z/OS DFSMSdfp Utilities, IEBUPDTE "Function Statement"; "Data and
//     storage management on z/OS", The IEBUPDTE utility).
//   - "./ ADD NAME=member" adds a member; "If a member is added and the
//     member name already exists in the old master data set, processing is
//     ended. If, however, PARM=NEW is specified on the EXEC statement, the
//     member is replaced." With PARM=NEW the input is SYSIN only, so no
//     SYSUT1 is coded; SYSUT2 is the data set written (DFSMSdfp Utilities,
//     IEBUPDTE "Function Statement").
//   - With ADD, data statements are new data placed in the member as they
//     are; "No validity checking of sequence numbers is performed for data
//     statements" (IEBUPDTE "Data Statement"): all 80 columns are data.
//   - "./ ENDUP" ends the control data.
//   - LIST=ALL is not coded: it would print every record of every member
//     on SYSPRINT, passwords included.
//   - A data record that starts with ./ would be read as a control
//     statement, and IBM documents no escape for it in ADD data. A member
//     holding such a record is therefore loaded by an IEBGENER step of its
//     own (SYSUT1 in-stream, SYSUT2 the member; "Add a member to a
//     partitioned data set: IEBUPDTE, IEBGENER", DFSMSdfp Utilities, Guide
//     to utility program functions), which copies records without looking
//     at them. Those steps run only when every step before ended with
//     return code 0 (COND=(0,NE)).
//   - SYSIN is DD DATA with a DLM delimiter that no data record starts
//     with: "When the DLM delimiter appears on a DD DATA statement, only
//     the assigned delimiter ends the input data set", so records starting
//     with // or /* are data (z/OS MVS JCL Reference, DLM parameter). The
//     same topic names the exception: JES2 still processes /*SIGNON and
//     /*SIGNOFF; a member with such a record cannot be carried in a job and
//     is an error.
//   - JCL statements end by column 71; a statement continues after a
//     comma on a record starting // with the operand in columns 4-16
//     (z/OS MVS JCL Reference, Continuing statements).
type Job struct {
	// JobCard is the JOB statement, one record per string, each starting
	// with // and at most 71 characters. Empty means DefaultJobCard.
	JobCard []string
	// Dataset is the partitioned data set (PDS or PDSE) loaded, fully
	// qualified, without quotes. It must exist with RECFM=FB LRECL=80.
	Dataset string
	// Disp is the disposition of the data set: SHR (the default) or OLD.
	Disp string
	// Sysout is the SYSOUT class of SYSPRINT; "*" (the job's MSGCLASS)
	// when empty.
	Sysout string
	// Comment lines are written as //* records after the job card.
	Comment []string
}

// DefaultJobCard is a job card to edit before submitting: account,
// classes and the job name are a site's own.
var DefaultJobCard = []string{"//ZNETLOAD JOB (ACCT),'ZNET LOAD',CLASS=A,MSGCLASS=X"}

// JCLError is a problem with the job or a member that keeps the job from
// being written.
type JCLError struct {
	Member string // "" for the job itself
	Line   int    // record of the member, 0 when not about one
	Msg    string
}

func (e *JCLError) Error() string {
	switch {
	case e.Member == "":
		return "IEBUPDTE job: " + e.Msg
	case e.Line == 0:
		return fmt.Sprintf("IEBUPDTE job, member %s: %s", e.Member, e.Msg)
	}
	return fmt.Sprintf("IEBUPDTE job, member %s, line %d: %s", e.Member, e.Line, e.Msg)
}

// CheckDatasetName validates a data set name: 1-44 characters of
// qualifiers of 1-8 characters, each starting with A-Z @ # $ and holding
// A-Z 0-9 @ # $ -, separated by periods.
func CheckDatasetName(dsn string) error {
	bad := func(why string) error {
		return fmt.Errorf("data set name %q is not valid: %s (qualifiers of 1-8 characters A-Z 0-9 @ # $ -, not starting with a digit or -, separated by periods, 44 characters at most)", dsn, why)
	}
	if dsn == "" {
		return bad("it is empty")
	}
	if len(dsn) > 44 {
		return bad(fmt.Sprintf("it is %d characters long", len(dsn)))
	}
	for _, q := range strings.Split(dsn, ".") {
		if q == "" || len(q) > 8 {
			return bad(fmt.Sprintf("qualifier %q is not 1-8 characters", q))
		}
		for i := 0; i < len(q); i++ {
			c := q[i]
			alpha := c >= 'A' && c <= 'Z' || c == '@' || c == '#' || c == '$'
			if i == 0 && !alpha {
				return bad(fmt.Sprintf("qualifier %q starts with %q", q, rune(c)))
			}
			if !alpha && !(c >= '0' && c <= '9') && c != '-' {
				return bad(fmt.Sprintf("qualifier %q holds %q", q, rune(c)))
			}
		}
	}
	return nil
}

// Write renders the job that loads members, in the order given, into
// j.Dataset: one record of at most 80 characters per line, LF line ends.
// The output depends only on j and members (no dates), so the same input
// gives the same job.
func (j *Job) Write(members []Member) ([]byte, error) {
	if err := CheckDatasetName(j.Dataset); err != nil {
		return nil, &JCLError{Msg: err.Error()}
	}
	disp := strings.ToUpper(j.Disp)
	switch disp {
	case "":
		disp = "SHR"
	case "SHR", "OLD":
	default:
		return nil, &JCLError{Msg: fmt.Sprintf("DISP %q: the data set is loaded in place, use SHR or OLD", j.Disp)}
	}
	sysout := j.Sysout
	if sysout == "" {
		sysout = "*"
	}
	card := j.JobCard
	if len(card) == 0 {
		card = DefaultJobCard
	}
	var w jcl
	for i, c := range card {
		if !strings.HasPrefix(c, "//") || utf8.RuneCountInString(c) > 71 {
			return nil, &JCLError{Msg: fmt.Sprintf("job card record %d %q must start with // and end by column 71", i+1, c)}
		}
		w.rec(c)
	}
	if len(members) == 0 {
		return nil, &JCLError{Msg: "no members to load"}
	}
	for _, c := range j.Comment {
		w.rec(clip("//* "+c, 71))
	}

	// Members with a record starting ./ go to IEBGENER steps.
	var updte, gener []Member
	seen := map[string]bool{}
	for _, m := range members {
		if err := CheckMemberName(m.Name); err != nil {
			return nil, &JCLError{Member: m.Name, Msg: err.Error()}
		}
		if seen[m.Name] {
			return nil, &JCLError{Member: m.Name, Msg: "member listed twice"}
		}
		seen[m.Name] = true
		dot := false
		for i, r := range m.Records {
			if utf8.RuneCountInString(r) > Width {
				return nil, &JCLError{Member: m.Name, Line: i + 1, Msg: fmt.Sprintf("record longer than %d columns (use Records)", Width)}
			}
			if strings.ContainsAny(r, "\r\n") {
				return nil, &JCLError{Member: m.Name, Line: i + 1, Msg: "record holds a line end"}
			}
			up := strings.ToUpper(r)
			if strings.HasPrefix(up, "/*SIGNON") || strings.HasPrefix(up, "/*SIGNOFF") {
				return nil, &JCLError{Member: m.Name, Line: i + 1, Msg: "a record starting /*SIGNON or /*SIGNOFF is processed by JES2 even inside DD DATA,DLM= (z/OS MVS JCL Reference, DLM parameter); it cannot be carried in a job"}
			}
			if strings.HasPrefix(r, "./") {
				dot = true
			}
		}
		if dot {
			gener = append(gener, m)
		} else {
			updte = append(updte, m)
		}
	}

	w.rec(clip(fmt.Sprintf("//* Loads %d member(s) into %s. Written by znet.", len(members), j.Dataset), 71))
	step := 0
	if len(updte) > 0 {
		var data []string
		for _, m := range updte {
			data = append(data, "./ ADD NAME="+m.Name)
			data = append(data, m.Records...)
		}
		data = append(data, "./ ENDUP")
		dlm, err := delimiter(data)
		if err != nil {
			return nil, err
		}
		step++
		w.rec("//LOAD     EXEC PGM=IEBUPDTE,PARM=NEW")
		w.rec("//SYSPRINT DD SYSOUT=" + sysout)
		w.dd("SYSUT2", "DISP="+disp, "DSN="+j.Dataset)
		w.rec("//SYSIN    DD DATA,DLM=" + dlm)
		for _, r := range data {
			w.rec(r)
		}
		w.rec(dlm)
	}
	for g, m := range gener {
		dlm, err := delimiter(m.Records)
		if err != nil {
			return nil, err
		}
		step++
		w.rec(fmt.Sprintf("//* %s has records starting ./, which IEBUPDTE would read as control", m.Name))
		w.rec("//* statements: IEBGENER copies it without looking at its records.")
		exec := fmt.Sprintf("//GEN%03d   EXEC PGM=IEBGENER", g+1)
		if step > 1 {
			exec += ",COND=(0,NE)"
		}
		w.rec(exec)
		w.rec("//SYSPRINT DD SYSOUT=" + sysout)
		w.rec("//SYSIN    DD DUMMY")
		w.dd("SYSUT2", "DISP="+disp, "DSN="+j.Dataset+"("+m.Name+")")
		w.rec("//SYSUT1   DD DATA,DLM=" + dlm)
		for _, r := range m.Records {
			w.rec(r)
		}
		w.rec(dlm)
	}
	return UTF8(w.recs), nil
}

// jcl collects job records.
type jcl struct{ recs []string }

func (w *jcl) rec(s string) { w.recs = append(w.recs, strings.TrimRight(s, " ")) }

// dd writes a DD statement with its operands, continuing it over records
// where one record of 71 columns does not hold it.
func (w *jcl) dd(name string, operands ...string) {
	head := fmt.Sprintf("//%-8s DD ", name)
	one := head + strings.Join(operands, ",")
	if len(one) <= 71 {
		w.rec(one)
		return
	}
	line := head
	for i, op := range operands {
		if i < len(operands)-1 {
			op += ","
		}
		if line != head && len(line)+len(op) > 71 {
			w.rec(line)
			line = "//             " // operand in column 16
			if len(line)+len(op) > 71 {
				line = "// " // column 4, the leftmost JCL allows
			}
		}
		line += op
	}
	w.rec(line)
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// delimiter picks the DLM of an in-stream data set: two characters no
// record of data starts with, national characters first (they need no
// quotes on DLM=).
func delimiter(data []string) (string, error) {
	starts := map[string]bool{}
	for _, r := range data {
		if len(r) >= 2 {
			starts[r[:2]] = true
		}
	}
	const chars = "$@#ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210"
	for i := 0; i < len(chars); i++ {
		for k := 0; k < len(chars); k++ {
			d := string([]byte{chars[i], chars[k]})
			if !starts[d] {
				return d, nil
			}
		}
	}
	return "", &JCLError{Msg: "every two-character delimiter starts some record"}
}
