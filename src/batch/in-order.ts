/**
 * Hand on results in the order of their items, although they finish in any
 * order: a result waits only for those before it. What is held at once is
 * bounded by how far the work runs ahead of its slowest unfinished item, not
 * by the number of items, so a report can be streamed in input order.
 */
export class InOrder<T> {
  #next = 0
  readonly #waiting = new Map<number, T>()

  constructor(private readonly emit: (value: T) => void) {}

  /** The result of item `index` (0-based; each index once). */
  put(index: number, value: T): void {
    this.#waiting.set(index, value)
    while (this.#waiting.has(this.#next)) {
      const ready = this.#waiting.get(this.#next)!
      this.#waiting.delete(this.#next++)
      this.emit(ready)
    }
  }
}
