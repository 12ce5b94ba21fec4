// The main job on the bundled sample: the Gasgoo brief on Chery's exports, as JSON.
import fs from 'node:fs';
import { extractFacts } from '../dist/index.js';

const file = process.argv[2] ?? new URL('../fixtures/gasgoo-chery-exports-fr.txt', import.meta.url);
const text = fs.readFileSync(file, 'utf8');
console.log(JSON.stringify(extractFacts(text), null, 2));
