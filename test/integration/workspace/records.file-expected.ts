// Order records.

/** _summary_ */
export interface Order {
  /** _summary_ */
  id: number;
  /** _summary_ */
  items: string[];
  /**
   * _summary_
   *
   * @returns _description_
   */
  total(): number;
}

/** _summary_ */
export enum Status {
  /** _summary_ */
  Open = "open",
  /** _summary_ */
  Done = "done",
}

/** _summary_ */
export type OrderId = Order["id"];
