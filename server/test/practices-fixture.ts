import { expect } from 'vitest';
import type { Practice } from '../../contracts/practices';
import type { AdvisoryWorld } from './advisory-fixture';
import type { Client } from './test-app';

export const practicesBase = '/api/v1/practices';

/** A good practice of the world's Serbian municipality, as its HR officer writes it. */
export const practiceInput = (w: AdvisoryWorld, over: object = {}) => ({
  organisationId: w.municipality,
  locale: 'sr-Cyrl',
  categoryCode: 'human_resources',
  title: 'Менторство за новозапослене у општинској управи',
  initiator: 'Одељење за општу управу',
  partners: 'Национална академија за јавну управу',
  summary: 'Сваки новозапослени добија ментора из исте службе током првих шест месеци.',
  background: 'Половина новозапослених напуштала је управу у првој години рада.',
  practice: 'Ментори пролазе кратку обуку, а план увођења у посао прати се месечно.',
  results: 'Одлив новозапослених у првој години смањен је са 50% на 15%.',
  periodFrom: '2024-03-01',
  periodTo: '2025-02-28',
  links: [{ url: 'https://example.org/mentorstvo', label: 'Видео', kind: 'video' }],
  contactName: 'Ана Кадровић',
  contactEmail: 'ana.kadrovic@example.org',
  contactPhone: '+381 20 000 000',
  ...over,
});

/** A draft by the HR officer `client` (the world's Serbian one unless told). */
export async function draftPractice(w: AdvisoryWorld, over: object = {}, client: Client = w.c.hr) {
  const res = await client.post(practicesBase, practiceInput(w, over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Practice;
}

export const scores = { innovation: 4, impact: 5, sustainability: 4, transferability: 5 };

/** A practice drafted, submitted and published by the Serbian association's expert. */
export async function publishedPractice(w: AdvisoryWorld, over: object = {}, client: Client = w.c.hr) {
  const draft = await draftPractice(w, over, client);
  const sent = await client.post(`${practicesBase}/${draft.id}/submit`);
  expect(sent.statusCode, sent.body).toBe(200);
  const moderator = draft.countryCode === 'BG' ? w.c.bgExpert : w.c.expert;
  const res = await moderator.post(`${practicesBase}/${draft.id}/moderation`, {
    decision: 'publish',
    scores,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Practice;
}
