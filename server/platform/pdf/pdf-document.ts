import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * Printable documents (HR plans, privacy exports, appraisal decisions, certificates) over pdfkit, in
 * DejaVu Sans so that Serbian and Bulgarian Cyrillic print. A document is built top to bottom with
 * `title`, `heading`, `keyValues`, `paragraph`, `table` and `image`, then `finish()` answers the bytes:
 *
 *   const doc = createPdfDocument({ title: 'Кадровски план 2026' });
 *   doc.title('Кадровски план за 2026. годину');
 *   doc.keyValues([['Општина', 'Нови Пазар'], ['Статус', 'Нацрт']]);
 *   doc.table({ columns: [{ header: 'Звање', width: 3 }, { header: 'Број', align: 'right' }], rows });
 *   const pdf = await doc.finish();
 */

const fontDir = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf',
);
const regular = path.join(fontDir, 'DejaVuSans.ttf');
const bold = path.join(fontDir, 'DejaVuSans-Bold.ttf');

export type PdfOptions = {
  /** The document's title in its properties (what a viewer shows in its title bar). */
  title: string;
  /** A BCP 47 tag for screen readers, e.g. `sr-Cyrl`. */
  language?: string;
  landscape?: boolean;
  /** Tests turn compression off to read the content streams. */
  compress?: boolean;
  /** A double rule around every page, as on a certificate. */
  frame?: boolean;
};

export type PdfColumn = {
  header: string;
  /** A relative width: the columns share the line in proportion to theirs (default 1). */
  width?: number;
  align?: 'left' | 'right' | 'center';
};

export type PdfTable = {
  columns: PdfColumn[];
  rows: Array<Array<string | number | null>>;
  /** Rows printed in bold after the body, such as totals. */
  footer?: Array<Array<string | number | null>>;
};

export type PdfAlign = 'left' | 'right' | 'center';

/** How a line of text is set: left-aligned in the element's own size unless stated. */
export type PdfTextOptions = { align?: PdfAlign; size?: number };

export type PdfDocument = {
  title(text: string, style?: PdfTextOptions): void;
  /** A section's heading, smaller than the title. */
  heading(text: string, style?: PdfTextOptions): void;
  /** Label and value pairs, one per line, labels in bold. */
  keyValues(pairs: Array<[string, string]>): void;
  paragraph(text: string, style?: PdfTextOptions): void;
  /** A ruled table; its header row repeats on every page it runs onto. */
  table(table: PdfTable): void;
  /** A PNG or JPEG (such as a QR code) fitted into a square `width` points wide, whole on one page. */
  image(data: Buffer, options: { width: number; align?: PdfAlign }): void;
  finish(): Promise<Buffer>;
};

const margin = 40;
const fontSize = { title: 16, heading: 12, body: 10, table: 8 };
const padding = 3;

