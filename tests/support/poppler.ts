import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/**
 * Reads a PDF the way other programs do, with Debian's poppler-utils (`apt-get install
 * poppler-utils`; .ci/run installs it): `pdfinfo` for the metadata and page size, `pdftotext`
 * for the text in reading order, `pdfinfo -struct-text` for the structure tree.
 */
const run = promisify(execFile);

export async function metPdf<T>(pdf: Buffer, werk: (bestand: string) => Promise<T>): Promise<T> {
  const map = await mkdtemp(path.join(tmpdir(), 'redzaam-pdf-'));
  try {
    const bestand = path.join(map, 'document.pdf');
    await writeFile(bestand, pdf);
    return await werk(bestand);
  } finally {
    await rm(map, { recursive: true, force: true });
  }
}

/** `pdfinfo`'s lines as key → value ("Tagged" → "yes", "Page size" → "595.276 x 841.89 pts (A4)"). */
export async function pdfinfo(pdf: Buffer): Promise<Record<string, string>> {
  const { stdout } = await metPdf(pdf, (bestand) => run('pdfinfo', [bestand]));
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((regel) => /^([^:]+):\s*(.*)$/.exec(regel))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** The XMP metadata as `pdfinfo -meta` prints it. */
export async function pdfMeta(pdf: Buffer): Promise<string> {
  return (await metPdf(pdf, (bestand) => run('pdfinfo', ['-meta', bestand]))).stdout;
}

/** The structure tree with its text, as `pdfinfo -struct-text` prints it. */
export async function pdfStructuur(pdf: Buffer): Promise<string> {
  return (await metPdf(pdf, (bestand) => run('pdfinfo', ['-struct-text', bestand]))).stdout;
}

/** The text in reading order (`pdftotext`, UTF-8). */
export async function pdftotext(pdf: Buffer): Promise<string> {
  return (await metPdf(pdf, (bestand) => run('pdftotext', ['-enc', 'UTF-8', bestand, '-']))).stdout;
}

/** Every word's box on each page (`pdftotext -bbox`): to check nothing runs off the page. */
export async function pdfWoorden(
  pdf: Buffer,
): Promise<{ pagina: { breedte: number; hoogte: number }; woord: string; xMax: number; yMax: number }[]> {
  const { stdout } = await metPdf(pdf, (bestand) => run('pdftotext', ['-bbox', bestand, '-']));
  const woorden = [];
  let pagina = { breedte: 0, hoogte: 0 };
  for (const regel of stdout.split('\n')) {
    const p = /<page width="([\d.]+)" height="([\d.]+)"/.exec(regel);
    if (p) pagina = { breedte: Number(p[1]), hoogte: Number(p[2]) };
    const w = /<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/.exec(regel);
    if (w) woorden.push({ pagina, woord: w[3] as string, xMax: Number(w[1]), yMax: Number(w[2]) });
  }
  return woorden;
}

/** Whitespace collapsed to single spaces, trimmed: how the page's text and the PDF's are compared. */
export const normaliseer = (tekst: string): string => tekst.replace(/\s+/g, ' ').trim();

/** The text of a piece of server-rendered HTML: tags as spaces, the escaped characters decoded, normalised. */
export function htmlTekst(html: string): string {
  return normaliseer(
    html
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/** One page (1-based) as a PNG at `dpi` (`pdftoppm`): to read what is drawn, such as a QR code. */
export async function pdfPaginaPng(pdf: Buffer, pagina: number, dpi = 300): Promise<Buffer> {
  return metPdf(pdf, async (bestand) => {
    const uit = path.join(path.dirname(bestand), 'pagina');
    const nummer = String(pagina);
    await run('pdftoppm', [
      '-png',
      '-r',
      String(dpi),
      '-f',
      nummer,
      '-l',
      nummer,
      '-singlefile',
      bestand,
      uit,
    ]);
    return readFile(`${uit}.png`);
  });
}

/** Every page's size as `pdfinfo -f 1 -l <last>` prints it ("242.646 x 153.014 pts"), in order. */
export async function pdfPaginaMaten(pdf: Buffer): Promise<string[]> {
  const { stdout } = await metPdf(pdf, (bestand) => run('pdfinfo', ['-f', '1', '-l', '9999', bestand]));
  return [...stdout.matchAll(/^Page\s+\d+ size:\s*(.*)$/gm)].map((m) => (m[1] as string).trim());
}
