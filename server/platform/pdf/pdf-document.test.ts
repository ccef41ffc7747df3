import { describe, expect, it } from 'vitest';
import { createPdfDocument } from './pdf-document';

const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;

describe('pdf document', () => {
  it('embeds DejaVu Sans and breaks a long table onto new pages', async () => {
    const doc = createPdfDocument({ title: 'Кадровски план', compress: false });
    doc.title('Кадровски план за 2026. годину');
    doc.heading('Општи подаци');
    doc.keyValues([['Општина', 'Нови Пазар']]);
    doc.paragraph('Ћирилица: љњџђ; български: щъюя.');
    doc.table({
      columns: [
        { header: 'Звање', width: 3 },
        { header: 'Број', align: 'right' },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [`Саветник ${i}`, i]),
      footer: [['Укупно', 7140]],
    });
    const pdf = await doc.finish();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('DejaVuSans-Bold');
    expect(pages(pdf)).toBeGreaterThan(1);
  });

  it('frames the page, centres text in a chosen size and places an image', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const doc = createPdfDocument({ title: 'Сертификат', landscape: true, frame: true, compress: false });
    doc.title('СЕРТИФИКАТ', { align: 'center', size: 36 });
    doc.paragraph('додељује се', { align: 'center' });
    doc.image(png, { width: 90, align: 'center' });
    const pdf = (await doc.finish()).toString('latin1');
    expect(pdf).toContain('/Subtype /Image');
    expect(pdf).toMatch(/\b36 Tf\b/);
    expect(pdf).toMatch(/\bre\b/);
    expect(pages(Buffer.from(pdf, 'latin1'))).toBe(1);
  });
});
