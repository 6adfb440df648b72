import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { useToastStore } from '../../stores/toast-store';
import { FileIcon, PrinterIcon } from '../../ui/icons';
import { useReportError } from '../../ui/use-report-error';
import { useNativeDialogs } from '../data/use-capabilities';

/**
 * Print, and in the desktop app "Save as PDF" (a native save dialog, then Electron's
 * printToPDF in main). The browser preview has no native dialogs: its print dialog offers
 * "Save as PDF" itself, so one button does both there.
 */
export function DayPlanPrint({ date }: { date: string }) {
  const { t } = useTranslation();
  const native = useNativeDialogs();
  const show = useToastStore((s) => s.show);
  const reportError = useReportError();
  const [saving, setSaving] = useState(false);

  async function savePdf() {
    setSaving(true);
    try {
      const { path } = await api.visits.saveDayPlanPdf({
        fileName: t('visits.day.pdfName', { date }),
      });
      if (path) show({ tone: 'info', title: t('visits.toast.pdfSaved', { path }) });
    } catch (error) {
      reportError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <>
      <button type="button" className="btn" onClick={() => window.print()}>
        <PrinterIcon size={14} />
        {native ? t('visits.actions.printOnly') : t('visits.actions.print')}
      </button>
      {native ? (
        <button type="button" className="btn" disabled={saving} onClick={() => void savePdf()}>
          <FileIcon size={14} />
          {t('visits.actions.savePdf')}
        </button>
      ) : null}
    </>
  );
}
