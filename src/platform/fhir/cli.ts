import { readFile } from 'node:fs/promises';
import { valideerFhir } from './validate.js';

/**
 * `npm run fhir:valideer -- <file.json>`: checks a FHIR R4 resource or Bundle (for example a
 * resident's download) against HL7's JSON Schema. Exit code 0 = valid, 1 = problems, 2 = error.
 */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('Gebruik: npm run fhir:valideer -- <bestand.json>');
    return 2;
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Kan ${file} niet lezen als JSON: ${(error as Error).message}`);
    return 2;
  }
  // A Redzaam data download holds its FHIR Bundle under "fhir".
  const resource =
    document && typeof document === 'object' && 'fhir' in document
      ? (document as { fhir: Record<string, unknown> }).fhir
      : (document as Record<string, unknown>);
  const problemen = valideerFhir(resource);
  if (problemen.length === 0) {
    console.log(`Geldig FHIR R4 (${String(resource.resourceType)}).`);
    return 0;
  }
  for (const p of problemen) console.log(`${p.pointer}: ${p.message}`);
  return 1;
}

process.exitCode = await main();
