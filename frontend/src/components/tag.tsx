import type { ReactNode } from 'react';
import { Badge, type BadgeProps } from '@mantine/core';

export type Tone = 'red' | 'orange' | 'blue' | 'teal' | 'green' | 'gray' | 'navy';

/** Dark ink per tone: text on the tinted background (and the filled background) keep AA contrast on any row. */
const INK: Record<Tone, string> = {
  red: '#9b1c1c',
  orange: '#8f2f0a',
  blue: '#144e87',
  teal: '#0a5c45',
  green: '#1f6a32',
  gray: '#212529',
  navy: '#0c448d',
};

/** Badges wrap instead of cutting a long status off in a narrow table column. */
const wrapping: BadgeProps['styles'] = {
  root: { height: 'auto', minHeight: 'var(--badge-height)', maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.3, paddingBlock: 2 },
};

export type TagProps = Omit<BadgeProps, 'color' | 'variant'> & {
  tone: Tone;
  variant?: 'light' | 'filled' | 'outline';
  children?: ReactNode;
} & Record<`data-${string}`, string | boolean | undefined>;

/** A badge: a tone, a word, and dark enough ink for WCAG AA. */
export function Tag({ tone, variant = 'light', ...props }: TagProps) {
  return (
    <Badge
      variant={variant}
      color={variant === 'filled' ? INK[tone] : tone}
      c={variant === 'filled' ? 'white' : INK[tone]}
      tt="none"
      radius="sm"
      styles={wrapping}
      {...props}
    />
  );
}

