// The language client: starts dist/server.js over IPC for Markdown files and untitled documents.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SECTION } from '../../server/src/lsp/protocol.js';

export const CLIENT_ID = 'disclosureLint';

export function createClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    // The server pulls its settings with workspace/configuration; this only tells it when they
    // change. In Restricted Mode VS Code itself drops the workspace values of the settings listed
    // in capabilities.untrustedWorkspaces.restrictedConfigurations.
    // File events: project configuration and ignore files, and Markdown files (last year's report
    // of a report may be one of them).
    synchronize: {
      configurationSection: SECTION,
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/{.disclosure-lint.json,.disclosure-lint.jsonc,.disclosure-lint.yaml,.disclosure-lint.yml,.disclosure-lintignore}'),
        vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}'),
      ],
    },
    initializationOptions: { displayLanguage: vscode.env.language },
  };
  return new LanguageClient(CLIENT_ID, vscode.l10n.t('Disclosure Lint'), serverOptions, clientOptions);
}
