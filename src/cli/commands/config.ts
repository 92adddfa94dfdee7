// `distillwatch config`: prints every configurable option with its default (a starting config
// file for `analyze --config`), or checks a config file and says what is wrong with it.
import type { Command } from 'commander';
import { defaultsAsJson, loadConfig } from '../config.js';

export function register(program: Command): void {
  program
    .command('config')
    .description('print the default run configuration (--defaults) or check a config file (--check FILE)')
    .option('--defaults', 'print every option with its default, as JSON')
    .option('--check <file>', 'check a config file; exit 2 with the key and reason when it is wrong')
    .action((o: { defaults?: boolean; check?: string }) => {
      if (o.check !== undefined) {
        loadConfig(o.check);
        process.stdout.write(`${o.check}: ok\n`);
        return;
      }
      process.stdout.write(defaultsAsJson() + '\n');
    });
}
