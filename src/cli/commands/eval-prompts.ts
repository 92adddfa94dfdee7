// `distillwatch eval-prompts`: precision and recall of the committed prompt model per elicitation
// detector and per capability, on the held-out split rebuilt from the material (scripts/prompt-dataset.ts),
// plus ordinary-use probes. I/O edge: reads shared/data, prints a table and writes JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { DwError } from '../../errors.js';
import { defaultPromptModel } from '../../enrich/prompt/index.js';
import { buildDataset, DEFAULT_DATASET_OPTIONS } from '../../../scripts/prompt-dataset.js';
import { evaluate, formatReport } from '../../../scripts/prompt-eval.js';
import { loadMaterial, materialDir } from '../../../scripts/prompt-material.js';

export interface EvalPromptsArgs {
  readonly material?: string;
  readonly out: string;
  readonly threshold: string;
  readonly split: string;
}

export function register(program: Command): void {
  program
    .command('eval-prompts')
    .description('precision/recall of the prompt model per detector and capability on the held-out split')
    .option('--material <dir>', 'real material (default: ../shared/data or $DISTILLWATCH_MATERIAL)')
    .option('--out <file>', 'where to write the JSON report', 'out/prompt-eval.json')
    .option('--threshold <p>', 'score at or above which a detector fires', '0.5')
    .option('--split <name>', 'test (held out) or train', 'test')
    .action((args: EvalPromptsArgs) => {
      const threshold = Number(args.threshold);
      if (!(threshold > 0 && threshold < 1)) throw new DwError('DW_E_CONFIG', `--threshold must be in (0,1), got ${args.threshold}`);
      if (args.split !== 'test' && args.split !== 'train') throw new DwError('DW_E_CONFIG', `--split must be test or train, got ${args.split}`);
      const data = buildDataset(loadMaterial(materialDir(args.material)), DEFAULT_DATASET_OPTIONS);
      const report = evaluate(defaultPromptModel(), data, args.split, threshold);
      process.stdout.write(formatReport(report) + '\n');
      try {
        mkdirSync(dirname(args.out), { recursive: true });
        writeFileSync(args.out, JSON.stringify(report, null, 1) + '\n');
      } catch (err) {
        throw new DwError('DW_E_IO', `could not write ${args.out}: ${(err as Error).message}`);
      }
      process.stdout.write(`wrote ${args.out}\n`);
    });
}
