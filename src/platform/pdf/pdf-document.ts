/**
 * A document described on the server, independent of how it is shown: the same description
 * becomes a tagged PDF (`maakPdf`) and an HTML page (`PdfDocumentHtml`), so what a person
 * downloads reads exactly like what she saw. Text only, in reading order; no layout.
 */

export type PdfTaal = 'nl' | 'en';

/** A4 for letters and overviews; ID-1 (85.60 × 53.98 mm, a bank card) for the crisiskaart. */
export type PdfFormaat = 'A4' | 'ID-1';

export type PdfBlok =
  /** A heading; level 1 once, at the top, like the page's h1 */
  | { soort: 'kop'; niveau: 1 | 2 | 3; tekst: string }
  | { soort: 'alinea'; tekst: string }
  /** A bulleted list of short lines, in order */
  | { soort: 'lijst'; items: string[] }
  /** A new page: the sides of a folded card (front, inside, back) */
  | { soort: 'pagina' }
  /**
   * A QR code of `inhoud` (a link), `mm` wide with its quiet zone, drawn as vector squares; a
   * figure with `alt` as its text for screen readers. The HTML page shows the link itself.
   */
  | { soort: 'qr'; inhoud: string; alt: string; mm: number };

export type PdfDocument = {
  /** The document's language (the PDF's /Lang and the page's lang) */
  taal: PdfTaal;
  /** Shown as the window title of a PDF reader, and the page title */
  titel: string;
  formaat: PdfFormaat;
  blokken: PdfBlok[];
};
