import { extractOutcome, type SerializedOutcome } from './outcome.js';
import type { ExtractOptions } from '../schema.js';

export interface Task {
  text: string;
  options: ExtractOptions;
}

/** Piscina's entry point in each worker thread: a few records per call, to spread the cost of a round trip. */
export default function run(tasks: Task[]): SerializedOutcome[] {
  return tasks.map((task) => {
    const outcome = extractOutcome(task.text, task.options);
    return 'result' in outcome ? { json: JSON.stringify(outcome.result) } : outcome;
  });
}
