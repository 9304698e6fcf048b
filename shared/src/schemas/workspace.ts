// Contracts of the ISU workspace, one module a resource; this one gathers them, so '@ccm/shared/schemas/workspace' is
// the one import. Populations as lists of States are apart, in ./workspace-populations.ts; the accounts list in ./accounts.ts.
export * from './workspace-users.ts';
export * from './workspace-cycles.ts';
export * from './workspace-changes.ts';
export * from './workspace-entries.ts';
export * from './workspace-imports.ts';
export * from './workspace-content.ts';
