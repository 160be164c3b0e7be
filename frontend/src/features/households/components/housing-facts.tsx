import { useTranslation } from 'react-i18next';
import { InfoGrid } from '@/components';
import type { Housing } from '@/lib/api/types';
import { formatNumber } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { enumLabel } from '../labels';

export function HousingFacts({ housing }: { housing: Housing }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const l = (name: string) => t(`households.housing.${name}`);
  const yesNo = (value: boolean | undefined) =>
    value === undefined ? '' : value ? t('common.yes') : t('common.no');
  return (
    <InfoGrid
      items={[
        {
          label: l('floorAreaM2'),
          value:
            housing.floorAreaM2 === null || housing.floorAreaM2 === undefined
              ? ''
              : `${formatNumber(housing.floorAreaM2, language)} m²`,
        },
        { label: l('wallMaterial'), value: enumLabel(t, 'material', housing.wallMaterial) },
        { label: l('columnMaterial'), value: enumLabel(t, 'material', housing.columnMaterial) },
        { label: l('roofMaterial'), value: enumLabel(t, 'material', housing.roofMaterial) },
        { label: l('waterSource'), value: enumLabel(t, 'waterSource', housing.waterSource) },
        { label: l('latrineType'), value: enumLabel(t, 'latrineType', housing.latrineType) },
        { label: l('usesTelecom'), value: yesNo(housing.usesTelecom) },
        { label: l('hearsLoudspeaker'), value: yesNo(housing.hearsLoudspeaker) },
        {
          label: l('devices'),
          value: (housing.devices ?? []).map((d) => enumLabel(t, 'device', d)).join(', '),
        },
      ]}
    />
  );
}
