/** Notifications, fire and forget. */
import type { MessageConnection } from 'vscode-jsonrpc/node';

/**
 * Sends a notification to a server that may have just died: the connection
 * then refuses it (synchronously, or with a rejection), and the client's exit
 * handler is about to clean up, so the message is dropped rather than thrown
 * into VS Code's event loop.
 */
export function notify(connection: MessageConnection, method: string, params: object): void {
  try {
    connection.sendNotification(method, params).catch(() => undefined);
  } catch {
    // The connection is closed: see above.
  }
}
