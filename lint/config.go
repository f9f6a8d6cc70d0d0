package lint

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/zosnet/znet/grammar/source"
)

// ConfigName is the file znet looks for from the current directory
// upward.
const ConfigName = ".znet.yaml"

// Config is a site's lint configuration, read from .znet.yaml:
//
//	fail-on: warning              # error (default), warning or info
//	baseline: znet-baseline.json  # relative to this file
//	rules:
//	  HYG004: off                 # a rule, or a model code (PA215)
//	  HYG005: info                # error, warning, info; "on" = its default
//	  model: off                  # a whole category (secrets, hygiene, tls, model, suppression)
//
// A rule's own entry wins over its category's. Rules that cannot be
// suppressed (HYG001) cannot be switched off or given another severity
// either; saying so is an error.
type Config struct {
	// Path is the file the configuration came from ("" for defaults).
	Path string `yaml:"-"`
	// FailOn is the lowest severity that fails the run ("" = error).
	FailOn string `yaml:"fail-on,omitempty"`
	// Baseline names a baseline file, relative to the configuration file.
	Baseline string `yaml:"baseline,omitempty"`
	// Rules maps a rule ID, a model code or a category to off, on, or a
	// severity.
	Rules map[string]string `yaml:"rules,omitempty"`
}

// FindConfig looks for .znet.yaml in dir and its parents and returns its
// path, or "" when there is none.
func FindConfig(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// LoadConfig reads and checks a configuration file.
func LoadConfig(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	c, err := ParseConfig(path, data)
	if err != nil {
		return nil, err
	}
	if c.Baseline != "" && !filepath.IsAbs(c.Baseline) {
		c.Baseline = filepath.Join(filepath.Dir(path), c.Baseline)
	}
	return c, nil
}

// ParseConfig parses and checks configuration text; name is used in
// messages.
func ParseConfig(name string, data []byte) (*Config, error) {
	c := &Config{Path: name}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if c.FailOn != "" {
		if _, err := source.ParseSeverity(c.FailOn); err != nil {
			return nil, fmt.Errorf("%s: fail-on: %v", name, err)
		}
	}
	keys := make([]string, 0, len(c.Rules))
	for k := range c.Rules {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	norm := map[string]string{}
	for _, k := range keys {
		v := strings.ToLower(strings.TrimSpace(c.Rules[k]))
		switch v {
		case "off", "on", "error", "warning", "info":
		default:
			return nil, fmt.Errorf("%s: rules: %s: %q is not off, on, error, warning or info", name, k, c.Rules[k])
		}
		key := strings.ToUpper(k)
		switch {
		case categories[strings.ToLower(k)]:
			key = strings.ToLower(k)
		case Lookup(key) != nil:
			if r := Lookup(key); r.Unsuppressible && v != "on" && v != r.Severity.String() {
				return nil, fmt.Errorf("%s: rules: %s cannot be switched off or given another severity: %s findings are always reported", name, key, r.Name)
			}
		case modelCode.MatchString(key):
		default:
			return nil, fmt.Errorf("%s: rules: %q is not a rule, a model code (such as PA215) or a category (%s)%s",
				name, k, strings.Join(categoryNames(), ", "), didYouMean(k))
		}
		if _, dup := norm[key]; dup {
			return nil, fmt.Errorf("%s: rules: %s is listed twice", name, key)
		}
		norm[key] = v
	}
	c.Rules = norm
	return c, nil
}

var categories = map[string]bool{CatSecrets: true, CatHygiene: true, CatTLS: true, CatSuppression: true, CatModel: true}

func categoryNames() []string {
	out := make([]string, 0, len(categories))
	for c := range categories {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}

// FailLevel returns the configured fail level (error when not set).
func (c *Config) FailLevel() source.Severity {
	if c == nil || c.FailOn == "" {
		return source.Error
	}
	s, _ := source.ParseSeverity(c.FailOn)
	return s
}

// setting returns the entry that applies to id in category cat.
func (c *Config) setting(id, cat string) string {
	if c == nil {
		return ""
	}
	if v, ok := c.Rules[id]; ok {
		return v
	}
	return c.Rules[cat]
}

func (c *Config) enabled(r *Rule) bool {
	if r == nil {
		return false
	}
	if r.Unsuppressible {
		return true
	}
	return c.enabledID(r.ID, r.Category)
}

func (c *Config) enabledID(id, cat string) bool {
	if r := Lookup(id); r != nil && r.Unsuppressible {
		return true
	}
	return c.setting(id, cat) != "off"
}

func (c *Config) severity(id, cat string, def source.Severity) source.Severity {
	if r := Lookup(id); r != nil && r.Unsuppressible {
		return def
	}
	switch v := c.setting(id, cat); v {
	case "error", "warning", "info":
		s, _ := source.ParseSeverity(v)
		return s
	}
	return def
}
