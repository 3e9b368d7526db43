// The whole protocol for extension pages and the background. The content script imports './client'.
export * from './protocol';
export * from './client';
export { removeAllListeners } from './listen';
export * from './server';
