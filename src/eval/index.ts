// eval: public surface. Scores a report against ground-truth labels; the only reader of labels.
export type * from './types.js';
export { evaluate, startEvaluation, labelMap, type Evaluation, type TimedExchange } from './evaluate.js';
export { adjustedRandIndex, pairCounts, type PairCounts } from './ari.js';
export { formatMetrics } from './format.js';
export { calibration, type Calibration, type ReliabilityBin } from './calibration.js';
export { parseLabel, validateLabel, LABELS_SCHEMA, type Label } from './labels.js';
