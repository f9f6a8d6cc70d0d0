package emit

import (
	"errors"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

func TestIEBUPDTEGolden(t *testing.T) {
	recs := ebcdicMember(t)
	job := Job{
		JobCard: []string{"//ZNETLOAD JOB (ACCT),'ZNET LOAD',CLASS=A,MSGCLASS=X,", "//             MSGLEVEL=(1,1)"},
		Dataset: "SYS1.S0W1.NETWORK.SECURITY.CONFIG.TCPPARMS",
		Comment: []string{"Policy Agent members for S0W1."},
	}
	members := []Member{
		{Name: "PAGENT", Records: recs},
		// Records that JCL or IEBUPDTE would take for their own: // and
		// /* are data inside DD DATA,DLM=; $$ forces another delimiter.
		{Name: "SYSLOG", Records: []string{"//* not JCL", "/* not a delimiter", "$$ not the end", "*.TCPIP.*.err /var/log/tcpip"}},
		// A record starting ./ moves the member to an IEBGENER step.
		{Name: "DOTS", Records: []string{"# a file with", "./ ADD NAME=EVIL", "in it"}},
	}
	out, err := job.Write(members)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(out), "\n"), "\n") {
		if len(l) > 80 {
			t.Errorf("job record %d is %d columns", i+1, len(l))
		}
		if strings.HasPrefix(l, "//") && !strings.HasPrefix(l, "//*") && len(l) > 71 {
			t.Errorf("JCL statement %d passes column 71: %q", i+1, l)
		}
	}
	golden.Check(t, "emit/load.jcl", out)
	again, _ := job.Write(members)
	if string(again) != string(out) {
		t.Error("the job is not deterministic")
	}
}

func TestIEBUPDTEErrors(t *testing.T) {
	good := []Member{{Name: "A", Records: []string{"x"}}}
	cases := []struct {
		job     Job
		members []Member
		want    string
	}{
		{Job{Dataset: "bad..name"}, good, "data set name"},
		{Job{Dataset: "A.B", Disp: "NEW"}, good, "DISP"},
		{Job{Dataset: "A.B", JobCard: []string{"ZNET JOB"}}, good, "job card"},
		{Job{Dataset: "A.B"}, nil, "no members"},
		{Job{Dataset: "A.B"}, []Member{{Name: "1BAD", Records: nil}}, `member name "1BAD"`},
		{Job{Dataset: "A.B"}, []Member{{Name: "A"}, {Name: "A"}}, "twice"},
		{Job{Dataset: "A.B"}, []Member{{Name: "A", Records: []string{strings.Repeat("x", 81)}}}, "line 1"},
		{Job{Dataset: "A.B"}, []Member{{Name: "A", Records: []string{"ok", "/*SIGNOFF"}}}, "member A, line 2"},
	}
	for _, c := range cases {
		_, err := c.job.Write(c.members)
		var je *JCLError
		if !errors.As(err, &je) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%+v: got %v, want an error with %q", c.job, err, c.want)
		}
	}
}

func TestMemberNames(t *testing.T) {
	for _, n := range []string{"A", "PAGENTT", "$ABC#@1", "@", "Z2345678"} {
		if err := CheckMemberName(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
	for n, why := range map[string]string{
		"":          "empty",
		"123":       "digit",
		"TOOLONGXX": "9 characters",
		"pagent":    "upper case",
		"A-B":       `'-'`,
		"A.B":       `'.'`,
	} {
		err := CheckMemberName(n)
		if err == nil || !strings.Contains(err.Error(), why) || !strings.Contains(err.Error(), `"`+n+`"`) {
			t.Errorf("%q: got %v, want an error naming it and saying %q", n, err, why)
		}
	}
}

func TestManifest(t *testing.T) {
	var m Manifest
	m.Dataset = "USER.TCPPARMS"
	m.Encoding = "UTF-8"
	m.Add("TTLSPOL", "pagent", "attls-tcpip.yaml", []byte("TTLSRule x\n"))
	m.Add("PAGENT", "pagent", "s0w1.yaml", []byte("LogLevel 31\n"))
	j, err := m.JSON()
	if err != nil {
		t.Fatal(err)
	}
	y, err := m.YAML()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "emit/manifest.json", j)
	golden.Check(t, "emit/manifest.yaml", y)
	if strings.Index(string(j), "PAGENT") > strings.Index(string(j), "TTLSPOL") {
		t.Error("members are not sorted")
	}
}
