// attribute stage public surface: campaigns × actor registry → attributions with evidence.
export { type Attribution, type AttributeOptions, type EvidenceKind, DEFAULT_ATTRIBUTE_OPTIONS, attributeCampaigns } from './attribute.js';
export { type MemberView, memberView, nameMatcher } from './match.js';
