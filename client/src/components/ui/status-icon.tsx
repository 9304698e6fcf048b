// One distinct shape per status, so a status can be told apart without colour. Decorative: the label carries the meaning.
import type { ReactNode } from 'react';
import type { StatusCode } from '@ccm/shared/domain/vocabulary';

const PATHS: Record<StatusCode, ReactNode> = {
  // A triangle pointing down: losing ground.
  declining: <path d="M2 4h12L8 13.5z" />,
  // Two bars: paused.
  stalled: (
    <>
      <rect x="3.5" y="3" width="3" height="10" rx="0.5" />
      <rect x="9.5" y="3" width="3" height="10" rx="0.5" />
    </>
  ),
  // An hourglass: moving the right way, but time runs out before the deadline.
  off_track: <path d="M3 1.5h10v2.2L9.6 8l3.4 4.3v2.2H3v-2.2L6.4 8 3 3.7zm2 2v.5L8 7.4 11 4v-.5z" fillRule="evenodd" />,
  // Two chevrons up: needs to go faster.
  needs_acceleration: <path d="M8 2.5l5.5 5.2-1.4 1.4L8 5.3 3.9 9.1 2.5 7.7zm0 5l5.5 5.2-1.4 1.4L8 10.3l-4.1 3.8-1.4-1.4z" />,
  // An arrow up and to the end: rising.
  improving: <path d="M4 13.4 2.6 12l7-7H5V3h8v8h-2V6.4z" />,
  // An arrow forward in a circle: on course.
  on_track: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm.6 3.4L12.2 8l-3.6 3.6-1.3-1.3 1.4-1.4H4V7.1h4.7L7.3 5.7z" />,
  // A tick in a circle: done.
  achieved: <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1zm3.2 4.2 1.3 1.3-5.6 5.6-3.4-3.4 1.3-1.3 2.1 2.1z" />,
  // A dashed ring with a dot: not enough figures.
  insufficient_data: (
    <>
      <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeDasharray="2.6 2" />
      <circle cx="8" cy="8" r="1.6" />
    </>
  ),
};

export function StatusIcon({ code, size = 16 }: { code: StatusCode; size?: number }) {
  return (
    <svg
      className="status-icon"
      data-icon={code}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[code]}
    </svg>
  );
}
