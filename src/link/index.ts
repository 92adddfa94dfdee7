// link stage public surface: LinkIndex (per-account linking state) → linkAccounts → campaigns.
export { type LinkIndex, type LinkIndexOptions, type AccountLink, DEFAULT_LINK_INDEX_OPTIONS, createLinkIndex, NET_CLASSES } from './link-index.js';
export { type LinkOptions, type LinkResult, type LinkDetailedResult, DEFAULT_LINK_OPTIONS, linkAccounts, linkAccountsDetailed } from './link-accounts.js';
export type { AccountScore, Campaign, ClusterFeatures, Pivot, Timeline, InfrastructureSummary, CampaignId } from './types.js';
export { INDICATOR_KINDS, KIND_INDEX, DEFAULT_KIND_SPECS, DEFAULT_INDICATOR_OPTIONS, PUBLIC_EMAIL_DOMAINS, type IndicatorKind, type KindSpec, type IndicatorFamily, type IndicatorOptions } from './indicators.js';
export { type BipartiteGraph, type BuildOptions, DEFAULT_BUILD_OPTIONS, buildBipartite, inducedSubgraph } from './bipartite.js';
export { type PeelResult, peel } from './peel.js';
export { type GateOptions, DEFAULT_GATE_OPTIONS } from './gate.js';
export { lockstepRows } from './gate-riders.js';
export { type CampaignBuildOptions, DEFAULT_CAMPAIGN_BUILD_OPTIONS } from './campaign.js';
export { candidateCommunities, type CommunityEngine } from './communities.js';
export { type CsrGraph, type LouvainOptions, csrFromEdges, louvain } from './louvain.js';
export { mulberry32 } from './rng.js';
export { type ClusterOptions, type ClusterInput, type ClusterResult, type GraphCluster, clusterGraph } from './cluster-graph.js';
export { behaviourKinds } from './link-accounts.js';
