//go:build !unix

package gen

import "time"

// CPU returns 0 where the process's processor time is not known.
func CPU() time.Duration { return 0 }
