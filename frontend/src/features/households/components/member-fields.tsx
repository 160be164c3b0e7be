import { NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components';
import {
  DISABILITIES,
  EDUCATION_LEVELS,
  EMPLOYMENTS,
  ETHNICITIES,
  LABOUR_CONTRACTS,
  RELATIONSHIPS,
  SCHOOL_ATTENDANCES,
  SEXES,
  enumOptions,
} from '../labels';

interface MemberFieldsProps {
  form: UseFormReturnType<any>;
  /** Path of the member inside the form values, e.g. "members.0."; empty when the form is one member. */
  prefix?: string;
  withJoinedOn?: boolean;
  /** Relationship fixed (e.g. the head is changed through its own action). */
  relationshipLocked?: boolean;
  /** Whether "head" may be chosen: the head is changed through its own action once a household exists. */
  allowHead?: boolean;
}

/** The inputs of one household member. */
export function MemberFields({ form, prefix = '', withJoinedOn, relationshipLocked, allowHead = true }: MemberFieldsProps) {
  const { t } = useTranslation();
  const choose = t('common.choose');
  const p = (name: string) => `${prefix}${name}`;
  const label = (name: string) => t(`households.members.fields.${name}`);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
      <TextInput label={label('fullName')} required autoComplete="off" {...form.getInputProps(p('fullName'))} />
      <DateField label={label('dateOfBirth')} required {...form.getInputProps(p('dateOfBirth'))} />
      <NativeSelect
        label={label('sex')}
        required
        data={enumOptions(t, 'sex', SEXES, choose)}
        {...form.getInputProps(p('sex'))}
      />
      <NativeSelect
        label={label('relationship')}
        required
        disabled={relationshipLocked}
        data={enumOptions(t, 'relationship', allowHead ? RELATIONSHIPS : RELATIONSHIPS.filter((r) => r !== 'HEAD'), choose)}
        {...form.getInputProps(p('relationship'))}
      />
      <TextInput
        label={label('citizenId')}
        description={t('households.members.citizenIdHint')}
        inputMode="numeric"
        maxLength={12}
        autoComplete="off"
        {...form.getInputProps(p('citizenId'))}
      />
      <NativeSelect
        label={label('ethnicity')}
        data={enumOptions(t, 'ethnicity', ETHNICITIES)}
        {...form.getInputProps(p('ethnicity'))}
      />
      <NativeSelect
        label={label('disability')}
        data={enumOptions(t, 'disability', DISABILITIES)}
        {...form.getInputProps(p('disability'))}
      />
      <NativeSelect
        label={label('schoolAttendance')}
        data={enumOptions(t, 'schoolAttendance', SCHOOL_ATTENDANCES)}
        {...form.getInputProps(p('schoolAttendance'))}
      />
      <NativeSelect
        label={label('educationLevel')}
        data={enumOptions(t, 'educationLevel', EDUCATION_LEVELS)}
        {...form.getInputProps(p('educationLevel'))}
      />
      <NativeSelect
        label={label('employment')}
        data={enumOptions(t, 'employment', EMPLOYMENTS)}
        {...form.getInputProps(p('employment'))}
      />
      <NativeSelect
        label={label('labourContract')}
        data={enumOptions(t, 'labourContract', LABOUR_CONTRACTS)}
        {...form.getInputProps(p('labourContract'))}
      />
      <TextInput
        label={label('healthInsuranceCardNumber')}
        description={t('households.members.healthInsuranceHint')}
        maxLength={15}
        autoComplete="off"
        {...form.getInputProps(p('healthInsuranceCardNumber'))}
      />
      <DateField label={label('healthInsuranceExpiry')} {...form.getInputProps(p('healthInsuranceExpiry'))} />
      {withJoinedOn && <DateField label={label('joinedOn')} {...form.getInputProps(p('joinedOn'))} />}
    </SimpleGrid>
  );
}
