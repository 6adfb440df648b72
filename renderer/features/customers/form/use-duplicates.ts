import { useEffect, useState } from 'react';
import type { DuplicateMatch } from '../../../../shared/domain/customer';
import { checkPhone } from '../../../../shared/domain/phone';
import { api } from '../../../lib/api';

const DEBOUNCE_MS = 300;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NONE: DuplicateMatch[] = [];

/** Existing customers sharing the phone or email being typed (new customers only). */
export function useDuplicates(enabled: boolean, phone: string, email: string): DuplicateMatch[] {
  const p = phone.trim();
  const e = email.trim();
  const usablePhone = enabled && p !== '' && checkPhone(p).ok ? p : null;
  const usableEmail = enabled && EMAIL_SHAPE.test(e) ? e : null;
  const key = usablePhone || usableEmail ? `${usablePhone ?? ''}|${usableEmail ?? ''}` : null;
  // Answers are kept with the input they belong to, so an answer for text the user has since
  // changed is never shown.
  const [answer, setAnswer] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      api.customers
        .findDuplicates({ phone: usablePhone, email: usableEmail })
        .then((matches) => {
          if (current) setAnswer({ key, matches });
        })
        .catch(() => {
          // Duplicate hints are advisory; a failed check must not block saving.
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, usablePhone, usableEmail]);

  return key !== null && answer?.key === key ? answer.matches : NONE;
}
