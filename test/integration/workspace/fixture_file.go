// Copyright 2026 The Samples Authors. All rights reserved.

package samples

import (
	"errors"
	"fmt"
)

// ErrEmpty is returned by Largest for an empty list.
var ErrEmpty = errors.New("empty")

const (
	Fast = iota
	Slow
)

type Shape interface {
	Area() float64
}

type Circle struct {
	Radius float64
	label  string
}

func NewCircle(radius float64) *Circle {
	return &Circle{Radius: radius}
}

func (c *Circle) Area() float64 {
	return 3.14159 * c.Radius * c.Radius
}

func (c Circle) String() string {
	return fmt.Sprintf("circle(%g)", c.Radius)
}

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

func helper() {}
