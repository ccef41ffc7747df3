/**
 * The yardstick: bare Fastify answering each scenario's path with the very JSON Kadar answered,
 * so the ratio shows what Kadar's own layers (auth, tenancy, queries, validation) cost.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const bodies = JSON.parse(readFileSync(process.env.BARE_BODIES ?? '', 'utf8')) as Record<string, unknown>;
const app = Fastify({ logger: false });
// By the whole URL: two scenarios may share a path and differ in the query (the directory, the search).
app.get('/*', async (req, reply) => (req.url in bodies ? bodies[req.url] : reply.code(404).send()));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('ready');
