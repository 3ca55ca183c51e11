// Package samples is the sample for Docwright's integration tests (lightbulb).
package samples

import "strings"

// Add _summary_
func Add(a, b int) int {
	return a + b
}

// Greet returns a greeting for name.
func Greet(name string) string {
	return "Hello, " + strings.TrimSpace(name)
}
