import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isSameDay, parseISO } from 'date-fns';
import type { Visit } from '../../../shared/domain/visit';
import { dayKey, onDay, shiftInstant, timeOfDay } from './visit-dates';
import { isOpen, viewStatus } from './visit-status';
import { useVisitFormat } from './use-visit-format';
import { useVisitActions } from './use-visit-actions';
import { useVisitsStore } from './visits-store';
import './week-calendar.css';

// The grid shows a working day; visits outside it are pinned to its top or bottom edge.
const FIRST_HOUR = 7;
const LAST_HOUR = 21;
const HOUR_PX = 48;
const SNAP_MIN = 30;
const DRAG_TYPE = 'application/x-kemai-visit';

function topFor(iso: string): number {
  const when = parseISO(iso);
  const minutes = when.getHours() * 60 + when.getMinutes() - FIRST_HOUR * 60;
  const max = (LAST_HOUR - FIRST_HOUR) * 60 - SNAP_MIN;
  return (Math.max(0, Math.min(max, minutes)) / 60) * HOUR_PX;
}

/** Visits of one day overlapping in time share that day's column side by side. */
function lanes(visits: Visit[]): Map<string, { lane: number; of: number }> {
  const byDay = new Map<string, Visit[]>();
  for (const v of visits) {
    const day = new Date(v.plannedAt).toDateString();
    byDay.set(day, [...(byDay.get(day) ?? []), v]);
  }
  const out = new Map<string, { lane: number; of: number }>();
  for (const dayVisits of byDay.values()) {
    for (const [id, place] of dayLanes(dayVisits)) out.set(id, place);
  }
  return out;
}

function dayLanes(visits: Visit[]): Map<string, { lane: number; of: number }> {
  const sorted = [...visits].sort((a, b) => a.plannedAt.localeCompare(b.plannedAt));
  const out = new Map<string, { lane: number; of: number }>();
  let group: { id: string; end: number; lane: number }[] = [];
  const flush = () => {
    const of = Math.max(1, ...group.map((g) => g.lane + 1));
    for (const g of group) out.set(g.id, { lane: g.lane, of });
    group = [];
  };
  for (const v of sorted) {
    const start = topFor(v.plannedAt);
    const end = start + Math.max(26, (v.durationMin / 60) * HOUR_PX);
    if (group.length && group.every((g) => g.end <= start)) flush();
    const used = new Set(group.filter((g) => g.end > start).map((g) => g.lane));
    let lane = 0;
    while (used.has(lane)) lane++;
    group.push({ id: v.id, end, lane });
  }
  flush();
  return out;
}

interface WeekCalendarProps {
  days: Date[];
  visits: Visit[];
  now: Date;
}

