import type { Locale } from '../../../contracts/access';
import type {
  PublicTrainer,
  Trainer,
  TrainerCreate,
  TrainerListQuery,
  TrainerStatus,
  TrainerUpdate,
} from '../../../contracts/learning-trainers';
import type { Tx } from '../../db/client';
import { readsLatin } from '../../db/collation';
import { systemScope, type Tenancy } from '../../db/tenancy';
import { latinOf, type StoredPack, storedPack } from '../../packs/stored-pack';
import type { Actor } from '../../platform/access/actor';
import * as access from '../../platform/access/policy';
import { coversOrganisation, reachOf } from '../../platform/access/reach';
import { recordAudit } from '../../platform/audit/audit';
import { today } from '../../platform/days';
import { conflict, invalid, notFound } from '../../platform/errors';
import { decodeCursor, pageOf } from '../../platform/http/cursor';
import { foldForSearch } from '../../platform/i18n/transliterate';
import { reachableOrganisation } from '../organisations/reachable-organisation';
import { managedOrganisation } from './learning-organisations';
import { trainersRepo as repo, type TrainerRow, type TrainerView } from './trainers.repo';

const statusOf = (row: TrainerRow, day: string): TrainerStatus =>
  row.suspended ? 'suspended' : row.accreditedUntil < day ? 'expired' : 'active';

/** What anyone may read of an entry; the body's name in the reader's script. */
export function toPublicTrainer(v: TrainerView, locale: Locale, day = today()): PublicTrainer {
  const { row } = v;
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisationName: readsLatin(locale) ? v.organisationNameLatin : v.organisationName,
    countryCode: v.countryCode,
    name: row.name,
    nameLatin: row.nameLatin,
    kinds: row.kinds as PublicTrainer['kinds'],
    topicAreas: row.topicAreas,
    accreditationNumber: row.accreditationNumber,
    accreditedUntil: row.accreditedUntil,
    status: statusOf(row, day),
  };
}

