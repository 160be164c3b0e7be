import { Radio } from '@mantine/core';
import classes from './self-check.module.css';

interface ChoiceProps {
  value: string;
  label: string;
  description?: string;
}

/** One answer of a radio group, drawn as a large box that is easy to tap. */
export function Choice({ value, label, description }: ChoiceProps) {
  return (
    <Radio
      value={value}
      label={label}
      description={description}
      size="md"
      classNames={{ root: classes.choice, label: classes.choiceLabel, description: classes.choiceDescription }}
    />
  );
}
