import { TextInput, type TextInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A date typed as dd/mm/yyyy; the form converts it to ISO when it submits. */
export function DateField(props: TextInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      placeholder={t('common.datePlaceholder')}
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      {...props}
    />
  );
}
