/** The settings module's public API: `import … from 'lib/settings'` (schemas, load and save). */
export * from './schema';
export { loadSettings, saveUserSettings, type LoadedSettings } from './load';
export { policySettled } from './policy';
