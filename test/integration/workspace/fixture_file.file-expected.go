// Copyright 2026 The Samples Authors. All rights reserved.

package samples

import (
	"errors"
	"fmt"
)

// ErrEmpty is returned by Largest for an empty list.
var ErrEmpty = errors.New("empty")

const (
	// Fast _summary_
	Fast = iota
	// Slow _summary_
	Slow
)

// Shape _summary_
type Shape interface {
	// Area _summary_
	Area() float64
}

// Circle _summary_
type Circle struct {
	// Radius _summary_
	Radius float64
	// label _summary_
	label  string
}

// NewCircle _summary_
func NewCircle(radius float64) *Circle {
	return &Circle{Radius: radius}
}

// Area _summary_
func (c *Circle) Area() float64 {
	return 3.14159 * c.Radius * c.Radius
}

// String _summary_
func (c Circle) String() string {
	return fmt.Sprintf("circle(%g)", c.Radius)
}

// Largest _summary_
func Largest[T int | float64](values ...T) (T, error) {
	var zero T
	if len(values) == 0 {
		return zero, ErrEmpty
	}
	best := values[0]
	for _, v := range values {
		if v > best {
			best = v
		}
	}
	return best, nil
}

// helper _summary_
func helper() {}
