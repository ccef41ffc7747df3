/**
 * Serbian Latin locale files are generated from the Cyrillic ones: Cyrillic → Latin is lossless,
 * so translators write Serbian once. Run `npm run locales:latin` after editing locales/sr-Cyrl;
 * server/platform/i18n/locales.test.ts fails when the two drift apart.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { localesDir } from '../server/platform/i18n/i18n';
import { latinLocaleFile } from '../server/platform/i18n/locale-files';

const cyrillicDir = path.join(localesDir, 'sr-Cyrl');
for (const file of readdirSync(cyrillicDir).filter((f) => f.endsWith('.json'))) {
  const source = JSON.parse(readFileSync(path.join(cyrillicDir, file), 'utf8'));
  writeFileSync(path.join(localesDir, 'sr-Latn', file), latinLocaleFile(source));
}
