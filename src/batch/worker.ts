import { extractOutcome, type Outcome } from './outcome.js';
import type { ExtractOptions } from '../schema.js';

export interface Task {
  text: string;
  options: ExtractOptions;
}

/** Piscina's entry point in each worker thread: a few records per call, to spread the cost of a round trip. */
export default function run(tasks: Task[]): Outcome[] {
  return tasks.map((task) => extractOutcome(task.text, task.options));
}
