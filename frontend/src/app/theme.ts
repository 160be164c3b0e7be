import { createTheme, type MantineColorsTuple } from '@mantine/core';

const navy: MantineColorsTuple = [
  '#eef3fb',
  '#d9e3f3',
  '#adc4e8',
  '#7fa3dc',
  '#5987d2',
  '#4176cc',
  '#346dca',
  '#265cb3',
  '#1d4f9f',
  '#0c448d',
];

/** Darker orange so white text and orange text both pass WCAG AA. */
const orange: MantineColorsTuple = [
  '#fff4e6',
  '#ffe8cc',
  '#ffd8a8',
  '#ffc078',
  '#ffa94d',
  '#ff922b',
  '#f76707',
  '#d9480f',
  '#b03a0c',
  '#8f2f0a',
];

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: 9,
  colors: { navy, orange },
  fontFamily:
    '"Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif',
  headings: { fontWeight: '700' },
  defaultRadius: 'sm',
  components: {
    Fieldset: { defaultProps: { radius: 'md' } },
    Anchor: { defaultProps: { c: 'navy.8' } },
  },
});
