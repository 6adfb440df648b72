import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db } from '../../db/open-database';
import { createHandlers } from '../../main/handlers';
import { createDispatch } from '../../main/ipc/dispatch';
import { systemClock } from '../../main/services/clock';
import type { PdfPrinter } from '../../main/services/visits/day-plan-pdf';

// Electron, as far as saving the day plan as a PDF needs it.
const fake = vi.hoisted(() => ({
  documents: '/home/u/Documents',
  showSaveDialog:
    vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
}));
vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'documents' ? fake.documents : '/nowhere') },
  dialog: { showSaveDialog: fake.showSaveDialog },
}));

const { createElectronPdfPrinter } = await import('../../main/window/print-pdf');

const PDF = Buffer.from('%PDF-1.7\n% a day plan\n%%EOF\n');

function fakeWindow(destroyed = false) {
  return {
    isDestroyed: () => destroyed,
    webContents: { printToPDF: vi.fn((_options: Record<string, unknown>) => Promise.resolve(PDF)) },
  };
}
type FakeWindow = ReturnType<typeof fakeWindow>;

function printerFor(win: FakeWindow | null): PdfPrinter {
  // The fake covers what the printer touches of a BrowserWindow.
  return createElectronPdfPrinter(() => win as unknown as Electron.BrowserWindow);
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kemai-pdf-'));
  fake.showSaveDialog.mockReset();
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('saving the day plan as a PDF (Electron)', () => {
  it('asks where in a dialog modal to the window, prints A4 and writes the file there', async () => {
    const target = path.join(dir, '拜访路线-2026-03-16.pdf');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const win = fakeWindow();
    const saved = await printerFor(win).savePdf({ defaultName: '拜访路线-2026-03-16.pdf' });

    expect(saved).toBe(target);
    expect(readFileSync(target)).toEqual(PDF);
    const [parent, options] = fake.showSaveDialog.mock.calls[0] ?? [];
    expect(parent).toBe(win);
    expect(options).toMatchObject({
      defaultPath: path.join(fake.documents, '拜访路线-2026-03-16.pdf'),
      filters: [{ extensions: ['pdf'] }],
    });
    expect(win.webContents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true }),
    );
  });

  it('writes nothing and prints nothing when the dialog is cancelled', async () => {
    fake.showSaveDialog.mockResolvedValue({ canceled: true });
    const win = fakeWindow();
    expect(await printerFor(win).savePdf({ defaultName: 'a.pdf' })).toBeNull();
    expect(win.webContents.printToPDF).not.toHaveBeenCalled();
  });

  it('adds the .pdf extension a Linux dialog may leave off', async () => {
    const chosen = path.join(dir, 'route');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    expect(await printerFor(fakeWindow()).savePdf({ defaultName: 'a.pdf' })).toBe(`${chosen}.pdf`);
    expect(existsSync(`${chosen}.pdf`)).toBe(true);
    expect(existsSync(chosen)).toBe(false);
  });

  it('answers null without a window, and a file error the renderer can explain', async () => {
    expect(await printerFor(null).savePdf({ defaultName: 'a.pdf' })).toBeNull();
    expect(await printerFor(fakeWindow(true)).savePdf({ defaultName: 'a.pdf' })).toBeNull();
    expect(fake.showSaveDialog).not.toHaveBeenCalled();

    const intoMissingFolder = path.join(dir, 'gone', 'x.pdf');
    fake.showSaveDialog.mockResolvedValue({ canceled: false, filePath: intoMissingFolder });
    await expect(printerFor(fakeWindow()).savePdf({ defaultName: 'x.pdf' })).rejects.toMatchObject({
      code: 'INTERNAL',
      key: 'errors.jobs.file',
    });
  });
});

describe('visits.saveDayPlanPdf', () => {
  let db: Db;
  beforeEach(async () => {
    db = await openDatabase(':memory:');
  });
  afterEach(async () => {
    await db.close();
  });

  function dispatchWith(pdfPrinter?: PdfPrinter) {
    return createDispatch(
      createHandlers({
        db,
        clock: systemClock,
        emit: () => undefined,
        appVersion: 't',
        pdfPrinter,
      }),
    );
  }

  it('passes the suggested name to the printer and answers the saved path', async () => {
    const savePdf = vi.fn<PdfPrinter['savePdf']>(() => Promise.resolve('/home/u/route.pdf'));
    const result = await dispatchWith({ savePdf })('visits.saveDayPlanPdf', {
      fileName: 'visit-route-2026-03-16.pdf',
    });
    expect(result).toEqual({ ok: true, value: { path: '/home/u/route.pdf' } });
    expect(savePdf).toHaveBeenCalledWith({ defaultName: 'visit-route-2026-03-16.pdf' });
  });

  it('answers null without a printer (the browser preview prints with window.print)', async () => {
    expect(await dispatchWith()('visits.saveDayPlanPdf', { fileName: 'a.pdf' })).toEqual({
      ok: true,
      value: { path: null },
    });
  });

  it('refuses names with folders or another extension before any dialog opens', async () => {
    const savePdf = vi.fn<PdfPrinter['savePdf']>(() => Promise.resolve('/x.pdf'));
    const dispatch = dispatchWith({ savePdf });
    for (const fileName of ['../../etc/x.pdf', 'C:\\x.pdf', 'route.exe', '.pdf', 'a\u0007.pdf']) {
      const result = await dispatch('visits.saveDayPlanPdf', { fileName });
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(savePdf).not.toHaveBeenCalled();
  });
});
