import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ipcMain as electronIpcMain,
  type IpcMain,
  type IpcMainInvokeEvent,
  type WebContents,
} from 'electron';
import { CHANNELS } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/result';
import type { Dispatch } from './dispatch';

/** Every IPC channel name is namespaced so nothing else on ipcMain can collide with it. */
export const IPC_PREFIX = 'kemai:';

export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export interface AppUrls {
  /** Vite's dev server (dev only); undefined in the packaged app. */
  devServerUrl?: string | undefined;
  /** Absolute path of out/renderer/index.html. */
  rendererFile: string;
}

const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'errors.forbidden' },
};

function samePath(a: string, b: string): boolean {
  const left = path.normalize(a);
  const right = path.normalize(b);
  // Windows paths are case-insensitive; elsewhere a case difference is a different file.
  return process.platform === 'win32' ? left.toLowerCase() === right.toLowerCase() : left === right;
}

/**
 * True only for the app's own pages: the bundled renderer file (any hash route) or, in dev,
 * the Vite dev server's origin. Everything else, including other local files, is foreign.
 */
export function isTrustedUrl(url: string, urls: AppUrls): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (urls.devServerUrl) {
    let dev: URL | undefined;
    try {
      dev = new URL(urls.devServerUrl);
    } catch {
      dev = undefined;
    }
    if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:')) {
      if (parsed.origin === dev.origin) return true;
    }
  }
  if (parsed.protocol !== 'file:' || parsed.host !== '') return false;
  parsed.hash = '';
  parsed.search = '';
  try {
    return samePath(fileURLToPath(parsed), urls.rendererFile);
  } catch {
    return false;
  }
}

export interface SenderCheckOptions extends AppUrls {
  /** Whether these webContents belong to the app's own window (not devtools, not a popup). */
  isAppWebContents: (contents: WebContents) => boolean;
}

/** Trust a call only from the main frame of the app's window showing an app URL. */
export function createSenderCheck(options: SenderCheckOptions): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame) return false;
    // Sub-frames could host other content; only the top-level document speaks to main.
    if (frame.parent !== null) return false;
    if (!options.isAppWebContents(event.sender)) return false;
    return isTrustedUrl(frame.url, options);
  };
}

/**
 * Registers one `ipcMain.handle` per contract channel. The sender is checked before dispatch
 * sees anything, so a foreign frame cannot even trigger validation work. Returns an undo.
 */
export function registerIpc(
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
  // Injected by tests; the app uses Electron's own. This file is the only ipcMain user.
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'> = electronIpcMain,
): () => void {
  for (const channel of CHANNELS) {
    ipcMain.handle(
      IPC_PREFIX + channel,
      (event: IpcMainInvokeEvent, input: unknown): Promise<Envelope<unknown>> => {
        let trusted = false;
        try {
          trusted = isTrustedSender(event);
        } catch {
          // Reading senderFrame throws when the frame is already gone: not a caller we trust.
          trusted = false;
        }
        if (!trusted) return Promise.resolve(FORBIDDEN);
        return dispatch(channel, input);
      },
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
