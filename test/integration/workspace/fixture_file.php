<?php
// Copyright 2026 Docwright fixture. MIT licence.

declare(strict_types=1);

namespace App\Inventory;

use InvalidArgumentException;

#[\Attribute]
final class Stock
{
    public const LIMIT = 100;

    private array $items = [];

    public function __construct(
        private readonly string $warehouse,
        private int $capacity = 10,
    ) {
    }

    public function add(string $name, int $count = 1): int
    {
        if ($count <= 0) {
            throw new InvalidArgumentException('count must be positive');
        }
        $this->items[$name] = ($this->items[$name] ?? 0) + $count;
        return $this->items[$name];
    }

    public static function empty(string ...$names): ?self
    {
        return $names === [] ? null : new self($names[0]);
    }
}

interface Priced
{
    public function price(): float;
}

enum Level: int
{
    case Low = 1;
    case High = 2;
}

function total(Stock $stock, float $rate = 1.0): float
{
    $apply = fn (float $x): float => $x * $rate;
    return $apply(0.0);
}
