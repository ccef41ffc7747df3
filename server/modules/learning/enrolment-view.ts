import type { ApprovalState, Enrolment, EnrolmentStatus } from '../../../contracts/learning-enrolments';
import type { EnrolmentRow } from './enrolments.repo';

export const toEnrolment = (row: EnrolmentRow): Enrolment => {
  const e = row.enrolment;
  return {
    id: e.id,
    sessionId: e.sessionId,
    sessionReference: row.sessionReference,
    programmeTitle: row.programmeTitle,
    firstDay: row.firstDay,
    lastDay: row.lastDay,
    employeeId: e.employeeId,
    organisationId: e.organisationId,
    organisationName: row.organisationName,
    organisationNameLatin: row.organisationNameLatin,
    participantName: e.participantName,
    participantNameLatin: e.participantNameLatin,
    jobTitle: e.jobTitle,
    status: e.status as EnrolmentStatus,
    waitlistPosition: null,
    approval: e.approval as ApprovalState,
    decidedByName: e.decidedByName,
    declineReason: e.declineReason,
    enrolledBy: e.enrolledBy as Enrolment['enrolledBy'],
    cancelReason: e.cancelReason,
    attendedDays: row.attendedDays,
    certificateId: row.certificateId,
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
};
