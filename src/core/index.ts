// The core's public surface: hosts (Apps Script, the CLI) import from here only.

export * from './analysis';
export * from './answer-table';
export * from './campaign';
export * from './closing';
export * from './cells';
export * from './contract';
export * from './dates';
export * from './deadlines';
export * from './entry-tabs';
export * from './figures';
export * from './messages';
export * from './moments';
export * from './numbers';
export * from './problems';
export * from './queries';
export * from './report';
export * from './report-layout';
export * from './short-label';
export * from './schemas';
export * from './tables';
export * from './template';
export * from './text';
export * from './weekly';
export * from './rollup';
export * from './unit-tabs';
export * from './rollup-sheets';
