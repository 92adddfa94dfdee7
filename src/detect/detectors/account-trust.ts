// detect detector: thin account history from the registry: a young account, weak verification.
// Accounts are bought aged and verified, so this only corroborates (cap 1.0) and never decides.
import { ruleDetector } from '../rule.js';

export const accountTrust = ruleDetector('account-trust', 1, 1.0, [
  { code: 'account_age_days', feature: 'accountAgeDays', direction: 'low', floor: 5, gate: 14, weight: 0.25 },
  { code: 'verification_level', feature: 'verificationLevel', direction: 'low', floor: 0.5, gate: 1, weight: 0.2 },
]);
