export * from '../modules/identity/identity.tables';
export * from '../modules/organisations/organisations.tables';
export * from '../modules/people/employee-import.tables';
export * from '../modules/people/people.tables';
export * from '../modules/positions/positions.tables';
export * from '../platform/audit/audit.tables';
export * from '../platform/mail/mail.tables';
