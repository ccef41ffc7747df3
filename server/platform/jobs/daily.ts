import type { FastifyBaseLogger } from 'fastify';

const hour = 3_600_000;

/**
 * Runs `job` an hour after start and then once a day, logging what it did or why it failed. A
 * job must be safe to repeat (reminders remember whom they told). The timer never keeps the
 * process alive; the answer stops it.
 */
export function startDaily(log: FastifyBaseLogger, name: string, job: () => Promise<number>): () => void {
  const run = () =>
    job().then(
      (count) => log.info({ job: name, count }, 'daily job done'),
      (err: unknown) => log.error({ job: name, err }, 'daily job failed'),
    );
  const schedule = (delay: number): NodeJS.Timeout =>
    setTimeout(() => {
      void run();
      timer = schedule(24 * hour);
    }, delay).unref();
  let timer = schedule(hour);
  return () => clearTimeout(timer);
}
