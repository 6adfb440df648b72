import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type SaveDialogOptions } from 'electron';
import { AppError } from '../services/errors';
import type { PdfPrinter } from '../services/visits/day-plan-pdf';

// Bilingual, like the other dialogs' filters: main does not know the renderer's language.
const PDF_FILTER = { name: 'PDF 文件 / PDF document', extensions: ['pdf'] };

/**
 * Saves the main window's page as a PDF: the user picks the file in a native save dialog
 * (modal to the window, starting in Documents), then Chromium lays the page out with its print
 * styles (visits-print.css: no sidebar, no buttons) and the bytes are written there.
 */
export function createElectronPdfPrinter(getWindow: () => BrowserWindow | null): PdfPrinter {
  return {
    async savePdf({ defaultName }) {
      const win = getWindow();
      if (!win || win.isDestroyed()) return null;
      const options: SaveDialogOptions = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters: [PDF_FILTER],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const picked = await dialog.showSaveDialog(win, options);
      if (picked.canceled || !picked.filePath) return null;
      // Linux dialogs do not always add the extension of the chosen filter.
      const target = /\.pdf$/i.test(picked.filePath) ? picked.filePath : `${picked.filePath}.pdf`;
      const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      try {
        await writeFile(target, pdf);
      } catch (error) {
        throw new AppError(
          'INTERNAL',
          'errors.jobs.file',
          `could not write ${target}: ${String(error)}`,
        );
      }
      return target;
    },
  };
}
