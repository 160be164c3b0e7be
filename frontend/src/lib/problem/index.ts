export * from './problem';
export * from './messages';
