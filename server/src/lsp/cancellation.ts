/**
 * Requests honour cancellation: one cancelled before it runs gets the protocol's cancellation
 * answer without doing any work, and one whose answer is no longer wanted when it is ready is
 * answered the same way. Handlers only read the indexes, so once one runs it is short.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

export function cancellable<P, R>(handler: (params: P) => R): (params: P, token: CancellationToken) => R | ResponseError<void> {
  return (params, token) => {
    if (token.isCancellationRequested) return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const result = handler(params);
    return token.isCancellationRequested ? new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled') : result;
  };
}
