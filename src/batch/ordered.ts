const HEAD_READY = Symbol('head ready');

/**
 * `map` over `source` with at most `limit` results pending, yielded in source order. Bounding
 * what is pending keeps memory flat however long the source; reading ahead only while the
 * oldest result is not ready keeps a slow source (a trickling pipe) from holding back results.
 */
export async function* mapOrdered<T, R>(source: AsyncIterable<T>, limit: number, map: (item: T) => Promise<R> | R): AsyncGenerator<R> {
  const iterator = source[Symbol.asyncIterator]();
  const pending: Promise<R>[] = [];
  let upcoming: Promise<IteratorResult<T>> | undefined = iterator.next();
  try {
    while (upcoming || pending.length > 0) {
      const head = pending[0];
      if (upcoming && pending.length < limit) {
        const step: IteratorResult<T> | typeof HEAD_READY = head ? await Promise.race([upcoming, head.then((): typeof HEAD_READY => HEAD_READY)]) : await upcoming;
        if (step !== HEAD_READY) {
          if (step.done) {
            upcoming = undefined;
          } else {
            upcoming = iterator.next();
            pending.push(Promise.resolve(map(step.value)));
          }
          continue;
        }
      }
      yield await pending.shift()!;
    }
  } finally {
    if (upcoming) await iterator.return?.();
  }
}
