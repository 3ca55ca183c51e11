// An inventory module with nothing documented yet: try Docwright on it.

export interface Item {
  sku: string;
  name: string;
  quantity: number;
  price: number;
}

export function totalValue(items: Item[]): number {
  return items.reduce((sum, item) => sum + item.quantity * item.price, 0);
}

export function findBySku(items: Item[], sku: string): Item | undefined {
  return items.find((item) => item.sku === sku);
}

export const lowStock = (items: Item[], threshold = 5): Item[] => items.filter((item) => item.quantity < threshold);

/**
 * Formats a price in cents as a currency string.
 *
 * @param cents - The amount in cents.
 * @param currency - ISO 4217 currency code.
 * @returns The formatted amount.
 */
export function formatPrice(cents: number, currency = 'EUR'): string {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(cents / 100);
}

export class Inventory {
  private readonly items = new Map<string, Item>();

  constructor(initial: Item[] = []) {
    for (const item of initial) this.items.set(item.sku, item);
  }

  add(item: Item): void {
    const existing = this.items.get(item.sku);
    if (existing) existing.quantity += item.quantity;
    else this.items.set(item.sku, { ...item });
  }

  remove(sku: string, quantity = 1): boolean {
    const item = this.items.get(sku);
    if (!item || item.quantity < quantity) return false;
    item.quantity -= quantity;
    return true;
  }

  async restock(fetchQuantity: (sku: string) => Promise<number>): Promise<void> {
    for (const item of this.items.values()) item.quantity += await fetchQuantity(item.sku);
  }
}
