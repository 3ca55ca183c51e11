<?php

declare(strict_types=1);

namespace Samples;

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