export function createPdfDocument(options: PdfOptions): PdfDocument {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.landscape ? 'landscape' : 'portrait',
    margin,
    compress: options.compress ?? true,
    lang: options.language,
    displayTitle: true,
    info: { Title: options.title, Producer: 'Kadar', Creator: 'Kadar' },
  });
  if (options.frame) {
    const frame = () => {
      const { width, height } = doc.page;
      doc
        .save()
        .lineWidth(2)
        .rect(18, 18, width - 36, height - 36)
        .stroke();
      doc
        .lineWidth(0.5)
        .rect(24, 24, width - 48, height - 48)
        .stroke()
        .restore();
    };
    frame();
    doc.on('pageAdded', frame);
  }
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const contentWidth = () => doc.page.width - 2 * margin;
  const bottom = () => doc.page.height - margin;
  const text = (v: string | number | null) => (v === null ? '' : String(v));

  function row(cells: Array<string | number | null>, widths: number[], table: PdfTable, heavy: boolean) {
    doc.font(heavy ? 'bold' : 'regular').fontSize(fontSize.table);
    const height =
      Math.max(
        ...cells.map((c, i) => doc.heightOfString(text(c), { width: (widths[i] ?? 0) - 2 * padding })),
      ) +
      2 * padding;
    return {
      height,
      draw(top: number) {
        doc.font(heavy ? 'bold' : 'regular').fontSize(fontSize.table);
        let x = margin;
        cells.forEach((c, i) => {
          const width = widths[i] ?? 0;
          doc.text(text(c), x + padding, top + padding, {
            width: width - 2 * padding,
            align: table.columns[i]?.align ?? 'left',
            lineBreak: true,
          });
          x += width;
        });
        doc
          .moveTo(margin, top + height)
          .lineTo(margin + contentWidth(), top + height)
          .lineWidth(heavy ? 0.8 : 0.3)
          .stroke();
      },
    };
  }

  /** The widest single word of a column (in bold, as the header is): a word must never break. */
  function longestWord(table: PdfTable, i: number) {
    doc.font('bold').fontSize(fontSize.table);
    const cells = [
      table.columns[i]?.header ?? null,
      ...[...table.rows, ...(table.footer ?? [])].map((r) => r[i] ?? null),
    ];
    const words = cells.flatMap((c) => text(c).split(/\s+/));
    return Math.max(0, ...words.map((w) => doc.widthOfString(w))) + 2 * padding + 1;
  }

  /**
   * The line shared in proportion to the columns' weights, then widened where a column's longest word
   * would not fit; the width that takes is given up by the columns with room to spare.
   */
  function columnWidths(table: PdfTable) {
    const weights = table.columns.map((c) => c.width ?? 1);
    const sum = weights.reduce((a, b) => a + b, 0);
    const share = weights.map((w) => (w / sum) * contentWidth());
    const least = table.columns.map((_, i) => longestWord(table, i));
    const lacking = share.reduce((acc, w, i) => acc + Math.max(0, (least[i] ?? 0) - w), 0);
    const spare = share.reduce((acc, w, i) => acc + Math.max(0, w - (least[i] ?? 0)), 0);
    if (lacking === 0 || spare < lacking) return share;
    return share.map((w, i) => {
      const min = least[i] ?? 0;
      return w < min ? min : w - ((w - min) / spare) * lacking;
    });
  }

  return {
    title(value, style = {}) {
      doc
        .font('bold')
        .fontSize(style.size ?? fontSize.title)
        .text(value, { align: style.align ?? 'left' });
      doc.moveDown(0.5);
    },

    heading(value, style = {}) {
      doc
        .font('bold')
        .fontSize(style.size ?? fontSize.heading)
        .text(value, { align: style.align ?? 'left' });
      doc.moveDown(0.3);
    },

    keyValues(pairs) {
      doc.fontSize(fontSize.body);
      for (const [label, value] of pairs) {
        doc.font('bold').text(`${label}: `, { continued: true });
        doc.font('regular').text(value);
      }
      doc.moveDown(0.8);
    },

    paragraph(value, style = {}) {
      doc
        .font('regular')
        .fontSize(style.size ?? fontSize.body)
        .text(value, { align: style.align ?? 'left' });
      doc.moveDown(0.5);
    },

    table(table) {
      const widths = columnWidths(table);
      const header = row(
        table.columns.map((c) => c.header),
        widths,
        table,
        true,
      );
      let y = doc.y;
      const place = (r: ReturnType<typeof row>, repeatHeader: boolean) => {
        // A row that does not fit starts a new page, under a repeated header.
        if (y + r.height > bottom()) {
          doc.addPage();
          y = margin;
          if (repeatHeader) {
            header.draw(y);
            y += header.height;
          }
        }
        r.draw(y);
        y += r.height;
      };
      place(header, false);
      for (const cells of table.rows) place(row(cells, widths, table, false), true);
      for (const cells of table.footer ?? []) place(row(cells, widths, table, true), true);
      doc.x = margin;
      doc.y = y + padding;
      doc.font('regular').fontSize(fontSize.body).moveDown(0.5);
    },

    image(data, { width, align = 'left' }) {
      const size = Math.min(width, contentWidth());
      if (doc.y + size > bottom()) doc.addPage();
      const free = contentWidth() - size;
      const x = margin + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
      const top = doc.y;
      doc.image(data, x, top, { fit: [size, size], align: 'center' });
      doc.x = margin;
      doc.y = top + size;
      doc.font('regular').fontSize(fontSize.body).moveDown(0.5);
    },

    finish() {
      doc.end();
      return done;
    },
  };
}
