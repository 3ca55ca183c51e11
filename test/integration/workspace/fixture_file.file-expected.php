<?php
// Copyright 2026 Docwright fixture. MIT licence.

declare(strict_types=1);

namespace App\Inventory;

use InvalidArgumentException;

/**
 * _summary_
 */
#[\Attribute]
final class Stock
{
    /**
     * _summary_
     */
    public const LIMIT = 100;

    /**
     * _summary_
     *
     * @var array
     */
    private array $items = [];

    /**
     * _summary_
     *
     * @param string $warehouse _description_
     * @param int $capacity _description_
     */
    public function __construct(
        private readonly string $warehouse,
        private int $capacity = 10,
    ) {
    }

    /**
     * _summary_
     *
     * @param string $name _description_
     * @param int $count _description_
     * @return int _description_
     * @throws InvalidArgumentException _description_
     */
    public function add(string $name, int $count = 1): int
    {
        if ($count <= 0) {
            throw new InvalidArgumentException('count must be positive');
        }
        $this->items[$name] = ($this->items[$name] ?? 0) + $count;
        return $this->items[$name];
    }

    /**
     * _summary_
     *
     * @param string $names _description_
     * @return ?self _description_
     */
    public static function empty(string ...$names): ?self
    {
        return $names === [] ? null : new self($names[0]);
    }
}

/**
 * _summary_
 */
interface Priced
{
    /**
     * _summary_
     *
     * @return float _description_
     */
    public function price(): float;
}

/**
 * _summary_
 */
enum Level: int
{
    /**
     * _summary_
     */
    case Low = 1;
    /**
     * _summary_
     */
    case High = 2;
}

/**
 * _summary_
 *
 * @param Stock $stock _description_
 * @param float $rate _description_
 * @return float _description_
 */
function total(Stock $stock, float $rate = 1.0): float
{
    $apply = fn (float $x): float => $x * $rate;
    return $apply(0.0);
}
