<?php

declare(strict_types=1);

namespace Samples;

/**
 * _summary_
 *
 * @param int $a _description_
 * @param int $b _description_
 * @return int _description_
 */
function add(int $a, int $b): int
{
    return $a + $b;
}

/**
 * Returns a greeting for a name.
 *
 * @param string $name The name.
 * @return string The greeting.
 */
function greet(string $name): string
{
    return 'Hello, ' . trim($name);
}
