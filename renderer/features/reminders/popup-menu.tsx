import './popup-menu.css';
import { useEffect, useRef, type ReactNode } from 'react';

export interface MenuItem {
  key: string;
  label: string;
  /** Right-aligned detail, e.g. the resolved time of a snooze choice. */
  detail?: string;
  /** Single-key accelerator shown as <kbd> and handled while the menu is open. */
  accelerator?: string;
  danger?: boolean;
  onSelect: () => void;
}

interface PopupMenuProps {
  label: string;
  items: MenuItem[];
  onClose: () => void;
  testId?: string;
  footer?: ReactNode;
}

/**
 * A small menu under its button: arrows or the accelerator keys pick, Escape or a click
 * outside closes. Focus moves into it on open and back to the opener on close (the caller's job).
 */
export function PopupMenu({ label, items, onClose, testId, footer }: PopupMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The latest onClose without re-running the effect: re-running would pull focus back to the
  // first item whenever the list behind the menu re-renders.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  });

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    function onPointerDown(e: PointerEvent) {
      if (ref.current && !ref.current.contains(e.target as Node)) close.current();
    }
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, []);

  function onKeyDown(e: React.KeyboardEvent<HTMLDivElement>) {
    const buttons = [
      ...(ref.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
    ];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const focusAt = (i: number) => buttons[(i + buttons.length) % buttons.length]?.focus();
    // The list's own shortcuts must not fire while the menu has the keyboard.
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'ArrowDown' || e.key === 'j') {
      e.preventDefault();
      focusAt(index + 1);
    } else if (e.key === 'ArrowUp' || e.key === 'k') {
      e.preventDefault();
      focusAt(index - 1);
    } else if (e.key === 'Tab') {
      onClose();
    } else {
      const item = items.find((it) => it.accelerator?.toLowerCase() === e.key.toLowerCase());
      if (item) {
        e.preventDefault();
        item.onSelect();
      }
    }
  }

  return (
    <div
      ref={ref}
      className="popup-menu"
      role="menu"
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
    >
      <div className="popup-menu__label" aria-hidden="true">
        {label}
      </div>
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className={item.danger ? 'popup-menu__item popup-menu__item--danger' : 'popup-menu__item'}
          onClick={item.onSelect}
        >
          {item.accelerator ? <kbd aria-hidden="true">{item.accelerator}</kbd> : null}
          <span className="popup-menu__text">{item.label}</span>
          {item.detail ? <span className="popup-menu__detail">{item.detail}</span> : null}
        </button>
      ))}
      {footer}
    </div>
  );
}