/** The full entry; contact details only for the register's owner. */
export function toTrainer(v: TrainerView, owner: boolean, locale: Locale): Trainer {
  const { row } = v;
  return {
    ...toPublicTrainer(v, locale),
    userId: row.userId,
    email: owner ? row.email : null,
    phone: owner ? row.phone : null,
    expertise: row.expertise,
    teachingExperience: row.teachingExperience,
    publications: row.publications,
    skillsCheckOn: row.skillsCheckOn,
    trainerCourseOn: row.trainerCourseOn,
    accreditedOn: row.accreditedOn,
    suspended: row.suspended,
    sessionsDelivered: v.sessionsDelivered,
    averageRating: v.averageRating === null ? null : Number(v.averageRating),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const audited = ({ search: _search, createdAt: _created, ...rest }: TrainerRow) => rest;

type Checked = Pick<TrainerRow, 'userId' | 'topicAreas' | 'accreditedOn' | 'accreditedUntil'>;

async function checkFields(tx: Tx, pack: StoredPack, organisationId: string, t: Checked) {
  if (t.userId && !(await repo.isTrainerOf(tx, t.userId, organisationId)))
    throw invalid('userId', 'not_a_trainer');
  t.topicAreas.forEach((code, i) => {
    if (!pack.learning.topicAreas.some((a) => a.code === code))
      throw invalid(`topicAreas.${i}`, 'unknown_topic_area');
  });
  if (t.accreditedUntil < t.accreditedOn) throw invalid('accreditedUntil', 'before_start');
}

const searchOf = (t: Pick<TrainerRow, 'name' | 'nameLatin' | 'accreditationNumber'>) =>
  foldForSearch([t.name, t.nameLatin, t.accreditationNumber].join(' '));

export type TrainersService = ReturnType<typeof createTrainersService>;

/**
 * The register is readable by everyone (its row-level policy is `true`), so reads run in system
 * scope: that is what lets a municipality's reader see the body's name and the figures of
 * sessions and evaluations that belong to other tenants. Only contact details are held back.
 */
export function createTrainersService({ tenancy }: { tenancy: Tenancy }) {
  const scope = access.scopeOf;
  const owns = (actor: Actor, v: TrainerView) =>
    coversOrganisation(reachOf(actor, 'learning.manage'), v.row.organisationId);

  async function page(query: TrainerListQuery & { publicOnly?: boolean }, locale: Locale) {
    const after = decodeCursor(query.cursor, 2) as [string, string] | null;
    const rows = await tenancy.read(systemScope, (tx) => repo.list(tx, query, locale, after));
    return pageOf(rows, query.limit, (v) => [readsLatin(locale) ? v.row.nameLatin : v.row.name, v.row.id]);
  }

  async function view(actor: Actor, id: string): Promise<Trainer> {
    const found = await tenancy.read(systemScope, (tx) => repo.find(tx, id));
    if (!found) throw notFound('trainer');
    return toTrainer(found, owns(actor, found), actor.locale);
  }

  return {
    async list(actor: Actor, query: TrainerListQuery) {
      access.require(actor, 'learning.read');
      const found = await page(query, actor.locale);
      return {
        items: found.items.map((v) => toTrainer(v, owns(actor, v), actor.locale)),
        nextCursor: found.nextCursor,
      };
    },

    async get(actor: Actor, id: string): Promise<Trainer> {
      access.require(actor, 'learning.read');
      return view(actor, id);
    },

    /** The public register: active and expired trainers, never the suspended, no contact details. */
    async publicList(query: TrainerListQuery, locale: Locale) {
      if (query.status === 'suspended') return { items: [], nextCursor: null };
      const found = await page({ ...query, publicOnly: true }, locale);
      const day = today();
      return { items: found.items.map((v) => toPublicTrainer(v, locale, day)), nextCursor: found.nextCursor };
    },

    async create(actor: Actor, input: TrainerCreate): Promise<Trainer> {
      access.require(actor, 'learning.manage');
      const id = await tenancy.run(scope(actor), async (tx) => {
        const body = await reachableOrganisation(tx, actor, input.organisationId, 'learning.manage');
        if (body.kind !== 'national_body') throw invalid('organisationId', 'not_a_national_body');
        const pack = await storedPack(tx, body.countryCode);
        await checkFields(tx, pack, body.id, input);
        const nameLatin = latinOf(input.name, input.nameLatin, pack, 'nameLatin');
        const row = await repo.insert(tx, { ...input, nameLatin, search: searchOf({ ...input, nameLatin }) });
        if (!row) throw conflict('trainer_number_taken', { number: input.accreditationNumber });
        await recordAudit(tx, actor, {
          organisationId: body.id,
          action: 'trainer.create',
          entityType: 'trainer',
          entityId: row.id,
          after: audited(row),
        });
        return row.id;
      });
      return view(actor, id);
    },

    async update(actor: Actor, id: string, patch: TrainerUpdate): Promise<Trainer> {
      access.require(actor, 'learning.manage');
      await tenancy.run(scope(actor), async (tx) => {
        const before = await repo.findRow(tx, id);
        if (!before) throw notFound('trainer');
        const body = await managedOrganisation(tx, actor, before.organisationId);
        const pack = await storedPack(tx, body.countryCode);
        const { nameLatin: givenLatin, ...rest } = patch;
        const nameLatin =
          rest.name !== undefined || givenLatin !== undefined
            ? latinOf(rest.name ?? before.name, givenLatin, pack, 'nameLatin')
            : before.nameLatin;
        const next = { ...before, ...rest, nameLatin };
        await checkFields(tx, pack, body.id, next);
        if (
          next.accreditationNumber !== before.accreditationNumber &&
          (await repo.numberTaken(tx, body.id, next.accreditationNumber, id))
        )
          throw conflict('trainer_number_taken', { number: next.accreditationNumber });
        const row = await repo.update(tx, id, { ...rest, nameLatin, search: searchOf(next) });
        await recordAudit(tx, actor, {
          organisationId: body.id,
          action: 'trainer.update',
          entityType: 'trainer',
          entityId: id,
          before: audited(before),
          after: audited(row),
        });
      });
      return view(actor, id);
    },
  };
}
