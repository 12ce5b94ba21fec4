// Writes dist/schema.json from the zod schemas, for users outside TypeScript.
import fs from 'node:fs';
import { z } from 'zod';
import { ExtractionResultSchema } from '../dist/index.js';

const schema = z.toJSONSchema(ExtractionResultSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
schema.$id = 'https://npmjs.com/package/autofacts/schema.json';
schema.title = 'autofacts ExtractionResult';
fs.writeFileSync(new URL('../dist/schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
