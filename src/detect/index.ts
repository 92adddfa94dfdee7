// detect stage public surface: accounts' states and features → calibrated verdicts with reasons.
export type { AccountSignals, AccountVerdict, Cohort, Detector, DetectOptions, FeatureStat, Profile, ScoreItem, ScoredFeature } from './types.js';
export { DEFAULT_DETECT_OPTIONS } from './options.js';
export { scoreAccounts, judge } from './score.js';
export { DETECTORS } from './registry.js';
export { assignCohorts, makeCohort, cohortKeys, volumeBand } from './cohort.js';
export { elicitationLlr, elicitationEvidence, elicitationBaseRate, type ElicitationEvidence } from './elicitation-evidence.js';
