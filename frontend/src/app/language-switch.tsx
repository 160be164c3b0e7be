import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '@/lib/i18n';

/** Vietnamese / English; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('app.language.label')}
      value={isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi'}
      onChange={(value) => {
        if (isLanguage(value)) void changeLanguage(value);
      }}
      data={LANGUAGES.map((lng) => ({ value: lng, label: t(`app.language.${lng}`) }))}
    />
  );
}
