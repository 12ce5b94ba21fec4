import { extractOutcome, type Outcome } from './outcome.js';
import type { ExtractOptions } from '../schema.js';

export interface Task {
  text: string;
  options: ExtractOptions;
}

/** Piscina's entry point in each worker thread. */
export default function run(task: Task): Outcome {
  return extractOutcome(task.text, task.options);
}