export function WeekCalendar({ days, visits, now }: WeekCalendarProps) {
  const { t } = useTranslation();
  const { weekday, day } = useVisitFormat();
  const { move } = useVisitActions();
  const selectedId = useVisitsStore((s) => s.selectedId);
  const select = useVisitsStore((s) => s.select);
  const [dropDay, setDropDay] = useState<string | null>(null);
  // Where in the card the pointer grabbed it: the card's top, not the pointer, lands on the time.
  const grabOffset = useRef(0);
  const hours = Array.from({ length: LAST_HOUR - FIRST_HOUR }, (_, i) => FIRST_HOUR + i);

  function onCardKey(e: React.KeyboardEvent, visit: Visit) {
    if (!e.altKey) return;
    const shifts: Record<string, [number, number]> = {
      ArrowLeft: [-1, 0],
      ArrowRight: [1, 0],
      ArrowUp: [0, -SNAP_MIN],
      ArrowDown: [0, SNAP_MIN],
    };
    const shift = shifts[e.key];
    if (!shift) return;
    e.preventDefault();
    void move(visit, shiftInstant(visit.plannedAt, shift[0], shift[1]));
  }

  function onDrop(e: React.DragEvent<HTMLDivElement>, date: Date) {
    e.preventDefault();
    setDropDay(null);
    const visit = visits.find((v) => v.id === e.dataTransfer.getData(DRAG_TYPE));
    if (!visit) return;
    // Where the card's top is dropped picks the time, snapped to half hours within the grid.
    const y = e.clientY - e.currentTarget.getBoundingClientRect().top - grabOffset.current;
    const snapped = Math.round(((y / HOUR_PX) * 60) / SNAP_MIN) * SNAP_MIN + FIRST_HOUR * 60;
    const minutes = Math.max(FIRST_HOUR * 60, Math.min(LAST_HOUR * 60 - SNAP_MIN, snapped));
    const target = new Date(date);
    target.setHours(0, minutes, 0, 0);
    if (target.toISOString() !== visit.plannedAt) void move(visit, target.toISOString());
  }

  const layout = lanes(visits);

  return (
    <div className="week" role="grid" aria-label={t('visits.week.gridLabel')} data-testid="week">
      <div className="week__corner" />
      {days.map((d) => {
        const count = visits.filter((v) => isSameDay(parseISO(v.plannedAt), d)).length;
        return (
          <Link
            key={dayKey(d)}
            to={`/visits/day/${dayKey(d)}`}
            className={isSameDay(d, now) ? 'week__head week__head--today' : 'week__head'}
            aria-label={t('visits.week.openDay', { day: day(d) })}
            data-testid={`week-head-${dayKey(d)}`}
          >
            <span>{weekday(d)}</span>
            <span className="week__head-num">{d.getDate()}</span>
            {count ? <span className="week__head-count">{count}</span> : null}
          </Link>
        );
      })}
      <div className="week__hours" aria-hidden="true">
        {hours.map((h) => (
          <div key={h} className="week__hour">
            {h === FIRST_HOUR ? '' : `${String(h).padStart(2, '0')}:00`}
          </div>
        ))}
      </div>
      {days.map((d) => {
        const key = dayKey(d);
        const own = visits.filter((v) => isSameDay(parseISO(v.plannedAt), d));
        const cls = ['week__col'];
        if (isSameDay(d, now)) cls.push('week__col--today');
        if (dropDay === key) cls.push('week__col--drop');
        return (
          <div
            key={key}
            role="gridcell"
            aria-label={t('visits.week.dayLabel', { day: day(d), n: own.length })}
            className={cls.join(' ')}
            data-testid={`week-day-${key}`}
            onDragOver={(e) => {
              if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
              e.preventDefault();
              setDropDay(key);
            }}
            onDragLeave={() => setDropDay((cur) => (cur === key ? null : cur))}
            onDrop={(e) => onDrop(e, d)}
          >
            {own.map((v) => {
              const status = viewStatus(v, now);
              const place = layout.get(v.id) ?? { lane: 0, of: 1 };
              const width = 100 / place.of;
              const movable = isOpen(status);
              return (
                <button
                  key={v.id}
                  type="button"
                  className={`visit-card visit-card--${status} visit-status--${status}`}
                  style={{
                    top: topFor(v.plannedAt),
                    height: Math.max(26, (v.durationMin / 60) * HOUR_PX - 2),
                    left: `calc(${place.lane * width}% + 3px)`,
                    width: `calc(${width}% - 6px)`,
                  }}
                  draggable={movable}
                  aria-selected={selectedId === v.id}
                  aria-label={t('visits.card.label', {
                    time: timeOfDay(v.plannedAt),
                    customer: v.customerName,
                    status: t(`visits.status.${status}`),
                  })}
                  data-testid="visit-card"
                  data-status={status}
                  onFocus={() => select(v.id)}
                  onClick={() => select(v.id)}
                  onKeyDown={(e) => (movable ? onCardKey(e, v) : undefined)}
                  onDragStart={(e) => {
                    grabOffset.current = e.clientY - e.currentTarget.getBoundingClientRect().top;
                    e.dataTransfer.setData(DRAG_TYPE, v.id);
                    e.dataTransfer.effectAllowed = 'move';
                  }}
                >
                  <span className="visit-card__time">{timeOfDay(v.plannedAt)}</span>
                  <span className="visit-card__name">{v.customerName}</span>
                </button>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

export { onDay };
