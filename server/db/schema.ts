export * from '../modules/identity/identity.tables';
export * from '../modules/organisations/organisations.tables';
export * from '../platform/audit/audit.tables';
export * from '../platform/mail/mail.tables';
