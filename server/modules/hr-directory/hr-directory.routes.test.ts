import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../../contracts/common';
import type { DirectoryCard } from '../../../contracts/hr-directory';
import { auditEvents } from '../../platform/audit/audit.tables';
import { type AdvisoryWorld, advisoryWorld } from '../../test/advisory-fixture';
import { startTestApp, type TestApp } from '../../test/test-app';
import { directoryCards } from './hr-directory.tables';

let t: TestApp;
let w: AdvisoryWorld;

const card = (over: object = {}) => ({
  organisationId: w.municipality,
  jobTitle: 'Руководилац кадровске службе',
  email: 'ana@np.test',
  phone: '+381 20 123 456',
  expertise: 'Оцењивање службеника, систематизација',
  languages: ['sr-Cyrl', 'en'],
  listed: true,
  ...over,
});

const listed = async (client: AdvisoryWorld['c']['hr'], query = '') => {
  const res = await client.get(`/api/v1/directory${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Page<DirectoryCard>;
};

beforeAll(async () => {
  t = await startTestApp();
  w = await advisoryWorld(t);
});
afterAll(() => t.close());

describe('HR directory', () => {
  it('lists only opted-in cards, found in either script, and keeps unlisted cards for the owner', async () => {
    expect((await w.c.hr.get('/api/v1/me/directory-card')).statusCode).toBe(404);
    expect((await listed(w.c.otherHr)).items.map((c) => c.userId)).not.toContain(w.ids.hr);

    const saved = await w.c.hr.put('/api/v1/me/directory-card', card());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      userId: w.ids.hr,
      name: 'Ана Кадровић',
      nameLatin: 'Ana Kadrović',
      organisationNameLatin: 'Novi Pazar',
      countryCode: 'RS',
      listed: true,
    });

    // Latin search finds the Cyrillic card, from another municipality and from Bulgaria.
    const found = await listed(w.c.otherHr, '?q=kadrovic%20sistematizacija');
    expect(found.items.map((c) => c.userId)).toEqual([w.ids.hr]);
    expect((await listed(w.c.bgHr, '?q=Кадровић')).items.map((c) => c.userId)).toEqual([w.ids.hr]);
    expect((await listed(w.c.expert, '?country=BG')).items.map((c) => c.userId)).not.toContain(w.ids.hr);
    expect((await listed(w.c.expert, `?organisationId=${w.municipality}`)).items).toHaveLength(1);

    const hidden = await w.c.hr.put('/api/v1/me/directory-card', card({ listed: false }));
    expect(hidden.statusCode, hidden.body).toBe(200);
    expect((await listed(w.c.otherHr)).items.map((c) => c.userId)).not.toContain(w.ids.hr);
    // Not in the owner's own directory either, but still theirs to read.
    expect((await listed(w.c.hr)).items.map((c) => c.userId)).not.toContain(w.ids.hr);
    expect((await w.c.hr.get('/api/v1/me/directory-card')).json()).toMatchObject({ listed: false });

    const audit = await t.tenancy.run({ all: true, userId: null, orgIds: [], countries: [] }, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.entityId, w.ids.hr)),
    );
    expect(audit.map((a) => a.action)).toEqual(['directory_card.create', 'directory_card.update']);
  });

  it('pages in order of country, organisation and name', async () => {
    await w.c.otherHr.put(
      '/api/v1/me/directory-card',
      card({ organisationId: w.other, email: 'kv@kv.test' }),
    );
    await w.c.hr.put('/api/v1/me/directory-card', card());
    await w.c.bgHr.put(
      '/api/v1/me/directory-card',
      card({ organisationId: w.bgMunicipality, email: 'g@g.test', languages: ['bg'] }),
    );
    const first = await listed(w.c.expert, '?limit=2');
    expect(first.items.map((c) => c.organisationNameLatin)).toEqual(['Gabrovo', 'Kraljevo']);
    const second = await listed(w.c.expert, `?limit=2&cursor=${first.nextCursor}`);
    expect(second.items.map((c) => c.organisationNameLatin)).toEqual(['Novi Pazar']);
    expect(second.nextCursor).toBeNull();
    const orgs = await w.c.hr.get('/api/v1/directory/organisations?country=RS');
    expect(
      orgs.json().items.map((o: { nameLatin: string; cards: number }) => [o.nameLatin, o.cards]),
    ).toEqual([
      ['Kraljevo', 1],
      ['Novi Pazar', 1],
    ]);
  });

  it('lets only the owner write a card', async () => {
    // Row-level security refuses another user's write even if the code forgot to key it by the actor.
    const changed = await t.tenancy.run(
      { all: false, userId: w.ids.otherHr, orgIds: [w.other], countries: [] },
      (tx) =>
        tx
          .update(directoryCards)
          .set({ email: 'spoof@kv.test' })
          .where(eq(directoryCards.userId, w.ids.hr))
          .returning(),
    );
    expect(changed).toHaveLength(0);
    // The only write path is the actor's own card; another municipality is refused.
    const foreign = await w.c.otherHr.put(
      '/api/v1/me/directory-card',
      card({ organisationId: w.municipality }),
    );
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'not_a_member' }),
    ]);
    expect((await w.c.hr.get('/api/v1/me/directory-card')).json()).toMatchObject({ email: 'ana@np.test' });
  });

  it('refuses people outside the HR network and bad input', async () => {
    expect((await w.c.employee.get('/api/v1/directory')).statusCode).toBe(403);
    expect((await w.c.employee.put('/api/v1/me/directory-card', card())).statusCode).toBe(403);
    expect((await w.c.manager.get('/api/v1/me/directory-card')).statusCode).toBe(403);
    expect((await w.c.employee.get('/api/v1/directory/organisations')).statusCode).toBe(403);

    const bad = await w.c.hr.put(
      '/api/v1/me/directory-card',
      card({ email: 'not-an-address', languages: [] }),
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { field: string }) => e.field)
        .sort(),
    ).toEqual(['email', 'languages']);
    expect((await w.c.hr.get('/api/v1/directory?country=serbia')).statusCode).toBe(400);
    expect((await w.c.hr.get('/api/v1/directory?cursor=nope')).statusCode).toBe(400);
    expect((await w.c.hr.get('/api/v1/me/directory-card')).json()).toMatchObject({ email: 'ana@np.test' });
  });

  it('takes a card off on delete', async () => {
    expect((await w.c.otherHr.delete('/api/v1/me/directory-card')).statusCode).toBe(204);
    expect((await w.c.otherHr.get('/api/v1/me/directory-card')).statusCode).toBe(404);
    expect((await w.c.otherHr.delete('/api/v1/me/directory-card')).statusCode).toBe(404);
    expect((await w.c.hr.get('/api/v1/me/directory-card')).statusCode).toBe(200);
  });
});
