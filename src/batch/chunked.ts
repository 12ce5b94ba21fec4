const NOT_YET = Symbol('not yet');

const nextTurn = () => new Promise<typeof NOT_YET>((resolve) => setImmediate(resolve, NOT_YET));

/**
 * Groups of up to `max` consecutive items, made only of items the source can give before the
 * event loop turns: files on disk fill whole groups, while a line trickling in on a pipe is
 * sent on at once instead of waiting for company.
 */
export async function* chunked<T>(source: AsyncIterable<T>, max: number): AsyncGenerator<T[]> {
  const iterator = source[Symbol.asyncIterator]();
  let upcoming: Promise<IteratorResult<T>> | undefined = iterator.next();
  try {
    while (upcoming) {
      const first = await upcoming;
      if (first.done) {
        upcoming = undefined;
        return;
      }
      const chunk = [first.value];
      upcoming = iterator.next();
      while (chunk.length < max) {
        const step: IteratorResult<T> | typeof NOT_YET = await Promise.race([upcoming, nextTurn()]);
        if (step === NOT_YET) break;
        if (step.done) {
          upcoming = undefined;
          break;
        }
        chunk.push(step.value);
        upcoming = iterator.next();
      }
      yield chunk;
    }
  } finally {
    if (upcoming) await iterator.return?.();
  }
}
