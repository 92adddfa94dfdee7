#!/usr/bin/env node
// distillwatch command line: the I/O edge. Each subcommand lives in src/cli/commands/<name>.ts and
// registers itself here with one line.
import { Command } from 'commander';
import { DwError } from '../errors.js';
import { register as registerAnalyze } from './commands/analyze.js';
import { register as registerConfig } from './commands/config.js';
import { register as registerConvert } from './commands/convert.js';
import { register as registerEval } from '../eval/command.js';
import { register as registerEvalPrompts } from './commands/eval-prompts.js';
import { register as registerIngest } from './commands/ingest.js';
import { register as registerSimulate } from './commands/simulate.js';

const program = new Command();
program.name('distillwatch').description('Find, attribute and stop distillation attacks on model APIs').version('0.1.0');

// One line per command (keep sorted):
// (commands register here)
registerAnalyze(program);
registerConfig(program);
registerConvert(program);
registerEval(program);
registerEvalPrompts(program);
registerIngest(program);
registerSimulate(program);

program.parseAsync(process.argv).catch((err: unknown) => {
  if (err instanceof DwError) {
    process.stderr.write(`distillwatch: ${err.code}: ${err.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`distillwatch: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
});
