import { completeNationalId } from '../contracts/national-id';
import { readSpreadsheet, writeWorkbook } from '../server/platform/xlsx/spreadsheet';

export type ImportExportResult = {
  rows: number;
  uploadMs: number;
  previewMs: number;
  confirmMs: number;
  importTotalMs: number;
  exportRows: number;
  exportMs: number;
};

const headers = [
  'Презиме',
  'Име',
  'ЈМБГ',
  'Радно место (број или назив)',
  'Врста радног односа',
  'У радном односу од',
];

/** A valid JMBG per row, none of which the synthetic generator uses (region 99). */
function jmbg(i: number): string {
  const body = `${String(1 + (i % 28)).padStart(2, '0')}${String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0')}${970 + (Math.floor(i / 336) % 30)}99${String(i % 1000).padStart(3, '0')}`;
  return completeNationalId('jmbg', body) as string;
}

/**
 * One-shot timings through the HTTP API: import an XLSX of `rows` people into a municipality (upload,
 * preview, confirm: one transaction), then export that municipality's directory as XLSX.
 */
export async function measureImportExport(
  base: string,
  headersOf: (extra?: Record<string, string>) => Record<string, string>,
  organisationId: string,
  positionCode: string,
  rows = 10_000,
): Promise<ImportExportResult> {
  const data = await writeWorkbook([
    {
      name: 'Import',
      headers,
      rows: Array.from({ length: rows }, (_, i) => [
        `Бенчмарковић${i}`,
        'Петар',
        jmbg(i),
        positionCode,
        'неодређено',
        '01.02.2024',
      ]),
    },
  ]);
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), 'bench.xlsx');
  const t0 = performance.now();
  const up = await fetch(`${base}/api/v1/employees/import?organisationId=${organisationId}`, {
    method: 'POST',
    headers: headersOf(),
    body: form,
  });
  const upload = (await up.json()) as { id: string; mapping: Record<string, string> };
  const t1 = performance.now();
  const json = headersOf({ 'content-type': 'application/json' });
  const body = JSON.stringify({ mapping: upload.mapping });
  const preview = await fetch(`${base}/api/v1/employees/import/${upload.id}/preview`, {
    method: 'POST',
    headers: json,
    body,
  });
  const previewed = (await preview.json()) as { errorCount: number };
  if (previewed.errorCount) throw new Error(`bench import has ${previewed.errorCount} errors`);
  const t2 = performance.now();
  const confirm = await fetch(`${base}/api/v1/employees/import/${upload.id}/confirm`, {
    method: 'POST',
    headers: json,
    body,
  });
  const result = (await confirm.json()) as { created: number };
  if (result.created !== rows) throw new Error(`bench import created ${JSON.stringify(result)}`);
  const t3 = performance.now();
  const exported = await fetch(
    `${base}/api/v1/employees/export?organisationId=${organisationId}&columns=familyName,givenName,nationalId,unit,position,title,contractType,hiredOn`,
    { headers: headersOf() },
  );
  const bytes = await exported.arrayBuffer();
  const t4 = performance.now();
  if (!exported.ok) throw new Error(`bench export failed: ${exported.status}`);
  const sheet = await readSpreadsheet(Buffer.from(bytes), { maxRows: 200_000, maxColumns: 20 });
  return {
    rows,
    uploadMs: Math.round(t1 - t0),
    previewMs: Math.round(t2 - t1),
    confirmMs: Math.round(t3 - t2),
    importTotalMs: Math.round(t3 - t0),
    exportRows: sheet.rows.length,
    exportMs: Math.round(t4 - t3),
  };
}
