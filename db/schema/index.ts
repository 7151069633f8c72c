export * from './record';
export * from './accounts';
export * from './recommendations';
export * from './history';
export * from './public';
export * from './pages';
