import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import type { PdfBlok, PdfDocument, PdfFormaat } from './pdf-document.js';

/** Points per millimetre (a PDF point is 1/72 inch). */
const PT_PER_MM = 72 / 25.4;

/**
 * Page size in points and the type sizes per format. A4 is ISO 216 (210 × 297 mm); ID-1 is
 * ISO/IEC 7810 (85.60 × 53.98 mm), landscape like a bank card.
 */
const FORMATEN: Record<
  PdfFormaat,
  { size: [number, number]; marge: number; tekst: number; kop: Record<1 | 2 | 3, number> }
> = {
  A4: {
    size: [210 * PT_PER_MM, 297 * PT_PER_MM],
    marge: 20 * PT_PER_MM,
    tekst: 11,
    kop: { 1: 20, 2: 15, 3: 12.5 },
  },
  'ID-1': {
    size: [85.6 * PT_PER_MM, 53.98 * PT_PER_MM],
    marge: 3 * PT_PER_MM,
    // As large as a card allows: read in a hurry, by someone without glasses.
    tekst: 7.5,
    kop: { 1: 10, 2: 8.5, 3: 8 },
  },
};

/**
 * Noto Sans (SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-sans:
 * whole TrueType files (Latin, Greek, Cyrillic), read from node_modules, never fetched. The same
 * family the web pages name first after the system font. See docs/decisions/019-pdf.md.
 */
const require = createRequire(import.meta.url);
const FONT = {
  gewoon: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  vet: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

/**
 * Turns a document description into a tagged PDF (PDF 1.7): the document language and title
 * in the catalog and shown by the reader, headings (H1–H3), paragraphs (P) and lists
 * (L › LI › LBody, the bullets artifacts) as the structure tree in reading order, the fonts embedded (subset),
 * and text that a screen reader or `pdftotext` reads in that order. Words longer than a line
 * are broken, never run off the page.
 */
export function maakPdf(beschrijving: PdfDocument): Promise<Buffer> {
  const formaat = FORMATEN[beschrijving.formaat];
  const doc = new PDFDocument({
    size: formaat.size,
    margin: formaat.marge,
    pdfVersion: '1.7',
    tagged: true,
    lang: beschrijving.taal,
    displayTitle: true,
    info: { Title: beschrijving.titel, Creator: 'Redzaam', Producer: 'Redzaam (pdfkit)' },
    font: FONT.gewoon,
  });
  doc.registerFont('gewoon', FONT.gewoon);
  doc.registerFont('vet', FONT.vet);

  const klaar = new Promise<Buffer>((resolve, reject) => {
    const delen: Buffer[] = [];
    doc.on('data', (deel: Buffer) => delen.push(deel));
    doc.on('end', () => resolve(Buffer.concat(delen)));
    doc.on('error', reject);
  });

  // The language also in the XMP metadata (dc:language), where `pdfinfo -meta` and archives read it.
  doc.appendXML(`
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:language><rdf:Bag><rdf:li>${beschrijving.taal}</rdf:li></rdf:Bag></dc:language>
        </rdf:Description>`);
  const root = doc.struct('Document', { lang: beschrijving.taal });
  doc.addStructure(root);
  let eerste = true;
  for (const blok of beschrijving.blokken) {
    if (blok.soort === 'pagina') {
      doc.addPage();
      eerste = true;
      continue;
    }
    if (!eerste) doc.moveDown(ruimteVoor(blok));
    eerste = false;
    schrijf(doc, root, blok, formaat);
  }
  root.end();
  doc.end();
  return klaar;
}

/** Space above a block, in lines of the current size: more above a heading than between paragraphs. */
function ruimteVoor(blok: PdfBlok): number {
  return blok.soort === 'kop' ? 0.8 : 0.4;
}

function schrijf(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  blok: PdfBlok,
  formaat: (typeof FORMATEN)[PdfFormaat],
): void {
  const breedte = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const x = doc.page.margins.left;
  switch (blok.soort) {
    case 'kop':
      doc
        .font('vet')
        .fontSize(formaat.kop[blok.niveau])
        .text(blok.tekst, x, doc.y, { width: breedte, structParent: root, structType: `H${blok.niveau}` });
      return;
    case 'alinea':
      doc
        .font('gewoon')
        .fontSize(formaat.tekst)
        .text(blok.tekst, x, doc.y, { width: breedte, structParent: root, structType: 'P' });
      return;
    case 'lijst': {
      if (blok.items.length === 0) return;
      // Drawn item by item rather than with pdfkit's list(), whose breaking of a word longer
      // than the line ignores the indent and runs past the margin.
      const lijst = doc.struct('L');
      root.add(lijst);
      const inspringen = formaat.tekst * 1.4;
      doc.font('gewoon').fontSize(formaat.tekst);
      blok.items.forEach((item, i) => {
        if (i > 0) doc.moveDown(0.2);
        // Bullet and first line on the same page.
        if (doc.y + doc.currentLineHeight(true) > doc.page.maxY()) doc.addPage();
        const li = doc.struct('LI');
        lijst.add(li);
        // The bullet is decoration: an artifact, so readers and pdftotext skip it; LI says "item".
        const r = formaat.tekst * 0.17;
        doc.markContent('Artifact', { type: 'Layout' });
        doc.circle(x + r, doc.y + doc.currentLineHeight() * 0.6, r).fill();
        doc.endMarkedContent();
        doc.text(item, x + inspringen, doc.y, {
          width: breedte - inspringen,
          structParent: li,
          structType: 'LBody',
        });
        li.end();
      });
      lijst.end();
      return;
    }
    case 'qr': {
      tekenQr(doc, root, blok, x);
      return;
    }
    case 'pagina':
      return;
  }
}

/** Quiet zone around a QR code, in modules (ISO/IEC 18004 asks for four). */
const QR_RAND = 4;

/** A QR code as filled squares (sharp at any print size), tagged as a figure with its alternative text. */
function tekenQr(
  doc: PDFKit.PDFDocument,
  root: PDFKit.PDFStructureElement,
  blok: Extract<PdfBlok, { soort: 'qr' }>,
  x: number,
): void {
  const { modules } = QRCode.create(blok.inhoud, { errorCorrectionLevel: 'M' });
  const zijde = blok.mm * PT_PER_MM;
  if (doc.y + zijde > doc.page.maxY()) doc.addPage();
  const y = doc.y;
  const module = zijde / (modules.size + 2 * QR_RAND);
  const figuur = doc.struct('Figure', { alt: blok.alt }, () => {
    doc.save();
    for (let rij = 0; rij < modules.size; rij++)
      for (let kolom = 0; kolom < modules.size; kolom++)
        if (modules.get(rij, kolom))
          doc.rect(x + (kolom + QR_RAND) * module, y + (rij + QR_RAND) * module, module, module);
    doc.fillColor('black').fill();
    doc.restore();
  });
  root.add(figuur);
  doc.x = x;
  doc.y = y + zijde;
}
