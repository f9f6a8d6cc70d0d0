package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zosnet/znet/golden"
)

func migrateRun(args ...string) (int, string, string) {
	var out, errb bytes.Buffer
	code := run(append([]string{"migrate"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

func migrateWrite(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// The field notes' profile: the converted profile on stdout, the report
// on stderr with the /0 warning, exit code 0; --obey writes the members
// in the order of obey-delete-link-device.txt.
func TestMigrateSample(t *testing.T) {
	samples := golden.Samples(t)
	in := filepath.Join(samples, "tcpip-device-link-clean.prof")
	before, _ := os.ReadFile(in)

	code, out, errs := migrateRun(in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"INTERFACE ETH1\n    DEFINE IPAQENET\n    CHPIDTYPE OSD\n    IPADDR 10.1.1.2\n    PORTNAME PORTA\n", "START ETH1\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "warning MG104") || !strings.Contains(errs, "10.1.1.2/0") {
		t.Errorf("report lacks the /0 warning:\n%s", errs)
	}
	if after, _ := os.ReadFile(in); !bytes.Equal(before, after) {
		t.Fatal("the input was changed")
	}

	dir := t.TempDir()
	obey := filepath.Join(dir, "obey")
	outFile := filepath.Join(dir, "profile.prof")
	code, out, errs = migrateRun("--prefix", "ETH1=/24", "-o", outFile, "--obey", obey, "--format", "json", in)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var rep struct {
		Profiles []struct {
			Converted   int `json:"converted"`
			Conversions []struct {
				Prefix int `json:"prefix"`
			} `json:"conversions"`
		} `json:"profiles"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Profiles) != 1 || rep.Profiles[0].Converted != 1 || rep.Profiles[0].Conversions[0].Prefix != 24 {
		t.Errorf("JSON report %v:\n%s", err, out)
	}
	got, err := os.ReadFile(outFile)
	if err != nil || !strings.Contains(string(got), "IPADDR 10.1.1.2/24\n") {
		t.Errorf("-o FILE: %v\n%s", err, got)
	}
	ents, err := os.ReadDir(obey)
	if err != nil {
		t.Fatal(err)
	}
	var names, firsts []string
	for _, e := range ents {
		names = append(names, e.Name())
		data, _ := os.ReadFile(filepath.Join(obey, e.Name()))
		for _, l := range strings.Split(string(data), "\n") {
			if l != "" && !strings.HasPrefix(l, ";") {
				firsts = append(firsts, l)
				break
			}
		}
	}
	want := []string{"STOP PORTA", "HOME", "DELETE LINK ETH1", "DELETE DEVICE PORTA", "INTERFACE ETH1", "START ETH1"}
	if strings.Join(firsts, "|") != strings.Join(want, "|") {
		t.Errorf("members %v begin with %q, want %q", names, firsts, want)
	}
	note, _ := os.ReadFile(filepath.Join(samples, "obey-delete-link-device.txt"))
	if i, j := strings.Index(string(note), "DELETE LINK ETH1"), strings.Index(string(note), "DELETE DEVICE PORTA"); i < 0 || j < i {
		t.Errorf("the sample's order changed: %q", note)
	}

	// --diff shows the change and writes nothing.
	code, out, _ = migrateRun("--diff", in)
	if code != 0 || !strings.Contains(out, "-START PORTA\n+START ETH1\n") || !strings.Contains(out, "-DEVICE PORTA MPCIPA\n") {
		t.Errorf("--diff: exit %d\n%s", code, out)
	}
}

// A refused pair: exit code 1, the finding names the cause, nothing is
// written.
func TestMigrateRefused(t *testing.T) {
	dir := t.TempDir()
	in := migrateWrite(t, dir, "two.prof", "DEVICE P MPCIPA\nLINK L1 IPAQENET P\nLINK L2 IPAQENET P\nHOME 10.0.0.1 L1 10.0.0.2 L2\nSTART P\n")
	outFile := filepath.Join(dir, "out.prof")
	obey := filepath.Join(dir, "obey")
	code, out, errs := migrateRun("-o", outFile, "--obey", obey, in)
	if code != 1 {
		t.Errorf("exit %d, want 1\n%s%s", code, out, errs)
	}
	if !strings.Contains(out, "error MG101") || !strings.Contains(out, "also has LINK L2") {
		t.Errorf("report lacks MG101:\n%s", out)
	}
	for _, p := range []string{outFile, obey} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s written although a pair was refused", p)
		}
	}
}

// Input and usage errors: exit code 2, nothing written.
func TestMigrateInputErrors(t *testing.T) {
	dir := t.TempDir()
	good := migrateWrite(t, dir, "good.prof", "DEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.0.0.1 L\nSTART P\n")
	bad := migrateWrite(t, dir, "bad.prof", "DEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.0.0.1 L\nENDHOME\n")
	inc := migrateWrite(t, dir, "inc.prof", "INCLUDE USER.TCPPARMS(NOTHERE)\nDEVICE P MPCIPA\nLINK L IPAQENET P\nHOME 10.0.0.1 L\n")
	outFile := filepath.Join(dir, "out.prof")
	for _, args := range [][]string{
		{"-o", outFile, bad},
		{"-o", outFile, inc},
		{"-o", outFile, "--prefix", "NOPE=/24", good},
		{"-o", outFile, "--prefix", "L=/99", good},
		{"-o", outFile, "--format", "yaml", good},
		{"-o", outFile, filepath.Join(dir, "missing.prof")},
	} {
		code, out, errs := migrateRun(args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2\n%s%s", args, code, out, errs)
		}
		if _, err := os.Stat(outFile); err == nil {
			t.Fatalf("%v: output written", args)
		}
	}
}

// A profile whose included member changes: -o DIR holds every file of
// the profile, converted; without -o, znet asks for it.
func TestMigrateIncludes(t *testing.T) {
	dir := t.TempDir()
	main := migrateWrite(t, dir, "main.prof", "INCLUDE USER.TCPPARMS(DEVS)\nHOME 10.0.0.1 L\nSTART P\n")
	migrateWrite(t, dir, "DEVS", "DEVICE P MPCIPA\nLINK L IPAQENET P\n")
	code, _, errs := migrateRun(main)
	if code != 2 || !strings.Contains(errs, "give -o DIR or --diff") {
		t.Errorf("two files to stdout: exit %d\n%s", code, errs)
	}
	outDir := filepath.Join(dir, "out")
	code, out, errs := migrateRun("--prefix", "L=/24", "-o", outDir, main)
	if code != 0 {
		t.Fatalf("exit %d: %s%s", code, out, errs)
	}
	m, _ := os.ReadFile(filepath.Join(outDir, "main.prof"))
	d, _ := os.ReadFile(filepath.Join(outDir, "DEVS"))
	if string(m) != "INCLUDE USER.TCPPARMS(DEVS)\nSTART L\n" || !strings.HasPrefix(string(d), "INTERFACE L\n") {
		t.Errorf("-o DIR:\nmain.prof %q\nDEVS %q", m, d)
	}
	// The included member given too is part of the profile, not one of
	// its own.
	code, out, errs = migrateRun("--prefix", "L=/24", "--diff", main, filepath.Join(dir, "DEVS"))
	if code != 0 || strings.Count(out, "+++ ") != 2 {
		t.Errorf("main and include given: exit %d\n%s%s", code, out, errs)
	}
}
