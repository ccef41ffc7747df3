import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Serves the built SPA from the same origin; unknown non-API GETs get index.html (client routing). */
export async function registerWebApp(app: FastifyInstance, webDir: string) {
  if (!existsSync(path.join(webDir, 'index.html'))) {
    app.log.warn({ webDir }, 'web app not built: run `npm run build`');
    return null;
  }
  await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'] });
  return (req: FastifyRequest, reply: FastifyReply) => {
    if (req.method !== 'GET' || req.url.startsWith('/api')) return false;
    void reply.type('text/html').sendFile('index.html');
    return true;
  };
}
