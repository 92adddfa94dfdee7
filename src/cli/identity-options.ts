// Identity is configured, not guessed: the options that say which source field is the account, the
// key and the org, and which proxy hops are trusted. Shared by every command that reads exchanges.
import type { Command } from 'commander';

export function addIdentityOptions(cmd: Command): Command {
  return cmd
    .option('--account-field <paths>', 'source field(s) holding the account, comma-separated dot paths, first non-empty wins')
    .option('--key-field <paths>', 'source field(s) holding the API key id')
    .option('--org-field <paths>', 'source field(s) holding the organisation id')
    .option('--trusted-hops <n>', 'number of nearest proxy hops whose X-Forwarded-For entries are believed')
    .option('--trusted-proxies <cidrs>', 'addresses/CIDRs of proxies whose X-Forwarded-For entries are believed');
}
