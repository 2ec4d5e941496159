/**
 * State of the simulated RDS per account and region, in the SDK's shapes: DB instances,
 * Aurora clusters, DB and cluster snapshots (manual and automated), subnet groups; the
 * clock-driven parts (creating → available, deleting → gone, snapshot progress, the daily
 * automated snapshots inside the backup retention period) and the copy counters.
 * The module other files import; the parts live in rds-model, rds-clock, rds-shapes and rds-seed.
 */
export {
  inProgressCopies,
  manualCount,
  rdsArn,
  rdsCopyStats,
  rdsOptions,
  rdsRegion,
  type RdsOptions,
  type RdsRegion,
  type RdsState,
  type SimClusterSnapshot,
  type SimDbCluster,
  type SimDbInstance,
  type SimDbSnapshot,
  type SimSnapshotTiming,
  type Timed,
} from './rds-model.js';
export { restoreWindow, tickRds } from './rds-clock.js';
export { clusterSnapshotOf, dbSnapshotOf, newDbCluster, newDbInstance, tagsOf } from './rds-shapes.js';
export { seedRds } from './rds-seed.js';
