import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Connection } from './db/client';
import { createTenancy } from './db/tenancy';
import { answersRoutes } from './modules/advisory/answers.routes';
import { createAnswersService } from './modules/advisory/answers.service';
import { createKnowledgeService } from './modules/advisory/knowledge.service';
import { lawsRoutes } from './modules/advisory/laws.routes';
import { createLawsService } from './modules/advisory/laws.service';
import { publicKnowledgeRoutes } from './modules/advisory/public-knowledge.routes';
import { questionAttachmentsRoutes } from './modules/advisory/question-attachments.routes';
import { createQuestionAttachmentsService } from './modules/advisory/question-attachments.service';
import { createQuestionReminders } from './modules/advisory/question-reminders';
import { questionsRoutes } from './modules/advisory/questions.routes';
import { createQuestionsService } from './modules/advisory/questions.service';
import { appraisalReportsRoutes } from './modules/appraisal-reports/appraisal-reports.routes';
import { createAppraisalReportsService } from './modules/appraisal-reports/appraisal-reports.service';
import { createAppraisalCyclesService } from './modules/appraisals/appraisal-cycles.service';
import { createAppraisalRecordsService } from './modules/appraisals/appraisal-records.service';
import { appraisalsRoutes } from './modules/appraisals/appraisals.routes';
import { createAppraisalsService } from './modules/appraisals/appraisals.service';
import { competenciesRoutes } from './modules/competencies/competencies.routes';
import { createCompetenciesService } from './modules/competencies/competencies.service';
import { directoryRoutes } from './modules/hr-directory/hr-directory.routes';
import { createDirectoryService } from './modules/hr-directory/hr-directory.service';
import { hrPlansRoutes } from './modules/hr-plans/hr-plans.routes';
import { createHrPlansService } from './modules/hr-plans/hr-plans.service';
import { createAuthService } from './modules/identity/auth.service';
import { identityRoutes } from './modules/identity/identity.routes';
import { createSessionCache } from './modules/identity/session-cache';
import { createUsersService } from './modules/identity/users.service';
import { annualProgrammesRoutes } from './modules/learning/annual-programmes.routes';
import { createAnnualProgrammesService } from './modules/learning/annual-programmes.service';
import { createAttendanceService } from './modules/learning/attendance.service';
import { calendarRoutes } from './modules/learning/calendar.routes';
import { createCalendarService } from './modules/learning/calendar.service';
import { certificatesRoutes } from './modules/learning/certificates.routes';
import { createCertificatesService } from './modules/learning/certificates.service';
import { developmentPlansRoutes } from './modules/learning/development-plans.routes';
import { createDevelopmentPlansService } from './modules/learning/development-plans.service';
import { enrolmentsRoutes } from './modules/learning/enrolments.routes';
import { createEnrolmentsService } from './modules/learning/enrolments.service';
import { askForImpact } from './modules/learning/evaluation-impact';
import { evaluationsRoutes } from './modules/learning/evaluations.routes';
import { createEvaluationsService } from './modules/learning/evaluations.service';
import { learningIndicatorsRoutes } from './modules/learning/learning-indicators.routes';
import { createLearningIndicatorsService } from './modules/learning/learning-indicators.service';
import { createLearningReminders } from './modules/learning/learning-reminders';
import { needsAnalysesRoutes } from './modules/learning/needs-analyses.routes';
import { createNeedsAnalysesService } from './modules/learning/needs-analyses.service';
import { programmeMaterialsRoutes } from './modules/learning/programme-materials.routes';
import { createProgrammeMaterialsService } from './modules/learning/programme-materials.service';
import { programmesRoutes } from './modules/learning/programmes.routes';
import { createProgrammesService } from './modules/learning/programmes.service';
import { publicCatalogueRoutes } from './modules/learning/public-catalogue.routes';
import { sessionsRoutes } from './modules/learning/sessions.routes';
import { createSessionsService } from './modules/learning/sessions.service';
import { trainersRoutes } from './modules/learning/trainers.routes';
import { createTrainersService } from './modules/learning/trainers.service';
import { trainingRequestsRoutes } from './modules/learning/training-requests.routes';
import { createTrainingRequestsService } from './modules/learning/training-requests.service';
import { createDocumentPublishingService } from './modules/library/document-publishing.service';
import { documentsRoutes } from './modules/library/documents.routes';
import { createDocumentsService } from './modules/library/documents.service';
import { publicDocumentsRoutes } from './modules/library/public-documents.routes';
import { bulletinsRoutes } from './modules/news/bulletins.routes';
import { createBulletinsService } from './modules/news/bulletins.service';
import { postsRoutes } from './modules/news/posts.routes';
import { createPostsService } from './modules/news/posts.service';
import { publicPostsRoutes } from './modules/news/public-posts.routes';
import { createPublicPostsService } from './modules/news/public-posts.service';
import { createSubscriptionsService } from './modules/news/subscriptions.service';
import { organisationsRoutes } from './modules/organisations/organisations.routes';
import { createOrganisationsService } from './modules/organisations/organisations.service';
import { correctionRequestsRoutes } from './modules/people/correction-requests.routes';
import { createCorrectionRequestsService } from './modules/people/correction-requests.service';
import { employeeDocumentsRoutes } from './modules/people/employee-documents.routes';
import { createEmployeeDocumentsService } from './modules/people/employee-documents.service';
import { employeeImportRoutes } from './modules/people/employee-import.routes';
import { createEmployeeImportService } from './modules/people/employee-import.service';
import { peopleRoutes } from './modules/people/people.routes';
import { createPeopleService } from './modules/people/people.service';
import { personalDataRoutes } from './modules/people/personal-data.routes';
import { createPersonalDataService } from './modules/people/personal-data.service';
import { positionsRoutes } from './modules/positions/positions.routes';
import { createPositionsService } from './modules/positions/positions.service';
import { createPracticeNominationsService } from './modules/practices/practice-nominations.service';
import { createPracticeWeeksService } from './modules/practices/practice-weeks.service';
import { practicesRoutes } from './modules/practices/practices.routes';
import { createPracticesService } from './modules/practices/practices.service';
import { publicPracticesRoutes } from './modules/practices/public-practices.routes';
import { createPublicPracticesService } from './modules/practices/public-practices.service';
import { reportsRoutes } from './modules/reports/reports.routes';
import { createReportsService } from './modules/reports/reports.service';
import { auditRoutes } from './platform/audit/audit.routes';
import { createAuditService } from './platform/audit/audit.service';
import { createFileStore } from './platform/files/file-store';
import { type RouteAccessMap, registerAuthHooks, sessionCookie } from './platform/http/auth-hooks';
import { healthRoutes } from './platform/http/health.routes';
import { registerProblemHandlers } from './platform/http/problem';
import { registerWebApp } from './platform/http/web-app';
import { createTranslator } from './platform/i18n/i18n';
import { startDaily } from './platform/jobs/daily';
import { createMailer } from './platform/mail/mailer';
import { outboxRoutes } from './platform/mail/outbox.routes';
import { createOutboxService } from './platform/mail/outbox.service';
import { notificationsRoutes } from './platform/notifications/notifications.routes';
import { createNotificationsService } from './platform/notifications/notifications.service';
import { createProofOfWork } from './platform/proof-of-work/proof-of-work';
import { proofOfWorkRoutes } from './platform/proof-of-work/proof-of-work.routes';
import { storedSigningSecret } from './platform/secrets/signing-secret';

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

