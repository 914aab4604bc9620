/**
 * The tickets an agent selected for a bulk change, by id, with the anchor a Shift-extended
 * selection grows from. Ids stay selected while their rows are filtered out of view, so a
 * bulk change only ever applies to `inView`.
 */
export class QueueSelection {
  #ids = new Set<string>();
  #anchor: string | undefined;

  get size(): number {
    return this.#ids.size;
  }

  has(id: string): boolean {
    return this.#ids.has(id);
  }

  /** The selected ids among `ids` (the rows shown), in their order. */
  inView(ids: readonly string[]): string[] {
    return ids.filter((id) => this.#ids.has(id));
  }

  toggle(id: string): void {
    if (!this.#ids.delete(id)) this.#ids.add(id);
    this.#anchor = id;
  }

  /** Selects the rows from the anchor (or `from` without one) to `to`, as Shift with an arrow or a click does. */
  extend(ids: readonly string[], from: string, to: string): void {
    const anchor = this.#anchor !== undefined && ids.includes(this.#anchor) ? this.#anchor : from;
    const [a, b] = [ids.indexOf(anchor), ids.indexOf(to)].sort((x, y) => x - y) as [number, number];
    if (a < 0) return;
    for (const id of ids.slice(a, b + 1)) this.#ids.add(id);
    this.#anchor = anchor;
  }

  selectAll(ids: readonly string[]): void {
    this.#ids = new Set(ids);
  }

  clear(): void {
    this.#ids = new Set();
    this.#anchor = undefined;
  }
}
