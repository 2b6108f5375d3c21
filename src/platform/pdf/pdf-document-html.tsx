import { Heading, Paragraph } from '../views/components.js';
import type { PdfDocument } from './pdf-document.js';

/**
 * The same document description as HTML, for the page beside the download: headings,
 * paragraphs and lists in the same order, so the page and the PDF say the same thing.
 * `data-pdf-document` marks the part whose text equals the PDF's (tests compare the two).
 */
export function PdfDocumentHtml({ document }: { document: PdfDocument }) {
  return (
    <div class="redzaam-document" lang={document.taal} data-pdf-document="">
      {document.blokken.map((blok, i) => {
        switch (blok.soort) {
          case 'kop':
            return (
              <Heading key={i} level={blok.niveau}>
                {blok.tekst}
              </Heading>
            );
          case 'alinea':
            return <Paragraph key={i}>{blok.tekst}</Paragraph>;
          case 'lijst':
            return blok.items.length ? (
              <ul key={i} class="utrecht-unordered-list">
                {blok.items.map((item, j) => (
                  <li key={j} class="utrecht-unordered-list__item">
                    {item}
                  </li>
                ))}
              </ul>
            ) : null;
          // A page break and a QR code are for paper; the page around this shows what they stand for.
          default:
            return null;
        }
      })}
    </div>
  );
}
