// eval: the metrics a report earns against ground-truth labels (metrics.json). JSON-safe; a ratio whose
// denominator is zero is null ("not applicable"), never 0 or 1 by fiat.
import type { Calibration } from './calibration.js';

export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
}

export interface PopulationRate {
  readonly population: string;
  readonly label: 'benign' | 'distillation';
  readonly accounts: number;
  /** Accounts judged suspicious or worse / distillation. */
  readonly flaggedSuspicious: number;
  readonly flaggedDistillation: number;
  /** For benign populations the false-positive rate; for attack populations the recall. */
  readonly rateSuspicious: number | null;
  readonly rateDistillation: number | null;
}

export interface CampaignMetrics {
  /** Attack accounts the partition is measured over. */
  readonly attackAccounts: number;
  readonly trueCampaigns: number;
  readonly reportCampaigns: number;
  /** ARI over attack accounts (true campaign_id vs report campaign; unassigned = own singleton). */
  readonly ari: number | null;
  /** Pair precision: of attack-account pairs the report puts together, the share truly together (purity). */
  readonly pairPrecision: number | null;
  /** Pair recall: of attack-account pairs truly together, the share the report puts together (completeness). */
  readonly pairRecall: number | null;
  /** Of the labelled accounts the report put in campaigns, the share that are attack accounts. */
  readonly memberPurity: number | null;
  /** Attack accounts in no report campaign. */
  readonly unassignedAttackAccounts: number;
  /** Benign-labelled accounts that the report placed in some campaign. */
  readonly benignInCampaigns: number;
  /** Accounts listed in more than one report campaign (the first listing is used). */
  readonly multiplyAssigned: number;
}

export type AttributionOutcome = 'correct' | 'wrong' | 'missed' | 'spurious' | 'abstained';

export interface CampaignAttribution {
  readonly campaign_id: string;
  /** Majority true campaign among its attack members (null: no attack members). */
  readonly trueCampaign: string | null;
  readonly trueActor: string | null;
  readonly reportActor: string | null;
  readonly outcome: AttributionOutcome;
}

export interface AttributionMetrics {
  /** Report campaigns whose majority true campaign has an actor. */
  readonly attributable: number;
  readonly correct: number;
  /** correct / attributable. */
  readonly accuracy: number | null;
  /** Report actor on a campaign with no true actor, or a different actor than the true one. */
  readonly falseAttributions: number;
  /** correct / campaigns the report named an actor for. */
  readonly precision: number | null;
  readonly perCampaign: readonly CampaignAttribution[];
}

export interface CampaignDelay {
  readonly trueCampaign: string;
  readonly exchanges: number;
  /** Exchanges with ts strictly before the alert. */
  readonly beforeAlert: number;
  /** beforeAlert / exchanges; 1 when the campaign was never alerted on. */
  readonly share: number | null;
  readonly firstAlert: string | null;
  readonly firstExchange: string | null;
  /**
   * The same against the alert stream: the first alert raised at any checkpoint whose members were
   * mostly this campaign's accounts, whether or not that campaign survived to the final report.
   */
  readonly beforeStreamAlert: number;
  readonly streamShare: number | null;
  readonly firstStreamAlert: string | null;
}

/** The alert stream of a streaming run against the labels. */
export interface AlertStreamMetrics {
  readonly alerts: number;
  /** Alerts whose labelled members were mostly attack accounts. */
  readonly onAttack: number;
  /** Alerts whose labelled members were mostly benign: what an analyst would have chased in vain. */
  readonly falseAlerts: number;
  /** Alerts with no labelled member listed (not judged). */
  readonly unjudged: number;
}

export interface DelayMetrics {
  readonly perCampaign: readonly CampaignDelay[];
  readonly median: number | null;
  /** Median of streamShare: delay to the first alert of the alert stream. */
  readonly medianStream: number | null;
  /** Absent when the report lists no alert members (a batch run, or an older report). */
  readonly alertStream?: AlertStreamMetrics;
  /** Exchanges whose account carries no campaign label (benign or unlabelled): not counted. */
  readonly otherExchanges: number;
  /** Exchange lines that could not be read (bad JSON, missing account_id or ts). */
  readonly unreadable: number;
}

export interface Metrics {
  readonly accounts: {
    readonly labelled: number;
    readonly attack: number;
    readonly benign: number;
    /** Report accounts with no label (ignored in the scores). */
    readonly unlabelledInReport: number;
    /** Labelled accounts absent from the report (counted as benign verdicts). */
    readonly missingFromReport: number;
    readonly distillation: Confusion;
    readonly suspiciousOrWorse: Confusion;
    /** Threshold-free: ROC AUC of the account scores (absent = 0); null when a class is empty. */
    readonly rocAuc: number | null;
    /** Scores read as probabilities: Brier score, expected calibration error, reliability bins. */
    readonly calibration: Calibration;
  };
  readonly populations: readonly PopulationRate[];
  readonly campaigns: CampaignMetrics;
  readonly attribution: AttributionMetrics;
  /** Absent when no exchanges file was given; `note` says why delay could not be measured. */
  readonly delay?: DelayMetrics;
  readonly notes: readonly string[];
}
