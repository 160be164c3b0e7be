import { Fieldset, Group, Radio, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import type { PovertyIndicator, PovertyStandard } from '@/lib/api/types';
import { groupByDimension, type SelfCheckValues } from '../model';
import { Choice } from './choice';
import { Section } from './section';
import classes from './self-check.module.css';

/** The element id of an indicator's question, for focusing it. */
export const questionId = (code: string) => `self-check-question-${code}`;

function Question({ indicator, form }: { indicator: PovertyIndicator; form: UseFormReturnType<SelfCheckValues> }) {
  const { t } = useTranslation();
  const vi = currentLanguage() === 'vi';
  const path = `answers.${indicator.code}`;
  const error = form.errors[path];
  const question = t(`selfCheck.questions.indicators.${indicator.code}.question`, {
    defaultValue: vi ? indicator.nameVi : indicator.nameEn,
  });
  const hint = t(`selfCheck.questions.indicators.${indicator.code}.hint`, {
    defaultValue: (vi ? indicator.descriptionVi : indicator.descriptionEn) ?? '',
  });
  return (
    <Radio.Group
      size="md"
      id={questionId(indicator.code)}
      className={classes.question}
      label={question}
      description={hint || undefined}
      classNames={{ label: classes.questionLabel, description: classes.questionDescription }}
      value={form.values.answers[indicator.code] ?? ''}
      onChange={(value) => {
        form.setFieldValue(path, value);
        form.clearFieldError(path);
      }}
      error={error}
      data-has-error={error ? 'true' : undefined}
      data-indicator={indicator.code}
    >
      <Group gap="sm" grow mt={8} wrap="nowrap">
        <Choice value="yes" label={t('selfCheck.questions.yes')} />
        <Choice value="no" label={t('selfCheck.questions.no')} />
      </Group>
    </Radio.Group>
  );
}

/** Step 3: one yes/no question per indicator of the standard, grouped by dimension. */
export function IndicatorQuestions({
  form,
  standard,
}: {
  form: UseFormReturnType<SelfCheckValues>;
  standard: PovertyStandard;
}) {
  const { t } = useTranslation();
  return (
    <Section legend={t('selfCheck.questions.legend')}>
      <Stack gap="md">
        <Text size="sm">{t('selfCheck.questions.intro')}</Text>
        {groupByDimension(standard.indicators).map((group) => (
          <Fieldset
            key={group.dimension}
            legend={t(`selfCheck.questions.dimensions.${group.dimension}`, { defaultValue: group.dimension })}
            variant="unstyled"
            classNames={{ legend: classes.dimensionLegend }}
          >
            <div>
              {group.indicators.map((indicator) => (
                <Question key={indicator.code} indicator={indicator} form={form} />
              ))}
            </div>
          </Fieldset>
        ))}
      </Stack>
    </Section>
  );
}
