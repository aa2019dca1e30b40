export * from './auth.ts';
export * from './directory.ts';