export type AppDeps = { config: Config; conn: Connection };

/** Platform plugins first, then every module's routes. Nothing here listens or migrates. */
export async function buildApp({ config: given, conn }: AppDeps): Promise<FastifyInstance> {
  const config = given.signingSecret ? given : { ...given, signingSecret: await storedSigningSecret(conn) };
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    trustProxy: config.trustProxy,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    bodyLimit: 1_048_576,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  const translator = createTranslator();
  const tenancy = createTenancy(conn);
  const mailer = createMailer({ config, translator, tenancy, log: app.log });
  const sessions = createSessionCache(config.sessionCacheSeconds * 1000);
  const auth = createAuthService({ tenancy, config, mailer, sessions });
  const routeAccess: RouteAccessMap = new Map();

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Mantine sets inline style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(fastifyCookie);
  // One file per request (a spreadsheet or a document), bounded by UPLOAD_MAX_MB.
  await app.register(fastifyMultipart, {
    limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 4, parts: 5, fieldSize: 2_000 },
  });
  await app.register(fastifyRateLimit, {
    max: config.rateLimitMax,
    timeWindow: '1 minute',
    // The web app's files are not limited; API calls count per session, since a whole town hall
    // often shares one public address, and per address only before sign-in.
    allowList: (req) => !req.url.startsWith('/api/'),
    keyGenerator: (req) => req.cookies?.[sessionCookie] ?? req.ip,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Kadar API',
        version,
        description: 'HR management and professional development for local self-government',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kadar_session' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerAuthHooks(app, auth.resolve, routeAccess);
  const spa = await registerWebApp(app, config.webDir);
  registerProblemHandlers(app, translator, spa);

  healthRoutes(app, conn, mailer.kind, version);
  identityRoutes(app, auth, createUsersService({ tenancy, config, mailer, sessions }), config);
  organisationsRoutes(app, createOrganisationsService({ tenancy }));
  positionsRoutes(app, createPositionsService({ tenancy }));
  const people = createPeopleService({ tenancy, translator });
  peopleRoutes(app, people);
  correctionRequestsRoutes(app, createCorrectionRequestsService({ tenancy, people }));
  personalDataRoutes(app, createPersonalDataService({ tenancy, translator }));
  employeeDocumentsRoutes(app, createEmployeeDocumentsService({ tenancy, files: createFileStore(config) }));
  employeeImportRoutes(app, createEmployeeImportService({ tenancy, translator }));
  reportsRoutes(app, createReportsService({ tenancy, translator }));
  appraisalReportsRoutes(app, createAppraisalReportsService({ tenancy, translator }));
  hrPlansRoutes(app, createHrPlansService({ tenancy, translator }));
  competenciesRoutes(app, createCompetenciesService({ tenancy }));
  {
    const programmes = createProgrammesService({ tenancy });
    const materials = createProgrammeMaterialsService({ tenancy, files: createFileStore(config) });
    const trainers = createTrainersService({ tenancy });
    programmesRoutes(app, programmes);
    programmeMaterialsRoutes(app, materials);
    trainersRoutes(app, trainers);
    publicCatalogueRoutes(app, { programmes, materials, trainers });
    trainingRequestsRoutes(app, createTrainingRequestsService({ tenancy, mailer, config, translator }));
  }
  certificatesRoutes(app, createCertificatesService({ tenancy, translator, config }), config);
  calendarRoutes(app, createCalendarService({ tenancy, translator, config }));
  evaluationsRoutes(app, createEvaluationsService({ tenancy }));
  needsAnalysesRoutes(app, createNeedsAnalysesService({ tenancy, mailer, config, translator }));
  developmentPlansRoutes(app, createDevelopmentPlansService({ tenancy }));
  annualProgrammesRoutes(app, createAnnualProgrammesService({ tenancy, translator }));
  learningIndicatorsRoutes(app, createLearningIndicatorsService({ tenancy, translator }));
  {
    const mail = { mailer, config, translator };
    const enrolments = createEnrolmentsService({ tenancy, ...mail });
    const attendance = createAttendanceService({ tenancy, ...mail });
    sessionsRoutes(app, createSessionsService({ tenancy, enrolments, attendance, ...mail }), attendance);
    enrolmentsRoutes(app, enrolments);
  }
  const appraisalCycles = createAppraisalCyclesService({ tenancy, mailer, config });
  appraisalsRoutes(app, {
    cycles: appraisalCycles,
    appraisals: createAppraisalsService({ tenancy, translator, mailer, config }),
    records: createAppraisalRecordsService({ tenancy }),
  });
  questionsRoutes(app, createQuestionsService({ tenancy, mailer, config, translator }));
  questionAttachmentsRoutes(
    app,
    createQuestionAttachmentsService({ tenancy, files: createFileStore(config) }),
  );
  {
    const laws = createLawsService({ tenancy });
    lawsRoutes(app, laws);
    answersRoutes(app, createAnswersService({ tenancy }));
    publicKnowledgeRoutes(app, { knowledge: createKnowledgeService({ tenancy }), laws }, config);
  }
  {
    const files = createFileStore(config);
    const documents = createDocumentsService({ tenancy, files });
    documentsRoutes(app, { documents, publishing: createDocumentPublishingService({ tenancy, files }) });
    publicDocumentsRoutes(app, documents);
  }
  {
    const weeks = createPracticeWeeksService({ tenancy });
    const practices = createPracticesService({ tenancy, mailer, config });
    const nominations = createPracticeNominationsService({ tenancy });
    practicesRoutes(app, { practices, nominations, weeks }, config);
    publicPracticesRoutes(app, { practices: createPublicPracticesService({ tenancy }), weeks });
  }
  directoryRoutes(app, createDirectoryService({ tenancy }));
  notificationsRoutes(app, createNotificationsService({ tenancy }));
  const pow = createProofOfWork({ secret: config.signingSecret });
  proofOfWorkRoutes(app, pow);
  postsRoutes(app, createPostsService({ tenancy }));
  publicPostsRoutes(app, createPublicPostsService({ tenancy, config }), translator);
  const bulletins = createBulletinsService({ tenancy, mailer, config, translator });
  const subscriptions = createSubscriptionsService({ tenancy, mailer, config, pow });
  bulletinsRoutes(app, { bulletins, subscriptions }, config);
  auditRoutes(app, createAuditService({ tenancy }));
  outboxRoutes(app, createOutboxService({ tenancy }));
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  app.addHook('onReady', async () => mailer.start());
  app.addHook('onClose', async () => mailer.stop());
  const learningMail = { tenancy, mailer, config, translator };
  const learningReminders = createLearningReminders(learningMail);
  const questionReminders = createQuestionReminders(learningMail);
  const stops = [
    startDaily(app.log, 'appraisal reminders', () => appraisalCycles.remindAllDue()),
    startDaily(app.log, 'training reminders', () => learningReminders.remindUpcoming()),
    startDaily(app.log, 'training impact ratings', () => askForImpact(learningMail)),
    startDaily(app.log, 'overdue questions', () => questionReminders.remindOverdue()),
    startDaily(app.log, 'weekly bulletin', () => bulletins.sendWeekly()),
  ];
  app.addHook('onClose', async () => {
    for (const stop of stops) stop();
  });
  app.decorate('routeAccess', routeAccess);
  return app;
}
