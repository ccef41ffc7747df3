import type {
  DeliveryMode,
  ProgrammePart,
  ProgrammeStatus,
  TargetGroup,
} from '../../contracts/learning-catalogue';
import type { TrainerKind } from '../../contracts/learning-trainers';

/** A catalogue entry of the demo, in the country's script; Latin forms are derived. */
export type CatalogueEntry = {
  code: string;
  name: string;
  nameEn: string;
  /** Two to four sentences on what the programme teaches. */
  summary: string;
  topicArea: string;
  part: ProgrammePart;
  targetGroups: TargetGroup[];
  deliveryModes: DeliveryMode[];
  hours: number;
  days: number;
  /** Codes of the country framework's competencies it develops. */
  competencies?: string[];
  /** Accredited entries carry a register number, valid `validYears` from today. */
  accreditation?:
    | { status: 'accredited'; registerNumber: string; validYears: number }
    | { status: 'pending' };
  completionPercent?: number;
  status?: ProgrammeStatus;
  /** Units whose staff it is mainly for (by name): the demo enrols them first. */
  units?: RegExp;
};

/** An entry of a national body's trainer register; dates are relative to today. */
export type TrainerEntry = {
  /** How the session data refers to the trainer. */
  key: string;
  name: string;
  /** The demo login linked to the entry. */
  account?: string;
  kinds: TrainerKind[];
  topicAreas: string[];
  expertise: string;
  teachingExperience: string;
  publications?: string;
  /** Accredited this many years ago, for `validYears`. */
  accreditedYearsAgo: number;
  validYears: number;
  suspended?: boolean;
};

/** The demo accounts whose own trainings the seed places: what each holds in a session. */
export type Pin = 'completed' | 'confirmed' | 'pending';

/**
 * A session of the demo. `start` is the first day in days from today (weekends skipped forward,
 * except a `running` session, which is under way today); the days and hours follow the programme.
 */
export type SessionEntry = {
  key?: string;
  /** The organiser (a demo organisation's slug) and its programme's code. */
  organiser: string;
  programme: string;
  start: number;
  running?: boolean;
  mode: DeliveryMode;
  venue?: string;
  trainers: string[];
  capacity: number;
  /** Participants to enrol; beyond the capacity they wait. */
  enrol: number;
  /** Municipalities (slugs) whose staff take part. */
  from: string[];
  restrictedTo?: string;
  draft?: boolean;
  requiresApproval?: boolean;
  /** Registration opens this many days from today (upcoming sessions; default 12 days ago). */
  opensIn?: number;
  pins?: Readonly<Record<string, Pin>>;
  /** Members of a manager's team (staff of `from`) whose places wait for that manager's approval. */
  awaiting?: { manager: string; from: string; count: number };
  note?: string;
};

/** A municipality's request for a training; `ago` days since it was sent. */
export type RequestEntry = {
  from: string;
  body: string;
  account: string;
  programme?: string;
  topic: string;
  note: string;
  ago: number;
  /** Preferred window in days from today. */
  window: readonly [number, number];
  participants: number;
  answer?: { status: 'declined' | 'scheduled' | 'accepted'; text: string; after: number; session?: string };
};
