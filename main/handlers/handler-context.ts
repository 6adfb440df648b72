import type { ServiceDeps } from '../services/service-deps';
import type { PickedPaths } from '../services/picked-paths';
import type { PdfPrinter } from '../services/visits/day-plan-pdf';
import type { FileDialogs } from './dialogs';

export interface HandlerContext extends ServiceDeps {
  appVersion: string;
  /** Native open/save dialogs (Electron only); absent under the bridge and in tests. */
  dialogs?: FileDialogs | undefined;
  /** Saves the window as a PDF through a native dialog (Electron only). */
  pdfPrinter?: PdfPrinter | undefined;
  /** Paths the dialogs returned this session: data handlers check file paths against it. */
  pickedPaths: PickedPaths;
  /** The bundled job worker (out/main/worker.cjs); found beside the bundle when omitted. */
  workerScript?: string | undefined;
  /** The app's data folder: snapshots and scratch files; the database's folder when omitted. */
  dataDir?: string | undefined;
}

/** What callers pass to createHandlers; without pickedPaths no path is checked (tests, bench). */
export type HandlerContextOptions = Omit<HandlerContext, 'pickedPaths'> & {
  pickedPaths?: PickedPaths | undefined;
};
