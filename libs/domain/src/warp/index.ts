export * from './identifiers';
export * from './threats';
export * from './warp-prompts';
export * from './warp-log';
export * from './warp-summary';
export * from './warp-markdown';
export * from './warp-rules';
export * from './warp-sendings';
