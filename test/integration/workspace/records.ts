// Order records.

export interface Order {
  id: number;
  items: string[];
  total(): number;
}

export enum Status {
  Open = "open",
  Done = "done",
}

export type OrderId = Order["id"];
