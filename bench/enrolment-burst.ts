export type EnrolmentBurstResult = {
  requests: number;
  capacity: number;
  totalMs: number;
  p50: number;
  p95: number;
  p99: number;
  maxMs: number;
  created: number;
  failed: number;
  confirmed: number;
  waitlisted: number;
};

type Headers = (extra?: Record<string, string>) => Record<string, string>;

const percentile = (sorted: number[], p: number) =>
  Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0);

const addDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The issue's burst: `requests` people (of one municipality, or a few when it is small) asked for at the same moment, one
 * request each, into a session of `capacity` seats run by a training body of the same country.
 * Answers the latency of each request and what the session holds afterwards (confirmed must
 * equal the capacity and nobody twice).
 */
export async function measureEnrolmentBurst(
  base: string,
  headersOf: Headers,
  municipalityId: string,
  countryCode: string,
  requests = 500,
  capacity = 30,
): Promise<EnrolmentBurstResult> {
  const json = { 'content-type': 'application/json' };
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const res = await fetch(base + url, {
      method,
      headers: headersOf(body === undefined ? {} : json),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const body = await call<{ id: string }>('POST', '/api/v1/organisations', {
    countryCode,
    kind: 'national_body',
    bodyRole: 'training_academy',
    name: `Академија за бенчмарк ${Date.now()}`,
  });
  const programme = await call<{ id: string }>('POST', '/api/v1/programmes', {
    ownerId: body.id,
    code: 'BENCH-1',
    title: { name: 'Управни поступак', nameEn: 'Administrative procedure' },
    topicArea: 'administrative_procedure',
    part: 'general',
    targetGroups: ['all'],
    deliveryModes: ['in_person'],
    durationHours: 6,
    durationDays: 1,
  });
  await call('PATCH', `/api/v1/programmes/${programme.id}`, { status: 'published' });
  const session = await call<{ id: string }>('POST', '/api/v1/sessions', {
    programmeId: programme.id,
    organiserId: body.id,
    status: 'scheduled',
    mode: 'in_person',
    venue: 'Сала 1',
    days: [{ date: addDays(10), startsAt: '09:00', endsAt: '15:00' }],
    capacity,
    registrationOpens: addDays(-1),
    registrationCloses: addDays(9),
    cancelUntil: addDays(8),
    requiresApproval: false,
  });
  // People of the country's municipalities, the given one first, until there are enough.
  const { items: others } = await call<{ items: Array<{ id: string }> }>(
    'GET',
    `/api/v1/organisations?country=${countryCode}&kind=municipality&limit=20`,
  );
  const people: string[] = [];
  for (const organisationId of [
    municipalityId,
    ...others.map((o) => o.id).filter((id) => id !== municipalityId),
  ]) {
    let cursor: string | null = null;
    do {
      const page: { items: Array<{ id: string }>; nextCursor: string | null } = await call(
        'GET',
        `/api/v1/employees?organisationId=${organisationId}&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
      );
      people.push(...page.items.map((p) => p.id));
      cursor = page.nextCursor;
    } while (cursor && people.length < requests);
    if (people.length >= requests) break;
  }
  if (people.length < requests) throw new Error(`only ${people.length} people in the country`);

  const latencies: number[] = [];
  let created = 0;
  const t0 = performance.now();
  await Promise.all(
    people.slice(0, requests).map(async (employeeId) => {
      const start = performance.now();
      const res = await fetch(`${base}/api/v1/enrolments`, {
        method: 'POST',
        headers: headersOf(json),
        body: JSON.stringify({ sessionId: session.id, employeeIds: [employeeId] }),
      });
      await res.arrayBuffer();
      latencies.push(performance.now() - start);
      if (res.status === 201) created += 1;
    }),
  );
  const totalMs = Math.round(performance.now() - t0);
  const after = await call<{ confirmed: number; waitlisted: number }>(
    'GET',
    `/api/v1/sessions/${session.id}`,
  );
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests,
    capacity,
    totalMs,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    maxMs: Math.round(sorted.at(-1) ?? 0),
    created,
    failed: requests - created,
    confirmed: after.confirmed,
    waitlisted: after.waitlisted,
  };
}
