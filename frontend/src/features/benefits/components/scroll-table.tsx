import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

interface Props {
  minWidth: number;
  /** The id of the heading that names the table: the scrolling region is named after it. */
  labelledBy?: string;
  label?: string;
  children: ReactNode;
}

/**
 * A wide table that scrolls sideways on narrow screens. The scrolling box takes the keyboard focus
 * (arrow keys scroll it) and is a named region, so keyboard and screen-reader users reach the columns too.
 */
export function ScrollTable({ minWidth, labelledBy, label, children }: Props) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      type="native"
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
    >
      {children}
    </Table.ScrollContainer>
  );
}
