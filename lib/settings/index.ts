/** The settings module's public API: `import … from 'lib/settings'` (schemas, load and save, the moderator id). */
export * from './schema';
export { loadSettings, saveUserSettings, type LoadedSettings } from './load';
export { policySettled } from './policy';
export { ensureModeratorId, readModeratorId } from './moderator-id';
export type { IssueWhy, SettingField, SettingIssue, SettingProblem } from './problems';
