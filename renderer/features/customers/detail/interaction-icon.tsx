import type { InteractionType } from '../../../../shared/domain/enums';
import {
  CalendarIcon,
  MailIcon,
  MapPinIcon,
  MessageCircleIcon,
  MessageSquareIcon,
  NoteIcon,
  PhoneIcon,
  UsersIcon,
} from '../../../ui/icons';

const ICONS: Record<InteractionType, typeof PhoneIcon> = {
  call: PhoneIcon,
  visit: MapPinIcon,
  meeting: UsersIcon,
  wechat: MessageCircleIcon,
  chat: MessageSquareIcon,
  email: MailIcon,
  event: CalendarIcon,
  note: NoteIcon,
};

export function InteractionIcon({ type }: { type: InteractionType }) {
  const Icon = ICONS[type];
  return (
    <span className={`tl-icon tl-icon--${type}`}>
      <Icon size={14} />
    </span>
  );
}
