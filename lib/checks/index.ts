/** The checks as the rest of the extension uses them: the registry and the shapes it hands out. */
export * from './registry';
