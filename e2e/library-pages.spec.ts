import { createRequire } from 'node:module';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import PDFDocument from 'pdfkit';
import { accessibilityViolations, chooseLanguage, type E2eLocale, login, lookAtPage } from './support';

const font = path.join(
  path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf/DejaVuSans.ttf',
);

/** A one-page PDF with this sentence, in a font that prints Cyrillic. */
function pdfOf(sentence: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(font).fontSize(12).text(sentence);
    doc.end();
  });
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
}

async function lookAtDialog(page: Page, locale: E2eLocale, name: string) {
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.screenshot({ path: `e2e/screenshots/${locale}/${name}.png`, fullPage: true });
  expect(await accessibilityViolations(page), name).toEqual([]);
}

test('a PDF uploaded by an association is found by a word inside it, in the other script', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, 'expert@kadar.example');
  await chooseLanguage(page, 'sr-Cyrl');
  await page.goto('/library');
  await page.getByTestId('library-upload').click();
  await lookAtDialog(page, 'sr-Cyrl', 'library-upload');

  const title = `Приручник о кадровском планирању ${Date.now()}`;
  await page.getByTestId('document-file').setInputFiles({
    name: 'prirucnik.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfOf('Општинска управа примењује правило златиборограднје у кадровском планирању.'),
  });
  await choose(page, 'document-kind-select', 'Приручник');
  await page.getByTestId('document-title').fill(title);
  await choose(page, 'document-visibility', 'Сви (јавно)');
  await page.getByTestId('document-upload-submit').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId('document-current-version')).toContainText('1');

  // The word is inside the PDF only, in Cyrillic; the search is typed in Latin letters.
  await page.goto('/library');
  await page.getByLabel('Претрага').fill('zlatiborogradnje');
  const result = page.getByTestId('document-result').filter({ hasText: title });
  await expect(result).toBeVisible();
  await expect(result.getByTestId('document-excerpt').locator('mark')).toHaveText('златиборограднје');
  await result.getByRole('link', { name: title }).click();
  await expect(page.getByTestId('document-current-version')).toContainText('1');
  await expect(page.getByTestId('version-1')).toBeVisible();
  const id = page.url().split('/').pop() ?? '';

  for (const locale of ['sr-Cyrl', 'bg'] as const) {
    await chooseLanguage(page, locale);
    await lookAtPage(page, locale, 'library', '/library?q=zlatiborogradnje');
    await expect(page.getByTestId('document-result').first()).toBeVisible();
    await lookAtPage(page, locale, 'library-document', `/library/${id}`);
    await expect(page.getByTestId('version-1')).toBeVisible();
  }

  // Signed out, the public document is found the same way; its history stays with the network.
  await page.context().clearCookies();
  await page.goto('/library?q=zlatiborogradnje');
  await expect(page.getByTestId('document-result').filter({ hasText: title })).toBeVisible();
  await page.goto(`/library/${id}`);
  await expect(page.getByTestId('document-download-current')).toBeVisible();
  await expect(page.getByTestId('document-edit')).toBeHidden();
});
