import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';

export type UnconfirmedValue =
  | { kind: 'threshold'; field: string; areaType: 'RURAL' | 'URBAN' }
  | { kind: 'indicator'; code: string }
  | { kind: 'other'; path: string };

/**
 * An unconfirmed value of a poverty standard: "thresholds.RURAL.middleIncomeCeilingVnd" (a line),
 * "indicators.TELECOM_SERVICES" (how an indicator is defined) or another path of the standard.
 */
export function parseUnconfirmed(path: string): UnconfirmedValue {
  const threshold = /^thresholds\.(RURAL|URBAN)\.(\w+)$/.exec(path);
  if (threshold) return { kind: 'threshold', field: threshold[2], areaType: threshold[1] as 'RURAL' | 'URBAN' };
  const indicator = /^indicators\.(\w+)$/.exec(path);
  if (indicator) return { kind: 'indicator', code: indicator[1] };
  return { kind: 'other', path };
}

interface Props {
  /** The standard's `unconfirmed` paths; nothing is shown when empty. */
  paths: string[];
  /** The standard's indicators, to name the ones whose definition is unconfirmed. */
  indicators: { code: string; nameVi: string; nameEn: string }[];
  testId: string;
}

/** Cautions that some values of the standard were not confirmed against the legal text (the API says which). */
export function UnconfirmedCaution({ paths, indicators, testId }: Props) {
  const { t } = useTranslation();
  if (paths.length === 0) return null;
  const vi = currentLanguage() === 'vi';
  const label = (path: string) => {
    const value = parseUnconfirmed(path);
    if (value.kind === 'threshold') {
      return t(`common.unconfirmed.fields.${value.field}`, {
        area: t(`common.unconfirmed.areas.${value.areaType}`),
        defaultValue: path,
      });
    }
    if (value.kind === 'indicator') {
      const indicator = indicators.find((i) => i.code === value.code);
      const name = indicator ? (vi ? indicator.nameVi : indicator.nameEn) : value.code;
      return t('common.unconfirmed.indicator', { name });
    }
    return t(`common.unconfirmed.fields.${value.path}`, { defaultValue: path });
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('common.unconfirmed.title')}
      role="note"
      data-testid={testId}
    >
      <Text size="sm">{t('common.unconfirmed.text')}</Text>
      <List size="sm" mt={4}>
        {paths.map((path) => (
          <List.Item key={path}>{label(path)}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
