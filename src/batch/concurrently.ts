/**
 * Run an async job over items with at most `limit` in flight, handing each
 * result on as soon as it is ready. Pulling work instead of queueing it all
 * keeps memory flat however many items there are.
 */
export async function forEachConcurrently<T, R>(
  items: Iterable<T>,
  limit: number,
  job: (item: T) => Promise<R>,
  onResult: (result: R, item: T) => void
): Promise<void> {
  const iterator = items[Symbol.iterator]()
  const runner = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      onResult(await job(next.value), next.value)
    }
  }
  await Promise.all(Array.from({length: Math.max(1, limit)}, runner))
}
