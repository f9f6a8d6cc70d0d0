package model

import "testing"

// TestSecret: catalog secrets in any case, keywords that look like a
// secret, and known parameters that only look like one.
func TestSecret(t *testing.T) {
	for kw, want := range map[string]bool{
		"KeyringPw":            true,
		"KEYRINGPW":            true,
		"keyringpw":            true,
		"SharedKey":            true,
		"KeyringPassword":      true, // not in the catalog: a misspelled secret
		"KeyringPwd":           true,
		"MyPrivateKey":         true,
		"Keyring":              false,
		"KeyringStashFile":     false,
		"ClientKeyShareGroups": false, // known, and not a secret
		"TTLSKeyringParmsRef":  false,
		"SomeKeyRef":           false,
		"Direction":            false,
		"":                     false,
	} {
		if got := Secret(kw); got != want {
			t.Errorf("Secret(%q) = %v, want %v", kw, got, want)
		}
	}
	long := "X"
	for len(long) < 100 {
		long += "Password"
	}
	if !Secret(long) {
		t.Errorf("a keyword longer than the buffer is not read")
	}
}

// TestSecretParam: the catalog's spelling of a secret parameter, in any
// case; nothing for other parameters and unknown keywords.
func TestSecretParam(t *testing.T) {
	for kw, want := range map[string]string{
		"keyringpw":       "KeyringPw",
		"KEYRINGPW":       "KeyringPw",
		"sharedkey":       "SharedKey",
		"KeyringPassword": "",
		"Keyring":         "",
		"":                "",
	} {
		if got := SecretParam(kw); got != want {
			t.Errorf("SecretParam(%q) = %q, want %q", kw, got, want)
		}
	}
}
