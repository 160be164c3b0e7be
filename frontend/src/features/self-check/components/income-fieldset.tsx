import { useId, useRef, useState } from 'react';
import { Button, Collapse, Fieldset, Group, NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconCalculator, IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import type { PovertyStandard } from '@/lib/api/types';
import { hasIncomeScores, incomePerPerson, type IncomeMode, type SelfCheckValues } from '../model';
import { Choice } from './choice';
import { Section } from './section';

/** Thousands separators and currency as the language writes them. */
function moneyFormat(language: string) {
  const vi = language === 'vi';
  return {
    thousandSeparator: vi ? '.' : ',',
    decimalSeparator: vi ? ',' : '.',
    suffix: vi ? ' đ' : ' VND',
  };
}

interface ToggleProps {
  opened: boolean;
  controls: string;
  onClick: () => void;
  label: string;
  icon?: React.ReactNode;
}

function Toggle({ opened, controls, onClick, label, icon }: ToggleProps) {
  return (
    <Button
      variant="subtle"
      size="md"
      px="xs"
      justify="flex-start"
      onClick={onClick}
      aria-expanded={opened}
      aria-controls={controls}
      leftSection={icon}
      rightSection={opened ? <IconChevronUp size={18} aria-hidden /> : <IconChevronDown size={18} aria-hidden />}
      styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      h="auto"
      mih={44}
      w="fit-content"
      maw="100%"
    >
      {label}
    </Button>
  );
}

/** Divides the household's monthly income by its size and offers the result for the form. */
function IncomeHelper({ id, onUse }: { id: string; onUse: (amount: number) => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const [total, setTotal] = useState<number | string>('');
  const [people, setPeople] = useState<number | string>('');
  const perPerson = incomePerPerson(total, people);
  return (
    <Fieldset id={id} legend={t('selfCheck.income.helper.legend')} variant="filled" radius="md" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <NumberInput
          label={t('selfCheck.income.helper.total')}
          description={t('selfCheck.income.helper.totalHint')}
          size="md"
          inputMode="numeric"
          min={0}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          {...moneyFormat(language)}
          value={total}
          onChange={setTotal}
        />
        <NumberInput
          label={t('selfCheck.income.helper.people')}
          size="md"
          inputMode="numeric"
          min={1}
          max={99}
          allowDecimal={false}
          allowNegative={false}
          hideControls
          value={people}
          onChange={setPeople}
          w={{ base: '100%', xs: 200 }}
        />
        <Text fw={600} aria-live="polite">
          {perPerson === null
            ? t('selfCheck.income.helper.incomplete')
            : t('selfCheck.income.helper.result', { amount: formatVnd(perPerson, language) })}
        </Text>
        <Group>
          <Button
            size="md"
            w={{ base: '100%', xs: 'auto' }}
            disabled={perPerson === null}
            onClick={() => perPerson !== null && onUse(perPerson)}
          >
            {t('selfCheck.income.helper.use')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Step 2: the income per person, or (advanced, when the standard has scores) the B1 score. */
export function IncomeFieldset({
  form,
  standard,
}: {
  form: UseFormReturnType<SelfCheckValues>;
  standard: PovertyStandard;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const ids = useId();
  const helperId = `${ids}-helper`;
  const advancedId = `${ids}-advanced`;
  const incomeInput = useRef<HTMLInputElement>(null);
  const [helperOpened, setHelperOpened] = useState(false);
  const withScores = hasIncomeScores(standard);
  const [advancedOpened, setAdvancedOpened] = useState(form.values.incomeMode === 'score');
  const mode: IncomeMode = withScores ? form.values.incomeMode : 'income';

  const scoreLines = standard.thresholds
    .filter((th) => th.incomeScoreLine != null)
    .map((th) =>
      t('selfCheck.income.scoreLine', {
        points: th.incomeScoreLine,
        area: t(`selfCheck.area.areaType.${th.areaType}`),
      }),
    )
    .join('; ');

  const useAmount = (amount: number) => {
    form.setFieldValue('monthlyIncomePerCapitaVnd', amount);
    form.clearFieldError('monthlyIncomePerCapitaVnd');
    setHelperOpened(false);
    window.setTimeout(() => incomeInput.current?.focus(), 0);
  };

  const chooseMode = (value: string) => {
    const next = value as IncomeMode;
    form.setFieldValue('incomeMode', next);
    form.clearFieldError(next === 'score' ? 'monthlyIncomePerCapitaVnd' : 'incomeScore');
  };

  return (
    <Section legend={t('selfCheck.income.legend')}>
      <Stack gap="sm">
        {mode === 'income' ? (
          <>
            <NumberInput
              ref={incomeInput}
              label={t('selfCheck.income.perPerson')}
              description={t('selfCheck.income.perPersonHint')}
              size="md"
              inputMode="numeric"
              min={0}
              allowDecimal={false}
              allowNegative={false}
              hideControls
              {...moneyFormat(language)}
              {...form.getInputProps('monthlyIncomePerCapitaVnd')}
            />
            <Toggle
              opened={helperOpened}
              controls={helperId}
              onClick={() => setHelperOpened((o) => !o)}
              label={t('selfCheck.income.helper.toggle')}
              icon={<IconCalculator size={20} aria-hidden />}
            />
            <Collapse expanded={helperOpened}>
              <IncomeHelper id={helperId} onUse={useAmount} />
            </Collapse>
          </>
        ) : (
          <NumberInput
            label={t('selfCheck.income.score')}
            description={t('selfCheck.income.scoreHint', { lines: scoreLines })}
            size="md"
            inputMode="numeric"
            min={0}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            w={{ base: '100%', xs: 240 }}
            {...form.getInputProps('incomeScore')}
          />
        )}
        {withScores && (
          <>
            <Toggle
              opened={advancedOpened}
              controls={advancedId}
              onClick={() => setAdvancedOpened((o) => !o)}
              label={t('selfCheck.income.advanced.toggle')}
            />
            <Collapse expanded={advancedOpened}>
              <Stack id={advancedId} gap="sm">
                <Text size="sm">{t('selfCheck.income.advanced.intro')}</Text>
                <Radio.Group size="md" label={t('selfCheck.income.advanced.mode')} value={mode} onChange={chooseMode}>
                  <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
                    <Choice value="income" label={t('selfCheck.income.advanced.modeIncome')} />
                    <Choice value="score" label={t('selfCheck.income.advanced.modeScore')} />
                  </SimpleGrid>
                </Radio.Group>
              </Stack>
            </Collapse>
          </>
        )}
      </Stack>
    </Section>
  );
}
