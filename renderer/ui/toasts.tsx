import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useToastStore, type Toast } from '../stores/toast-store';
import { XIcon } from './icons';

function ToastItem({ toast }: { toast: Toast }) {
  const dismiss = useToastStore((s) => s.dismiss);
  const { t } = useTranslation();

  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), toast.duration);
    return () => clearTimeout(timer);
  }, [toast.id, toast.duration, dismiss]);

  return (
    <div
      className={toast.tone === 'error' ? 'toast toast--error' : 'toast'}
      role={toast.tone === 'error' ? 'alert' : 'status'}
      data-testid="toast"
    >
      <div className="toast__body">
        <div className="toast__title">{toast.title}</div>
        {toast.detail ? <div className="toast__detail">{toast.detail}</div> : null}
      </div>
      {toast.action ? (
        <button
          type="button"
          className="toast__action"
          onClick={() => {
            toast.action?.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        className="toast__close"
        onClick={() => dismiss(toast.id)}
        aria-label={t('common.close')}
      >
        <XIcon size={14} />
      </button>
    </div>
  );
}

export function Toasts() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toasts" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}
