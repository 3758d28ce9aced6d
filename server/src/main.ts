/**
 * Entry point of the bundled language server (dist/server.js). The transport (`--stdio`,
 * `--node-ipc`, `--socket=N`) is read from the command line by vscode-languageserver.
 */
import { startServer } from './lsp/server';

const args = process.argv.slice(2);
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write('crosscheck-language-server 0.1.0\n');
  process.exit(0);
}
if (args.includes('--help') || args.includes('-h') || !args.some((a) => /^--(stdio|node-ipc|socket|pipe|clientProcessId)/.test(a))) {
  process.stdout.write(
    [
      'Usage: crosscheck-language-server --stdio',
      '',
      'The Crosscheck language server: hover cards for named actors, warnings where news articles',
      'in the workspace report conflicting figures, and links to the sources. Speaks LSP over stdio',
      '(--stdio), Node IPC (--node-ipc) or a socket (--socket=PORT).',
      '',
    ].join('\n'),
  );
  process.exit(args.includes('--help') || args.includes('-h') ? 0 : 2);
}
startServer();
