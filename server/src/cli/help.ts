/**
 * The usage text of `crosscheck --help` and of each command. Kept beside the argument parser's
 * vocabulary so the two are read together when an option changes.
 */
import type { Command } from './args';

const GENERAL = `Usage: crosscheck <command> [options] [paths...]

Cross-checks a folder of news articles (one per .txt file): who the named actors are according
to every article, and which figures conflict between outlets. The same analysis as the
Crosscheck VS Code extension; nothing leaves the machine.

Commands:
  check [paths...]    report conflicting figures as file:line:col findings (the default)
  actors [paths...]   list the named actors, their kinds, roles and the articles naming them
  claims [paths...]   list the figures, how each was read, and where articles agree or conflict

Paths are files or folders (default: the working directory). Folders are walked with the
include and exclude globs of the settings; files named explicitly are always read.

Options:
  -f, --format <text|json|sarif>   output format (default text; sarif only for check)
  -o, --output <file>              write the report to a file instead of stdout
  -c, --config <file>              settings file (default: crosscheck.json in the folder given,
                                   or in the working directory)
      --fail-on <level>            check exits with 1 when a finding at or above this severity
                                   is reported: error, warning, information, hint or none
                                   (default warning)
  -q, --quiet                      no summary line, no progress, no notes on stderr
  -h, --help                       show this help (crosscheck help <command> for one command)
  -V, --version                    print the version

Exit codes:
  0  nothing at or above --fail-on was found
  1  check found something at or above --fail-on
  2  usage or input error (unknown option, missing path, unreadable file, invalid settings
     file); the other paths are still analysed

Settings (crosscheck.json, the same keys as the VS Code settings, nested or dotted):
  { "conflicts": { "severity": "error", "showAgreements": true },
    "crosscheck.exclude": ["**/drafts/**"] }
Conflicts marked as reviewed in .crosscheck/reviewed.json are left out.

Examples:
  crosscheck check samples/
  crosscheck check --format sarif -o crosscheck.sarif articles/
  crosscheck check --fail-on error --format json articles/ > report.json
  crosscheck actors articles/
  crosscheck claims articles/ --format json

Output formats are documented in docs/cli.md.
`;

const PER_COMMAND: Record<Command, string> = {
  check: `Usage: crosscheck check [options] [paths...]

Analyses every article under the paths and prints each finding as
  file:line:col: severity code: message
    file:line:col: related: the figure on the other side
followed by a summary line. Exits with 1 when a finding at or above --fail-on (default
warning) was reported, 2 on usage or input errors, 0 otherwise.

Options: --format text|json|sarif, --output FILE, --config FILE, --fail-on LEVEL, --quiet.
See crosscheck --help for details.
`,
  actors: `Usage: crosscheck actors [options] [paths...]

Lists the named actors of the articles under the paths, merged across articles: name, kind
(person, organisation, place, national group), the roles the articles give them, and the
articles that name them. --format json writes the full report (see docs/cli.md).

Options: --format text|json, --output FILE, --config FILE, --quiet.
`,
  claims: `Usage: crosscheck claims [options] [paths...]

Lists the figures of the articles under the paths: the figure as written, how it was read
(interval, unit, rate), what it counts, its place and time, who says so, and which figures in
other articles agree with it or conflict with it. --format json writes the full report.

Options: --format text|json, --output FILE, --config FILE, --quiet.
`,
};

export function usage(command?: Command): string {
  return command ? PER_COMMAND[command] : GENERAL;
}
