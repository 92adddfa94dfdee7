// detect detector (negative evidence): the library of known benign patterns. Benchmark evaluators
// run the same items in bursts; customers repeat themselves; agentic coders send tool results back
// turn after turn; chat users follow up. A harvester pays for new answers, so each costs it dearly.
import { patternDetector, ramp } from '../pattern.js';

export const benignPatterns = patternDetector('benign-patterns', 2, 2.5, [
  {
    // Harvesters do not pay twice for one answer; evaluators rerun benchmarks, customers repeat.
    code: 'repeats_prompts',
    features: ['noveltyPer100', 'n'],
    weight: -1.5,
    costly: true,
    strength: (v) => (v('n') >= 30 ? ramp(v('noveltyPer100'), 85, 45) : 0),
  },
  {
    // A batch job or evaluation run: high volume packed into few hours of a long span.
    code: 'burst_runs',
    features: ['dutyCycle', 'perActiveHour', 'activeHours'],
    // Strong: "suspended for a benchmark run" is one of the complaints this product must not cause.
    weight: -1.5,
    costly: true,
    strength: (v) => (v('n') >= 200 && v('spanHours') >= 48 ? ramp(v('dutyCycle'), 0.1, 0.03) * ramp(v('perActiveHour'), 50, 150) : 0),
  },
  {
    // A real agent loop: tools declared and the conversation continues with their results.
    code: 'tool_loop_continues',
    features: ['toolContinuedShare', 'toolDeclShare'],
    weight: -1.0,
    strength: (v) => (v('toolDeclShare') >= 0.2 ? ramp(v('toolContinuedShare'), 0.3, 0.7) : 0),
  },
  {
    code: 'conversational',
    features: ['followUpShare', 'turnsPerConversation'],
    weight: -0.5,
    strength: (v) => ramp(v('followUpShare'), 0.15, 0.5),
  },
]);
