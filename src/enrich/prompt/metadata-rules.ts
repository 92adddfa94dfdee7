// enrich/prompt: request metadata (declared tools, images, turn) → adjustments of the text model's
// scores. Tools and images are facts of the request, not wording, so they override the text model
// upward; trajectory harvesting is a per-exchange hint only (the account-level ratio of declared
// tools to tool results sent back is the real signal, computed downstream).
import type { Exchange } from '../../schema/index.js';

/** Indexes into the elicitation and capability arrays (ELICITATIONS / CAPABILITIES order). */
const E_TRAJECTORY = 5;
const C_AGENTIC_CODING = 0;
const C_TOOL_USE = 1;
const C_VISION = 4;
const C_COMPUTER_USE = 5;

// Tool names that mean the model drives a code workspace or a computer. Matched on the tool names
// declared in the request (what the client exposes), never on who the client is.
const CODING_TOOL = /bash|shell|terminal|exec|run_?command|edit|write_?file|read_?file|str_?replace|apply_?patch|patch|git|python|code|grep|glob|ls\b|notebook/i;
const COMPUTER_TOOL = /computer|screenshot|click|mouse|keyboard|browser|navigate|xdotool|desktop|screen|scroll|type_?text/i;

export interface MetadataRuleOptions {
  /** Floor of tool_use when the request declares tools. */
  readonly toolUseFloor: number;
  /** Floor of vision when the request carries images. */
  readonly visionFloor: number;
  /** Floor of agentic_coding / computer_use when a declared tool name says so. */
  readonly toolKindFloor: number;
  /** trajectory_harvest = base + gain × text score, for first turns that declare tools. */
  readonly trajectoryFirstTurnBase: number;
  readonly trajectoryFirstTurnGain: number;
  /** trajectory_harvest gain for requests without declared tools (text alone is a weak hint). */
  readonly trajectoryNoToolsGain: number;
  /** trajectory_harvest gain for later turns of a tool conversation (results may be flowing back). */
  readonly trajectoryLaterTurnGain: number;
}

function toolNames(x: Exchange): readonly unknown[] {
  const t = x.tool_names;
  return Array.isArray(t) ? t : [];
}

/** Adjusts `elic` and `caps` in place from the exchange's metadata. */
export function applyMetadataRules(x: Exchange, elic: Float32Array, caps: Float32Array, o: MetadataRuleOptions): void {
  const tools = toolNames(x);
  const t = elic[E_TRAJECTORY]!;
  if (tools.length > 0) {
    caps[C_TOOL_USE] = Math.max(caps[C_TOOL_USE]!, o.toolUseFloor);
    let coding = false;
    let computer = false;
    for (let i = 0; i < tools.length && i < 256; i++) {
      const name = tools[i];
      if (typeof name !== 'string') continue;
      const s = name.length > 128 ? name.slice(0, 128) : name;
      if (!coding && CODING_TOOL.test(s)) coding = true;
      if (!computer && COMPUTER_TOOL.test(s)) computer = true;
    }
    if (coding) caps[C_AGENTIC_CODING] = Math.max(caps[C_AGENTIC_CODING]!, o.toolKindFloor);
    if (computer) caps[C_COMPUTER_USE] = Math.max(caps[C_COMPUTER_USE]!, o.toolKindFloor);
    const turn = typeof x.turn_index === 'number' ? x.turn_index : 0;
    elic[E_TRAJECTORY] = turn > 0 ? o.trajectoryLaterTurnGain * t : o.trajectoryFirstTurnBase + o.trajectoryFirstTurnGain * t;
  } else {
    elic[E_TRAJECTORY] = o.trajectoryNoToolsGain * t;
  }
  if (x.has_images === true) caps[C_VISION] = Math.max(caps[C_VISION]!, o.visionFloor);
}
