import type { ReactNode } from 'react';
import { Fieldset } from '@mantine/core';
import classes from './self-check.module.css';

/** One numbered step of the form: a white card whose legend names the step. */
export function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md" p={{ base: 'sm', sm: 'lg' }} classNames={{ legend: classes.sectionLegend }}>
      {children}
    </Fieldset>
  );
}
