import type { TFunction } from 'i18next';
import type { Trainer, TrainerCreate, TrainerKind } from '../../../contracts/learning-trainers';
import { latinForm } from '../competencies/local-text-fields';

/** The dialog's values, named as the request body so that the server's field errors land on them. */
export type TrainerValues = {
  organisationId: string;
  userId: string | null;
  name: string;
  nameLatin: string;
  email: string;
  phone: string;
  kinds: TrainerKind[];
  topicAreas: string[];
  expertise: string;
  teachingExperience: string;
  publications: string;
  skillsCheckOn: string;
  trainerCourseOn: string;
  accreditationNumber: string;
  accreditedOn: string;
  accreditedUntil: string;
};

/** A register entry's form; a Latin name that merely repeats the automatic one is shown empty. */
export function trainerValues(
  trainer: Trainer | undefined,
  organisationId: string,
  countryCode: string,
): TrainerValues {
  if (!trainer)
    return {
      organisationId,
      userId: null,
      name: '',
      nameLatin: '',
      email: '',
      phone: '',
      kinds: ['lecturer'],
      topicAreas: [],
      expertise: '',
      teachingExperience: '',
      publications: '',
      skillsCheckOn: '',
      trainerCourseOn: '',
      accreditationNumber: '',
      accreditedOn: '',
      accreditedUntil: '',
    };
  return {
    organisationId: trainer.organisationId,
    userId: trainer.userId,
    name: trainer.name,
    nameLatin: trainer.nameLatin === latinForm(trainer.name, countryCode) ? '' : trainer.nameLatin,
    email: trainer.email ?? '',
    phone: trainer.phone ?? '',
    kinds: trainer.kinds,
    topicAreas: trainer.topicAreas,
    expertise: trainer.expertise,
    teachingExperience: trainer.teachingExperience,
    publications: trainer.publications,
    skillsCheckOn: trainer.skillsCheckOn ?? '',
    trainerCourseOn: trainer.trainerCourseOn ?? '',
    accreditationNumber: trainer.accreditationNumber,
    accreditedOn: trainer.accreditedOn,
    accreditedUntil: trainer.accreditedUntil,
  };
}

/** The fields create and update share; empty optional texts and days become null. */
export function trainerBody(v: TrainerValues, countryCode: string): Omit<TrainerCreate, 'organisationId'> {
  const name = v.name.trim();
  return {
    userId: v.userId || null,
    name,
    nameLatin: v.nameLatin.trim() || latinForm(name, countryCode),
    email: v.email.trim() || null,
    phone: v.phone.trim() || null,
    kinds: v.kinds,
    topicAreas: v.topicAreas,
    expertise: v.expertise.trim(),
    teachingExperience: v.teachingExperience.trim(),
    publications: v.publications.trim(),
    skillsCheckOn: v.skillsCheckOn || null,
    trainerCourseOn: v.trainerCourseOn || null,
    accreditationNumber: v.accreditationNumber.trim(),
    accreditedOn: v.accreditedOn,
    accreditedUntil: v.accreditedUntil,
  };
}

/** What the browser checks before sending; the server checks everything again. */
export function validateTrainer(v: TrainerValues, t: TFunction) {
  return {
    name: v.name.trim() ? null : t('catalogue:validation.nameRequired'),
    kinds: v.kinds.length > 0 ? null : t('catalogue:validation.kindsRequired'),
    topicAreas: v.topicAreas.length > 0 ? null : t('catalogue:validation.topicAreasRequired'),
    accreditationNumber: v.accreditationNumber.trim()
      ? null
      : t('catalogue:validation.accreditationNumberRequired'),
    accreditedOn: v.accreditedOn ? null : t('catalogue:validation.dateRequired'),
    accreditedUntil: v.accreditedUntil ? null : t('catalogue:validation.dateRequired'),
  };
}
