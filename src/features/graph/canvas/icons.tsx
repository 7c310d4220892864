import type { SVGProps } from 'react';

/** Line icons drawn for the graph (24×24, stroke = currentColor), one per thing IAM has. */
export type IconName =
  'user' | 'group' | 'role' | 'policy' | 'awsPolicy' | 'resource' | 'service' | 'provider' | 'orgPolicy' | 'account' | 'ou' | 'path';

const PATHS: Record<IconName, string[]> = {
  user: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M4.5 20a7.5 7.5 0 0 1 15 0'],
  group: [
    'M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Z',
    'M2.5 19.5a6.5 6.5 0 0 1 13 0',
    'M16 4.3a3.5 3.5 0 0 1 0 6.4',
    'M18 13.6a6.5 6.5 0 0 1 3.5 5.9',
  ],
  role: ['M4 8h16v11H4z', 'M9 8V5.5h6V8', 'M12 11.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z', 'M8.5 19a3.5 3.5 0 0 1 7 0'],
  policy: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 11h6', 'M9 14.5h6', 'M9 18h4'],
  awsPolicy: ['M6 3h8l4 4v14H6z', 'M14 3v4h4', 'M9 13l2 2 4-4'],
  resource: [
    'M5 6c0-1.7 3.1-3 7-3s7 1.3 7 3-3.1 3-7 3-7-1.3-7-3Z',
    'M5 6v12c0 1.7 3.1 3 7 3s7-1.3 7-3V6',
    'M5 12c0 1.7 3.1 3 7 3s7-1.3 7-3',
  ],
  service: ['M7 18a4 4 0 0 1-.6-8A5.5 5.5 0 0 1 17 8.5a4.5 4.5 0 0 1 .5 9.5Z'],
  // A key: an identity provider vouches for who the caller is.
  provider: ['M8 15a4 4 0 1 0 0-8 4 4 0 0 0 0 8Z', 'M12 11h9', 'M18 11v3', 'M21 11v2'],
  orgPolicy: ['M12 3l7.5 3v5.5c0 4.5-3.2 8-7.5 9.5-4.3-1.5-7.5-5-7.5-9.5V6Z', 'M9 12l2 2 4-4'],
  account: ['M4 20V8l8-4 8 4v12', 'M4 20h16', 'M9 20v-5h6v5', 'M8 11h.01', 'M12 11h.01', 'M16 11h.01'],
  // A slash between brackets: an IAM path such as /teams/web/.
  path: ['M4 5v14h3', 'M20 5v14h-3', 'M14.5 6l-5 12'],
  ou: ['M3 7.5A1.5 1.5 0 0 1 4.5 6H9l2 2h8.5A1.5 1.5 0 0 1 21 9.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5Z'],
};

export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      {PATHS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
