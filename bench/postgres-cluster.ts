import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/** A throwaway PostgreSQL cluster on 127.0.0.1 from Debian's packages, or null when none is installed. */
export function startPostgres(port: number): { url: string; stop(): void } | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root)
    .sort((a, b) => Number(a) - Number(b))
    .at(-1);
  if (!version) return null;
  const bin = path.join(root, version, 'bin');
  const dir = mkdtempSync(path.join(tmpdir(), 'kadar-bench-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (cmd: string, args: string[]) => {
    const line = [path.join(bin, cmd), ...args].map((a) => `'${a}'`).join(' ');
    execFileSync(
      asRoot ? 'su' : 'bash',
      asRoot ? ['postgres', '-s', '/bin/bash', '-c', line] : ['-c', line],
      {
        stdio: 'ignore',
      },
    );
  };
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  else chownSync(dir, userInfo().uid, userInfo().gid);
  run('initdb', ['-D', `${dir}/data`, '-U', 'kadar', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  run('pg_ctl', [
    '-D',
    `${dir}/data`,
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200`,
    '-l',
    `${dir}/log`,
    '-w',
    'start',
  ]);
  return {
    url: `postgres://kadar@127.0.0.1:${port}/postgres`,
    stop() {
      run('pg_ctl', ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
