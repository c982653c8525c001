/**
 * Run an async job over items with at most `limit` in flight, handing each
 * result on as soon as it is ready. Pulling work instead of queueing it all
 * keeps memory flat however many items there are.
 */
export async function forEachConcurrently<T, R>(
  items: Iterable<T>,
  limit: number,
  job: (item: T) => Promise<R>,
  onResult: (result: R, item: T) => void,
  signal?: AbortSignal
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  const runner = async () => {
    // A run that is stopped takes no new item; those in flight finish or are stopped by their owner.
    for (let next = iterator.next(); !next.done && !signal?.aborted; next = iterator.next()) {
      const result = await job(next.value)
      if (signal?.aborted) return
      onResult(result, next.value)
    }
  }
  await Promise.all(Array.from({length: Math.max(1, limit)}, runner))
}
