export * from './auth.ts';
export * from './directory.ts';
export * from './leads.ts';
export * from './notifications.ts';
export * from './teams.ts';
export * from './federation.ts';
export * from './allocation.ts';
export * from './decisions.ts';
