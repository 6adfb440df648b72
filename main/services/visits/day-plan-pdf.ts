/**
 * Saves what the app window shows (the day plan, laid out by its print styles) as a PDF: a
 * native save dialog, then Electron's printToPDF (main/window/print-pdf.ts). Absent under the
 * bridge, where the browser's own print dialog offers "Save as PDF".
 */
export interface PdfPrinter {
  /** The written file's path, or null when the user cancelled the dialog. */
  savePdf: (options: { defaultName: string }) => Promise<string | null>;
}
