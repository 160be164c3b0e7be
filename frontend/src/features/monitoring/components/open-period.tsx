import { Button, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '@/components';
import { toMonitoringPeriod } from '@/lib/paths';
import { useOpenPeriod, type PeriodInput } from '../api/periods';

/** The standing office opens a 6-month, annual or ad-hoc period. */
export function OpenPeriodButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [kind, setKind] = useState<PeriodInput['kind']>('AD_HOC');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [dueOn, setDueOn] = useState('');
  const [title, setTitle] = useState('');
  const [units, setUnits] = useState('');
  const open = useOpenPeriod();
  const submit = () => {
    const body: PeriodInput = { kind, year: Number(year) };
    if (dueOn.trim()) body.dueOn = dueOn.trim();
    if (title.trim()) body.title = title.trim();
    const codes = units.split(',').map((s) => s.trim()).filter(Boolean);
    if (codes.length) body.unitCodes = codes;
    open.mutate(body, { onSuccess: (p) => { setOpened(false); navigate(toMonitoringPeriod(p.id!)); } });
  };
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('monitoring.period.open')}</Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('monitoring.period.open')}>
        <Stack>
          <NativeSelect
            label={t('monitoring.period.form.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as PeriodInput['kind'])}
            data={(['SIX_MONTH', 'ANNUAL', 'AD_HOC'] as const).map((k) => ({ value: k, label: t(`monitoring.period.kind.${k}`) }))}
          />
          <TextInput label={t('monitoring.period.form.year')} value={year} onChange={(e) => setYear(e.currentTarget.value)} />
          <TextInput label={t('monitoring.period.form.dueOn')} value={dueOn} onChange={(e) => setDueOn(e.currentTarget.value)} />
          <TextInput label={t('monitoring.period.form.title')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <TextInput label={t('monitoring.period.form.units')} value={units} onChange={(e) => setUnits(e.currentTarget.value)} />
          {open.error && <ProblemAlert error={open.error} />}
          <Button onClick={submit} loading={open.isPending}>
            {t('monitoring.period.form.submit')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
