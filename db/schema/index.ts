export * from './record';
export * from './accounts';
export * from './recommendations';
export * from './history';
export * from './public';
export * from './alerts';
export * from './rate-limits';
export * from './pages';
