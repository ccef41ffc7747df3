/**
 * `npm start` builds the web app only when it is missing or older than its sources, so the
 * first start takes a few seconds more and the next ones none.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'dist/web/index.html');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

const sources = Math.max(
  newest(path.join(root, 'web')),
  newest(path.join(root, 'locales')),
  newest(path.join(root, 'contracts')),
);
if (!existsSync(built) || statSync(built).mtimeMs < sources) {
  console.log('Building the web app…');
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn' });
}
